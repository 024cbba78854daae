// "Consumer groups welcomed the fine but said ...": the one capitalised word opening the sentence qualifies a common
// noun in the plural; the subject of the coordinated cue is that noun phrase, which names no one (speaker null), never
// the capitalised word alone. Invented lines.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a plural common noun opening the clause of a coordinated cue is a subject naming no one",
          "[quotes][plural_subject]") {
    check_quotes({
        {"en",
         {"Consumer groups welcomed the fine but said it was too small for an airline that reported huge profits."},
         "it was too small for an airline that reported huge profits",
         "",
         "Consumer groups"},
        {"en",
         {"Several consumer groups welcomed the fine but said it was too small for an airline of that size."},
         "it was too small for an airline of that size",
         "",
         "Several consumer groups"},
        {"en",
         {"Local farmers welcomed the decision but said the aid would come far too late for most of them."},
         "the aid would come far too late for most of them",
         "",
         "Local farmers"},
        {"en",
         {"Consumer advocates criticized the settlement and said it would not deter the airline from doing it again."},
         "it would not deter the airline from doing it again",
         "",
         "Consumer advocates"},
    });
}

TEST_CASE("a name opening the clause of a coordinated cue is still its subject", "[quotes][plural_subject]") {
    check_quotes({
        {"en",
         {"Trump skipped the dinner and said he had better things to do that night in the city."},
         "he had better things to do that night in the city",
         "Trump",
         "Trump"},
        {"en",
         {"Senator Ann Lund spoke to the farmers on Monday.",
          "Lund remains hopeful but said the aid would come far too late for most of them."},
         "the aid would come far too late for most of them",
         "Ann Lund",
         "Lund"},
    });
}
