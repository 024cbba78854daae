// A sports report's byline printed without its label, the author's name and the ground the report was written at
// ("Tom Ellery at the Riverside Ground", "Jeanne Morel au Roazhon Park", "Anna Muster im Weserstadion"), over the
// date line: the name is the author, the ground no part of it. Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <string>
#include <vector>

using namespace archive;

TEST_CASE("a name and the ground it writes from over the date line is the byline", "[classify][byline][venue][head49]") {
    struct Row {
        const char* lang;
        const char* page;
        std::vector<std::string> authors;
    };
    const Row rows[] = {
        {"en",
         "Home\nSport\nHarwick United beat Ashby Rovers to go top of the league\nTom Ellery at the Riverside Ground\n"
         "Saturday 5 December 2026 17:21 GMT\n"
         "Kwame Mensah scored twice as Harwick United beat Ashby Rovers on Saturday to go top of the table.\n"
         "The hosts led at the break through a header from their captain and never looked back.\n",
         {"Tom Ellery"}},
        {"fr",
         "Accueil\nSport\nLe Stade Rennais s'impose face à Nantes et prend la tête du championnat\n"
         "Jeanne Morel au Roazhon Park\n5 décembre 2026 à 22h51\n"
         "Le Stade Rennais a battu Nantes samedi soir et prend seul la tête du championnat après quinze journées.\n"
         "Les Rennais ont ouvert le score peu avant la pause sur un coup franc de leur capitaine.\n",
         {"Jeanne Morel"}},
        {"de",
         "Startseite\nSport\nHafenstadt gewinnt das Derby und übernimmt die Tabellenspitze\n"
         "Anna Muster im Weserstadion\n05.12.2026, 17:21 Uhr\n"
         "Der FC Hafenstadt hat das Derby am Samstag gewonnen und steht nach fünfzehn Spieltagen an der Spitze.\n"
         "Die Gastgeber gingen kurz vor der Pause durch einen Kopfball ihres Kapitäns in Führung.\n",
         {"Anna Muster"}},
        // (a label of a place's kind over the date line names nobody)
        {"en",
         "Home\nNews\nHundreds gather for the vigil at the harbour on Friday night\nCandles at the Town Hall\n"
         "Saturday 5 December 2026 17:21 GMT\n"
         "Hundreds of people gathered at the harbour on Friday night to remember the crew of the lost trawler.\n"
         "The vigil was organised by the families and the local lifeboat station, a spokesman said.\n",
         {}},
    };
    for (const Row& r : rows) {
        INFO(r.lang << " " << r.page);
        const Article a = parse(r.page);
        CHECK(a.authors == r.authors);
        CHECK(a.published.has_value());
    }
}
