// Table-driven tests of a name in an oblique case resolved to the person the page named before in the nominative
// ([name_case_pairs], quote_name_cases.cpp), on invented pages.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a name in an oblique case is the person named before in the nominative", "[quotes][name_cases]") {
    check_quotes({
        // pl: a man's given name and adjectival surname in the genitive after "według"
        {"pl",
         {"Tomasz Wierzbicki, prezes spółki, powiedział, że prace przy moście ruszą w maju.",
          "Według Tomasza Wierzbickiego koszt budowy wyniesie dwa miliardy złotych."},
         "koszt budowy wyniesie dwa miliardy złotych",
         "Tomasz Wierzbicki"},
        // the surname alone after "zdaniem"
        {"pl",
         {"Tomasz Wierzbicki, prezes spółki, powiedział, że prace przy moście ruszą w maju.",
          "Zdaniem Wierzbickiego miasto zyska na tej inwestycji bardzo wiele."},
         "miasto zyska na tej inwestycji bardzo wiele",
         "Tomasz Wierzbicki"},
        // a woman's names in the genitive: -a to -y, -ska to -skiej
        {"pl",
         {"Marta Zawadzka, dyrektorka szpitala, powiedziała, że oddział otworzy się w czerwcu.",
          "Według Marty Zawadzkiej brakuje jeszcze dwudziestu pielęgniarek."},
         "brakuje jeszcze dwudziestu pielęgniarek",
         "Marta Zawadzka"},
        // a surname with no ending in the nominative gains -a
        {"pl",
         {"Jan Nowak, wójt gminy, powiedział, że droga będzie gotowa przed zimą.",
          "Zdaniem Nowaka remont szkoły musi poczekać do przyszłego roku."},
         "remont szkoły musi poczekać do przyszłego roku",
         "Jan Nowak"},
    });
}

TEST_CASE("a name in an oblique case that is no one named before stays as written", "[quotes][name_cases]") {
    check_quotes({
        // two people the surname's case may be of: neither
        {"pl",
         {"Jan Nowak i Piotr Nowak, bracia z Radomia, powiedzieli, że sklep zamkną w lipcu.",
          "Zdaniem Nowaka remont szkoły musi poczekać do przyszłego roku."},
         "remont szkoły musi poczekać do przyszłego roku",
         "Nowaka"},
        // another given name before the same surname is someone else
        {"pl",
         {"Tomasz Wierzbicki, prezes spółki, powiedział, że prace przy moście ruszą w maju.",
          "Według Adama Wierzbickiego koszt budowy wyniesie dwa miliardy złotych."},
         "koszt budowy wyniesie dwa miliardy złotych",
         "Adama Wierzbickiego"},
    });
}

TEST_CASE("a demonym noun before a name is no part of the name", "[quotes][demonyms]") {
    check_speakers({
        {"pl", "„Nie spodziewałem się takiej pogody” – mówi Brytyjczyk Simon Roe, który mieszka tu od roku.",
         "Nie spodziewałem się takiej pogody", "Simon Roe"},
        {"pl", "„Tu jest mój dom” – mówi Niemka Anna Roth, właścicielka pensjonatu.", "Tu jest mój dom", "Anna Roth"},
        {"fr", "« Je ne pensais pas rester si longtemps », raconte le Britannique Simon Roe.",
         "Je ne pensais pas rester si longtemps", "Simon Roe"},
        {"en", "\"I never meant to stay this long,\" said the Briton Simon Roe, who runs the inn.",
         "I never meant to stay this long", "Simon Roe"},
        {"de", "„Ich wollte nie so lange bleiben“, sagt der Brite Simon Roe, der das Gasthaus führt.",
         "Ich wollte nie so lange bleiben", "Simon Roe"},
    });
}
