// Tests of a court report's plea after a subject with its age and address
// (quote_indirect_cues.cpp, object_after_cue): "Tom Roe, 58, of Elm Grove, Westford,
// admitted fraud ..." reports no speech; the one lower-case word after the cue
// is its object. Where the word after the cue names someone, the words before
// the comma are still reported. Invented sentences.
#include <catch2/catch.hpp>

#include "quotes96_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a plea after a subject with age and address is no report",
          "[quotes][indirect]") {
  check_no_quotes(
      "en",
      {
          "Dennis Holloway, 61, of Mill Lane, Ashcombe, admitted fraud by "
          "false representation at Ashcombe Crown "
          "Court in May.",
          "Kerry Watts, 34, of Station Road, Ashcombe, denied theft at the "
          "magistrates' court on Tuesday.",
          "Kerry Watts, 34, of Station Road, Ashcombe, admitted burglary.",
      });
}

TEST_CASE("a cue that takes an object still reports before one naming someone",
          "[quotes][indirect]") {
  check_only_quotes(
      {
          {"en",
           "The bridge will stay closed until the end of March, confirmed "
           "officials.",
           "The bridge will stay closed until the end of March", "confirmed",
           "officials"},
      },
      QuoteKind::indirect);
}
