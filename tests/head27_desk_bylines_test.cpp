// Bylines of French and Swiss pages: the author's name after a phrase naming the article ("Article rédigé par Camille
// Roux", "Artikel verfasst von Jana Roth") over the outlet's name, and a desk's byline in small letters before the
// outlet's name ("par Libération", "von Hafenblatt") under the standfirst. Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <string>
#include <vector>

using namespace archive;

TEST_CASE("an article's writing phrase opens the byline over the outlet's name", "[classify][byline]") {
    struct Row {
        const char* page;
        std::vector<std::string> authors;
    };
    const std::vector<Row> rows = {
        {"Le Sénat adopte le projet de loi sur les digues\n\n"
         "Le texte prévoit un fonds pour les communes du littoral. Il doit encore être examiné par l'Assemblée.\n\n"
         "Article rédigé par Camille Roux\nFrance Télévisions\nPublié le 04/02/2025 18:21\n\n"
         "Le texte a été adopté par 220 voix contre 98, après deux jours de débats au Palais du Luxembourg.\n\n"
         "La gauche a dénoncé une mesure insuffisante, la droite un coût trop élevé pour les collectivités.\n",
         {"Camille Roux"}},
        {"Ständerat will Deiche verstärken\n\n"
         "Die Vorlage sieht einen Fonds für die Gemeinden am See vor. Der Nationalrat muss noch zustimmen.\n\n"
         "Artikel verfasst von Jana Roth\nHafenblatt Online\nVeröffentlicht am 04.02.2025, 18:21 Uhr\n\n"
         "Der Ständerat hat die Vorlage mit 30 zu 12 Stimmen angenommen, nach einer langen Debatte im Saal.\n\n"
         "Die Linke sprach von einer ungenügenden Massnahme, die Rechte von zu hohen Kosten für die Kantone.\n",
         {"Jana Roth"}},
    };
    for (const Row& r : rows) {
        INFO(r.page);
        const Article a = parse(r.page);
        CHECK(a.authors == r.authors);
    }
}

TEST_CASE("a desk's byline in small letters under the standfirst ends it", "[classify][byline][lede]") {
    struct Row {
        const char* page;
        const char* lede;
    };
    const std::vector<Row> rows = {
        {"Grève des contrôleurs aériens : des centaines de vols annulés\n\n"
         "La direction de l'aviation civile a demandé aux compagnies de réduire leurs programmes de vols.\n\n"
         "par Libération\npublié le 20 mars 2025 à 7h12\n\n"
         "Plus de 900 vols ont été annulés ce jeudi en raison de la grève des contrôleurs, selon la direction.\n\n"
         "Les syndicats dénoncent un manque d'effectifs chronique dans les centres de contrôle du pays.\n",
         "La direction de l'aviation civile a demandé aux compagnies de réduire leurs programmes de vols."},
        {"Fluglotsen streiken: Hunderte Flüge gestrichen\n\n"
         "Die Flugsicherung hat die Gesellschaften aufgefordert, ihre Flugpläne an mehreren Flughäfen zu kürzen.\n\n"
         "von Hafenblatt\n20. März 2025, 07:12 Uhr\n\n"
         "Mehr als 900 Flüge wurden am Donnerstag wegen des Streiks der Fluglotsen gestrichen, wie die Behörde "
         "mitteilte.\n\n"
         "Die Gewerkschaften beklagen einen chronischen Personalmangel in den Kontrollzentren des Landes.\n",
         "Die Flugsicherung hat die Gesellschaften aufgefordert, ihre Flugpläne an mehreren Flughäfen zu kürzen."},
    };
    for (const Row& r : rows) {
        INFO(r.page);
        const Article a = parse(r.page);
        REQUIRE(a.lede);
        CHECK(*a.lede == r.lede);
        CHECK(a.authors.empty());
    }
}
