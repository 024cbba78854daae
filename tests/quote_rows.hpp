// Helpers of the table-driven tests of the quotes stage: a page of paragraphs, and the speaker and mention of one of
// its quotes.
#pragma once

#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "pipeline.hpp"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

namespace archive::quote_rows {

inline Article page(const std::string& lang, const std::string& headline, std::vector<std::string> paragraphs) {
    Article a;
    a.language = lang;
    if (!headline.empty())
        a.headline = headline;
    a.sections.push_back(Section{std::nullopt, std::move(paragraphs)});
    return a;
}

// The quote of `quotes` whose text is `text`, else nullptr.
inline const Quote* quote_of(const std::vector<Quote>& quotes, const std::string& text) {
    const auto it = std::find_if(quotes.begin(), quotes.end(), [&text](const Quote& q) { return q.text == text; });
    return it == quotes.end() ? nullptr : &*it;
}

// One paragraph of a page and the speaker of one of its quotes ("" for none).
struct SpeakerRow {
    const char* lang;
    const char* paragraph;
    const char* text;
    const char* speaker;
};

// The paragraphs of a page, and the speaker and mention of one of its quotes ("" for none; no mention: not checked).
struct PageRow {
    const char* lang;
    std::vector<std::string> paragraphs;
    const char* text;
    const char* speaker;
    const char* mention = nullptr;
};

inline void check_quote(const PageRow& r) {
    INFO(r.paragraphs.back());
    const auto qs = extract_quotes(page(r.lang, "", r.paragraphs));
    const Quote* found = nullptr;
    for (const auto& q : qs)
        if (q.text == r.text)
            found = &q;
    REQUIRE(found);
    CHECK(found->speaker.value_or("") == r.speaker);
    if (r.mention != nullptr)
        CHECK(found->mention.value_or("") == r.mention);
}

inline void check_quotes(const std::vector<PageRow>& rows) {
    for (const auto& r : rows)
        check_quote(r);
}

inline void check_speakers(const std::vector<SpeakerRow>& rows) {
    for (const auto& r : rows)
        check_quote(PageRow{r.lang, {r.paragraph}, r.text, r.speaker});
}

// A paragraph whose only quote is of `kind`, with its words, cue and mention.
struct CueRow {
    const char* lang;
    const char* paragraph;
    const char* text;
    const char* cue;
    const char* mention;
};

inline void check_only_quotes(const std::vector<CueRow>& rows, QuoteKind kind) {
    for (const auto& r : rows) {
        INFO(r.paragraph);
        const auto qs = extract_quotes(page(r.lang, "", {r.paragraph}));
        CHECK(qs.size() == 1);
        if (qs.size() != 1)
            continue;
        CHECK(qs[0].kind == kind);
        CHECK(qs[0].text == r.text);
        CHECK(qs[0].cue.value_or("") == r.cue);
        CHECK(qs[0].mention.value_or("") == r.mention);
    }
}

} // namespace archive::quote_rows
