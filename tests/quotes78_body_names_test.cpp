// A body's name holding "e" between two capitalised fields ("o Ministério da Pesca e Oceanos") is one subject, not a
// clause opened by the conjunction (quotes78, session 49). Invented lines.
#include <catch2/catch.hpp>

#include "quote_checks.hpp"

using namespace archive;
using namespace archive::quote_checks;

TEST_CASE("a body's name joined by 'and' between its fields is the whole subject", "[quotes][quotes78]") {
    check_cues({
        {"pt",
         {"O Minist\u00E9rio da Pesca e Oceanos informou que o novo edital ser\u00E1 publicado em janeiro."},
         "o novo edital ser\u00E1 publicado em janeiro",
         "informou",
         "Minist\u00E9rio da Pesca e Oceanos",
         "O Minist\u00E9rio da Pesca e Oceanos"},
        {"es",
         {"El Ministerio de Pesca y Oc\u00E9anos inform\u00F3 que la nueva convocatoria saldr\u00E1 en enero."},
         "la nueva convocatoria saldr\u00E1 en enero",
         "inform\u00F3",
         "Ministerio de Pesca y Oc\u00E9anos",
         "El Ministerio de Pesca y Oc\u00E9anos"},
    });
}

TEST_CASE("an acronym between a role's particle and a name is the body, not the name's", "[quotes][quotes78]") {
    check_cues({
        {"pt",
         {"\u00ABA chuva vai continuar at\u00E9 domingo\u00BB, disse a meteorologista do IPMR Rita Louren\u00E7o."},
         "A chuva vai continuar at\u00E9 domingo",
         "disse",
         "Rita Louren\u00E7o",
         nullptr},
        {"es",
         {"\u00ABEsto es entregar el patrimonio\u00BB, acus\u00F3 la concejala del PSOE Elena Jara Ruiz."},
         "Esto es entregar el patrimonio",
         "acus\u00F3",
         "Elena Jara Ruiz",
         nullptr},
    });
}
