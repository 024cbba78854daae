// Tests of a report whose cue stands in a comparative clause ("Wie die Firma mitteilte, ...", "..., wie die Stadt am
// Montag mitteilte."): the separable verb closing the clause with its particle glued on is a cue (de [speech_verbs]),
// and the comparative opener, a time phrase or a time adverb before the cue, and the words after a pronoun, are no
// part of the mention (quote_indirect.cpp). Invented sentences. The glued particle is German only.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a comparative clause before or after the report gives its cue and subject", "[quotes][cues]") {
    check_only_quotes(
        {
            {"de", "Wie die Firma am Dienstag mitteilte, sollen bis Ende 2027 rund 300 Stellen wegfallen.",
             "sollen bis Ende 2027 rund 300 Stellen wegfallen", "mitteilte", "die Firma"},
            {"de", "Die Brücke bleibt bis Ende März gesperrt, wie die Stadt am Montag mitteilte.",
             "Die Brücke bleibt bis Ende März gesperrt", "mitteilte", "die Stadt"},
            {"de", "Die Brücke bleibt bis Ende März gesperrt, wie der Verband gestern erklärte.",
             "Die Brücke bleibt bis Ende März gesperrt", "erklärte", "der Verband"},
            {"de", "Die Brücke bleibt bis Ende März gesperrt, wie sie auf Anfrage mitteilte.",
             "Die Brücke bleibt bis Ende März gesperrt", "mitteilte", "sie"},
        },
        QuoteKind::indirect);
}

TEST_CASE("a glued particle in a clause that reports nothing gives no quote", "[quotes][cues]") {
    const auto qs = extract_quotes(page("de", "", {"Sie bat darum, dass man ihr die Ergebnisse bald mitteilte."}));
    CHECK(qs.empty());
}
