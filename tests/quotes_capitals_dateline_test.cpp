// Table-driven tests of a place's name in capitals opening a dispatch ("PUERTO ALTO, Jal.-", "PORT MAREN."): no role
// described later is that place's; on invented sentences in several languages.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a place of several words in capitals opening a dispatch holds no role", "[quotes][speakers]") {
    check_quotes({
        {"es",
         {"PUERTO ALTO, Jal.- Los pescadores del muelle votaron en asamblea no aceptar el traslado al nuevo puerto.",
          "\"Aquí llevamos cuarenta años y aquí nos quedamos\", dijo la representante de los pescadores."},
         "Aquí llevamos cuarenta años y aquí nos quedamos", ""},
        {"en",
         {"PORT MAREN, Ore. - The fishermen of the pier voted on Sunday against the move to the new harbour.",
          "\"We have been here for forty years and we are staying\", said the spokeswoman of the fishermen."},
         "We have been here for forty years and we are staying", ""},
        {"fr",
         {"ROCHE BLANCHE (Vendée) - Les pêcheurs du port ont voté dimanche contre le déménagement de la criée.",
          "« Nous sommes ici depuis quarante ans et nous restons », a déclaré la porte-parole des pêcheurs."},
         "Nous sommes ici depuis quarante ans et nous restons", ""},
    });
}
