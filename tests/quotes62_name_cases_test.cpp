// A declined given name before a surname printed undeclined ("dla Anny Nowak", "według Marty Lis") is the person the
// page named before in the nominative ([name_case_pairs], quote_name_cases.cpp). Invented lines.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a declined given name before an undeclined surname is the person named before", "[quotes][name_cases]") {
    check_quotes({
        // pl: a woman's surname with no feminine ending stays as it is; her given name takes the genitive
        {"pl",
         {"Anna Nowak, lokatorka kamienicy, powiedziała, że pozew trafił do sądu w poniedziałek.",
          "Dla Anny Nowak to „zwykłe kłamstwo, które powtarza się od lat”."},
         "zwykłe kłamstwo, które powtarza się od lat",
         "Anna Nowak"},
        {"pl",
         {"Marta Lis, sołtyska wsi, powiedziała, że most zamknięto na dwa tygodnie.",
          "Według Marty Lis objazd wydłuża drogę do szkoły o dziesięć kilometrów."},
         "objazd wydłuża drogę do szkoły o dziesięć kilometrów",
         "Marta Lis"},
    });
}

TEST_CASE("another given name before the same undeclined surname stays as written", "[quotes][name_cases]") {
    check_quotes({
        {"pl",
         {"Anna Nowak, lokatorka kamienicy, powiedziała, że pozew trafił do sądu w poniedziałek.",
          "Według Marii Nowak objazd wydłuża drogę do szkoły o dziesięć kilometrów."},
         "objazd wydłuża drogę do szkoły o dziesięć kilometrów",
         "Marii Nowak"},
    });
}

TEST_CASE("a body's adjective declined after an article is the body named before", "[quotes][name_cases]") {
    check_quotes({
        // de: "der Deutsche Städtetag" in the nominative, "für den Deutschen Städtetag" in the accusative
        {"de",
         {"Der Deutsche Städtetag hat am Montag mehr Geld vom Bund für die Sanierung der Schulen gefordert.",
          "Für den Deutschen Städtetag ist das „ein Tropfen auf den heißen Stein“."},
         "ein Tropfen auf den heißen Stein",
         "Deutsche Städtetag"},
        // the body's name printed without an article first, in its strong form
        {"de",
         {"Deutscher Städtetag fordert am Montag mehr Geld vom Bund für die Sanierung der Schulen im Land.",
          "Für den Deutschen Städtetag ist das „ein Tropfen auf den heißen Stein“."},
         "ein Tropfen auf den heißen Stein",
         "Deutscher Städtetag"},
    });
}

TEST_CASE("a body's declined name the page never gave in the nominative stays as printed", "[quotes][name_cases]") {
    check_quotes({
        {"de",
         {"Die Bundesregierung verweist auf laufende Programme für die Sanierung der Schulen im ganzen Land.",
          "Für den Deutschen Städtetag ist das „ein Tropfen auf den heißen Stein“."},
         "ein Tropfen auf den heißen Stein",
         "Deutschen Städtetag"},
    });
}
