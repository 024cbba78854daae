// Reported speech whose subject opens the sentence with an aside set off by commas before the speech verb: a relative
// clause after a description ("A nurse at the clinic, who ..., said that ..."), an apposition after a name ("Tom Vale,
// a former mayor of the town, said ..."). Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "quote_rows.hpp"

using archive::quote_rows::check_quotes;

TEST_CASE("a description with a relative clause before the cue is the subject of reported speech",
          "[quotes][indirect][aside]") {
    check_quotes({
        {"en",
         {"A nurse at the clinic, who asked not to be named, said that the ward was full by early morning."},
         "the ward was full by early morning",
         "",
         "A nurse at the clinic"},
        {"en",
         {"The harbour master, who took over last spring, said the dredging would start in May."},
         "the dredging would start in May",
         "",
         "The harbour master"},
        // the description stands for a person of the page
        {"en",
         {"Mayor Tom Reed toured the flooded quay on Tuesday.",
          "The mayor, who had spent the night on the sea wall, said that the town would pay for the repairs."},
         "the town would pay for the repairs",
         "Tom Reed",
         "The mayor"},
        {"fr",
         {"Un ingénieur de la station, qui y travaille depuis vingt ans, reconnaît que la digue a souffert pendant "
          "la nuit."},
         "la digue a souffert pendant la nuit",
         "",
         "Un ingénieur de la station"},
        {"fr",
         {"Le maire Paul Girard a visité le port mardi.",
          "Le maire, qui a passé la nuit sur la digue, a affirmé que la commune paierait les réparations."},
         "la commune paierait les réparations",
         "Paul Girard",
         "Le maire"},
        {"de",
         {"Ein Sprecher der Stadtwerke, der die Anlage seit Jahren kennt, sagte, die Pumpen seien überlastet "
          "gewesen."},
         "die Pumpen seien überlastet gewesen",
         "",
         "Ein Sprecher der Stadtwerke"},
        // (the helper verb closing the relative clause is no part of the subject's words)
        {"de",
         {"Eine Sprecherin der Klinik, die dort lange gearbeitet hat, sagte, das Personal sei erschöpft."},
         "das Personal sei erschöpft",
         "",
         "Eine Sprecherin der Klinik"},
        {"es",
         {"Un vecino, que vive junto al puerto, asegura que el agua subió un metro en menos de una hora."},
         "el agua subió un metro en menos de una hora",
         "",
         "Un vecino"},
        {"it",
         {"Un pescatore, che lavora al porto da trent'anni, ha detto che l'acqua è salita di un metro in un'ora."},
         "l'acqua è salita di un metro in un'ora",
         "",
         "Un pescatore"},
    });
}

TEST_CASE("a name with an apposition before the cue's comma is the subject, not the reported words",
          "[quotes][indirect][aside]") {
    check_quotes({
        {"en",
         {"Tom Vale, a former mayor of the town, said the plan would cost far more than the council admitted."},
         "the plan would cost far more than the council admitted",
         "Tom Vale",
         "Tom Vale, a former mayor of the town"},
        {"en",
         {"Lena Marsh, a teacher who grew up in the village, said she had moved back in with her parents last year."},
         "she had moved back in with her parents last year",
         "Lena Marsh",
         "Lena Marsh, a teacher who grew up in the village"},
        {"de",
         {"Karl Brenner, ein früherer Bürgermeister der Stadt, sagte, der Plan sei viel zu teuer und komme zu spät."},
         "der Plan sei viel zu teuer und komme zu spät",
         "Karl Brenner",
         "Karl Brenner, ein früherer Bürgermeister der Stadt"},
    });
}

TEST_CASE("a sentence with a helper verb before a relative clause is reported, not a subject",
          "[quotes][indirect][aside]") {
    // (a guard: so it was before the rule)
    check_quotes({
        {"en",
         {"The port will close soon, which angered the fishermen, said the harbour master."},
         "The port will close soon, which angered the fishermen",
         "",
         "the harbour master"},
    });
}
