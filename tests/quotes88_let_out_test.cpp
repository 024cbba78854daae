// Tests of the statement let out through others, the verb "lassen" and an infinitive of saying closing the clause
// ("„Q“, liess er mitteilen", "liess die Gemeinde verlauten, ..."): a cue of [speech_phrases] whose words may stand
// apart, as "liet hij weten" in Dutch. Invented sentences.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("lassen and an infinitive of saying after a quote is its cue", "[quotes][cues]") {
    check_only_quotes(
        {
            {"de", "«Wir sind offen für Gespräche», liess die Gemeindepräsidentin Ruth Zaugg am Mittwoch verlauten.",
             "Wir sind offen für Gespräche", "liess verlauten", "die Gemeindepräsidentin Ruth Zaugg"},
            {"de", "„Die Schule bleibt bis Montag zu“, ließ Schulleiter Jan Roth mitteilen.",
             "Die Schule bleibt bis Montag zu", "ließ mitteilen", "Schulleiter Jan Roth"},
            {"nl", "\"We laten de bijdragen niet zomaar vervallen\", liet wethouder Pieter de Vries weten.",
             "We laten de bijdragen niet zomaar vervallen", "liet weten", "wethouder Pieter de Vries"},
        },
        QuoteKind::direct);
    check_only_quotes({{"de", "Die Gemeinde liess verlauten, sie werde den Entscheid in Ruhe prüfen.",
                        "sie werde den Entscheid in Ruhe prüfen", "liess verlauten", "Die Gemeinde"}},
                      QuoteKind::indirect);
    // (the pronoun between the verb and its infinitive is the mention, and the speaker the person named before)
    check_quotes({{"de",
                   {"Regierungsrat Christoph Aeberhard bot an, zwischen den Gemeinden zu vermitteln. Der Kanton werde "
                    "die Beiträge «nicht einfach verfallen lassen», liess er mitteilen."},
                   "nicht einfach verfallen lassen",
                   "Christoph Aeberhard",
                   "er"}});
}
