// Tests of the words before a comma that opens a sentence and the mention after
// it (quote_mention_before.cpp, mention_before): a role noun titling a full name
// after the comma ("Sentencing, Judge Helen Ashcroft said") takes no
// capitalised opening word into the mention; a role noun describing the name
// before the comma still does. Invented sentences.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a capitalised word opening the sentence is no name a title after it "
          "describes",
          "[quotes][mentions]") {
  check_only_quotes(
      {
          {"en",
           "Sentencing, Judge Mary Coltrane said the scheme was \u201ccold and "
           "calculated\u201d.",
           "cold and calculated", "said", "Judge Mary Coltrane"},
          {"en",
           "Closing, Senator Paul Brandt said the bill was \u201ca promise "
           "kept\u201d.",
           "a promise kept", "said", "Senator Paul Brandt"},
      },
      QuoteKind::partial);
}

TEST_CASE("a role noun after a name and its comma still describes that name",
          "[quotes][mentions]") {
  check_only_quotes(
      {
          {"de",
           "Martin Behrend, Sprecher des Forums sagte, die Kürzung sei „ein "
           "Skandal“.",
           "ein Skandal", "sagte", "Martin Behrend, Sprecher des Forums"},
      },
      QuoteKind::partial);
}
