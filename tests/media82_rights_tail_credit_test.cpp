// A caption closed by the site's rights notice ("... - RIPRODUZIONE RISERVATA", "... - Tous droits réservés", "... -
// Alle Rechte vorbehalten") over a credit's line ("Foto: ANSA") is one picture: the line is its credit, and the notice,
// which names nobody, is kept with the boilerplate (media82, probe68 M3). Invented pages.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;

namespace {

struct Row {
    const char* name;
    std::string head;    // the section, the headline and the date line
    std::string caption; // the caption, without its notice
    std::string notice;  // the rights notice glued to it after a dash
    std::string credit;  // the credit's line under it
    std::string body;
};

const std::vector<Row> rows = {
    {"it",
     "Cronaca\nIncendio in un capannone agricolo nelle campagne di Rovigo, nessun ferito\n05 dicembre 2026, 16:48\n",
     "I vigili del fuoco al lavoro nel capannone di Lendinara", "RIPRODUZIONE RISERVATA", "Foto: ANSA",
     "(ANSA) - ROVIGO, 05 DIC - Un incendio è divampato nel primo pomeriggio in un capannone agricolo alle porte di "
     "Lendinara. Le famiglie delle case vicine sono state fatte uscire a scopo precauzionale.\n"
     "Sul posto sono intervenute quattro squadre dei vigili del fuoco, con autobotti arrivate anche da Adria. La "
     "colonna di fumo era visibile da tutta la provincia.\n"},
    {"fr",
     "Faits divers\nIncendie dans un hangar agricole près de Cholet, aucun blessé\nPublié le 5 décembre 2026 à 16h48\n",
     "Les pompiers au travail dans le hangar de La Séguinière", "Tous droits réservés", "Photo : AFP",
     "Un incendie s'est déclaré en début d'après-midi dans un hangar agricole à la sortie de La Séguinière. Les "
     "familles des maisons voisines ont été évacuées par précaution.\n"
     "Quatre équipes de pompiers sont intervenues, avec des camions venus aussi de Cholet. La colonne de fumée était "
     "visible depuis toute la vallée.\n"},
    {"de", "Region\nBrand in einer Scheune bei Ravensburg, niemand verletzt\n5. Dezember 2026, 16:48 Uhr\n",
     "Die Feuerwehr im Einsatz an der Scheune in Weingarten", "Alle Rechte vorbehalten", "Foto: dpa",
     "In einer Scheune am Ortsrand von Weingarten ist am frühen Nachmittag ein Feuer ausgebrochen. Die Familien aus "
     "den Häusern nebenan wurden vorsorglich in Sicherheit gebracht.\n"
     "Vier Löschzüge der Feuerwehr rückten an, auch aus Ravensburg. Die Rauchsäule war im ganzen Schussental zu "
     "sehen.\n"},
};

bool kept(const Article& a, const std::string& line) {
    return std::find(a.boilerplate.begin(), a.boilerplate.end(), line) != a.boilerplate.end();
}

} // namespace

TEST_CASE("a caption closed by a rights notice over a credit's line is one picture", "[media][credit][media82]") {
    for (const Row& row : rows) {
        CAPTURE(row.name);
        const Article a =
            parse(row.head + row.caption + " - " + row.notice + "\n" + row.credit + "\n" + row.body, "page.txt");
        REQUIRE(a.media.size() == 1);
        CHECK(a.media[0].caption == row.caption);
        CHECK(a.media[0].credit == row.credit);
        CHECK(kept(a, "- " + row.notice));
    }
}

TEST_CASE("a caption closed by a rights notice with no credit under it keeps the notice as its credit",
          "[media][credit][media82]") {
    for (const Row& row : rows) {
        CAPTURE(row.name);
        const Article a = parse(row.head + row.caption + " - " + row.notice + "\n" + row.body, "page.txt");
        REQUIRE(a.media.size() == 1);
        CHECK(a.media[0].caption == row.caption);
        CHECK(a.media[0].credit == row.notice);
        CHECK_FALSE(kept(a, "- " + row.notice));
    }
}
