// A title written without its full stop ("Dr", "Prof", "Cllr", French "Pr") and the Dutch titles ("dr.", "prof.",
// "dhr.", "mevr.") are no part of the speaker's name. Every line is invented.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using archive::quote_rows::check_quotes;

TEST_CASE("a title without its full stop is no part of the name", "[quotes][speakers][titles]") {
    check_quotes({
        {"en", {"\"The lanes will reopen soon,\" Dr Srinivas Iyer said on Monday."},
         "The lanes will reopen soon", "Srinivas Iyer"},
        {"en", {"\"We have waited long enough for this,\" said Prof Anita Rao, who teaches at the university."},
         "We have waited long enough for this", "Anita Rao"},
        {"en", {"\"Nobody told us anything about the closure,\" Cllr Mark Bennett said."},
         "Nobody told us anything about the closure", "Mark Bennett"},
        {"fr", {"« Le chantier avance comme prévu », a déclaré le Pr Jean Dupuis, chef du service."},
         "Le chantier avance comme prévu", "Jean Dupuis"},
        {"fr", {"« Personne ne nous a rien dit », a affirmé Dr Claire Morel."},
         "Personne ne nous a rien dit", "Claire Morel"},
    });
}

TEST_CASE("Dutch titles before a name are no part of it", "[quotes][speakers][titles]") {
    check_quotes({
        {"nl", {"\"We liggen goed op schema\", zei dr. Jan Verbeke van de universiteit."},
         "We liggen goed op schema", "Jan Verbeke"},
        {"nl", {"\"Niemand heeft ons iets verteld\", zegt prof. Els Maes."},
         "Niemand heeft ons iets verteld", "Els Maes"},
        {"nl", {"\"De brug gaat in juni weer open\", zei dhr. Peter Claes."},
         "De brug gaat in juni weer open", "Peter Claes"},
    });
}
