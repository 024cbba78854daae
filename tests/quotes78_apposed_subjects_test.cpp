// A subject whose name is set off by commas after its role ("The village nurse, Ada Nwosu, said cases had fallen")
// reports the clause after a cue that takes one without "that" (quotes78, session 49). Invented lines.
#include <catch2/catch.hpp>

#include "quote_checks.hpp"

using namespace archive;
using namespace archive::quote_checks;

TEST_CASE("a role with its name in commas before a cue without 'that' reports the clause", "[quotes][quotes78]") {
    check_cues({
        {"en",
         {"The village nurse, Ada Nwosu, said cases of fever among small children had fallen by half since "
          "the well opened."},
         "cases of fever among small children had fallen by half since the well opened",
         "said",
         "Ada Nwosu",
         nullptr},
        {"en",
         {"The harbour master, Tom Reilly, said the number of boats had doubled in two years."},
         "the number of boats had doubled in two years",
         "said",
         "Tom Reilly",
         nullptr},
    });
    // (the same role and name, a clause opened by "that": read as before)
    check_cues({
        {"en",
         {"The harbour master, Tom Reilly, said that the number of boats had doubled in two years."},
         "the number of boats had doubled in two years",
         "said",
         "Tom Reilly",
         nullptr},
    });
}
