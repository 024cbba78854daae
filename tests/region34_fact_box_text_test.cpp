// A box of facts between the article's paragraphs ("Les faits", "Das Wichtigste in Kürze", "Key facts", a few rows
// with figures) does not end the article: the paragraphs under it stay text (region_facts.cpp take_fact_box()), also
// when the text over the box closes on three short sentences (a short-paragraph news style). A footer's box of contact rows ("Kontakt / Tel.: ...") is no
// box of facts (footer_label_words). Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "region_pages.hpp"

#include <string>

using namespace archive;

namespace {

struct Row {
    const char* lang;
    const char* page;
    const char* line; // the line that is (or is not) the article's text
};

const char* const fr_strike = "Info Région\nSuisse\nMonde\n"
                              "Grève des cheminots: trafic perturbé sur la ligne du lac\n"
                              "Les trains régionaux circulent au compte-gouttes jeudi, les usagers sont priés de "
                              "reporter leurs déplacements.\n"
                              "Publié à 12:30\n"
                              "La compagnie a annoncé jeudi matin d'importantes perturbations sur la ligne entre les "
                              "deux villes du bord du lac.\n"
                              "Un train sur deux est supprimé.\n"
                              "Les syndicats demandent une hausse des salaires.\n"
                              "Les négociations reprendront lundi.\n"
                              "Les faits\n"
                              "Début de la grève: jeudi 5 heures\n"
                              "Lignes touchées: Vallon-Lac, Lac-Montagne\n"
                              "Durée prévue: 24 heures\n"
                              "Le syndicat affirme que la direction refuse tout dialogue depuis des semaines, ce que la "
                              "direction dément.\n"
                              "Partager sur Facebook\nPartager sur X\n";

const char* const de_strike = "Regionalblatt\nSchweiz\nAusland\n"
                              "Streik bei der Bahn: Chaos auf der Seelinie\n"
                              "Die Regionalzüge fahren am Donnerstag nur selten, Reisende sollen ihre Fahrt "
                              "verschieben.\n"
                              "Publiziert um 12:30\n"
                              "Die Bahn hat am Donnerstagmorgen grosse Störungen auf der Strecke zwischen den beiden "
                              "Städten am See gemeldet.\n"
                              "Jeder zweite Zug fällt an diesem Tag aus.\n"
                              "Die Gewerkschaft fordert mehr Lohn für alle.\n"
                              "Die Gespräche gehen am Montag weiter.\n"
                              "Das Wichtigste in Kürze\n"
                              "Beginn des Streiks: Donnerstag 5 Uhr\n"
                              "Betroffene Linien: Seetal, Bergstrecke\n"
                              "Geplante Dauer: 24 Stunden\n"
                              "Die Gewerkschaft sagt, die Direktion verweigere seit Wochen jedes Gespräch, was die "
                              "Direktion bestreitet.\n"
                              "Auf Facebook teilen\nAuf X teilen\n";

const char* const en_strike = "Region News\nUK\nWorld\n"
                              "Rail strike: lake line services cut\n"
                              "Regional trains run only rarely on Thursday and passengers are asked to put off "
                              "their journeys.\n"
                              "Published 12:30\n"
                              "The rail company announced serious disruption on Thursday morning on the line between "
                              "the two towns on the lake.\n"
                              "One train in two is cancelled.\n"
                              "The union wants higher pay for its members.\n"
                              "The talks will resume on Monday.\n"
                              "Key facts\n"
                              "Strike began: Thursday 5am\n"
                              "Lines hit: Vale line, Hill line\n"
                              "Planned length: 24 hours\n"
                              "The union says the management has refused any talks for weeks, which the management "
                              "denies.\n"
                              "Share on Facebook\nShare on X\n";

} // namespace

TEST_CASE("the paragraph under a box of facts under three short sentences stays text", "[region][region34]") {
    const Row rows[] = {
        {"fr", fr_strike, "Le syndicat affirme que la direction refuse tout dialogue"},
        {"de", de_strike, "Die Gewerkschaft sagt, die Direktion verweigere"},
        {"en", en_strike, "The union says the management has refused any talks"},
    };
    for (const Row& r : rows) {
        INFO(r.lang << ": " << r.line);
        const Article a = parse(r.page);
        CHECK(test::has_paragraph_starting(a, r.line));
        // the short sentences over the box stay too
        CHECK(test::has_paragraph_starting(a, r.lang == std::string("fr")   ? "Les négociations reprendront"
                                              : r.lang == std::string("de") ? "Die Gespräche gehen"
                                                                            : "The talks will resume"));
    }
}

TEST_CASE("a footer's box of contact rows under the last paragraph is no box of facts", "[region][region34]") {
    const Row rows[] = {
        {"de",
         "Stadtblatt\nLokales\nDer Kai wird saniert\n"
         "Die Arbeiten am Ostkai beginnen im Frühling und dauern bis zum Herbst des kommenden Jahres, sagte der "
         "Hafenmeister.\n"
         "Die Fähren fahren in dieser Zeit vom Nordkai ab, der dafür eigens verlängert worden ist.\n"
         "Kontakt\nTel.: 030 123 45 67\nFax: 030 123 45 68\nE-Mail: redaktion beim Stadtblatt\n",
         "Tel.: 030 123 45 67"},
        {"en",
         "Town Courier\nLocal\nThe quay will be repaired\n"
         "Work on the east quay starts in the spring and will last until the autumn of next year, the harbour "
         "master said.\n"
         "The ferries will leave from the north quay in the meantime, which has been lengthened for them.\n"
         "Contact\nPhone: 020 123 45 67\nFax: 020 123 45 68\nEmail: newsdesk at the Courier\n",
         "Phone: 020 123 45 67"},
    };
    for (const Row& r : rows) {
        INFO(r.lang << ": " << r.line);
        const Article a = parse(r.page);
        CHECK_FALSE(test::in_text(a, r.line));
    }
}
