// Tests of a role mention whose place after a preposition of origin ("Senator from Nevada", "Abgeordneter aus Bayern")
// is no speaker: the mention resolves like the role alone (quote_people.cpp, resolve). Invented lines.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

// (a named namespace: the file is compiled on its own, not in a batch of the unity build)
namespace archive::quotes100_origin_places {

using quote_rows::check_quotes;

TEST_CASE("a place after a preposition of origin in a role mention is no speaker", "[quotes][quotes100]") {
    check_quotes({
        {"en", {"Senator from Nevada warns that the farm bill will not pass this week."},
         "the farm bill will not pass this week", "", "Senator from Nevada"},
        {"en", {"The senator from New Mexico warns that the farm bill will not pass this week."},
         "the farm bill will not pass this week", ""},
        {"de", {"Abgeordneter aus Bayern sagt, das Gesetz komme viel zu spät für die Bauern."},
         "das Gesetz komme viel zu spät für die Bauern", ""},
        {"it", {"Il senatore da Palermo ha detto che la legge non passerà così com'è scritta."},
         "la legge non passerà così com'è scritta", ""},
        // (the role's holder the page named speaks)
        {"en", {"Senator Dale Ormsby arrived late on Tuesday night.",
                "The senator from Nevada warns that the farm bill will not pass this week."},
         "the farm bill will not pass this week", "Dale Ormsby"},
        // (near misses: the holder's name before the place speaks)
        {"en", {"Senator Dale Ormsby from Nevada warns that the farm bill will not pass this week."},
         "the farm bill will not pass this week", "Dale Ormsby"},
        {"de", {"Der Abgeordnete Karl Wendler aus Bayern sagt, das Gesetz komme viel zu spät für die Bauern."},
         "das Gesetz komme viel zu spät für die Bauern", "Karl Wendler"},
    });
}

} // namespace archive::quotes100_origin_places
