// Tests of an office named with its field ("Le ministre du Travail", "La ministre de la Culture") that the text gives
// no one: not the last person named without a role. Invented sentences.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("an office with its field is no one named before without a role", "[quotes][speakers]") {
    check_quotes({
        {"fr",
         {"Selon Paul Vernet, les files d'attente se sont allongées dans les agences depuis le printemps.",
          "Le ministre du Travail affirme pour sa part que « chaque mois compte pour les chômeurs »."},
         "chaque mois compte pour les chômeurs",
         ""},
        {"fr",
         {"« Elle écrivait comme on parle dans les cuisines », a raconté Julie Marchand, sa voisine.",
          "La ministre de la Culture a pour sa part salué « une voix unique » dans un communiqué."},
         "une voix unique",
         ""},
    });
}
