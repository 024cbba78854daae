// A generic noun standing for a body named before ("the agency said" after "the Federal Aviation Administration",
// "explicó el organismo" after "la Agencia Estatal de Meteorología"): the nearest body named among the last few
// names speaks (session 41). Invented lines.
#include <catch2/catch.hpp>

#include "quote_checks.hpp"

using namespace archive;
using namespace archive::quote_checks;

TEST_CASE("a generic noun of a body stands for the body named before", "[quotes][quotes76]") {
    check_cues({
        {"en",
         {"The Federal Aviation Administration fined the airline on Monday.",
          "The fine was \"the largest of its kind,\" the agency said."},
         "the largest of its kind", "said", "Federal Aviation Administration"},
        {"en",
         {"Students at Ashby University held a party in the halls.",
          "It was what the institution called an \"outrageous\" breach."},
         "outrageous", "called", "Ashby University"},
        {"es",
         {"La Agencia Estatal de Meteorología activó el aviso rojo el lunes.",
          "\"Las temperaturas superarán los 44 grados\", explicó el organismo."},
         "Las temperaturas superarán los 44 grados", "explicó", "Agencia Estatal de Meteorología"},
    });
}

TEST_CASE("a generic noun of a body takes no person nor a body named long before", "[quotes][quotes76]") {
    check_cues({
        // (a person is no body: "the agency" is not the minister)
        {"en",
         {"Transport Minister Paul Garner spoke on Monday.",
          "The fine was \"the largest of its kind,\" the agency said."},
         "the largest of its kind", "said", ""},
        // (a body named before eight other names is out of reach)
        {"es",
         {"La Agencia Estatal de Meteorología activó el aviso rojo el lunes.",
          "Ana Ruiz, Pedro Gil, Luis Mora, Eva Sanz y Juan Díaz visitaron el pueblo con Marta León, Raúl Vega, "
          "Carmen Ortiz y Diego Paz.",
          "\"Las temperaturas superarán los 44 grados\", explicó el organismo."},
         "Las temperaturas superarán los 44 grados", "explicó", ""},
    });
}
