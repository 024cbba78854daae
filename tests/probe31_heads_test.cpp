// probe31: French-language press pages. A live page signed by its newsroom ("La rédaction de Radio Lac") under the
// title, and an author's name closed by a stop ("Jean-Marc Le Goff."). Invented lines.
#include <catch2/catch.hpp>

#include "bylines.hpp"
#include "pipeline.hpp"

#include <string>
#include <tuple>

using namespace archive;

TEST_CASE("a newsroom signing a live page under its title is no headline", "[headline][byline][probe31]") {
    for (const auto& [lang, page, title] :
         {std::tuple{"fr",
                     "Radio Lac\n"
                     "Direct\n"
                     "Grève des bus : suivez notre direct alors que le réseau reste très perturbé\n"
                     "La rédaction de Radio Lac\n"
                     "Publié le 12/03/2026 07:02\n"
                     "Mis à jour le 12/03/2026 14:40\n"
                     "14h32\n"
                     "La direction annonce un bus sur trois demain sur les lignes du centre."
                     " Les trams restent très perturbés.\n"
                     "13h58\n"
                     "Les syndicats se retrouvent cet après-midi au siège de la régie"
                     " pour une nouvelle réunion de négociation.\n",
                     "Grève des bus : suivez notre direct alors que le réseau reste très perturbé"},
          std::tuple{"de",
                     "Radio See\n"
                     "Liveticker\n"
                     "Streik im Busverkehr: Die Lage im Überblick, während der Betrieb weiter stark gestört ist\n"
                     "Die Redaktion der Seezeitung\n"
                     "Veröffentlicht am 12.03.2026, 07:02 Uhr\n"
                     "Aktualisiert am 12.03.2026, 14:40 Uhr\n"
                     "14:32 Uhr\n"
                     "Die Direktion kündigt für morgen einen Bus von dreien auf den Linien im Zentrum an."
                     " Die Trams bleiben stark gestört.\n"
                     "13:58 Uhr\n"
                     "Die Gewerkschaften treffen sich am Nachmittag am Sitz der Verkehrsbetriebe"
                     " zu einer neuen Verhandlungsrunde.\n",
                     "Streik im Busverkehr: Die Lage im Überblick, während der Betrieb weiter stark gestört ist"},
          std::tuple{"en",
                     "Lake Radio\n"
                     "Live\n"
                     "Bus strike: follow our live coverage as the network remains heavily disrupted\n"
                     "By the newsroom of Lake Radio\n"
                     "Published 12 March 2026, 07:02\n"
                     "Updated 12 March 2026, 14:40\n"
                     "14:32\n"
                     "The operator says one bus in three will run tomorrow on the central lines."
                     " Trams remain heavily disrupted.\n"
                     "13:58\n"
                     "The unions meet this afternoon at the operator's headquarters"
                     " for a new round of talks.\n",
                     "Bus strike: follow our live coverage as the network remains heavily disrupted"}}) {
        INFO(page);
        const Article a = classify(segment(page), lang);
        REQUIRE(a.headline);
        CHECK(*a.headline == title);
        CHECK(a.authors.empty());
    }
}

TEST_CASE("a name closed by a stop loses the stop, an initial's and an abbreviation's stay",
          "[byline][probe31]") {
    for (const auto& [name, plain] :
         {std::tuple{"Jean-Marc Le Goff.", "Jean-Marc Le Goff"}, std::tuple{"Hélène Marchand.", "Hélène Marchand"},
          std::tuple{"Jane Roe.", "Jane Roe"}, std::tuple{"Anna Müller.", "Anna Müller"},
          std::tuple{"Jane R.", "Jane R."}, std::tuple{"John Roe Jr.", "John Roe Jr."},
          std::tuple{"Anna M.-L.", "Anna M.-L."}, std::tuple{"Rédaction.", "Rédaction."},
          std::tuple{"Paul Lefèvre", "Paul Lefèvre"}}) {
        INFO(name);
        CHECK(without_closing_stop(name) == plain);
    }
}

TEST_CASE("a name alone under the title closed by a stop is the author without it", "[byline][probe31]") {
    for (const auto& [lang, page, author] :
         {std::tuple{"fr",
                     "Un incendie ravage un entrepôt dans la zone industrielle du port\n"
                     "Jean-Marc Le Goff.\n"
                     "Publié le 24/11/2026 à 07h15\n"
                     "Un violent incendie s'est déclaré dans la nuit de lundi à mardi dans un entrepôt de la zone "
                     "industrielle sud.\n"
                     "Aucun blessé n'est à déplorer, mais le bâtiment de 3 000 mètres carrés est entièrement "
                     "détruit, a "
                     "indiqué la préfecture.\n",
                     "Jean-Marc Le Goff"},
          std::tuple{"en",
                     "Harbour fire destroys warehouse in the south of town\n"
                     "Jane Roe.\n"
                     "Published 24 November 2026\n"
                     "A fire broke out overnight in a warehouse in the southern industrial zone, the fire service said "
                     "on Tuesday.\n"
                     "Nobody was hurt, but the building of 3,000 square metres was destroyed, the prefecture said "
                     "later.\n",
                     "Jane Roe"}}) {
        INFO(page);
        const Article a = classify(segment(page), lang);
        REQUIRE(a.authors.size() == 1);
        CHECK(a.authors.front() == author);
    }
}
