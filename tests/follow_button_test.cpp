// A button to follow the author printed with the plus sign of its icon ("+ FOLLOW") under the author's name
// (byline_neighbours.cpp).
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "meta_parts.hpp"

#include <string>
#include <vector>

using namespace archive;

TEST_CASE("a follow button may print the plus sign of its icon", "[classify][byline]") {
    for (const char* line : {"Follow", "+ FOLLOW", "+ Follow", "+Folgen", "Suivre +", "+ Seguir", "+ Segui"}) {
        INFO(line);
        CHECK(follow_button(line));
    }
    for (const char* line : {"+", "+ Follow us", "Follow + Share", "+ 3"}) {
        INFO(line);
        CHECK_FALSE(follow_button(line));
    }
}

TEST_CASE("a name over a follow button with its plus sign and the date is the author's", "[classify][byline]") {
    struct Row {
        const char* lang;
        const char* page;
        const char* author;
    };
    const Row rows[] = {
        {"en", "Harbour Notes\nOpinion\nThe city should run the ferry itself\n"
               "The private firm that ran the line for ten years went bust in the spring.\nJane Roe\n+ FOLLOW\n\n"
               "Published: 10:00am, 3 Mar, 2021\n\n"
               "The ferry that links the two banks of the river will run again from Monday, the council said on "
               "Tuesday, after the firm that ran it went bust.\n\n"
               "Residents had asked for the link since the bridge was closed, and the shop owners on the south bank "
               "said trade had fallen by half.\n",
         "Jane Roe"},
        {"de", "Hafenblatt\nMeinung\nDie Stadt sollte die Fähre selbst betreiben\n"
               "Die Firma, die die Linie zehn Jahre lang betrieb, ging im Frühjahr pleite.\nAnna Muster\n+ Folgen\n\n"
               "Veröffentlicht: 3. März 2021, 10:00 Uhr\n\n"
               "Die Fähre, die beide Ufer des Flusses verbindet, fährt ab Montag wieder, wie die Stadt am Dienstag "
               "mitteilte, nachdem die Betreiberin pleite gegangen war.\n\n"
               "Die Anwohner hatten die Verbindung lange gefordert, und die Händler am Südufer sagten, der Umsatz sei "
               "um die Hälfte gefallen.\n",
         "Anna Muster"},
        {"fr", "Le Courrier du Port\nOpinion\nLa ville devrait exploiter le ferry elle-même\n"
               "L'entreprise qui exploitait la ligne depuis dix ans a fait faillite au printemps.\nJeanne Morel\n"
               "+ Suivre\n\nPublié le 3 mars 2021 à 10h00\n\n"
               "Le ferry qui relie les deux rives du fleuve reprendra lundi, a annoncé mardi la mairie, après la "
               "faillite de l'entreprise qui l'exploitait.\n\n"
               "Les riverains réclamaient la liaison depuis la fermeture du pont, et les commerçants de la rive sud "
               "disent avoir perdu la moitié de leur chiffre.\n",
         "Jeanne Morel"},
    };
    for (const Row& r : rows) {
        CAPTURE(r.lang);
        CHECK(parse(r.page, "page.txt").authors == std::vector<std::string>{r.author});
    }
}
