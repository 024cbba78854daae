// A subheading opening the body right under the byline and date lines keeps its place as the first section's heading
// (RECORD: "the first section's heading is null unless the body opens with a heading") when the page's share or
// listen buttons stand between the date line and it (probe75 R3). Invented pages.
#include <catch2/catch.hpp>

#include "region_pages.hpp"
#include "test_pages.hpp"

#include <optional>
#include <string>

using namespace archive;

namespace {
std::optional<std::string> first_heading(const Article& a) {
    return a.sections.empty() ? std::nullopt : a.sections.front().heading;
}
} // namespace

TEST_CASE("a subheading under the page's buttons heads the first section", "[region][sections][region83]") {
    struct Row {
        const char* lang;
        std::string page;
        const char* heading;
    };
    const Row rows[] = {
        {"en",
         "The Harbour Ledger\nNews\nFact Check\nNo, the council is not taxing garden sheds\n"
         "A post claims that every garden shed in the county will be taxed from March. The levy applies only to "
         "commercial storage units.\n"
         "By Jane Roe\nPublished Dec. 5, 2026\nShare\nCopy link\n"
         "The claim\n"
         "\"From March every shed owner will pay a hundred pounds a year,\" reads a post shared thousands of times "
         "since Monday.\n"
         "The post shows a photograph of a letter that the council says it never sent to any of its residents.\n"
         "What the levy covers\n"
         "The levy, approved by the council in October, applies to storage units that businesses rent out to "
         "others.\n"
         "A spokeswoman for the council said that private sheds were not affected by the new rules at all.\n"
         "Privacy\n",
         "The claim"},
        {"it",
         "La Gazzetta del Lago\nMeteo\nPrevisioni per il fine settimana: pioggia sabato, sole domenica\n"
         "Sabato nuvole e pioggia in pianura, domenica schiarite e temperature in calo su tutta la provincia.\n"
         "di Paolo Bianchi\n06/12/2026 ore 11:40\nTempo di lettura 2 min\nAscolta l'articolo\n"
         "Sabato 13 dicembre\n"
         "Cielo coperto su tutta la provincia con piogge diffuse dal mattino e neve oltre i mille metri di quota.\n"
         "Le temperature resteranno basse per tutto il giorno, con massime che non supereranno i sei gradi.\n"
         "Domenica 14 dicembre\n"
         "Dal mattino il cielo si aprirà sulle valli e in pianura, con ampie schiarite nel corso del pomeriggio.\n"
         "In serata le temperature scenderanno di qualche grado e si potranno formare gelate nelle valli.\n"
         "Privacy\n",
         "Sabato 13 dicembre"},
        {"fr",
         "La Gazette du port\nSociété\nLe port de plaisance va doubler le nombre de ses anneaux d'ici 2028\n"
         "La commune a voté lundi un projet de 14 millions d'euros pour agrandir le bassin nord du port.\n"
         "Par Camille Roux\nPublié le 5 décembre 2026 à 08h02\nPartager\nÉcouter l'article\n"
         "Le contexte\n"
         "Depuis dix ans, la liste d'attente pour obtenir un anneau dans le port n'a cessé de s'allonger.\n"
         "Plus de quatre cents plaisanciers attendent aujourd'hui une place, parfois depuis six ou sept ans.\n"
         "Ce que prévoit le projet\n"
         "Le bassin nord sera creusé sur deux mètres de plus et recevra trois nouveaux pontons flottants.\n"
         "Les travaux doivent commencer au printemps prochain et durer un peu plus de deux années.\n"
         "Mentions légales\n",
         "Le contexte"},
        {"de",
         "Hafenblatt\nLokales\nDer Sportboothafen soll bis 2028 doppelt so viele Liegeplätze bekommen\n"
         "Der Gemeinderat hat am Montag ein Projekt über 14 Millionen Euro für das Nordbecken beschlossen.\n"
         "Von Jana Roth\n05.12.2026, 08:02 Uhr\nTeilen\nArtikel anhören\n"
         "Die Ausgangslage\n"
         "Seit zehn Jahren wird die Warteliste für einen Liegeplatz im Hafen der Stadt immer länger.\n"
         "Mehr als vierhundert Bootsbesitzer warten heute auf einen Platz, manche schon seit sieben Jahren.\n"
         "Was das Projekt vorsieht\n"
         "Das Nordbecken wird um zwei Meter vertieft und bekommt drei neue schwimmende Stege für die Boote.\n"
         "Die Arbeiten sollen im kommenden Frühjahr beginnen und etwas mehr als zwei Jahre dauern.\n"
         "Impressum\n",
         "Die Ausgangslage"},
    };
    for (const Row& r : rows) {
        INFO(r.lang << ": " << r.heading);
        const Article a = classify(segment(r.page), r.lang);
        CHECK(first_heading(a) == std::optional<std::string>(r.heading));
        CHECK_FALSE(test::in_boilerplate(a, r.heading));
    }
}

TEST_CASE("a line under the page's buttons that heads no part of the body stays out of it",
          "[region][sections][region83]") {
    // A category's name under the buttons of a body with headings further down, and a short line under the buttons
    // of a body with no heading at all: neither opens the body.
    const char* category = "The Harbour Ledger\nNews\nNew lamp for the northern lighthouse\nBy Jane Roe\n"
                           "March 12, 2025\nShare\nCopy link\n"
                           "Local News\n"
                           "The old lamp of the northern cape was taken down on Monday after ninety years of service.\n"
                           "Engineers fitted a lamp that uses a tenth of the power and can be seen from twice as far.\n"
                           "What comes next\n"
                           "The council will vote on the final bill in the spring, when the summer timetable begins.\n";
    const char* lone = "The Harbour Ledger\nNews\nNew lamp for the northern lighthouse\nBy Jane Roe\n"
                       "March 12, 2025\nShare\nCopy link\n"
                       "More from the coast\n"
                       "The old lamp of the northern cape was taken down on Monday after ninety years of service.\n"
                       "Engineers fitted a lamp that uses a tenth of the power and can be seen from twice as far.\n"
                       "The council will vote on the final bill in the spring, when the summer timetable begins.\n";
    CHECK(first_heading(classify(segment(category), "en")) == std::nullopt);
    CHECK(first_heading(classify(segment(lone), "en")) == std::nullopt);
}

TEST_CASE("a live page's refresh button under its share buttons heads no entry", "[region][sections][region83]") {
    struct Row {
        const char* lang;
        std::string page;
        const char* button;
    };
    const Row rows[] = {
        {"de",
         "Hafenblatt\nLIVE\nSturm über der Küste: Fähren bleiben im Hafen\n"
         "Orkanböen an der ganzen Küste, die Feuerwehr ist im Dauereinsatz. Alle Infos im Ticker.\n"
         "Von Jana Roth\n05.12.2026 - 07:10 Uhr\nTeilen\nTicker aktualisieren\n"
         "10.15 Uhr: Der Wind lässt langsam nach. Die erste Fähre soll am Nachmittag wieder auslaufen.\n"
         "08.40 Uhr: Die Polizei sperrt die Uferstraße in beide Richtungen, Autofahrer sollen sie meiden.\n"
         "Was bedeutet eine schwere Sturmflut?\n"
         "Von einer schweren Sturmflut spricht man, wenn das Wasser mehr als zweieinhalb Meter steigt.\n"
         "Impressum\n",
         "Ticker aktualisieren"},
        {"en",
         "Harbour Weekly\nLIVE\nStorm on the coast: ferries stay in port\n"
         "Gusts along the whole coast keep the crews busy. Follow the day in our live blog.\n"
         "By Jane Roe\nDecember 5, 2026, 7:10 a.m.\nShare\nRefresh feed\n"
         "10:15 a.m.: The wind is dropping slowly. The first ferry should leave again in the afternoon.\n"
         "8:40 a.m.: Police have closed the shore road in both directions and ask drivers to avoid it.\n"
         "What counts as a severe storm surge?\n"
         "A storm surge is called severe when the water rises more than two and a half metres above normal.\n"
         "Privacy\n",
         "Refresh feed"},
    };
    for (const Row& r : rows) {
        INFO(r.lang << ": " << r.button);
        const Article a = classify(segment(r.page), r.lang);
        CHECK(first_heading(a) == std::nullopt);
        CHECK(test::in_boilerplate(a, r.button));
    }
}
