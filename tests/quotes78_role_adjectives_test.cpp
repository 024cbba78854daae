// A role noun, one adjective of it and the link to its field before the holder's name ("l'assessore regionale al
// Bilancio, Luca Ferri", "la consejera autonómica de Hacienda, Ana Ruiz"), and the roles of an assembly or a council
// whose complement is a field or a place ("la consigliera delegata alla Scuola Anna Galli") (quotes78, session 49).
// Invented lines.
#include <catch2/catch.hpp>

#include "quote_checks.hpp"

using namespace archive;
using namespace archive::quote_checks;

TEST_CASE("an adjective between a role noun and the link to its field keeps the mention whole", "[quotes][quotes78]") {
    check_cues({
        {"it",
         {"\u00ABI conti sono in ordine\u00BB, ha detto l'assessore regionale al Bilancio, Guido Bertani."},
         "I conti sono in ordine",
         "ha detto",
         "Guido Bertani",
         "l'assessore regionale al Bilancio, Guido Bertani"},
        {"it",
         {"\u00ABI conti sono in ordine\u00BB, ha detto l'assessora comunale alla Scuola Anna Galli."},
         "I conti sono in ordine",
         "ha detto",
         "Anna Galli",
         "l'assessora comunale alla Scuola Anna Galli"},
        {"es",
         {"\u00ABLas cuentas est\u00E1n en orden\u00BB, dijo la consejera auton\u00F3mica de Hacienda, Ana Ruiz."},
         "Las cuentas est\u00E1n en orden",
         "dijo",
         "Ana Ruiz",
         "la consejera auton\u00F3mica de Hacienda, Ana Ruiz"},
    });
}

TEST_CASE("a group leader's or a councillor's field is no part of the name", "[quotes][quotes78]") {
    check_cues({
        {"it",
         {"\u00ABLe scuole riaprono luned\u00EC\u00BB, ha spiegato la consigliera delegata all'Istruzione Marta Pini."},
         "Le scuole riaprono luned\u00EC",
         "ha spiegato",
         "Marta Pini",
         nullptr},
    });
}
