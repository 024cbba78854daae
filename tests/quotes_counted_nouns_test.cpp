// Kinds of line whose words were taken for a speaker's name: capitalised nouns counted by a number or a quantifier
// where every noun is capitalised, and the word after a pronoun in its mention.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("capitalised nouns after a number or a quantifier are no name a role or a pronoun stands for",
          "[quotes][quotes28]") {
    check_quotes({
        // a quantifier word ([quantifier_words])
        {"de", {"Auf der Baustelle lagen mehrere Säcke Zement im Regen.",
                "Der Bauleiter hielt das für harmlos, sagte der Sprecher."},
         "Der Bauleiter hielt das für harmlos", ""},
        {"de", {"Die Helfer brauchten einige Stunden Arbeit für den Keller.",
                "Das Wasser sei schnell gestiegen, sagte die Sprecherin."},
         "Das Wasser sei schnell gestiegen", ""},
        // a number in words ([cardinal_words])
        {"de", {"Das Amtsgericht verurteilte den Mann zu zwei Jahren Gefängnis.",
                "Er habe die Tat bereut, sagte der Anwalt."},
         "Er habe die Tat bereut", ""},
        // a number in digits
        {"de", {"Im Lager fanden die Beamten 30 Kisten Zigaretten.",
                "Die Ware stamme aus dem Ausland, sagte sie."},
         "Die Ware stamme aus dem Ausland", ""},
        // a name after a number stays one where a sentence's punctuation stands between
        {"de", {"Der Bauleiter Jonas Keller prüfte die 30 Kisten. Keller blieb ruhig.",
                "„Die Ware ist vollständig“, sagte er."},
         "Die Ware ist vollständig", "Jonas Keller"},
    });
}

TEST_CASE("a pronoun after the cue is the whole mention, a preposition after it opening the verb's complement",
          "[quotes][quotes28]") {
    check_quotes({
        {"de", {"Der Trainer Felix Hahn stand am Spielfeldrand.",
                "„Wir haben zu spät reagiert“, sagte er an die Spieler gewandt."},
         "Wir haben zu spät reagiert", "Felix Hahn", "er"},
    });
}

TEST_CASE("uncued words after a cued pronoun that stands for no one named go on with that unnamed speaker",
          "[quotes][quotes28]") {
    check_quotes({
        {"de", {"Der Stadtrat Jonas Keller ist zufrieden. „Wir bauen die Schule bis zum Sommer“, sagte er.",
                "Die Richterin sah das anders. Der Plan sei viel zu knapp, sagte sie. "
                "„Das schafft in diesem Jahr niemand mehr.“"},
         "Das schafft in diesem Jahr niemand mehr.", ""},
        {"en", {"Councillor Jonas Keller was pleased. \"We will finish the school by summer,\" he said.",
                "The judge, a woman, disagreed. The plan was far too tight, she said. "
                "\"Nobody can finish that this year.\""},
         "Nobody can finish that this year.", ""},
    });
}
