// Portuguese offices whose complement is a field or the body presided (pt78, probe71 Q1): "o ministro das
// Infraestruturas", "a secretária de Estado da Mobilidade", "o presidente da Câmara de Sintra" name no speaker, as
// "el ministro de Asuntos Exteriores" does not in Spanish. Invented lines.
#include <catch2/catch.hpp>

#include "quote_checks.hpp"

using namespace archive;
using namespace archive::quote_checks;

TEST_CASE("a Portuguese minister's field and the body a president heads are no speakers", "[quotes][pt78]") {
    check_cues({
        {"pt",
         {"O ministro das Pescas disse que «a frota vai ser renovada até 2030»."},
         "a frota vai ser renovada até 2030",
         "disse",
         ""},
        {"pt",
         {"A secretária de Estado do Turismo afirmou que «as reservas cresceram no outono»."},
         "as reservas cresceram no outono",
         "afirmou",
         ""},
        {"pt",
         {"«Vamos abrir três creches», disse o presidente da Câmara de Viseu."},
         "Vamos abrir três creches",
         "disse",
         ""},
        {"es",
         {"«Vamos a abrir tres guarderías», dijo el ministro de Asuntos Sociales."},
         "Vamos a abrir tres guarderías",
         "dijo",
         ""},
        // (the name apposed after the complement is the speaker)
        {"pt",
         {"«Vamos abrir três creches», disse o presidente da Câmara de Viseu, Rui Marques Teles."},
         "Vamos abrir três creches",
         "disse",
         "Rui Marques Teles"},
        // (the office named before with its holder)
        {"pt",
         {"A ministra das Pescas, Helena Cabral Vaz, visitou o porto de Peniche.",
          "«A frota vai ser renovada», disse a ministra das Pescas."},
         "A frota vai ser renovada",
         "disse",
         "Helena Cabral Vaz"},
    });
}
