// Table-driven tests of reports without quote marks whose cue is followed by a short complement: "..., the company
// said in a statement.", "..., la empresa dijo en un comunicado." (the subject before a cue closing the sentence,
// then a phrase or two a preposition opens), and "Northwind said on Friday it would ..." (a time phrase between a
// bare-clause cue and its clause); with sentences of the same shape that report nothing. Invented sentences.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

namespace {

bool no_quote_starting(const char* lang, const char* paragraph, std::string_view start) {
    const auto qs = extract_quotes(page(lang, "", {paragraph}));
    return std::none_of(qs.begin(), qs.end(), [&](const Quote& q) { return q.text.starts_with(start); });
}

} // namespace

TEST_CASE("a cue closing the sentence after its subject may take a short complement", "[quotes][indirect]") {
    check_only_quotes(
        {
            {"en", "The cuts to the workforce will mostly affect the plants in Ohio, the company said in a statement.",
             "The cuts to the workforce will mostly affect the plants in Ohio", "said", "the company"},
            {"en",
             "The rate was left unchanged by a vote of nine to two, the central bank said on Friday in a note.",
             "The rate was left unchanged by a vote of nine to two", "said", "the central bank"},
            {"es",
             "Los recortes afectarán sobre todo a las plantas de Valencia y Sevilla, la empresa dijo en un comunicado.",
             "Los recortes afectarán sobre todo a las plantas de Valencia y Sevilla", "dijo", "la empresa"},
            {"it",
             "I tagli riguarderanno soprattutto gli impianti di Torino e di Brescia, l'azienda ha detto in una nota.",
             "I tagli riguarderanno soprattutto gli impianti di Torino e di Brescia", "ha detto", "l'azienda"},
        },
        QuoteKind::indirect);
}

TEST_CASE("a complement that opens no phrase, or a subject with a relative word, makes no report",
          "[quotes][indirect]") {
    // "to" before an infinitive; a verb after the phrase; a relative clause whose verb the cue is.
    CHECK(no_quote_starting("en",
                            "After the vote in the capital last week, tensions between the two parties continued to "
                            "run hot.",
                            "After the vote"));
    CHECK(no_quote_starting("en",
                            "The files were sent to the court on Monday, and the figures the people said in the report "
                            "were dismissed.",
                            "The files"));
    CHECK(no_quote_starting("en",
                            "Many shops closed their doors in protest during the long strike, while the union drew "
                            "support for a petition that called for Tom Hale's resignation.",
                            "Many shops"));
    CHECK(no_quote_starting("es",
                            "Tras la votación de la semana pasada en la capital, las tensiones entre los dos partidos "
                            "siguieron en aumento.",
                            "Tras la votación"));
}

TEST_CASE("a time phrase may stand between a bare-clause cue and its clause", "[quotes][indirect]") {
    check_only_quotes(
        {
            {"en", "Northwind said on Friday it would cut about 4,000 jobs in its plants over two years.",
             "it would cut about 4,000 jobs in its plants over two years", "said", "Northwind"},
            {"en", "The council said on Tuesday the bridge would stay closed until the end of May.",
             "the bridge would stay closed until the end of May", "said", "The council"},
        },
        QuoteKind::indirect);
    // A phrase that only looks like one of time, "in a May survey", followed by no subject, opens no clause.
    CHECK(no_quote_starting("en",
                            "Bus fares rose by a third over two years, the council said in a May survey, and "
                            "rail fares stayed flat.",
                            "survey"));
}

TEST_CASE("an adverb of time between the auxiliary and the participle belongs to the cue", "[quotes][indirect]") {
    check_only_quotes(
        {
            {"fr", "Le syndicat a aussitôt annoncé que la grève serait reconduite lundi.",
             "la grève serait reconduite lundi", "a aussitôt annoncé", "Le syndicat"},
            {"es", "El sindicato ha enseguida anunciado que la huelga seguirá el lunes.",
             "la huelga seguirá el lunes", "ha enseguida anunciado", "El sindicato"},
        },
        QuoteKind::indirect);
}

TEST_CASE("a report inside another is read with the cue closing the sentence", "[quotes][indirect]") {
    check_only_quotes(
        {
            {"fr",
             "Le parti a aussitôt annoncé qu'il déposerait une motion de censure, a indiqué son porte-parole Jean "
             "Roux.",
             "Le parti a aussitôt annoncé qu'il déposerait une motion de censure", "a indiqué",
             "son porte-parole Jean Roux"},
            {"es",
             "El partido anunció que presentará una moción de censura contra el gobierno, dijo su portavoz Ana Ruiz.",
             "El partido anunció que presentará una moción de censura contra el gobierno", "dijo",
             "su portavoz Ana Ruiz"},
        },
        QuoteKind::indirect);
    // A cue set between commas inside the reported words closes nothing: the first cue keeps its clause.
    check_only_quotes(
        {
            {"fr", "Le maire a annoncé que le chantier, a-t-il précisé, serait achevé en mai prochain.",
             "le chantier, a-t-il précisé, serait achevé en mai prochain", "a annoncé", "Le maire"},
        },
        QuoteKind::indirect);
}
