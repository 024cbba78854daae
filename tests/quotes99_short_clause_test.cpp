// Tests of a short English report without "that" (quote_indirect_clauses.cpp, the bare
// clause path): four words are enough, as after "that", where a subject opens
// them and a full stop closes the sentence. English only: the other languages
// set their "that" or a comma there, read elsewhere. Invented sentences.
#include <catch2/catch.hpp>

#include "quotes96_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a reported clause of four words without that is a report",
          "[quotes][indirect]") {
  check_only_quotes(
      {
          {"en", "Tom Webb said the budget was fair.", "the budget was fair",
           "said", "Tom Webb"},
          {"en", "Tom Webb said the fees were high.", "the fees were high",
           "said", "Tom Webb"},
          {"en", "Councillor Jo Marsh says she opposes the plan.",
           "she opposes the plan", "says", "Councillor Jo Marsh"},
      },
      QuoteKind::indirect);
}

TEST_CASE("a four-word clause in a question is no report",
          "[quotes][indirect]") {
  check_no_quotes("en", {
                            "Are these the rules most drivers say they hate the most?",
                        });
}
