// Tests of a verb of naming joined by a comma to the clause opening its sentence, whose subject it shares ("X
// begrüßte die Reform, bezeichnete sie aber als „Q“", "X celebró la reforma, pero la calificó de «Q»";
// quote_attribution_before.cpp, naming_joined_comma), and of an adverb of the cue before a separable verb's particle
// after a quote ("„Q“, führte er weiter aus"; quote_indirect_cues.cpp, separated_subject). Invented lines.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a verb of naming joined by a comma shares the subject opening the sentence", "[quotes][quotes102]") {
    check_quotes({
        {"de",
         {"Gewerkschaftschef Tom Hahn begrüßte die Reform grundsätzlich, bezeichnete sie aber als „längst überfällig“."},
         "längst überfällig",
         "Tom Hahn",
         "Gewerkschaftschef Tom Hahn"},
        {"de",
         {"Die Gewerkschaft Fahrwerk begrüßte die Reform grundsätzlich, bezeichnete sie aber als „längst überfällig“."},
         "längst überfällig",
         "Fahrwerk",
         "Die Gewerkschaft Fahrwerk"},
        {"es",
         {"El sindicalista Pablo Gil celebró la reforma, pero la calificó de «muy tardía»."},
         "muy tardía",
         "Pablo Gil",
         "El sindicalista Pablo Gil"},
        {"es",
         {"La concejala Marta Solís aplaudió el proyecto, aunque lo calificó de «demasiado caro»."},
         "demasiado caro",
         "Marta Solís",
         "La concejala Marta Solís"},
        // (near misses: a subject of its own before the verb after the comma, or after it)
        {"es",
         {"El alcalde Luis Mora presentó la reforma, y la oposición la calificó de «demasiado cara»."},
         "demasiado cara",
         ""},
        {"de",
         {"Der Plan sei zu teuer, bezeichnete ihn die Opposition aber als „mutig“."},
         "mutig",
         ""},
    });
}

TEST_CASE("an adverb of the cue before a particle after a quote is no part of the subject", "[quotes][quotes102]") {
    check_quotes({
        {"de",
         {"Die Halle soll im Herbst fertig sein, sagte Vereinschef Rolf Seidel.",
          "„Der Bau beginnt im März“, führte er weiter aus."},
         "Der Bau beginnt im März",
         "Rolf Seidel",
         "er"},
        {"de",
         {"„Der Bau beginnt im März“, führte Vereinschef Rolf Seidel weiter aus."},
         "Der Bau beginnt im März",
         "Rolf Seidel",
         "Vereinschef Rolf Seidel"},
        // (near miss: a capitalised word there is the subject's, no adverb)
        {"de",
         {"„Der Bau beginnt im März“, führte Vereinschef Rolf Weiter aus."},
         "Der Bau beginnt im März",
         "Rolf Weiter",
         "Vereinschef Rolf Weiter"},
    });
}

TEST_CASE("a cue set off by commas with a name after it before the quote names the speaker", "[quotes][quotes102]") {
    check_quotes({
        {"it",
         {"Da allora ha costruito, dice Paolo Greco, «più di trecento barche»."},
         "più di trecento barche",
         "Paolo Greco",
         "Paolo Greco"},
        {"es",
         {"Desde entonces ha construido, dice Ana Ruiz, «más de trescientos barcos»."},
         "más de trescientos barcos",
         "Ana Ruiz",
         "Ana Ruiz"},
        {"pt",
         {"Desde então construiu, diz Ana Costa, “mais de trezentos barcos”."},
         "mais de trezentos barcos",
         "Ana Costa",
         "Ana Costa"},
        // (a role before the name: the mention holds it)
        {"it",
         {"Oggi il lavoro è cambiato, spiega il figlio Luca Greco, «ma il legno resta lo stesso»."},
         "ma il legno resta lo stesso",
         "Luca Greco",
         "il figlio Luca Greco"},
        // (near miss: no name after the verb, the subject of the sentence before speaks, no mention)
        {"it",
         {"Marco Bini ha aperto il cantiere nel 1976. Da allora ha costruito, dice, «più di trecento barche»."},
         "più di trecento barche",
         "Marco Bini",
         ""},
    });
}
