// Tests of a bare label over a table (labels_table(), sections_headings.cpp) and of a table's rows between paragraphs
// (main_region(), region.cpp): "Tabelle", "Clasificación" set apart over two rows of cells at least heads the table,
// and the text under the table stays in the body; over one row of cells the label heads nothing. Invented pages.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "rows.hpp"
#include "test_pages.hpp"

#include <string>
#include <vector>

using namespace archive;

using archive::test::contains;
using archive::test::headings_of;

namespace {

struct TablePage {
    const char* lang;
    const char* page;
    const char* label;
    const char* rows;  // the table's rows, as the page prints them
    const char* one;   // one row in their place
    const char* under; // the paragraph under the table
};

const TablePage tables[] = {
    {"de", R"(Start
Sport
Der SC gewinnt und rückt an die Aufstiegsplätze heran
Von Lukas Prinz
03.03.2025

Der SC hat am Sonntag zu Hause mit zwei zu null gewonnen und rückt zehn Spieltage vor dem Ende an die Aufstiegsplätze heran.

Der Trainer lobte seine Spieler nach dem Spiel und bat die Fans, das Stadion auch an den nächsten Sonntagen zu füllen.

Tabelle

Platz	Verein	Punkte
1	FC Nord	58
2	SV Süd	55
3	SC	53
4	TSV Ost	50

Das nächste Spiel des SC ist am Samstag beim SV Süd, dem Zweiten der Tabelle.

Teilen
)", "Tabelle", "Platz\tVerein\tPunkte\n1\tFC Nord\t58\n2\tSV Süd\t55\n3\tSC\t53\n4\tTSV Ost\t50\n",
     "Platz 3\tSC\t53 Punkte\n", "Das nächste Spiel des SC ist am Samstag beim SV Süd, dem Zweiten der Tabelle."},
    {"es", R"(Inicio
Deportes
El Sporting gana y se acerca a los puestos de ascenso
Por Luis Prieto
03.03.2025

El Sporting ganó el domingo por dos goles a cero en su estadio y se acerca a los puestos de ascenso a falta de diez jornadas.

El entrenador elogió a sus jugadores después del partido y pidió a la afición que siga llenando el estadio cada domingo.

Clasificación

Pos	Equipo	Puntos
1	Racing	58
2	Levante	55
3	Sporting	53
4	Elche	50

El próximo partido del Sporting será el sábado en el campo del Levante, segundo en la tabla.

Compartir
)", "Clasificación",
     "Pos\tEquipo\tPuntos\n1\tRacing\t58\n2\tLevante\t55\n3\tSporting\t53\n4\tElche\t50\n",
     "Puesto 3\tSporting\t53 puntos\n",
     "El próximo partido del Sporting será el sábado en el campo del Levante, segundo en la tabla."},
};

} // namespace

TEST_CASE("a label set apart over a table's rows heads them, and the text under the table stays",
          "[sections][region][heading][sect28]") {
    for (const TablePage& t : tables) {
        INFO(t.page);
        const Article a = classify(segment(t.page), t.lang);
        CHECK(headings_of(a) == std::vector<std::string>{t.label});
        CHECK(contains(test::paragraphs_of(a), t.under));
    }
}

TEST_CASE("a label over a single row of cells heads nothing", "[sections][heading][sect28]") {
    for (const TablePage& t : tables) {
        std::string page = t.page;
        const std::string rows = t.rows;
        const std::size_t at = page.find(rows);
        REQUIRE(at != std::string::npos);
        page.replace(at, rows.size(), t.one);
        INFO(page);
        CHECK(headings_of(classify(segment(page), t.lang)).empty());
    }
}
