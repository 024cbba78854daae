// An essay's notes numbered in brackets under its "Notes" heading ("[1] ...", "[2] ...", "[3] Jane Roe, Title (Place,
// 1998), p. 74."): all of them the notes section's paragraphs, the last one (a book's reference, no sentence) too
// (sections.cpp note_lines()). Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "pipeline.hpp"
#include "page.hpp"
#include "rows.hpp"
#include "test_pages.hpp"

#include <string>
#include <vector>

using namespace archive;

namespace {

struct Essay {
    const char* lang;
    std::string page;
    std::vector<std::string> notes;
};

std::vector<Essay> essays() {
    const std::vector<std::string> en = {
        "[1] The office of harbour master was abolished in most ports in 1861, but survived in a few for the dues.",
        "[2] County Record Office, HM 114/7. I am grateful to the archivists for their help.",
        "[3] Jane Holloway, Lights on the Coast: Keepers and Their Books (Oxford, 2001), p. 112."};
    const std::vector<std::string> de = {
        "[1] Das Amt des Hafenmeisters wurde in den meisten Häfen 1861 abgeschafft, blieb aber in einigen bestehen.",
        "[2] Kreisarchiv, Bestand HM 114/7. Den Archivarinnen danke ich für ihre Geduld.",
        "[3] Anna Vogel, Lichter an der Küste: Wärter und ihre Bücher (Kiel, 2001), S. 112."};
    const std::vector<std::string> fr = {
        "[1] La charge de capitaine de port fut supprimée dans la plupart des ports en 1861, mais subsista dans certains.",
        "[2] Archives départementales, HM 114/7. Je remercie les archivistes de leur patience.",
        "[3] Jeanne Holl, Les Feux de la côte : gardiens et registres (Rennes, 2001), p. 112."};
    auto page = [](const std::string& head, const std::vector<std::string>& text, const std::string& notes_heading,
                   const std::vector<std::string>& notes, const std::string& tail) {
        std::string p = head;
        for (const std::string& line : text)
            p += line + "\n";
        p += notes_heading + "\n";
        for (const std::string& line : notes)
            p += line + "\n";
        return p + tail;
    };
    return {
        {"en",
         page("Harbour Quarterly\nEssays\nArchive\nThe keeper's logbook\nBy Anne Holloway\nPosted April 3, 2025\n",
              {"In the spring of 1851, the keeper of the harbour light at Wrenmouth began a new logbook, bound in grey cloth.[1]",
               "The logbook survives in the county archive, where it was catalogued in 1958 and rarely read since then.[2]",
               "Historians have argued that such books were written for inspectors more than for the sailors themselves.[3]"},
              "Notes", en, "Further reading\nMartin Crewe, Harbours and Their Keepers (2006)\n"
                   "Anne Holloway teaches history at a college in Norwich. Her book on lighthouses will be published next year.\n"
                   "Support independent writing\nSubscribe\nPrivacy\nContact\n"),
         en},
        {"de",
         page("Hafenblätter\nEssays\nArchiv\nDas Buch des Leuchtturmwärters\nVon Anna Vogel\n3. April 2025\n",
              {"Im Frühjahr 1851 begann der Wärter des Hafenfeuers von Wremen ein neues Buch, in graues Leinen gebunden.[1]",
               "Das Buch liegt heute im Kreisarchiv, wo es 1958 verzeichnet und seither kaum je gelesen wurde.[2]",
               "Historiker meinen, solche Bücher seien eher für die Inspektoren als für die Seeleute geschrieben worden.[3]"},
              "Anmerkungen", de, "Weiterlesen\nMartin Krüger, Häfen und ihre Wärter (2006)\n"
                   "Anna Vogel unterrichtet Geschichte an einem Gymnasium in Kiel. Ihr Buch über Leuchttürme erscheint im Herbst.\n"
                   "Unabhängigen Journalismus unterstützen\nAbonnieren\nDatenschutz\nKontakt\n"),
         de},
        {"fr",
         page("Revue des Ports\nEssais\nArchives\nLe registre du gardien\nPar Jeanne Holl\nPublié le 3 avril 2025\n",
              {"Au printemps 1851, le gardien du feu de Port-Vallon commença un nouveau registre, relié de toile grise.[1]",
               "Le registre est conservé aux archives, où il fut classé en 1958 et presque jamais ouvert depuis.[2]",
               "Les historiens estiment que ces registres étaient écrits pour les inspecteurs plus que pour les marins.[3]"},
              "Notes", fr, "Pour aller plus loin\nMartin Crouzet, Les Ports et leurs gardiens (2006)\n"
                   "Jeanne Holl enseigne l'histoire dans un lycée de Rennes. Son livre sur les phares paraîtra l'an prochain.\n"
                   "Soutenir une revue indépendante\nS'abonner\nConfidentialité\nContact\n"),
         fr},
    };
}

} // namespace

TEST_CASE("an essay's notes numbered in brackets are its text, the last reference too", "[region][region48]") {
    for (const Essay& e : essays()) {
        INFO(e.lang);
        const Article a = parse(e.page);
        const std::vector<std::string> paragraphs = test::paragraphs_of(a);
        for (const std::string& note : e.notes)
            CHECK(test::contains(paragraphs, note));
    }
}

TEST_CASE("notes in brackets: three or more, counted on from 1, glued", "[region][region48]") {
    auto flags = [](const std::vector<std::string>& lines) { return note_lines(segment(test::page_of(lines))); };
    const std::string one = "[1] County Record Office, HM 114/7, a letter of 1861.";
    const std::string two = "[2] Jane Holloway, Lights on the Coast (Oxford, 2001), p. 112.";
    const std::string three = "[3] Anna Vogel, Lichter an der Küste (Kiel, 2001), S. 112.";
    CHECK(flags({"Notes", one, two, three}) == std::vector<char>{0, 1, 1, 1});
    // (Two notes are too few; a run not opened by 1, or out of order, is no list of notes; "[3]" alone neither.)
    CHECK(flags({"Notes", one, two}) == std::vector<char>{0, 0, 0});
    CHECK(flags({"Notes", two, three, three}) == std::vector<char>{0, 0, 0, 0});
    CHECK(flags({"Notes", one, three, two}) == std::vector<char>{0, 0, 0, 0});
    CHECK(flags({"[1] Photo", "[2] Video", "[3] Audio"}) == std::vector<char>{0, 0, 0});
}
