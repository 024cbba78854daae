// An institution's name that holds an adjective after its noun and a small word between capitalised words
// ("Instituto Nacional de Geografia e Estatística", "Servicio Regional de Protección y Respuesta ante Emergencias")
// is one subject (quotes80, probe71 Q2, probe69 Q7). Invented lines.
#include <catch2/catch.hpp>

#include "quote_checks.hpp"

using namespace archive;
using namespace archive::quote_checks;

TEST_CASE("an institution's name with an adjective and 'and' is the whole subject", "[quotes][quotes80]") {
    check_cues({
        {"pt",
         {"O Instituto Nacional de Geografia e Estatística informou que a inflação caiu pelo terceiro mês."},
         "a inflação caiu pelo terceiro mês",
         "informou",
         "Instituto Nacional de Geografia e Estatística",
         "O Instituto Nacional de Geografia e Estatística"},
        {"es",
         {"El Servicio Regional de Protección y Respuesta ante Emergencias informó que los albergues siguen abiertos."},
         "los albergues siguen abiertos",
         "informó",
         "Servicio Regional de Protección y Respuesta ante Emergencias",
         "El Servicio Regional de Protección y Respuesta ante Emergencias"},
    });
}

TEST_CASE("an according phrase's institution goes on past a small word of its name", "[quotes][quotes80]") {
    check_cues({
        {"es",
         {"Según el informe del Servicio Regional de Protección y Respuesta ante Emergencias (Serpre), al menos "
          "cuarenta casas quedaron dañadas."},
         "al menos cuarenta casas quedaron dañadas",
         "Según",
         "Servicio Regional de Protección y Respuesta ante Emergencias",
         "el informe del Servicio Regional de Protección y Respuesta ante Emergencias (Serpre)"},
        {"pt",
         {"Segundo a Fundação de Amparo à Pesquisa do Estado, as inscrições começam em fevereiro."},
         "as inscrições começam em fevereiro",
         "Segundo",
         "Fundação de Amparo à Pesquisa do Estado",
         nullptr},
    });
}
