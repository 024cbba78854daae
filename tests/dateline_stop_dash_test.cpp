// The place of a Mexican, Central American or Caribbean paper printed in small letters, glued to a full stop and a
// dash ("Ciudad de México.- Un sismo ..."): the dateline. Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "press_datelines.hpp"

#include <optional>
#include <string>

using namespace archive;

TEST_CASE("capitalised words glued to a full stop and a dash open the text with its place",
          "[classify][dateline][stop_dash]") {
    struct Row {
        const char* paragraph;
        std::optional<std::string> place;
    };
    const Row rows[] = {
        {"Ciudad de México.- Un sismo de magnitud 5,6 sacudió la capital la mañana de este miércoles.",
         "Ciudad de México"},
        {"Villa Serena.– Las autoridades municipales cerraron el mercado central por las lluvias.", "Villa Serena"},
        {"San Pedro del Monte.— Los vecinos del barrio alto bloquearon la carretera durante seis horas.",
         "San Pedro del Monte"},
        {"Puerto Alegría.- Os pescadores da vila voltaram ao mar depois de três dias de tempestade.",
         "Puerto Alegría"},
        // Not a place: a title's abbreviation, a joined title with no space after the dash, a clause too short,
        // words in small letters, a comma, a label.
        {"Dr.- Ing. Tomás Herrera inauguró el nuevo laboratorio de la universidad esta semana.", std::nullopt},
        {"Univ.-Prof. Anna Berger eröffnete am Montag das neue Institut für Meeresforschung.", std::nullopt},
        {"Guadalajara.- Sin novedad.", std::nullopt},
        {"la ciudad.- Un sismo de magnitud 5,6 sacudió la capital la mañana de este miércoles.", std::nullopt},
        {"Lima, Perú.- Un sismo de magnitud 5,6 sacudió la capital la mañana de este miércoles.", std::nullopt},
        {"Update.- The council will meet again on Thursday to vote on the new budget.", std::nullopt},
    };
    for (const Row& r : rows) {
        INFO(r.paragraph);
        CHECK(stop_dash_place(r.paragraph) == r.place);
    }
}

TEST_CASE("a page whose text opens with a place glued to a stop and a dash has that dateline",
          "[classify][dateline][stop_dash]") {
    const std::string page = "Inicio | Nacional | Estados | Deportes\n"
                             "Nacional\n"
                             "Sismo de magnitud 5,6 sacude el centro del país sin causar daños\n"
                             "Redacción | 03/12/2026 | 09:17 hrs\n"
                             "Villa Serena.- Un sismo de magnitud 5,6 sacudió la mañana de este miércoles el centro "
                             "del país, informó el servicio sismológico.\n"
                             "El movimiento se sintió con fuerza en tres estados, sin que se reportaran daños.\n"
                             "Puerto Alegría.- En la costa, los pescadores regresaron a sus casas por precaución.\n"
                             "Las clases continuarán con normalidad este jueves, indicaron las autoridades.\n";
    const Article a = parse(page);
    CHECK(a.dateline.value_or("") == "Villa Serena");
}
