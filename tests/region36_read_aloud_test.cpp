// A read-aloud player's button with the recording's length, "Artikel zum Hören • 4 Min", "Écouter l'article · 3
// min", "Listen to this article (5 min)", printed between two paragraphs of the article (the player under the first
// one), is the page's line, no paragraph (boilerplate.cpp is_boilerplate_phrase() asks reading_aid()). A teaser's
// byline with its reading time is not taken by it. Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "classify.hpp"
#include "region_pages.hpp"
#include "rows.hpp"

#include <string>

using namespace archive;

TEST_CASE("a read-aloud button with its length is a boilerplate phrase", "[region][region36]") {
    struct Row {
        const char* line;
        bool phrase;
    };
    const Row rows[] = {
        {"Artikel zum Hören • 4 Min", true},
        {"Écouter l'article · 3 min", true},
        {"Listen to this article (5 min)", true},
        {"Escuchar artículo | 04:12", true},
        // a reading time of a teaser's byline, read where it stands; a sentence with a figure
        {"By Jane Roe Feb 8, 2020 5 min read", false},
        {"Der Stadtrat tagt seit 4 Stunden.", false},
    };
    for (const Row& r : rows) {
        INFO(r.line);
        CHECK(is_boilerplate_phrase(test::block_of(r.line)) == r.phrase);
    }
}

namespace {

struct Page {
    const char* lang;
    const char* head;   // the page over the player
    const char* button; // the player's line, between the two paragraphs
    const char* tail;   // the second paragraph and the page under it
};

const Page pages[] = {
    {"de",
     "Tagesblatt Nord\nPolitik\nSport\nStadtrat beschließt neues Parkkonzept\n"
     "Die Gebühren in der Innenstadt steigen ab April.\nVon Jonas Berger\n12.03.2026, 08:30 Uhr\n"
     "Der Stadtrat hat am Dienstagabend mit großer Mehrheit ein neues Parkkonzept für die Innenstadt beschlossen. "
     "Die Gebühren an den Automaten steigen von April an um einen Euro pro Stunde, Anwohner zahlen künftig mehr.\n",
     "Artikel zum Hören • 4 Min",
     "Die Einnahmen sollen in den Ausbau der Radwege und in einen besseren Busverkehr fließen, sagte der "
     "Oberbürgermeister nach der Sitzung. Die Opposition kritisierte das Vorhaben als zu teuer für die Händler.\n"
     "Mehr zum Thema\nNeue Buslinie zum Bahnhof\nImpressum\n"},
    {"fr",
     "Le Courrier du Lac\nPolitique\nSports\nLe conseil vote un nouveau plan de stationnement\n"
     "Les tarifs du centre-ville augmenteront en avril.\nPar Julie Martin\n12 mars 2026 à 08h30\n"
     "Le conseil municipal a adopté mardi soir, à une large majorité, un nouveau plan de stationnement pour le "
     "centre-ville. Les tarifs aux horodateurs augmenteront d'un euro par heure, et les résidents paieront plus.\n",
     "Écouter l'article • 3 min",
     "Les recettes financeront de nouvelles pistes cyclables et un meilleur réseau de bus, a expliqué le maire à "
     "l'issue de la séance. L'opposition a jugé le projet trop coûteux pour les commerçants de la vieille ville.\n"
     "À lire aussi\nUne nouvelle ligne de bus vers la gare\nMentions légales\n"},
    {"en",
     "The Harbour Gazette\nPolitics\nSport\nCouncil backs new parking plan\n"
     "Charges in the town centre will rise from April.\nBy Tom Hale\n12 March 2026, 08:30\n"
     "The town council voted on Tuesday evening by a large majority for a new parking plan for the town centre. "
     "Charges at the meters will rise by one pound an hour from April, and residents will pay more for permits.\n",
     "Listen to this article • 5 min",
     "The income will go into new cycle lanes and a better bus network, the mayor said after the meeting. The "
     "opposition called the plan too expensive for shops in the old town and promised to fight it.\n"
     "Related\nNew bus route to the station\nPrivacy\n"},
};

} // namespace

TEST_CASE("a read-aloud button between two paragraphs stays out of the text", "[region][region36]") {
    for (const Page& r : pages) {
        INFO(r.lang);
        const Article a = parse(std::string(r.head) + r.button + "\n" + r.tail);
        CHECK_FALSE(test::in_text(a, r.button));
        CHECK(test::in_boilerplate(a, r.button));
        // (both paragraphs are still the text)
        CHECK(test::has_paragraph_starting(a, std::string(r.tail).substr(0, 20)));
    }
}
