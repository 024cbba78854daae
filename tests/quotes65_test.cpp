// Quotes after an according phrase naming a body, a body's name met again without its noun, and a spokesman owned by
// a possessive or a name in the genitive (session 38's second pass over the it, es, nl, de and pl probe). Invented
// lines.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using archive::quote_rows::check_quotes;

TEST_CASE("a body's name met again without its noun is not that body", "[quotes][quotes65]") {
    check_quotes({
        {"es",
         {"M\u00E1s de 40.000 vecinos han votado por correo, seg\u00FAn los datos facilitados por la Delegaci\u00F3n "
          "del Gobierno.",
          "Las mesas electorales del valle han cerrado a las ocho de la tarde sin incidencias, seg\u00FAn ha "
          "informado el Gobierno regional."},
         "Las mesas electorales del valle han cerrado a las ocho de la tarde sin incidencias",
         "Gobierno"},
        {"fr",
         {"Le budget a \u00E9t\u00E9 pr\u00E9sent\u00E9 lundi par le Bureau du Conseil r\u00E9gional lors de sa "
          "s\u00E9ance.",
          "La r\u00E9novation des lyc\u00E9es co\u00FBtera quarante millions d'euros sur cinq ans, selon le Conseil "
          "r\u00E9gional."},
         "La r\u00E9novation des lyc\u00E9es co\u00FBtera quarante millions d'euros sur cinq ans",
         "Conseil"},
        // (but what a body is of may stand for it: "Sanidad" is the ministry named before)
        {"es",
         {"El Ministerio de Sanidad public\u00F3 el lunes los datos de las listas de espera de todo el pa\u00EDs.",
          "La espera media para una operaci\u00F3n ha subido a 120 d\u00EDas en el \u00FAltimo a\u00F1o, "
          "seg\u00FAn Sanidad."},
         "La espera media para una operaci\u00F3n ha subido a 120 d\u00EDas en el \u00FAltimo a\u00F1o",
         "Ministerio de Sanidad"},
    });
}
