// Tests of words naming a speaker's role: a player's position or an athlete's sport ([role_words]), and the charge of
// an office before the holder's name ("la conseillère fédérale en charge des assurances sociales Anne Roux"). Invented
// sentences.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a player's position names the player named with it before", "[quotes][speakers]") {
    check_quotes({
        {"fr",
         {"Les Vaudois ont gagné grâce à un doublé de leur attaquant Marco Sitarz en seconde période.",
          "« On a enfin été efficaces devant le but », a expliqué l’attaquant polonais au micro de la télévision."},
         "On a enfin été efficaces devant le but",
         "Marco Sitarz"},
        {"fr",
         {"La skieuse Léa Morand a pris la troisième place du géant samedi.",
          "« La neige était très dure ce matin », a confié la skieuse valaisanne."},
         "La neige était très dure ce matin",
         "Léa Morand"},
    });
}

TEST_CASE("the charge of an office runs the mention on to the holder's name", "[quotes][speakers]") {
    check_quotes({
        {"fr",
         {"« Il faut agir avant que les primes ne dépassent ce que paient les familles », a plaidé la conseillère "
          "fédérale en charge des assurances sociales Claire Baumgartner."},
         "Il faut agir avant que les primes ne dépassent ce que paient les familles",
         "Claire Baumgartner",
         "la conseillère fédérale en charge des assurances sociales Claire Baumgartner"},
        {"fr",
         {"« Les travaux commenceront au printemps », a annoncé le ministre en charge des transports Paul Roux."},
         "Les travaux commenceront au printemps",
         "Paul Roux",
         "le ministre en charge des transports Paul Roux"},
    });
}
