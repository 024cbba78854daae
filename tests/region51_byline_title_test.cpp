// The author's job title on its own line between the byline and the date line ("Jane Roe / Deputy political editor
// @janeroe / <date>", "Anna Muster / Stellvertretende Korrespondentin / <date>"): the byline's, so the standfirst over
// the name is the lede and the title is no paragraph or heading of the text (src/classify_head.cpp mark_opening()'s
// names over the date line, src/classify_lede.cpp drop_author_note()). Invented pages.
#include <catch2/catch.hpp>

#include "region_pages.hpp"

#include <string>
#include <vector>

using namespace archive;

namespace {

struct TitledByline {
    const char* lang;
    std::vector<std::string> lines;
    const char* lede;  // the standfirst over the name
    const char* title; // the job title's line
    const char* first; // the text's first paragraph opens so
};

const TitledByline titled_bylines[] = {
    {"en",
     {
                           "Harbour News",
                           "Home",
                           "Politics",
                           "World",
                           "Port chief: 'I will not step down over the ferry chaos'",
                           "The harbour master says her staff \"did all they could\" as pressure grows after the weekend of cancelled sailings.",
                           "Jane Roe",
                           "Deputy political editor @JaneRoeHN",
                           "Wednesday 2 December 2026 14:26, UK",
                           "The harbour master of Kelby has said she will not step down over the cancelled ferry sailings of the weekend, insisting her staff did all they could.",
                           "The first ferries will leave for the islands at seven in the morning on Monday, and the summer timetable will start at the end of April.",
                           "Fishermen welcomed the end of the works, which had closed half of the berths for the whole of the winter.",
                           "Terms",
                           "Contact",
     },
     "The harbour master says her staff \"did all they could\" as pressure grows after the weekend of cancelled sailings.",
     "Deputy political editor @JaneRoeHN",
     "The harbour master of Kelby"},
    {"de",
     {
                           "Hafenblatt",
                           "Startseite",
                           "Politik",
                           "Welt",
                           "Hafenmeisterin will trotz Fährchaos nicht zurücktreten",
                           "Die Hafenmeisterin sagt, ihre Leute hätten alles getan, was sie konnten, während der Druck nach dem Wochenende wächst.",
                           "Anna Muster",
                           "Stellvertretende Korrespondentin",
                           "Mittwoch, 2. Dezember 2026, 14:26 Uhr",
                           "Die Hafenmeisterin von Kelby hat erklärt, sie werde wegen der ausgefallenen Fähren am Wochenende nicht zurücktreten, ihre Leute hätten alles getan.",
                           "Die ersten Fähren fahren am Montag um sieben Uhr morgens zu den Inseln, der Sommerfahrplan beginnt Ende April.",
                           "Die Fischer begrüßten das Ende der Arbeiten, die den ganzen Winter über die Hälfte der Liegeplätze geschlossen hatten.",
                           "Impressum",
                           "Kontakt",
     },
     "Die Hafenmeisterin sagt, ihre Leute hätten alles getan, was sie konnten, während der Druck nach dem Wochenende wächst.",
     "Stellvertretende Korrespondentin",
     "Die Hafenmeisterin von Kelby"},
    {"fr",
     {
                           "Ouest-Journal",
                           "Accueil",
                           "Politique",
                           "Monde",
                           "La capitaine du port refuse de démissionner après le chaos des ferries",
                           "La capitaine du port assure que ses équipes ont « fait tout ce qu'elles pouvaient » alors que la pression monte après un week-end d'annulations.",
                           "Jeanne Morel",
                           "Correspondante à Lorient",
                           "Mercredi 2 décembre 2026 14:26",
                           "La capitaine du port de Lorient a déclaré mercredi qu'elle ne démissionnerait pas après les annulations de ferries du week-end, assurant que ses équipes avaient tout fait.",
                           "Les premiers ferries partiront vers Groix lundi à sept heures, et les horaires d'été s'appliqueront dès la fin du mois d'avril.",
                           "Les pêcheurs ont salué la fin du chantier, qui avait fermé la moitié des postes d'amarrage pendant tout l'hiver.",
                           "Mentions légales",
                           "Contact",
     },
     "La capitaine du port assure que ses équipes ont « fait tout ce qu'elles pouvaient » alors que la pression monte après un week-end d'annulations.",
     "Correspondante à Lorient",
     "La capitaine du port de Lorient"},
};

} // namespace

TEST_CASE("a job title's line between the byline and the date line is the byline's", "[region][region51]") {
    for (const auto& c : titled_bylines) {
        INFO(c.lang);
        const Article a = classify(segment(test::page_of(c.lines)), c.lang);
        REQUIRE(a.lede.has_value());
        CHECK(*a.lede == c.lede);
        CHECK(test::in_boilerplate(a, c.title));
        CHECK_FALSE(test::in_text(a, c.title));
        CHECK(test::has_paragraph_starting(a, c.first));
        CHECK(a.authors.size() == 1);
    }
}

TEST_CASE("a heading under the date line that names no job stays the text's", "[region][region51]") {
    // "Jane Roe / <date> / The new timetable / <text>": a heading of the text under the date line, no job's word.
    for (const auto& c : titled_bylines) {
        INFO(c.lang);
        std::vector<std::string> lines = c.lines;
        const std::string heading = std::string(c.lang) == "de"   ? "Der neue Fahrplan"
                                    : std::string(c.lang) == "fr" ? "Les nouveaux horaires"
                                                                  : "The new timetable";
        std::swap(lines[7], lines[8]); // the date line under the name, the job title under it
        lines[8] = heading;
        const Article a = classify(segment(test::page_of(lines)), c.lang);
        CHECK(test::in_text(a, heading));
        CHECK_FALSE(test::in_boilerplate(a, heading));
    }
}
