// The attribution in the sentence after the quote, when the quote's stop stands after its closing mark: "«Q». Lo ha
// detto il presidente X", "«Q». Así lo afirmó la ministra X", "»Q«. Das sagte die Sprecherin X". The words that
// point back at the quote are lexicon data ([recap_words]); the next sentence must open with them and its cue.
// Invented lines (session 41, quotes83).
#include <catch2/catch.hpp>

#include "quote_checks.hpp"

using namespace archive;
using archive::quote_checks::body;
using archive::quote_checks::find_quote;

namespace {

struct Row {
    const char* lang;
    const char* before;
    const char* paragraph;
    const char* text;
    const char* cue;
    const char* mention;
    const char* speaker;
};

void check_rows(const std::vector<Row>& rows) {
    for (const Row& r : rows) {
        INFO(r.lang << ": " << r.paragraph);
        const auto qs = extract_quotes(body(r.lang, {r.before, r.paragraph}));
        const Quote* q = find_quote(qs, r.text);
        REQUIRE(q);
        CHECK(q->cue.value_or("") == r.cue);
        CHECK(q->mention.value_or("") == r.mention);
        CHECK(q->speaker.value_or("") == r.speaker);
    }
}

} // namespace

TEST_CASE("a recap sentence after a quote whose stop follows the closing mark attributes it", "[quotes][quotes83]") {
    check_rows({
        {"it", "Il sindaco Paolo Neri ha visitato il cantiere lunedì.",
         "\u00ABIl ponte sarà pronto entro l'estate, ne sono sicuro\u00BB. Lo ha detto il presidente della Regione, "
         "Marco Bini, visitando il cantiere.",
         "Il ponte sarà pronto entro l'estate, ne sono sicuro", "ha detto", "il presidente della Regione, Marco Bini",
         "Marco Bini"},
        {"it", "Il sindaco Paolo Neri ha visitato il cantiere lunedì.",
         "\u00ABIl ponte sarà pronto entro l'estate\u00BB. È quanto ha dichiarato il presidente della Regione, "
         "Marco Bini.",
         "Il ponte sarà pronto entro l'estate", "ha dichiarato", "il presidente della Regione, Marco Bini",
         "Marco Bini"},
        {"es", "El alcalde Pablo Conde habló el lunes en el pleno.",
         "\u00ABLos bancos deben arrimar el hombro\u00BB. Así lo afirmó la ministra Elena Ruiz en la clausura.",
         "Los bancos deben arrimar el hombro", "afirmó", "la ministra Elena Ruiz", "Elena Ruiz"},
        {"es", "El alcalde Pablo Conde habló el lunes en el pleno.",
         "\u00ABLos bancos deben arrimar el hombro\u00BB. Lo dijo la ministra Elena Ruiz en la clausura.",
         "Los bancos deben arrimar el hombro", "dijo", "la ministra Elena Ruiz", "Elena Ruiz"},
        {"de", "Der Bürgermeister Paul Roth sprach am Montag im Rat.",
         "\u00BBWir bauen die Brücke neu\u00AB. Das sagte die Sprecherin Anna Roth am Abend.",
         "Wir bauen die Brücke neu", "sagte", "die Sprecherin Anna Roth", "Anna Roth"},
    });
}

TEST_CASE("a sentence after the quote's stop that opens with its own subject attributes nothing to it", "[quotes][quotes83]") {
    check_rows({
        {"it", "Il sindaco Paolo Neri ha visitato il cantiere lunedì.",
         "\u00ABIl ponte sarà pronto entro l'estate\u00BB. Il presidente della Regione, Marco Bini, ha detto che i "
         "fondi ci sono.",
         "Il ponte sarà pronto entro l'estate", "", "", "Paolo Neri"},
        {"es", "El alcalde Pablo Conde habló el lunes en el pleno.",
         "\u00ABLos bancos deben arrimar el hombro\u00BB. La ministra Elena Ruiz dijo que no hay dinero.",
         "Los bancos deben arrimar el hombro", "", "", "Pablo Conde"},
        {"de", "Der Bürgermeister Paul Roth sprach am Montag im Rat.",
         "\u00BBWir bauen die Brücke neu\u00AB. Die Sprecherin Anna Roth sagte, das Geld fehle.",
         "Wir bauen die Brücke neu", "", "", "Paul Roth"},
    });
}
