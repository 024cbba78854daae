// Tests of speech verbs and separable cue verbs of German and French press pages that were missing from the word
// lists ([speech_verbs], [manner_cue_words], [speech_phrases]): praise, taking stock, tempering, savouring, advice,
// a reproach and a rebuttal whose particle closes the clause. Invented sentences.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("verbs of praise, taking stock and tempering after a quote are its cue", "[quotes][cues]") {
    check_only_quotes(
        {
            {"de", "„Die Frau hat absolut richtig reagiert“, lobte Polizeisprecher Olaf Hoppe.",
             "Die Frau hat absolut richtig reagiert", "lobte", "Polizeisprecher Olaf Hoppe"},
            {"de", "„Wir haben heute verdient gewonnen“, bilanzierte Trainerin Petra Lang nach dem Spiel.",
             "Wir haben heute verdient gewonnen", "bilanzierte", "Trainerin Petra Lang"},
            {"fr",
             "« Le marché a enfin une bonne nouvelle, mais il faut rester prudent », tempère Antoine Rivière, "
             "analyste chez Banque Delorme.",
             "Le marché a enfin une bonne nouvelle, mais il faut rester prudent", "tempère", "Antoine Rivière"},
            {"fr", "« On n'a jamais lâché, ce groupe a du caractère », savourait l'entraîneur, Paul Delmotte.",
             "On n'a jamais lâché, ce groupe a du caractère", "savourait", "l'entraîneur, Paul Delmotte"},
        },
        QuoteKind::direct);
}

TEST_CASE("a verb of advice inverted after a quote is its cue with its pronoun", "[quotes][cues]") {
    check_only_quotes({{"fr", "« Restez chez vous si vous le pouvez », a-t-elle conseillé aux automobilistes.",
                        "Restez chez vous si vous le pouvez", "a-t-elle conseillé", "elle"}},
                      QuoteKind::direct);
}

TEST_CASE("a reproach and a rebuttal keep their particle in the cue", "[quotes][cues]") {
    check_only_quotes(
        {
            {"de", "Die Opposition wirft der Stadtregierung vor, die Kosten zu niedrig angesetzt zu haben.",
             "die Kosten zu niedrig angesetzt zu haben", "wirft vor", "Die Opposition"},
            {"de", "Die Ministerin Eva Lind wies die Vorwürfe am Montag zurück, sie habe von den Zahlungen nichts gewusst.",
             "sie habe von den Zahlungen nichts gewusst", "wies zurück", "Die Ministerin Eva Lind"},
        },
        QuoteKind::indirect);
    // (with a quoted fragment, the partial quote takes the verb and its particle)
    check_only_quotes({{"de", "Klubobmann Hannes Gruber warf der Landesregierung vor, „über die Köpfe hinweg“ zu entscheiden.",
                        "über die Köpfe hinweg", "warf vor", "Klubobmann Hannes Gruber"}},
                      QuoteKind::partial);
}
