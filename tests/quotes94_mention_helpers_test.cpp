// Tests of the words before a cue read as its subject (quote_mention_before.cpp, helper_bounds): a finite helper verb
// and the adverbials after it, or a helper opening the clause, or a time phrase before the cue, are no part of the
// mention. Invented sentences.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a helper verb after the subject ends the mention", "[quotes][mentions]") {
    check_only_quotes(
        {
            {"de", "Der Landrat hat am Montag gesagt, er halte den Plan „nicht für tragbar“.", "nicht für tragbar",
             "gesagt", "Der Landrat"},
            {"de",
             "Die Sozialministerin hatte schon in der vergangenen Woche gewarnt, der Bund dürfe die Kommunen „nicht im "
             "Stich lassen“.",
             "nicht im Stich lassen", "gewarnt", "Die Sozialministerin"},
            {"en", "The mayor has long said the plan was “a waste of money”.", "a waste of money", "said",
             "The mayor"},
            {"en", "The finance chief is now saying the deficit is “bigger than we thought”.", "bigger than we thought",
             "saying", "The finance chief"},
            {"fr", "Le maire a lui-même dit que le projet était « une erreur coûteuse ».", "une erreur coûteuse", "dit",
             "Le maire"},
        },
        QuoteKind::partial);
}

TEST_CASE("after an adverbial before the helper, the subject follows the helper", "[quotes][mentions]") {
    check_only_quotes(
        {
            {"de", "Vor zwei Jahren hatte die Gewerkschaft erklärt, man werde „bis zum Ende“ kämpfen.", "bis zum Ende",
             "erklärt", "die Gewerkschaft"},
            {"de", "Zwei Jahre zuvor hat er jedoch erklärt, das sei „reine Spekulation“.", "reine Spekulation",
             "erklärt", "er"},
        },
        QuoteKind::partial);
}

TEST_CASE("a helper opening the words after a quote stands before the subject", "[quotes][mentions]") {
    check_only_quotes(
        {
            {"de", "„Dann macht das doch allein“, soll der Bürgermeister gesagt haben.", "Dann macht das doch allein",
             "gesagt", "der Bürgermeister"},
            {"de", "„Das war ein Fehler“, hat die Bürgermeisterin gesagt.", "Das war ein Fehler", "gesagt",
             "die Bürgermeisterin"},
        },
        QuoteKind::direct);
}

TEST_CASE("a time phrase between the subject and a comparative cue is no part of the mention", "[quotes][mentions]") {
    check_only_quotes(
        {
            {"de", "Wie der Stadtrat am Freitag bestätigte, rechnet die Stadt mit Mehrkosten von zwölf Millionen Euro.",
             "rechnet die Stadt mit Mehrkosten von zwölf Millionen Euro", "bestätigte", "der Stadtrat"},
            {"de", "Wie Stadtrat Kurt Brenner am Freitag bestätigte, bleibt die Brücke bis März gesperrt.",
             "bleibt die Brücke bis März gesperrt", "bestätigte", "Stadtrat Kurt Brenner"},
        },
        QuoteKind::indirect);
}
