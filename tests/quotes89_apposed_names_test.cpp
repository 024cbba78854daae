// quotes89 (quotes84's German finding, probe73 Q1b rest): the name after a role's genitive and an apposition opened
// by an article and a noun of origin ("der Sprecher der Kommission, der Zürcher Hans Widmer") ends the mention and
// speaks; "Le premier à prendre la parole, Paul Roux, a ..." (an article, a rank and "à" + verb) is no role of the
// name after it, nor is the verb after the name's comma. Invented pages.
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

TEST_CASE("the first to speak is no role of the name after the comma", "[quotes][quotes89]") {
    check_quotes({
        {"fr",
         {"Les ministres des Affaires étrangères se sont réunis mardi à Genève.",
          "Le premier à prendre la parole, Pavel Orlov, a défendu la position de son pays.",
          "\u00AB Nous ne céderons pas \u00BB, a-t-il déclaré."},
         "Nous ne céderons pas",
         "Pavel Orlov",
         "il"},
        {"fr",
         {"Les ministres des Affaires étrangères se sont réunis mardi à Genève.",
          "La dernière à s'exprimer, Anna Berg, a plaidé pour un compromis.",
          "\u00AB Il faut avancer \u00BB, a-t-elle estimé."},
         "Il faut avancer",
         "Anna Berg",
         "elle"},
        {"en",
         {"Foreign ministers met in Geneva on Tuesday.",
          "The first to speak, Pavel Orlov, defended his country's position.", "\"We will not give in,\" he said."},
         "We will not give in",
         "Pavel Orlov",
         "he"},
        {"de",
         {"Die Außenminister haben sich am Dienstag in Genf getroffen.",
          "Als Erster ergriff Pavel Orlov das Wort und verteidigte die Haltung seines Landes.",
          "\u201EWir werden nicht nachgeben\u201C, sagte er."},
         "Wir werden nicht nachgeben",
         "Pavel Orlov",
         "er"},
    });
}
