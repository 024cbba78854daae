// Tests of an attribution whose subject comes first, set inside the sentence
// and followed by a second clause its comma and a coordinating word join
// ("..., Mark Chen said, and can reduce ...", quote_indirect_cues.cpp
// joined_after_comma): what stands before the attribution is reported all the
// same. Invented sentences.
#include <catch2/catch.hpp>

#include "quotes96_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a subject-first attribution before a joined clause reports the "
          "words before it",
          "[quotes][indirect]") {
  check_only_quotes(
      {
          {"en",
           "Fees at the harbour car park will rise by 4% next year, Mayor Ann "
           "Ruiz said, and parking on the quay will cost more.",
           "Fees at the harbour car park will rise by 4% next year", "said",
           "Mayor Ann Ruiz"},
          {"en",
           "Operators now get warnings several hours in advance, Mark Chen "
           "said, and can reduce the load on the grid.",
           "Operators now get warnings several hours in advance", "said",
           "Mark Chen"},
          {"en",
           "The museum will reopen in the spring with a new wing, officials "
           "said, and tickets will cost less.",
           "The museum will reopen in the spring with a new wing", "said",
           "officials"},
          {"es",
           "Las tarifas del aparcamiento subirán un 4 % el próximo año, Ana "
           "Ruiz dijo, y el parque costará más.",
           "Las tarifas del aparcamiento subirán un 4 % el próximo año",
           "dijo", "Ana Ruiz"},
          {"fr",
           "Les tarifs du parking vont augmenter de 4 % cette année, la mairie "
           "a indiqué, et le stationnement coûtera plus cher.",
           "Les tarifs du parking vont augmenter de 4 % cette année",
           "a indiqué", "la mairie"},
      },
      QuoteKind::indirect);
}

TEST_CASE("a joined clause after an attribution whose subject holds another "
          "cue reports nothing",
          "[quotes][indirect]") {
  // ("report" is no cue of a subject "the board said in its March")
  check_no_quotes(
      "en", {
                "The lowest fifth of households paid 0.8 percent, the board "
                "said in its March report, and the top fifth paid more.",
            });
}

TEST_CASE("a lone pronoun before the cue keeps the words on both sides",
          "[quotes][indirect]") {
  // (the cue clause set inside the sentence, read with what follows "and")
  check_only_quotes(
      {
          {"en",
           "The ferry will stop in May, he said, and the bridge will close "
           "too.",
           "The ferry will stop in May and the bridge will close too", "said",
           "he"},
      },
      QuoteKind::indirect);
}
