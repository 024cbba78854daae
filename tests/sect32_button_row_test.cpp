// A row of buttons printed side by side on one line ("Guardar Compartir", "Teilen Merken") over a picture's caption
// heads no section (sect32): the line goes to the boilerplate and the text under the picture goes on in the section
// above. A heading of the same place and length that is no row of buttons still heads its text. Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "pipeline.hpp"
#include "region_pages.hpp"

#include <algorithm>
#include <string>

using namespace archive;

namespace {

const std::string es_page = R"(Sociedad
Madrid amplía el horario del metro durante las fiestas
Por Lucía Herrera
5 de agosto de 2026
La Comunidad de Madrid ampliará el horario del metro hasta las tres de la madrugada durante las fiestas de agosto, anunció este martes el consejero de Transportes.
La medida afectará a todas las líneas y se aplicará los viernes y sábados del mes, según informó el Gobierno regional en un comunicado.
Guardar Compartir
Viajeros en el andén de la estación de Sol, en una imagen de archivo. (Foto: Ana Gil)
El servicio costará alrededor de dos millones de euros y se financiará con el presupuesto de este año, según el consejero.
Los sindicatos del metro han pedido más personal para cubrir los turnos de noche durante las fiestas.
)";

const std::string de_page = R"(Berlin
Hafen verlängert die Öffnungszeiten im Sommer
Von Jana Roth
5. August 2026
Der Hafen der Stadt wird im Sommer bis Mitternacht geöffnet bleiben, teilte die Hafenverwaltung am Dienstag in einer Mitteilung mit.
Die Maßnahme gilt für alle Anleger und soll zunächst bis Ende September gelten, wie ein Sprecher der Verwaltung sagte.
Teilen Merken
Fähren am Anleger in der Altstadt, aufgenommen im Juli. (Foto: Anna Weiß)
Die Kosten von rund zwei Millionen Euro trägt die Stadt aus dem laufenden Haushalt, sagte der Sprecher weiter.
Die Gewerkschaft fordert mehr Personal für die späten Schichten im Sommer.
)";

} // namespace

TEST_CASE("sect32: a row of buttons over a caption heads no section", "[sect32][sections]") {
    struct Case {
        const char* lang;
        std::string page;
        const char* line;
        bool buttons;
    };
    const Case cases[] = {
        {"es", es_page, "Guardar Compartir", true},
        {"de", de_page, "Teilen Merken", true},
        {"en", test::replaced(es_page, "Guardar Compartir", "Save Share Print"), "Save Share Print", true},
        // (a title of the same length heads the text under the picture)
        {"es", test::replaced(es_page, "Guardar Compartir", "Los precios del billete"), "Los precios del billete",
         false},
        {"de", test::replaced(de_page, "Teilen Merken", "Kosten und Personal"), "Kosten und Personal", false},
    };
    for (const auto& c : cases) {
        INFO(c.lang << ": " << c.line);
        const Article a = classify(segment(c.page), c.lang);
        const auto headings = test::headings_of(a);
        CHECK((std::find(headings.begin(), headings.end(), c.line) != headings.end()) == !c.buttons);
        CHECK(test::in_boilerplate(a, c.line) == c.buttons);
    }
}
