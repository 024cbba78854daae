// "said the board chair" after "The Corvane County Library board voted": a name of three words or more closing on an
// organisation's noun ([organisation_words]) names a body; a role's holder is a person, never the body. A person of
// that name known as one (a title or role before it) still holds the role.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a body's name closing on an organisation noun holds no role", "[quotes][quotes105]") {
    check_quotes({
        {"en",
         {"The Brackwell County Library board voted on Monday to put a levy on the ballot.",
          "\u201CWe cannot keep the branches dark at five o'clock,\u201D said the board chair."},
         "We cannot keep the branches dark at five o'clock", ""},
        {"nl",
         {"De Oosterveld Openbare Bibliotheek heeft maandag het plan voorgesteld.",
          "\u201CWe kunnen de filialen niet om vijf uur sluiten\u201D, zei de voorzitter."},
         "We kunnen de filialen niet om vijf uur sluiten", ""},
        // (near miss: the chair named before, whose surname is a noun of a body's name, and known as a person)
        {"en",
         {"Board chair Mary Ann Hall opened the meeting on Monday.",
          "\u201CWe cannot keep the branches dark at five o'clock,\u201D said the board chair."},
         "We cannot keep the branches dark at five o'clock", "Mary Ann Hall"},
    });
}
