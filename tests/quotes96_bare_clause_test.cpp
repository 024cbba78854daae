// Tests of English reports without "that" (quote_indirect_clauses.cpp): a cue naming
// the one spoken to before the clause
// ("X told the board the district had lost ...", addressee_clause), and a
// clause opening with a quantity whose first word is a preposition ("said at
// least a dozen roads were closed", quantity_opener). German, French and the
// others set a comma or their "that" there, read elsewhere. Invented sentences.
#include <catch2/catch.hpp>

#include "quotes96_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("the one spoken to stands between the cue and a clause without that",
          "[quotes][indirect]") {
  check_only_quotes(
      {
          {"en",
           "Superintendent Dana Whitlock told the board the district had lost "
           "nearly 900 pupils since 2020.",
           "the district had lost nearly 900 pupils since 2020", "told",
           "Superintendent Dana Whitlock"},
          {"en",
           "Ortega told reporters the new rules were meant to protect tenants "
           "first.",
           "the new rules were meant to protect tenants first", "told",
           "Ortega"},
          {"en",
           "The prosecutor told the court Hallam had moved the money into "
           "three accounts.",
           "Hallam had moved the money into three accounts", "told",
           "The prosecutor"},
          {"en",
           "The treasurer told the city council members the reserve would last "
           "until March.",
           "the reserve would last until March", "told", "The treasurer"},
      },
      QuoteKind::indirect);
}

TEST_CASE("an object without a clause after it reports nothing",
          "[quotes][indirect]") {
  check_no_quotes(
      "en",
      {
          "The guide told the story of the company that was founded here in "
          "1890.",
          "The mayor told the board about the new bus routes and the parking "
          "fees.",
          "Ortega told reporters about the plan before the meeting was over.",
      });
}

TEST_CASE(
    "a quantity opening a clause without that is no circumstance of the cue",
    "[quotes][indirect]") {
  check_only_quotes(
      {
          {"en",
           "No one was hurt. Ruiz said at least a dozen roads were closed by "
           "the floods.",
           "at least a dozen roads were closed by the floods", "said", "Ruiz"},
          {"en",
           "The agency says at most 40 flights will be cancelled on Sunday.",
           "at most 40 flights will be cancelled on Sunday", "says",
           "The agency"},
      },
      QuoteKind::indirect);
  // (a circumstance: the place or the event of the cue)
  for (const char *p :
       {"Ruiz said at the briefing that he would not run again.",
        "Ruiz said at least once that he would not run again."}) {
    INFO(p);
    const auto qs = extract_quotes(page("en", "", {p}));
    REQUIRE(qs.size() == 1);
    CHECK(qs[0].text == "he would not run again");
  }
}
