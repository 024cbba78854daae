// Verb-second order: a clause opened by a fronted phrase (a time, a phrase a preposition opens, an adverb) has its
// finite verb second and its subject right after the verb ("Am Donnerstag sagte der Förster, dass ...", "Op dinsdag
// zei de burgemeester dat ..."), and a time between a cue and its subject is no part of the mention
// (src/quote_indirect.cpp, src/quote_attribution.cpp).
#include "quote_rows.hpp"

#include <catch2/catch.hpp>

using namespace archive;

TEST_CASE("after a fronted phrase the subject follows the verb of indirect speech", "[quotes][verb_second]") {
    quote_rows::check_only_quotes(
        {
            // a time opening the clause, then "dass"
            {"de", "Am Donnerstag sagte die Försterin Ulla Brand, dass der Wald im Herbst gesperrt werde.",
             "der Wald im Herbst gesperrt werde", "sagte", "die Försterin Ulla Brand"},
            // an adverb, then the reported clause without "dass" ("würden" standing in for the Konjunktiv)
            {"de", "Zuvor erklärte die Trainerin Petra Lang, die Spielerinnen würden am Samstag ohne Kapitänin antreten.",
             "die Spielerinnen würden am Samstag ohne Kapitänin antreten", "erklärte", "die Trainerin Petra Lang"},
            // a phrase a preposition opens
            {"de", "Nach der Sitzung betonte die Kassenwartin Rita Ebert, die Rücklagen seien aufgebraucht.",
             "die Rücklagen seien aufgebraucht", "betonte", "die Kassenwartin Rita Ebert"},
            {"nl", "Op dinsdag zei wethouder Ans Peeters dat het zwembad in juli weer opengaat.",
             "het zwembad in juli weer opengaat", "zei", "wethouder Ans Peeters"},
            {"nl", "Gisteren verklaarde schipper Kees Bakker dat de haven te ondiep is geworden.",
             "de haven te ondiep is geworden", "verklaarde", "schipper Kees Bakker"},
        },
        QuoteKind::indirect);
}

TEST_CASE("a time between the cue and its subject is no part of the mention", "[quotes][verb_second]") {
    quote_rows::check_only_quotes(
        {
            {"de", "„Der Wald bleibt bis Oktober zu“, sagte am Donnerstag die Försterin Ulla Brand.",
             "Der Wald bleibt bis Oktober zu", "sagte", "die Försterin Ulla Brand"},
            {"nl", "„Het zwembad gaat in juli weer open”, zei op dinsdag wethouder Ans Peeters.",
             "Het zwembad gaat in juli weer open", "zei", "wethouder Ans Peeters"},
            // (a capitalised name that is also a month's short form opens no time)
            {"en", "“The archive was never meant to be read,” said Mar Quintero, a historian of the port.",
             "The archive was never meant to be read", "said", "Mar Quintero"},
        },
        QuoteKind::direct);
}

TEST_CASE("a fronted phrase before a verb that reports nothing gives no quote", "[quotes][verb_second]") {
    CHECK(extract_quotes(quote_rows::page("de", "", {"Am Donnerstag sagte die Försterin zu den Plänen der Gemeinde "
                                                     "kein einziges Wort."}))
              .empty());
    CHECK(extract_quotes(quote_rows::page("nl", "", {"Op dinsdag zei de wethouder niets over de plannen van het "
                                                     "college."}))
              .empty());
}
