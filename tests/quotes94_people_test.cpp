// People the quote stage did not see, or saw where there is none: a surname that ends as a German noun's compound
// does. Invented lines.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using archive::quote_rows::check_quotes;

TEST_CASE("a surname ending as a German noun's compound, after a known given name, is a name", "[quotes][quotes94]") {
    check_quotes({
        {"de",
         {"Sabine Lefort, Fraktionschefin des RN in der Nationalversammlung, sagte: „Wir wollen die Partnerschaft "
          "vertiefen.“"},
         "Wir wollen die Partnerschaft vertiefen.",
         "Sabine Lefort"},
        {"de",
         {"Sabine Lefort, Fraktionschefin des RN, reiste am Montag nach Lindau.",
          "Jonas Albrecht empfing sie im Rathaus.",
          "„Das ist ein guter Anfang“, sagte Lefort am Abend."},
         "Das ist ein guter Anfang",
         "Sabine Lefort"},
        // (Near miss: a capitalised word that is no given name over a noun of that ending, "Neuen Standort", is no
        // one's name: the speaker named after the cue keeps the quote.)
        {"de",
         {"Die Klinik bekommt einen neuen Bau am Stadtrand, wie der Kreis mitteilte.",
          "Am Neuen Standort sagte Jonas Albrecht: „Wir ziehen im Frühjahr um.“"},
         "Wir ziehen im Frühjahr um.",
         "Jonas Albrecht"},
    });
}
