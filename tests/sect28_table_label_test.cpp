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

TEST_CASE("a label set apart over a table's rows heads them, and the text under the table stays",
          "[sections][region][heading][sect28]") {
    const test::PageRow rows[] = {
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
)", "Das nächste Spiel des SC ist am Samstag beim SV Süd, dem Zweiten der Tabelle."},
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
)",
         "El próximo partido del Sporting será el sábado en el campo del Levante, segundo en la tabla."},
    };
    const char* labels[] = {"Tabelle", "Clasificación"};
    for (std::size_t i = 0; i < 2; ++i) {
        INFO(rows[i].page);
        const Article a = classify(segment(rows[i].page), rows[i].lang);
        CHECK(headings_of(a) == std::vector<std::string>{labels[i]});
        CHECK(contains(test::paragraphs_of(a), rows[i].line));
    }
}

TEST_CASE("a label over a single row of cells heads nothing", "[sections][heading][sect28]") {
    test::check_heading_rows({
        {"de", R"(Start
Sport
Der SC gewinnt und rückt an die Aufstiegsplätze heran
Von Lukas Prinz
03.03.2025

Der SC hat am Sonntag zu Hause mit zwei zu null gewonnen und rückt zehn Spieltage vor dem Ende an die Aufstiegsplätze heran.

Der Trainer lobte seine Spieler nach dem Spiel und bat die Fans, das Stadion auch an den nächsten Sonntagen zu füllen.

Tabelle

Platz 3	SC	53 Punkte

Das nächste Spiel des SC ist am Samstag beim SV Süd, dem Zweiten der Tabelle.

Teilen
)", {}},
        {"es", R"(Inicio
Deportes
El Sporting gana y se acerca a los puestos de ascenso
Por Luis Prieto
03.03.2025

El Sporting ganó el domingo por dos goles a cero en su estadio y se acerca a los puestos de ascenso a falta de diez jornadas.

El entrenador elogió a sus jugadores después del partido y pidió a la afición que siga llenando el estadio cada domingo.

Clasificación

Puesto 3	Sporting	53 puntos

El próximo partido del Sporting será el sábado en el campo del Levante, segundo en la tabla.

Compartir
)", {}},
    });
}
