// Tests of a separable cue whose particle is also an article ("räumt ein"): where the same word closes the clause,
// the one right after the verb opens the subject (quote_cues.cpp, phrase_at). Invented sentences. The kind is German:
// no other listed language has a particle spelled as an article.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("an article after a separable verb opens its subject when the particle closes the clause",
          "[quotes][cues]") {
    check_only_quotes(
        {
            {"de", "„Wir haben uns verrechnet“, räumt ein Mitarbeiter des Bauamts ein, der nicht genannt werden will.",
             "Wir haben uns verrechnet", "räumt ein", "ein Mitarbeiter des Bauamts"},
            {"de", "„Wir haben uns verrechnet“, räumte eine Sprecherin ein.", "Wir haben uns verrechnet", "räumte ein",
             "eine Sprecherin"},
        },
        QuoteKind::direct);
    // (the particle right after the verb, the clause going on: the phrase read whole, as before)
    check_only_quotes({{"de", "Die Stadt räumt ein, dass die Planung zu spät kam.", "die Planung zu spät kam",
                        "räumt ein", "Die Stadt"}},
                      QuoteKind::indirect);
}
