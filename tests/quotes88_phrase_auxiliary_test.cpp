// Tests of the auxiliary of a cue of several words ([speech_phrases]) with adverbs between them ("a déjà fait
// savoir", "ha invece fatto sapere"): the auxiliary and the adverbs join the cue, none of them the mention. Invented
// sentences.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("an adverb between the auxiliary and a phrase cue keeps the auxiliary out of the mention", "[quotes][cues]") {
    check_only_quotes(
        {
            {"fr", "Le conseiller national Urs Gerber a déjà fait savoir qu’il déposerait une proposition au parlement.",
             "il déposerait une proposition au parlement", "a déjà fait savoir", "Le conseiller national Urs Gerber"},
            {"fr", "La députée Anne Roy a par ailleurs fait savoir qu'elle voterait contre le projet de loi.",
             "elle voterait contre le projet de loi", "a par ailleurs fait savoir", "La députée Anne Roy"},
            {"it", "Il consigliere di Stato Cristina Vitali ha invece fatto sapere che il Cantone resta disponibile.",
             "il Cantone resta disponibile", "ha invece fatto sapere", "Il consigliere di Stato Cristina Vitali"},
            {"es", "La consejera Ana Ruiz ha también dado a conocer que el plan costará dos millones de euros.",
             "el plan costará dos millones de euros", "ha también dado a conocer", "La consejera Ana Ruiz"},
            // (the auxiliary right before the phrase, as before)
            {"it", "Il sindaco Marco Bernasconi ha fatto sapere che il Comune non pagherà il conto.",
             "il Comune non pagherà il conto", "ha fatto sapere", "Il sindaco Marco Bernasconi"},
        },
        QuoteKind::indirect);
}
