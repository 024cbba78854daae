// Helpers of the table-driven tests of the quotes stage: a page of paragraphs, the quotes found in it, and the checks
// their rows share (see also quote_rows.hpp).
#pragma once

#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "pipeline.hpp"
#include "quote_rows.hpp"
#include "quotes.hpp"
#include "quotes_parts.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace archive::quote_checks {

// The speakers of a page in `language`, no one named yet.
inline quoting::Speakers speakers_for(const std::string& language) {
    quoting::Speakers sp;
    sp.lexs = quoting::lexicons_for(language);
    return sp;
}

/// The names names_into finds in `s` (words `ws`, read with the lexicons of `sp`), put in the room `names`.
inline std::vector<std::string> names_found(std::vector<quoting::NameSpan>& names, std::string_view s,
                                           const std::vector<quoting::Word>& ws, const quoting::Speakers& sp) {
    quoting::names_into(names, ws, sp);
    std::vector<std::string> found;
    for (const auto& n : names)
        found.push_back(quoting::span_text(s, ws, n.first, n.last));
    return found;
}

/// A line in `language` and the names names_into finds in it.
struct NamesRow {
    const char* language;
    const char* text;
    std::vector<std::string> names;
};

/// Each row's names, read with the lexicons of its language (German capitalising its nouns, as extract_quotes sets it).
inline void check_names(const std::vector<NamesRow>& rows) {
    std::vector<quoting::NameSpan> names;
    for (const NamesRow& r : rows) {
        INFO(r.language << ": " << r.text);
        quoting::Speakers sp = speakers_for(r.language);
        sp.capitalised_nouns = std::string(r.language) == "de";
        std::string_view s = r.text;
        const auto ws = quoting::words_of(s, 0, s.size(), &sp.lexs);
        CHECK(names_found(names, s, ws, sp) == r.names);
    }
}

/// The texts of the closed quotes of `s`, without their marks.
inline std::vector<std::string> quoted(const std::string& s) {
    std::vector<std::string> out;
    for (const auto& q : find_quote_spans(s))
        if (q.closed)
            out.push_back(s.substr(q.open + q.open_len, q.close - q.open - q.open_len));
    return out;
}

/// A page of paragraphs in `lang`, with no headline.
inline Article body(const std::string& lang, std::vector<std::string> paragraphs) {
    return quote_rows::page(lang, "", std::move(paragraphs));
}

/// The quote of `qs` whose text is `text`, or null.
inline const Quote* find_quote(const std::vector<Quote>& qs, const std::string& text) {
    for (const auto& q : qs)
        if (q.text == text)
            return &q;
    return nullptr;
}

/// The quote of `qs` whose text is `text`, checked to be there and of `kind` (a failed check goes on to the next
/// row); null when it is not there.
inline const Quote* checked_quote(const std::vector<Quote>& qs, const std::string& text, QuoteKind kind) {
    const Quote* q = find_quote(qs, text);
    CHECK(q);
    if (q != nullptr)
        CHECK(q->kind == kind);
    return q;
}

/// The speaker of the quote of `qs` whose text is `text` ("" for none); the quote must be there.
inline std::string speaker_of(const std::vector<Quote>& qs, const std::string& text) {
    const Quote* q = find_quote(qs, text);
    REQUIRE(q != nullptr);
    return q->speaker.value_or("");
}

// One paragraph, the one quote found in it, and who said it.
struct OneQuoteRow {
    const char* lang;
    const char* paragraph;
    const char* text;
    const char* speaker;
};

// Each paragraph holds one quote, of kind indirect, with its text and speaker.
template <std::size_t N>
void check_indirect(const OneQuoteRow (&rows)[N]) {
    for (const auto& r : rows) {
        INFO(r.paragraph);
        auto qs = extract_quotes(body(r.lang, {r.paragraph}));
        REQUIRE(qs.size() == 1);
        CHECK(qs[0].kind == QuoteKind::indirect);
        CHECK(qs[0].text == r.text);
        CHECK(qs[0].speaker.value_or("") == r.speaker);
    }
}

// Each paragraph holds the quote `text`, found with a cue and given to `speaker`.
template <std::size_t N>
void check_said_by(const OneQuoteRow (&rows)[N]) {
    for (const auto& r : rows) {
        INFO(r.paragraph);
        const auto qs = extract_quotes(body(r.lang, {r.paragraph}));
        const Quote* said = find_quote(qs, r.text);
        REQUIRE(said);
        CHECK((said->cue && said->speaker.value_or("") == r.speaker));
    }
}

// A row of check_cues: the quote's cue and speaker, and its mention when `mention` is given; `may_drop`: a quote
// with no cue may also be left out.
struct CueRow {
    const char* lang;
    std::vector<std::string> paragraphs;
    const char* text;
    const char* cue;
    const char* speaker;
    const char* mention = nullptr;
    bool may_drop = false;
};

inline void check_cues(const std::vector<CueRow>& rows) {
    for (const auto& r : rows) {
        INFO(r.paragraphs.back());
        auto qs = extract_quotes(body(r.lang, r.paragraphs));
        const Quote* q = find_quote(qs, r.text);
        CHECK((q != nullptr || r.may_drop));
        if (q == nullptr)
            continue;
        CHECK(q->cue.value_or("") == r.cue);
        CHECK(q->speaker.value_or("") == r.speaker);
        if (r.mention != nullptr)
            CHECK(q->mention.value_or("") == r.mention);
    }
}

} // namespace archive::quote_checks
