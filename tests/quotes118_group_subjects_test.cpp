// The people of a place named as a group ([group_subject_words]: residents, Anwohner, habitants, vecinos, residenti,
// bewoners) are no speaker's name. Invented lines.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("the people of a place named as a group are no speaker", "[quotes][quotes118]") {
    check_quotes({
        {"en",
         {"Residents said: \"We finally have a place to swim with the children again.\""},
         "We finally have a place to swim with the children again.",
         "",
         "Residents"},
        {"de",
         {"Anwohner sagten: „Endlich haben wir wieder einen Ort zum Schwimmen mit den Kindern.“"},
         "Endlich haben wir wieder einen Ort zum Schwimmen mit den Kindern.",
         "",
         "Anwohner"},
        {"de",
         {"„Es war eine lange Wartezeit für die ganze Straße“, sagten Nachbarn am Montag."},
         "Es war eine lange Wartezeit für die ganze Straße",
         "",
         "Nachbarn"},
        {"nl",
         {"Bewoners zeiden: „Eindelijk hebben we weer een plek om met de kinderen te zwemmen.”"},
         "Eindelijk hebben we weer een plek om met de kinderen te zwemmen.",
         "",
         "Bewoners"},
        {"es",
         {"Vecinos dijeron: «Por fin tenemos un sitio para nadar con los niños»."},
         "Por fin tenemos un sitio para nadar con los niños",
         "",
         "Vecinos"},
        {"it",
         {"Residenti hanno detto: «Finalmente abbiamo un posto per nuotare con i bambini»."},
         "Finalmente abbiamo un posto per nuotare con i bambini",
         "",
         "Residenti"},
        // (a plural pronoun after them stands for the group, not for someone named before)
        {"fr",
         {"Anne Roux, la maire, a présenté le projet lundi.",
          "Des riverains du quai ont salué le vote. « Nous attendions ce pont depuis dix ans », ont-ils ajouté."},
         "Nous attendions ce pont depuis dix ans",
         ""},
        {"en",
         {"Ann Roe, the mayor, presented the plan on Monday.",
          "Neighbours of the quay welcomed the vote. \"We have waited ten years for this bridge,\" they said."},
         "We have waited ten years for this bridge",
         ""},
    });
}
