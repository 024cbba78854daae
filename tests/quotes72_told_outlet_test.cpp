// "zu" after a whole name opens the one told (session 40): "sagt Marco Huber zu Blick", "sagte Roth zu Bild" name
// Marco Huber and Heike Roth, not "Marco Huber zu Blick"; a name's own "zu" follows the given name alone ("Karl-Theodor
// zu Guttenberg"). German only: no other language writes the one told with a name's particle. Invented lines.
#include <catch2/catch.hpp>

#include "quote_checks.hpp"
#include "quote_rows.hpp"

using archive::quote_rows::check_quotes;

TEST_CASE("zu after a whole name opens the one told, no part of the name", "[quotes][quotes72]") {
    check_quotes({
        {"de", {"Ein Wanderer ist gestürzt.", "\u00ABIch dachte, das wars\u00BB, sagt Marco Huber zu Blick."},
         "Ich dachte, das wars", "Marco Huber", "Marco Huber"},
        {"de",
         {"Arbeitsministerin Heike Roth will das Rentenalter erhöhen.",
          "\u201EWer gesund ist, kann länger arbeiten\u201C, sagte Roth zu Bild."},
         "Wer gesund ist, kann länger arbeiten", "Heike Roth", "Roth"},
        {"de",
         {"Die Ministerin Anna Keller war in Bern.", "\u201EWir warten ab\u201C, sagte Anna Keller zu SRF News."},
         "Wir warten ab", "Anna Keller", "Anna Keller"},
        // (a name's own "zu", after the given name alone, stays in the name)
        {"de", {"Der Streit geht weiter.", "\u201EDas ist falsch\u201C, sagte Karl-Theodor zu Guttenberg."},
         "Das ist falsch", "Karl-Theodor zu Guttenberg", "Karl-Theodor zu Guttenberg"},
        {"de", {"Der Streit geht weiter.", "\u201EDas ist falsch\u201C, sagte Minister Karl-Theodor zu Guttenberg."},
         "Das ist falsch", "Karl-Theodor zu Guttenberg"},
    });
}
