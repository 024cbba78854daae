// A cue, a comma, then a whole quoted sentence opening with a capital is a direct quote, as the colon form is
// (session 41, from a probe of invented pages). Invented lines.
#include <catch2/catch.hpp>

#include "quote_checks.hpp"

using namespace archive;
using archive::quote_checks::body;
using archive::quote_checks::find_quote;

namespace {

void check_kind(const char* lang, const char* paragraph, const char* text, QuoteKind kind, const char* cue) {
    INFO(lang << ": " << paragraph);
    const auto qs = extract_quotes(body(lang, {"The first paragraph of the page.", paragraph}));
    const Quote* q = find_quote(qs, text);
    REQUIRE(q);
    CHECK(q->kind == kind);
    CHECK(q->cue.value_or("") == cue);
}

} // namespace

TEST_CASE("a cue and a comma before a quoted sentence give a direct quote", "[quotes][quotes77]") {
    check_kind("en", "Asked whether that included a veto, Ann Roe said, \u201CEvery option means every option.\u201D",
               "Every option means every option.", QuoteKind::direct, "said");
    check_kind("en", "Tom Vale added, \u201CThe pumps are old. We have no choice.\u201D",
               "The pumps are old. We have no choice.", QuoteKind::direct, "added");
    check_kind("fr", "Interrogée sur un veto, Marie Roux a répondu, « Toutes les options sont sur la table. »",
               "Toutes les options sont sur la table.", QuoteKind::direct, "a répondu");
}

TEST_CASE("a cue and a comma before words in lower case keep a partial quote", "[quotes][quotes77]") {
    check_kind("en", "Ann Roe said, \u201Cin all honesty,\u201D the plan was late.", "in all honesty",
               QuoteKind::partial, "said");
}
