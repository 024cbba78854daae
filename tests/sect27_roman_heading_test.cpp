// A roman numeral and its dot opening a short line between two paragraphs ("I. Der Hintergrund", "II. The costs")
// heads a section: it is no photographer's initial and the paragraph over it no caption. A credit with an initial
// names its agency after the slash ("I. Roe / Reuters") and stays a credit.
#include <catch2/catch.hpp>

#include "test_pages.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;
using namespace archive::test;

TEST_CASE("a roman numeral opening a heading under the first paragraph is no credit's initial",
          "[credits][caption_shapes][sect27]") {
    struct Row {
        const char* page;
        const char* heading;
    };
    const Row rows[] = {
        // German
        {"Start\nPolitik\nWarum die Stadt ihre Brücken neu prüfen lässt\nVon Jana Berg\n12.04.2025\n\n"
         "Die Stadt lässt in diesem Jahr alle ihre Brücken neu prüfen, nachdem bei einer Routinekontrolle Risse "
         "gefunden wurden.\n\nI. Der Hintergrund\n\n"
         "Viele der Brücken wurden in den sechziger Jahren gebaut und sind seitdem kaum saniert worden, sagt die "
         "Verwaltung.\n\nII. Die Kosten\n\n"
         "Die Prüfung allein kostet nach Angaben der Stadt rund zwei Millionen Euro, die Sanierung deutlich mehr.\n\n"
         "Teilen\n",
         "I. Der Hintergrund"},
        // English
        {"Home\nLocal\nWhy the council is inspecting every bridge again\nBy Tom Hale\nApril 12, 2025\n\n"
         "The council will inspect all of its bridges this year after cracks were found during a routine check in "
         "the spring.\n\nI. The Background\n\n"
         "Most of the bridges were built in the sixties and have hardly been repaired since then, the council "
         "says.\n\nII. The Costs\n\n"
         "The inspection alone will cost about two million pounds, and the repairs a great deal more than that.\n\n"
         "Share\n",
         "I. The Background"},
        // French
        {"Accueil\nRégion\nPourquoi la ville fait contrôler tous ses ponts\nPar Jeanne Morel\n12 avril 2025\n\n"
         "La ville fera contrôler cette année tous ses ponts, après la découverte de fissures lors d'une "
         "inspection de routine.\n\nI. Le Contexte\n\n"
         "La plupart des ponts ont été construits dans les années soixante et presque jamais rénovés depuis, "
         "explique la mairie.\n\nII. Les Coûts\n\n"
         "Le contrôle seul coûtera environ deux millions d'euros, et les travaux beaucoup plus que cela.\n\n"
         "Partager\n",
         "I. Le Contexte"},
    };
    for (const Row& row : rows) {
        CAPTURE(row.page);
        const Article a = parse(row.page);
        const auto credits = credits_of(a);
        CHECK(std::find(credits.begin(), credits.end(), row.heading) == credits.end());
        CHECK(a.media.empty());
        const auto headings = headings_of(a);
        CHECK(std::find(headings.begin(), headings.end(), row.heading) != headings.end());
    }
}

TEST_CASE("an initial's credit with its agency under a caption stays a credit", "[credits][caption_shapes][sect27]") {
    const Article a = parse("Derwent ferry timetable expanded after record summer\n"
                            "By Jess Whitford\n"
                            "Updated December 3 2026 - 2:15pm\n"
                            "The river ferry docking at Bellerive wharf on Tuesday.\n"
                            "I. Roe / Reuters\n"
                            "The river ferry will run every 15 minutes during peak hours from January, after "
                            "patronage more than doubled in its first full year.\n"
                            "The minister said the extra services would also run on public holidays and at "
                            "weekends until the end of March.\n");
    CHECK(credits_of(a) == std::vector<std::string>{"I. Roe / Reuters"});
}
