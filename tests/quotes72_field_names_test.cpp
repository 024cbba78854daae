// A role's field and a name holding particles (session 40): after a role noun and the word linking it to its field,
// the field's one capitalised word and a name of two words with particles between them ("minister van Mobiliteit Elke
// Van den Brandt", "la ministra de Hacienda Ana de la Torre") are the field and the name, as a name of two words
// without particles was read before. Invented lines.
#include <catch2/catch.hpp>

#include "quote_checks.hpp"
#include "quotes_parts.hpp"

#include <string>
#include <string_view>
#include <vector>

using namespace archive;
using namespace archive::quote_checks;

TEST_CASE("a role's field before a name with particles is no part of the name", "[quotes][quotes72]") {
    check_names({
        {"nl", "Dat zei minister van Mobiliteit Elke Van den Brandt gisteren.", {"Elke Van den Brandt"}},
        {"nl", "Dat zei minister van Mobiliteit Elke van der Berg gisteren.", {"Elke van der Berg"}},
        {"es", "Lo dijo la ministra de Hacienda Ana de la Torre ayer.", {"Ana de la Torre"}},
        // (a name of two words, as before)
        {"nl", "Dat zei minister van Mobiliteit Elke Peeters gisteren.", {"Elke Peeters"}},
    });
}
