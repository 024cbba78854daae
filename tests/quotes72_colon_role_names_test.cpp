// A role noun and a name before a colon and a quote (session 40): "DGB-Chefin Sabine Ott: „Q“" names who speaks,
// and the words are the mention, where nouns are capitalised too (a run of capitalised words alone there is no name). Invented lines.
#include <catch2/catch.hpp>

#include "quote_checks.hpp"
#include "quote_rows.hpp"

using archive::quote_rows::check_quotes;

TEST_CASE("a role noun and a name before a colon are the quote's mention", "[quotes][quotes72]") {
    check_quotes({
        {"de", {"Die Reform ist beschlossen.", "Die Gewerkschaften sind empört. DGB-Chefin Sabine Ott: \u201EDas ist eine Kürzung durch die Hintertür.\u201C"},
         "Das ist eine Kürzung durch die Hintertür.", "Sabine Ott", "DGB-Chefin Sabine Ott"},
        {"de", {"Die Reform ist beschlossen.", "Die Kritik ist laut. Ministerin Anna Maria Roth: \u201EWir bleiben bei unserem Plan.\u201C"},
         "Wir bleiben bei unserem Plan.", "Anna Maria Roth", "Ministerin Anna Maria Roth"},
        {"en", {"The reform has passed.", "The unions are angry. Union chief Sabine Ott: \u201CThis is a cut through the back door.\u201D"},
         "This is a cut through the back door.", "Sabine Ott"},
    });
}
