// Table-driven tests of the quotes stage: an office and the field it governs ("le ministre des Affaires étrangères",
// "the Secretary of State") name the office holder, never the field; "según" and the speech verb after it are the cue;
// a document's cue after a quote, past the words naming the document ("wie es in dem Bericht heißt", "as the report
// puts it"), quotes the document.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "quote_checks.hpp"

using namespace archive;
using archive::quote_checks::check_cues;

TEST_CASE("a speech verb after \"según\" belongs to the cue", "[quotes][according]") {
    check_cues({
        {"es", {"El municipio de Valdelagua espera una respuesta desde hace meses.",
                "«La grúa del muelle no funciona desde marzo», según ha informado el Ayuntamiento en una nota."},
         "La grúa del muelle no funciona desde marzo", "según ha informado", "Ayuntamiento", "el Ayuntamiento"},
        {"es", {"El municipio de Valdelagua espera una respuesta desde hace meses.",
                "«La grúa del muelle no funciona desde marzo», según indicó a este diario la Guardia Portuaria."},
         "La grúa del muelle no funciona desde marzo", "según indicó", "Guardia Portuaria", "la Guardia Portuaria"},
        {"es", {"El municipio de Valdelagua espera una respuesta desde hace meses.",
                "«La reparación costará dos millones», según ha explicado a la prensa el portavoz municipal Iker Sanz."},
         "La reparación costará dos millones", "según ha explicado", "Iker Sanz", "el portavoz municipal Iker Sanz"},
    });
}

TEST_CASE("a document's cue after the words naming it quotes the document", "[quotes][documents]") {
    check_cues({
        {"de", {"Bürgermeisterin Lea Frank besuchte am Montag den Deich.",
                "„Der Deich ist an zwei Stellen durchweicht und muss verstärkt werden“, wie es in dem Gutachten des "
                "Landesamts heißt."},
         "Der Deich ist an zwei Stellen durchweicht und muss verstärkt werden", "es heißt", "",
         "dem Gutachten des Landesamts"},
        {"en", {"Mayor Lea Frank visited the dike on Monday.",
                "\u201cThe dike is soaked in two places and must be strengthened,\u201d as the memo puts it."},
         "The dike is soaked in two places and must be strengthened", "puts it", "", "the memo"},
    });
}
