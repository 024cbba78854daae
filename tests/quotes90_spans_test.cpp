// The kinds and spans of quotes (quotes90, session 42): a paper's or a show's name in quote marks after a preposition,
// a line of dash dialogue opening right after the paragraph's dateline. Invented lines.
#include <catch2/catch.hpp>

#include "quote_checks.hpp"

using namespace archive;
using archive::quote_checks::body;
using archive::quote_checks::find_quote;

namespace {

// A paragraph in `lang` and the text of a quote in it.
struct SpanRow {
    const char* lang;
    const char* paragraph;
    const char* text;
};

// The quotes of a page in `lang` whose body is the paragraph and a closing line.
std::vector<Quote> quotes_of(const SpanRow& r) {
    return extract_quotes(body(r.lang, {r.paragraph, "The council meets again next month."}));
}

// Each row's quote is found (every row is checked), of `kind`, with a cue where `cued`.
void check_kind(const std::vector<SpanRow>& rows, QuoteKind kind, bool cued) {
    for (const SpanRow& r : rows) {
        INFO(r.lang << ": " << r.paragraph);
        const auto qs = quotes_of(r);
        const Quote* q = find_quote(qs, r.text);
        CHECK(q);
        if (q == nullptr)
            continue;
        CHECK(q->kind == kind);
        if (cued)
            CHECK(q->cue);
    }
}

} // namespace

TEST_CASE("a paper's or a show's name in quote marks after a preposition is no one's words", "[quotes][quotes90]") {
    const std::vector<SpanRow> rows = {
        {"pl",
         "\u201ENowe mieszkania są dziś za drogie dla młodych rodzin\u201D \u2013 powiedział w rozmowie z "
         "\u201EKurierem\u201D radny Jan Nowak.",
         "Kurierem"},
        {"pl",
         "\u2013 Budowa obwodnicy potrwa jeszcze dwa lata \u2013 przyznał burmistrz Adam Wilk dla "
         "\u201ERzeczpospolitej\u201D.",
         "Rzeczpospolitej"},
        {"nl",
         "\u2018We gaan de kade niet sluiten\u2019, zei wethouder Pieter Smit tegen \u2018Trouw\u2019.", "Trouw"},
        {"pt",
         "\"Não haverá novas portagens nas estradas do distrito\", disse o vereador João Costa ao \"Globo\".", "Globo"},
        {"es",
         "\u00ABNo habrá peajes nuevos en las carreteras de la provincia\u00BB, dijo el consejero Juan Pérez al "
         "\u00ABPaís\u00BB.",
         "País"},
        {"it",
         "\u00ABNon ci saranno nuovi pedaggi sulle strade provinciali\u00BB, ha detto l'assessore Mario Rossi al "
         "\u00ABCorriere\u00BB.",
         "Corriere"},
        {"fr",
         "« Nous ne fermerons aucune ligne de bus cette année », a confié la maire Claire Morel à « Libération ».",
         "Libération"},
        {"de",
         "\u201EWir halten an der neuen Buslinie fest\u201C, sagte die Ministerin Anna Berg am Dienstag im "
         "\u201ESpiegel\u201C.",
         "Spiegel"},
    };
    for (const SpanRow& r : rows) {
        INFO(r.lang << ": " << r.paragraph);
        const auto qs = quotes_of(r);
        CHECK_FALSE(find_quote(qs, r.text));
        CHECK(qs.size() == 1); // (the speaker's own words are still quoted)
    }
}

TEST_CASE("words after a preposition that are not a name stay someone's words", "[quotes][quotes90]") {
    const std::vector<SpanRow> rows = {
        // (nouns capitalised: no speech verb right before the preposition, the word is the speaker's)
        {"de", "Die Stadt sei im \u201EBlindflug\u201C, sagte die Ministerin Anna Berg am Dienstag.", "Blindflug"},
        // (lower case: the speaker's words, not a name)
        {"pl", "Radny Jan Nowak mówi, że miasto jest w \u201Ebardzo trudnym momencie\u201D.", "bardzo trudnym momencie"},
        {"pt", "O vereador João Costa disse que a cidade está numa fase \"muito difícil\" e pediu calma.",
         "muito difícil"},
    };
    check_kind(rows, QuoteKind::partial, false);
}

TEST_CASE("a line of dash dialogue opening right after the paragraph's dateline is one direct quote", "[quotes][quotes90]") {
    const std::vector<SpanRow> rows = {
        // (the dateline's dash opens the line)
        {"pl",
         "GDYNIA \u2013 Nie mamy już gdzie kłaść dzieci. Korytarz był pełny \u2013 mówi dyrektor szpitala Anna Wilk.",
         "Nie mamy już gdzie kłaść dzieci. Korytarz był pełny"},
        {"es",
         "VALLE HONDO \u2014 No vamos a cerrar la planta este año. Lo sabemos todos \u2014dijo la alcaldesa Lucía "
         "Gómez.",
         "No vamos a cerrar la planta este año. Lo sabemos todos"},
        {"it",
         "ROMA \u2013 Non chiuderemo la fabbrica quest'anno. Lo sappiamo tutti \u2013 ha detto la sindaca Lucia "
         "Bianchi.",
         "Non chiuderemo la fabbrica quest'anno. Lo sappiamo tutti"},
        // (a second dash after the dateline's opens it)
        {"pl",
         "GDYNIA \u2013 \u2013 Nie mamy już gdzie kłaść dzieci \u2013 mówi dyrektor szpitala Anna Wilk.",
         "Nie mamy już gdzie kłaść dzieci"},
        {"es", "VALLE HONDO \u2014 \u2014No vamos a cerrar la planta este año \u2014dijo la alcaldesa Lucía Gómez.",
         "No vamos a cerrar la planta este año"},
        {"it", "ROMA \u2013 \u2013 Non chiuderemo la fabbrica quest'anno \u2013 ha detto la sindaca Lucia Bianchi.",
         "Non chiuderemo la fabbrica quest'anno"},
    };
    check_kind(rows, QuoteKind::direct, true);
}

TEST_CASE("dashes after a dateline that open no line of dialogue give no quote", "[quotes][quotes90]") {
    const std::vector<SpanRow> rows = {
        // (dashes of parenthesis after the dateline)
        {"es", "MADRID \u2014 El alcalde \u2014que llegó tarde\u2014 no habló con la prensa ayer por la tarde.", ""},
        // (a phrase of the writer's closed by a dash, no dateline)
        {"es", "Un solo mensaje para los vecinos \u2014 No cerraremos la planta \u2014dijo la alcaldesa Lucía Gómez.",
         ""},
        {"pl", "Jeden komunikat dla mieszkańców \u2013 Nie zamkniemy szpitala \u2013 mówi dyrektor Anna Wilk.", ""},
    };
    for (const SpanRow& r : rows) {
        INFO(r.lang << ": " << r.paragraph);
        CHECK(quotes_of(r).empty());
    }
}
