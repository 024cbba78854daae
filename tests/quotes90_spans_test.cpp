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
        const Quote* q = quote_checks::checked_quote(qs, r.text, kind);
        if (q != nullptr && cued)
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

TEST_CASE("a headline's quoted words that the body prints in the same marks as no one's words are no quote",
          "[quotes][quotes90]") {
    struct Row {
        const char* lang;
        const char* headline;
        std::vector<std::string> paragraphs;
        const char* text; // the headline's quoted words
        bool quote;       // the headline still quotes them
    };
    const std::vector<Row> rows = {
        // (a work's title: the body reads it as the subject of its sentence, or names it by a noun)
        {"es", "'La casa del faro': el invierno en que el pueblo se quedó sin luz",
         {"Hay películas que se cuentan con el frío. 'La casa del faro' empieza con una tormenta que deja el pueblo "
          "a oscuras durante una semana.",
          "La directora Marta Soler rodó en la costa de Lugo."},
         "La casa del faro", false},
        {"en", "\u201CThe Quiet Harbour of Lindow\u201D: a summer without water",
         {"The film \u201CThe Quiet Harbour of Lindow\u201D opens on a dry riverbed and never leaves the village.",
          "The director Ann Roe shot it in twelve days."},
         "The Quiet Harbour of Lindow", false},
        {"it", "\u00ABLe figlie del lago\u00BB, tre generazioni di pescatrici",
         {"Il romanzo \u00ABLe figlie del lago\u00BB racconta tre generazioni di pescatrici di Como.",
          "L'autrice Laura Bianchi lo ha scritto in quattro anni."},
         "Le figlie del lago", false},
        // (the body quotes the same words from someone: the headline quotes them too)
        {"es", "'No vamos a cerrar la planta': la alcaldesa defiende el acuerdo",
         {"'No vamos a cerrar la planta', dijo ayer la alcaldesa Lucía Gómez en el pleno.",
          "El acuerdo se firmó por la tarde."},
         "No vamos a cerrar la planta", true},
        // (the body does not print them in the same marks: the headline's reading is kept)
        {"en", "\u2018We will not close the plant\u2019: mayor defends deal",
         {"The mayor, Lucy Green, told the council on Monday that the plant would stay open.",
          "The deal was signed in the afternoon."},
         "We will not close the plant", true},
    };
    for (const Row& r : rows) {
        INFO(r.lang << ": " << r.headline);
        const auto qs = extract_quotes(archive::quote_rows::page(r.lang, r.headline, r.paragraphs));
        const Quote* q = find_quote(qs, r.text);
        CHECK((q != nullptr && q->where == Where::headline) == r.quote);
    }
}
