// Table-driven tests of German nouns taken for names: a noun after an article then "von" ("die Anlage von Grund auf"),
// a place's compound in -ort ("des Nachbarorts Wiesental"), and the gender of a woman's role in -in whose masculine
// form is not listed ("Gemeinderätin"); on invented sentences.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a German noun after an article then von is no name", "[quotes][names]") {
    check_quotes({
        {"de",
         {"Der Rat hat beschlossen, die Brücke von Grund auf zu erneuern.",
          "„Wir hätten gern noch ein Jahr gewartet“, sagte der Bürgermeister nach der Sitzung."},
         "Wir hätten gern noch ein Jahr gewartet", ""},
    });
    // A name with "von" after a role noun stays a name.
    check_quotes({
        {"de",
         {"„Wir hätten gern noch ein Jahr gewartet“, sagte die Ministerin Ulrike von der Aue nach der Sitzung."},
         "Wir hätten gern noch ein Jahr gewartet", "Ulrike von der Aue"},
    });
}

TEST_CASE("a German place's compound in -ort is no name", "[quotes][names]") {
    check_quotes({
        {"de",
         {"Die Karten werden im Freibad des Nachbarorts Wiesental anerkannt.",
          "„Ein Sommer ohne Bad, das überleben wir schon“, sagte er."},
         "Ein Sommer ohne Bad, das überleben wir schon", ""},
    });
}

TEST_CASE("a German role in -in is a woman's though its masculine form is not listed", "[quotes][speakers]") {
    check_quotes({
        {"de",
         {"Gemeinderätin Hildrun Waldegger betonte, man kenne die Schäden seit Jahren.",
          "„Ein Sommer ohne Bad, das überleben wir schon“, sagte er."},
         "Ein Sommer ohne Bad, das überleben wir schon", ""},
    });
}
