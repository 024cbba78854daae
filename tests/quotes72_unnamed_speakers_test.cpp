// Quotes of someone the text does not name (session 40): the words of a quote cued to a mention resolving to no
// one go on in the Konjunktiv I after it ("«Q», sagt der Mann. Er habe ..."), with no speaker; and a headline quoting
// the same words is theirs, no speaker, rather than the page's first named speaker's. Invented lines.
#include <catch2/catch.hpp>

#include "quote_checks.hpp"
#include "quote_rows.hpp"
#include "quotes_parts.hpp"

#include <string>
#include <vector>

using namespace archive;
using namespace archive::quote_checks;

TEST_CASE("reported speech after a quote of someone unnamed goes on with no speaker", "[quotes][quotes72]") {
    for (const char* p : {"\u00ABIch dachte, das wars\u00BB, sagt der Mann. Er habe nur kurz auf sein Handy geschaut.",
                          "\u201EWir haben nichts gehört\u201C, sagte ein Nachbar. Er habe fest geschlafen und sei erst am Morgen aufgewacht.",
                          "\u201EDas war knapp\u201C, sagte der Polizist. Der Fahrer habe viel zu spät gebremst."}) {
        INFO(p);
        const auto qs = extract_quotes(body("de", {"Am Sonntag kam es zu einem Unfall.", p}));
        REQUIRE(qs.size() == 2);
        CHECK(qs[1].kind == QuoteKind::indirect);
        CHECK_FALSE(qs[1].speaker);
        CHECK(qs[1].mention == qs[0].mention);
    }
    // (a document's words, "heißt es in der Begründung", go on as no one's)
    const auto qs = extract_quotes(body("de", {"Das Gericht entschied am Montag.",
                                               "Die Gefahr sei gering, heißt es in der Begründung. Ein Verbot gehe daher zu weit."}));
    for (const auto& q : qs)
        CHECK(q.text != "Ein Verbot gehe daher zu weit");
}

TEST_CASE("a headline quoting the words of someone unnamed gives them no other speaker", "[quotes][quotes72]") {
    const std::vector<std::tuple<const char*, const char*, std::vector<std::string>>> rows = {
        {"de", "\u00ABIch dachte, das wars\u00BB",
         {"Ein Wanderer ist gestürzt.", "\u00ABIch dachte, das wars\u00BB, sagt der Mann.",
          "\u00ABDie Wege sind oft vereist\u00BB, sagte Polizeisprecher Christian Bieri."}},
        {"it", "\u00ABCi state lasciando soli\u00BB",
         {"Il ponte resta chiuso.", "\u00ABCi state lasciando soli\u00BB, ha detto un commerciante.",
          "\u00ABCi sarà una navetta\u00BB, ha detto la sindaca Giulia Ferraris."}},
        {"en", "\u201CWe are left alone\u201D",
         {"The bridge stays closed.", "\u201CWe are left alone,\u201D said a shopkeeper.",
          "\u201CThere will be a shuttle,\u201D said Mayor Julia Ferris."}},
    };
    for (const auto& [lang, headline, paragraphs] : rows) {
        INFO(headline);
        const auto qs = extract_quotes(quote_rows::page(lang, headline, paragraphs));
        REQUIRE_FALSE(qs.empty());
        CHECK(qs.front().where == Where::headline);
        CHECK_FALSE(qs.front().speaker);
    }
    // (a headline quoting a named speaker's words still has that speaker)
    const auto qs = extract_quotes(quote_rows::page(
        "de", "\u00ABDie Wege sind oft vereist\u00BB",
        {"Ein Wanderer ist gestürzt.", "\u00ABDie Wege sind oft vereist\u00BB, sagte Polizeisprecher Christian Bieri."}));
    REQUIRE_FALSE(qs.empty());
    CHECK(qs.front().speaker.value_or("") == "Christian Bieri");
}
