// Headline quotes (session 41, from probes of invented pages): a fragment inside the headline's own sentence is
// partial; a cue printed in the headline gives the cue and the mention; a label naming a group around a person does
// not make the person the speaker of words the body quotes from someone else. Invented lines.
#include <catch2/catch.hpp>

#include "quote_checks.hpp"
#include "quote_rows.hpp"

using namespace archive;
using archive::quote_rows::page;

namespace {

const Quote* headline_quote(const std::vector<Quote>& qs) {
    for (const auto& q : qs)
        if (q.where == Where::headline)
            return &q;
    return nullptr;
}

struct HeadRow {
    const char* lang;
    const char* headline;
    std::vector<std::string> paragraphs;
    QuoteKind kind;
    const char* cue;
    const char* mention;
};

void check_heads(const std::vector<HeadRow>& rows) {
    for (const HeadRow& r : rows) {
        INFO(r.lang << ": " << r.headline);
        const auto qs = extract_quotes(page(r.lang, r.headline, r.paragraphs));
        const Quote* q = headline_quote(qs);
        REQUIRE(q);
        CHECK(q->kind == r.kind);
        CHECK(q->cue.value_or("") == r.cue);
        CHECK(q->mention.value_or("") == r.mention);
    }
}

} // namespace

TEST_CASE("a headline's quoted fragment is partial, and its printed cue gives cue and mention", "[quotes][quotes77]") {
    check_heads({
        {"en",
         "Harbour chief Ann Roe says dredging 'not on the table' until spring",
         {"Ann Roe said on Monday that dredging was \u201Cnot on the table\u201D until the spring."},
         QuoteKind::partial,
         "says",
         "Harbour chief Ann Roe"},
        {"en",
         "Ferry queues 'will not be cleared this summer', says transport secretary",
         {"The transport secretary, Tom Vale, said the queues \u201Cwill not be cleared this summer\u201D."},
         QuoteKind::partial,
         "says",
         "transport secretary"},
        {"en",
         "Ferry delays 'cannot go on', minister admits as new boats slip again",
         {"The ferries minister, Tom Vale, said the delays \u201Ccannot go on\u201D."},
         QuoteKind::partial,
         "admits",
         "minister"},
        {"fr",
         "« Nous ne céderons pas un mètre du port », affirme Marie Roux",
         {"La maire Marie Roux a tenu bon mardi : « Nous ne céderons pas un mètre du port », a-t-elle déclaré."},
         QuoteKind::direct,
         "affirme",
         "Marie Roux"},
        {"de",
         "Jan Moll nennt den Vorschlag eine „Schnapsidee“",
         {"Der Minister Jan Moll sagte, der Vorschlag sei eine „Schnapsidee“."},
         QuoteKind::partial,
         "nennt",
         "Jan Moll"},
    });
}

TEST_CASE("a headline's label with a cue after its colon gives no cue", "[quotes][quotes77]") {
    check_heads({
        {"en",
         "Ann Roe: Rivals asking the board to delay are 'running scared'",
         {"Ann Roe said on Monday that her rivals were \u201Crunning scared\u201D."},
         QuoteKind::partial,
         "",
         ""},
    });
}

TEST_CASE("a headline label naming a group around a person leaves the words to the body's speaker", "[quotes][quotes77]") {
    const auto qs = extract_quotes(page(
        "en", "Roe allies: 'We are not going to cave on the harbour'",
        {"Mayor Ann Roe has refused to back down over the harbour plan.",
         "\u201CWe are not going to cave on the harbour,\u201D councillor Tom Vale told reporters on Tuesday."}));
    const Quote* q = headline_quote(qs);
    REQUIRE(q);
    CHECK(q->kind == QuoteKind::direct);
    CHECK(q->speaker.value_or("") == "Tom Vale");
}
