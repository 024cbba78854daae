// A body named by its head noun alone before its full name ("según ha anunciado el Ministerio" in the standfirst,
// "El Ministerio de Cultura ampliará" in the body): both are the one body, whose name is the full one (session 40).
// Invented lines.
#include <catch2/catch.hpp>

#include "quote_checks.hpp"

using namespace archive;
using namespace archive::quote_checks;

TEST_CASE("a body's head noun met before its full name is that body", "[quotes][quotes75]") {
    check_cues({
        {"es",
         {"Los museos abrirán los lunes, según ha anunciado el Ministerio.",
          "El Ministerio de Turismo presentó el calendario el martes.",
          "Según el Ministerio, el plan se revisará en otoño."},
         "el plan se revisará en otoño", "Según", "Ministerio de Turismo"},
        {"it",
         {"I musei apriranno il lunedì, ha annunciato il Ministero.",
          "Il Ministero del Turismo ha presentato il calendario martedì.",
          "Secondo il Ministero, il piano sarà rivisto in autunno."},
         "il piano sarà rivisto in autunno", "Secondo", "Ministero del Turismo"},
    });
}

TEST_CASE("a body's full name named first still names its head noun later", "[quotes][quotes75]") {
    check_cues({
        {"es",
         {"El Ministerio de Turismo presentó el calendario el martes.",
          "Según el Ministerio, el plan se revisará en otoño."},
         "el plan se revisará en otoño", "Según", "Ministerio de Turismo"},
        {"it",
         {"Il Ministero del Turismo ha presentato il calendario martedì.",
          "Secondo il Ministero, il piano sarà rivisto in autunno."},
         "il piano sarà rivisto in autunno", "Secondo", "Ministero del Turismo"},
    });
}

TEST_CASE("a surname met alone is not the first word of a longer name", "[quotes][quotes75]") {
    // (only a body's noun grows into the body's full name: "Martín" is no body)
    check_cues({
        {"es",
         {"«Abriremos los lunes», dijo Martín.", "Martín de Castro presentó el calendario el martes.",
          "«Lo revisaremos en otoño», añadió Martín."},
         "Lo revisaremos en otoño", "añadió", "Martín"},
    });
}
