// Tests of a cue of several words ([speech_phrases]) whose last word is elided into the next ("parle d'un « Q »",
// "parle d’une « Q »" for "parle de"): the phrase is read, the cue ends before the elided word. French elides so;
// the other languages' phrases end with no word that elides. Invented sentences.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a phrase cue whose last word is elided into the next is read", "[quotes][cues]") {
    check_quotes({
        {"fr",
         {"Le projet divise le quartier depuis des mois.",
          "Sa présidente, Hélène Vuagnat, parle d’un «passage en force» et d’une «densification à l’aveugle»."},
         "passage en force",
         "Hélène Vuagnat",
         "Sa présidente, Hélène Vuagnat"},
        {"fr",
         {"Sa présidente, Hélène Vuagnat, parle d'un «passage en force» et d'une «densification à l'aveugle»."},
         "densification à l'aveugle",
         "Hélène Vuagnat",
         "Sa présidente, Hélène Vuagnat"},
        // (a clause joined after the quote)
        {"fr",
         {"Le syndicat Unia parle d’une «catastrophe sociale» et exige que l’entreprise recoure au chômage partiel."},
         "catastrophe sociale",
         "Unia",
         "Le syndicat Unia"},
    });
    check_only_quotes({{"fr", "Le maire Paul Roux a parlé d'une « décision injuste » pour la commune.", "décision injuste",
                        "a parlé", "Le maire Paul Roux"}},
                      QuoteKind::partial);
}
