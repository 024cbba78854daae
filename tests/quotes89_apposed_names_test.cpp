// quotes89 (quotes84's German finding): the name after a role's genitive and an apposition opened by an article and
// a noun of origin ("der Sprecher der Kommission, der Zürcher Hans Widmer") ends the mention and speaks. Invented
// pages.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a German apposition of an article and a noun of origin before the name ends the mention with the name",
          "[quotes][quotes89]") {
    check_quotes({
        {"de",
         {"Die Kommission des Nationalrats hat am Dienstag die Vorlage zur Steuerreform abgelehnt.",
          "\u201EDie Reform ist schlecht vorbereitet\u201C, sagte der Sprecher der Kommission, der Zürcher Hans Widmer "
          "(SVP)."},
         "Die Reform ist schlecht vorbereitet",
         "Hans Widmer",
         "der Sprecher der Kommission, der Zürcher Hans Widmer"},
        {"de",
         {"Die Kommission des Nationalrats hat am Dienstag die Vorlage zur Steuerreform abgelehnt.",
          "\u201EDas reicht nicht\u201C, sagte die Präsidentin der Kommission, die Bernerin Anna Meier (SP)."},
         "Das reicht nicht",
         "Anna Meier",
         "die Präsidentin der Kommission, die Bernerin Anna Meier"},
        // (the French form, as quotes84 made it)
        {"fr",
         {"La commission du National a rejeté mardi le projet de réforme fiscale.",
          "\u00AB La réforme est mal préparée \u00BB, a déclaré le porte-parole de la commission, le Zurichois Hans "
          "Widmer (UDC)."},
         "La réforme est mal préparée",
         "Hans Widmer",
         "le porte-parole de la commission, le Zurichois Hans Widmer"},
    });
}
