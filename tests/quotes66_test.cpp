// A speaker read in an oblique case before the page names the person in the nominative (session 38's third pass over
// the pl probe). Invented lines.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using archive::quote_rows::check_quotes;

TEST_CASE("a genitive speaker is the person the page names later in the nominative", "[quotes][quotes66]") {
    check_quotes({
        // (a man, "według" opening the sentence, his nominative in a cued quote after it)
        {"pl",
         {"Resort zdrowia zapowiada zmiany w kolejkach do lekarzy specjalist\u00F3w od stycznia.",
          "Wed\u0142ug wiceministra zdrowia Piotra Zieli\u0144skiego, \u201Ezmiany skr\u00F3c\u0105 czas "
          "oczekiwania o po\u0142ow\u0119\u201D.",
          "\u201ETo jest dopiero pocz\u0105tek reformy\u201D \u2013 podkre\u015Bli\u0142 wiceminister Piotr "
          "Zieli\u0144ski podczas konferencji."},
         "zmiany skr\u00F3c\u0105 czas oczekiwania o po\u0142ow\u0119",
         "Piotr Zieli\u0144ski"},
        // (a woman, "zdaniem", the nominative after a role in a later sentence)
        {"pl",
         {"Budowa nowej obwodnicy miasta ruszy dopiero w przysz\u0142ym roku.",
          "Zdaniem wiceminister infrastruktury Magdaleny D\u0105browskiej \u201Einwestycja jest zagro\u017Cona\u201D.",
          "\u201ENie mamy jeszcze pozwole\u0144\u201D \u2013 doda\u0142a wiceminister Magdalena D\u0105browska."},
         "inwestycja jest zagro\u017Cona",
         "Magdalena D\u0105browska"},
        // (a surname alone that two people named later bear is neither of them)
        {"pl",
         {"Rada miasta g\u0142osowa\u0142a w czwartek nad nowym bud\u017Cetem na przysz\u0142y rok.",
          "Wed\u0142ug Kowalskiego \u201Ebud\u017Cet jest nierealny\u201D.",
          "\u201EBud\u017Cet jest dobry\u201D \u2013 powiedzia\u0142 radny Jan Kowalski.",
          "\u201EBud\u017Cet jest z\u0142y\u201D \u2013 odpowiedzia\u0142 radny Piotr Kowalski."},
         "bud\u017Cet jest nierealny",
         "Kowalskiego"},
    });
}
