// The last items of a numbered list closing the article (a match's ratings) and the sentence right under them: the
// items that go on with the list's numbers stay in the region and in the body, however few of their words are
// stopwords (jusText rates a terse verdict bad), and so does the closing sentence under them. Whole pages, in several
// languages; and a line that does not go on with the numbers stays out.
#include <catch2/catch.hpp>

#include "body_checks.hpp"
#include "classify.hpp"
#include "pipeline.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <string>

using namespace archive;
using archive::test::in_body;

namespace {

// An English match report closing on its ratings, the last one terse, and a sentence under them.
const std::string en_page = R"(Lakeside Courier
Sport
Town beat City in the lake derby
Town beat City two goals to one in the derby on Sunday afternoon in front of eight thousand fans at the lake ground.
The game was settled by a header in stoppage time, after City had drawn level early in the second half of the match.
The Town manager said his side had played with their hearts and that the win was deserved by every one of them.
Player ratings
1. Brown 8: a decisive save in the ninetieth minute, always alert when he came off his line.
2. Walker 7: ran for the whole match and set up the first goal with a fine cross from the left.
3. Hughes 6: a few loose passes at the back, but he was always there when it mattered for the team.
4. Fraser (City manager) 5: late changes, flat side, no ideas.
Town travel to Harbourside on Saturday, while City host Northport.
Read more
Transfers: two clubs watch the keeper
Newsletter
Privacy
)";

} // namespace

TEST_CASE("the next numbers of a list closing the article and the sentence under them stay in the body",
          "[region][list]") {
    struct Row {
        const char* lang;
        const char* page;
        const char* item;
        const char* closing;
    };
    const Row rows[] = {
        {"it", R"(Gazzetta del Lago
Sport
Il Como batte il Lecco nel derby del lago
Il Como ha battuto il Lecco per due a uno nel derby giocato domenica pomeriggio davanti a ottomila spettatori sul lago.
La partita è stata decisa da un gol di testa nel recupero, dopo che il Lecco aveva pareggiato all'inizio della ripresa.
L'allenatore del Como ha detto che la squadra ha giocato con il cuore e che la vittoria è meritata per tutti.
Le pagelle
1. Bianchi 8: una parata decisiva al novantesimo, sempre attento nelle uscite.
2. Ferrari 7: corre per tutta la partita e serve l'assist per il primo gol.
3. Colombo 6,5: qualche errore in disimpegno, ma è sempre presente in difesa.
4. Galli (all. Lecco) 5: non trova contromisure quando Como cambia ritmo.
Prossima giornata sabato a Monza per il Como, mentre il Lecco ospiterà la Pro Vercelli.
RIPRODUZIONE RISERVATA
Leggi anche
Mercato: due club inglesi sul portiere
Newsletter
Privacy
)",
         "4. Galli (all. Lecco) 5: non trova contromisure quando Como cambia ritmo.",
         "Prossima giornata sabato a Monza per il Como, mentre il Lecco ospiterà la Pro Vercelli."},
        {"en", en_page.c_str(),
         "4. Fraser (City manager) 5: late changes, flat side, no ideas.",
         "Town travel to Harbourside on Saturday, while City host Northport."},
        {"de", R"(Seebote
Sport
Stadt gewinnt das Derby am See
Die Stadt hat das Derby am Sonntagnachmittag vor achttausend Zuschauern mit zwei zu eins gegen den Nachbarn gewonnen.
Entschieden wurde die Partie durch einen Kopfball in der Nachspielzeit, nachdem der Gegner zu Beginn der zweiten Hälfte ausgeglichen hatte.
Der Trainer sagte nach dem Spiel, seine Mannschaft habe mit dem Herzen gespielt und den Sieg verdient.
Die Noten
1. Braun 1,5: eine entscheidende Parade in der neunzigsten Minute, und er war bei jeder Flanke da.
2. Walter 2: lief die ganze Partie und bereitete das erste Tor mit einer schönen Flanke vor.
3. Huber 3: einige Fehlpässe in der Abwehr, aber er war da, als es für die Mannschaft darauf ankam.
4. Fischer (Trainer Gegner) 5: späte Wechsel, keine Ideen, ratlos.
Am Samstag spielt die Stadt auswärts am Hafen, der Gegner empfängt Nordheim.
Mehr zum Thema
Transfers: Zwei Klubs beobachten den Torhüter
Newsletter
Datenschutz
)",
         "4. Fischer (Trainer Gegner) 5: späte Wechsel, keine Ideen, ratlos.",
         "Am Samstag spielt die Stadt auswärts am Hafen, der Gegner empfängt Nordheim."},
    };
    for (const Row& r : rows) {
        INFO(r.page);
        const Article a = classify(segment(r.page), r.lang);
        CHECK(in_body(a, r.item));
        CHECK(in_body(a, r.closing));
    }
}

TEST_CASE("a line under a numbered list that does not go on with its numbers does not join the body", "[region][list]") {
    // "7." after "3.": no next number; a teaser's title under the list.
    std::string page = en_page;
    const std::string last = "4. Fraser (City manager) 5: late changes, flat side, no ideas.\n"
                             "Town travel to Harbourside on Saturday, while City host Northport.\n";
    page.replace(page.find(last), last.size(), "7. Ten things to do at the lake this summer, from boats to walks\n");
    const Article a = classify(segment(page), "en");
    CHECK_FALSE(in_body(a, "7. Ten things to do at the lake this summer, from boats to walks"));
    CHECK_FALSE(in_body(a, "Newsletter"));
}
