// Headline lines: the shapes of title lines (dashed titles, tag lists, dated titles, wiki taglines) and the pieces
// glued to a headline (kickers, dates, repeated prefixes). The choice among them is in headline_choice.cpp.
#include "headline.hpp"
#include "classify.hpp"
#include "dates.hpp"
#include "lexicon.hpp"
#include "page.hpp"
#include "pipeline.hpp"
#include "text.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <span>
#include <vector>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace archive {

namespace {

bool is_title_separator(std::string_view tok) {
    static const std::string_view seps[] = {"|", "-", "–", "—", "•", "·", "»", "›", ">", "/", "::", "~", "*"};
    if (tok.empty() || tok.size() > 3) // the longest separator: most tokens are words
        return false;
    // The separators open with one of these bytes ("–", "—", "•", "›" with 0xE2, "·", "»" with 0xC2).
    const char c = tok.front();
    if (c != '|' && c != '-' && c != '\xE2' && c != '\xC2' && c != '>' && c != '/' && c != ':' && c != '~' && c != '*')
        return false;
    return std::find(std::begin(seps), std::end(seps), tok) != std::end(seps);
}

// any_title_separator() with its steps of sixteen bytes (SSE2: `wide`) or of eight. (Only a token opening with a
// separator's first byte is looked at, rare bytes in a line's text; the tokens are found by the white space before
// them.)
template <bool wide>
bool any_title_separator_as(std::string_view line) {
    static constexpr std::array<bool, 256> opens = [] {
        std::array<bool, 256> t{};
        for (char c : {'|', '-', '\xE2', '\xC2', '>', '/', ':', '~', '*'})
            t[static_cast<unsigned char>(c)] = true;
        return t;
    }();
    auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n'; };
    // The token opening at byte i is a separator.
    auto separator_at = [&](std::size_t i) {
        if (!opens[static_cast<unsigned char>(line[i])])
            return false;
        std::size_t end = i + 1;
        while (end < line.size() && end - i <= 3 && !space(line[end]))
            ++end;
        return end - i <= 3 && is_title_separator(line.substr(i, end - i));
    };
    if (line.empty())
        return false;
    if (separator_at(0))
        return true;
    std::size_t i = 0;
#if defined(__SSE2__)
    if constexpr (wide) {
        // Byte k of a step is line[i + k]; `next` holds the byte after each. Only a space before an opening byte is
        // looked at: the prose's spaces (before letters, digits, quote marks) are settled sixteen at a time.
        // (Each mask is a superset, read in a few steps where the exact masks took twelve compares; every place it leaves
        // is checked byte by byte: white space among the bytes up to 0x20; the opening bytes among 0x2A-0x2F and 0x3A-0x3F
        // (one range once bit 0x10 is set), 0x7C-0x7F (bits 0x03 set) and 0xC2, 0xE2 (bit 0x20 cleared).)
        const __m128i top_low = _mm_set1_epi8(0x20), bit_0x10 = _mm_set1_epi8(0x10), range_from = _mm_set1_epi8(0x3A);
        const __m128i range_span = _mm_set1_epi8(5), low_bits = _mm_set1_epi8(0x03), bar_tilde = _mm_set1_epi8(0x7F);
        const __m128i no_0x20 = _mm_set1_epi8(static_cast<char>(0xDF)), lead = _mm_set1_epi8(static_cast<char>(0xC2));
        for (; i + 17 <= line.size(); i += 16) {
            const __m128i here = _mm_loadu_si128(reinterpret_cast<const __m128i*>(line.data() + i));
            const __m128i next = _mm_loadu_si128(reinterpret_cast<const __m128i*>(line.data() + i + 1));
            const __m128i low = _mm_cmpeq_epi8(_mm_min_epu8(here, top_low), here);
            const __m128i from = _mm_sub_epi8(_mm_or_si128(next, bit_0x10), range_from);
            const __m128i marks = _mm_cmpeq_epi8(_mm_min_epu8(from, range_span), from);
            const __m128i bars = _mm_cmpeq_epi8(_mm_or_si128(next, low_bits), bar_tilde);
            const __m128i leads = _mm_cmpeq_epi8(_mm_and_si128(next, no_0x20), lead);
            const __m128i opening = _mm_or_si128(_mm_or_si128(marks, bars), leads);
            for (auto bits = static_cast<unsigned>(_mm_movemask_epi8(_mm_and_si128(low, opening))); bits != 0;
                 bits &= bits - 1) {
                const std::size_t at = i + static_cast<std::size_t>(std::countr_zero(bits));
                if (space(line[at]) && separator_at(at + 1))
                    return true;
            }
        }
    }
#else
    static_assert(!wide, "the sixteen-byte steps need SSE2");
#endif
    if constexpr (!wide) {
        constexpr std::uint64_t ones = 0x0101010101010101ULL, tops = 0x8080808080808080ULL;
        for (; i + 9 <= line.size(); i += 8) {
            // The white space and the control characters (bytes below 0x21), which the loop tells apart.
            std::uint64_t low = text::below_0x21_8(text::load8(line.data() + i));
            if (low == 0)
                continue;
            // A space before an ASCII letter opens no separator: most spaces of prose are settled eight at a time.
            // (0x80 in each byte after them that is a letter: its low seven bits, 0x20 set, from 'a' to 'z'.)
            const std::uint64_t next = text::load8(line.data() + i + 1);
            low &= ~(text::in_range8((next & ~tops) | (ones * 0x20), 'a', 'z') & ~next);
            for (; low != 0; low &= low - 1) {
                std::size_t at = i + static_cast<std::size_t>(std::countr_zero(low) / 8);
                if (space(line[at]) && at + 1 < line.size() && separator_at(at + 1))
                    return true;
            }
        }
    }
    for (; i < line.size(); ++i)
        if (space(line[i]) && i + 1 < line.size() && separator_at(i + 1))
            return true;
    return false;
}

} // namespace

bool any_title_separator(std::string_view line) {
#if defined(__SSE2__)
    return any_title_separator_as<true>(line);
#else
    return any_title_separator_as<false>(line);
#endif
}

bool any_title_separator_portable(std::string_view line) {
    return any_title_separator_as<false>(line);
}

std::vector<std::pair<std::size_t, std::size_t>> title_piece_spans(std::string_view line) {
    // "Headline | Site", "Site - Headline", "Home › News › Headline": the pieces between separators.
    if (!any_title_separator(line))
        return {}; // most lines: no piece to find
    std::vector<std::pair<std::size_t, std::size_t>> spans;
    const std::size_t none = std::string_view::npos;
    std::size_t begin = none, end = 0, i = 0;
    bool cut = false;
    for (std::string_view tok = text::next_token(line, i); !tok.empty(); tok = text::next_token(line, i)) {
        const auto at = static_cast<std::size_t>(tok.data() - line.data());
        if (is_title_separator(tok)) {
            cut = true;
            if (begin != none)
                spans.emplace_back(begin, end);
            begin = none;
            continue;
        }
        if (begin == none)
            begin = at;
        end = at + tok.size();
    }
    if (!cut)
        return {};
    if (begin != none)
        spans.emplace_back(begin, end);
    return spans;
}

std::vector<std::string> title_pieces(std::string_view line) {
    std::vector<std::string> pieces;
    for (const auto& span : title_piece_spans(line)) {
        // The piece's tokens, one space between them.
        std::string piece;
        for (auto tok : text::split_ws(line.substr(span.first, span.second - span.first))) {
            if (!piece.empty())
                piece += ' ';
            piece.append(tok);
        }
        pieces.push_back(std::move(piece));
    }
    return pieces;
}

bool trails_off(std::string_view line) {
    return line.ends_with("...") || line.ends_with("…");
}

bool dashed_title(std::string_view line) {
    const std::size_t least_words = 3;
    // (Without a dash's byte the line has no dash to cut it: most lines are settled by two searches.)
    if (line.find('-') == std::string_view::npos && line.find("\xE2\x80") == std::string_view::npos)
        return false;
    std::size_t pieces = 0, words = 0;
    for (auto tok : text::split_ws(line)) {
        if (tok == "-" || tok == "–" || tok == "—") {
            if (words < least_words)
                return false;
            ++pieces;
            words = 0;
        } else if (is_title_separator(tok)) {
            return false;
        } else {
            ++words;
        }
    }
    return pieces >= 1 && words >= least_words;
}

std::optional<std::pair<std::string, std::string>> split_kicker(std::string_view line) {
    // Both kinds of kicker stand before a quotation, opened by '"' or by one of text::is_open_quote(): "«" (bytes
    // C2 AB), U+2018..U+201E and "‹" (E2 80 ..), U+300C and U+300E (E3 80 ..). A line without any of these bytes,
    // most titles asked, is settled by a few scans of its bytes.
    const auto npos = std::string_view::npos;
    if (line.find('"') == npos && line.find("\xC2\xAB") == npos && line.find("\xE2\x80") == npos &&
        line.find("\xE3\x80") == npos)
        return std::nullopt;
    if (auto glued = split_glued_kicker(line))
        return glued;
    // "Hochwasser - „Es kommt darauf an...“": up to three words, the first capitalised, a free-standing dash,
    // then a whole quotation.
    // The dash is one of the first four tokens, the quotation's first after it (read without a vector). A line
    // without a dash's byte ('-', or 0xE2 opening "–" and "—") has none.
    if (line.find('-') == std::string_view::npos && line.find('\xE2') == std::string_view::npos)
        return std::nullopt;
    std::array<std::string_view, 5> tokens_read;
    std::span<const std::string_view> toks = first_tokens(line, tokens_read);
    std::size_t dash = 0;
    while (dash < toks.size() && dash <= 3 && toks[dash] != "-" && toks[dash] != "–" && toks[dash] != "—")
        ++dash;
    if (dash == 0 || dash > 3 || dash + 1 >= toks.size() || !text::starts_upper(line))
        return std::nullopt;
    std::size_t from = static_cast<std::size_t>(toks[dash + 1].data() - line.data());
    std::string_view quotation = text::trim(line.substr(from));
    std::size_t i = 0, end = quotation.size();
    char32_t open = text::next_cp(quotation, i);
    char32_t close = text::prev_cp(quotation, end);
    if (!(text::is_open_quote(open) || open == '"') || !(text::is_close_quote(close) || close == '"') ||
        text::length_cp(quotation) < 8)
        return std::nullopt;
    std::string_view kicker = line.substr(0, static_cast<std::size_t>(toks[dash - 1].data() + toks[dash - 1].size() - line.data()));
    return std::make_pair(text::collapse(kicker), std::string(quotation));
}

bool tag_list(std::string_view line) {
    const std::size_t least_items = 4, most_words = 3;
    // (Four items are cut by three commas at least: most lines have fewer.)
    if (std::count(line.begin(), line.end(), ',') + 1 < static_cast<std::ptrdiff_t>(least_items))
        return false;
    std::size_t items = 0;
    std::size_t from = 0;
    while (from <= line.size()) {
        std::size_t comma = line.find(',', from);
        std::string_view item = line.substr(from, comma == std::string_view::npos ? std::string_view::npos : comma - from);
        std::array<std::string_view, most_words + 1> tokens_read;
        auto words = first_tokens(item, tokens_read);
        if (words.empty() || words.size() > most_words || item.find(':') != std::string_view::npos ||
            item.find('.') == item.size() - 1)
            return false;
        ++items;
        if (comma == std::string_view::npos)
            break;
        from = comma + 1;
    }
    return items >= least_items;
}

namespace {

// "3.", "2021,", "Montag", "mai": a token of a date, a number or a weekday's or a month's name in any language
// (`low`: the token's first word, lower-cased).
bool date_token(std::string_view tok, std::string_view low) {
    static const LexiconSection& weekdays = any_language_section("weekdays"); // (merged once)
    if (text::has_ascii_digit(tok) || weekdays.has(low))
        return true;
    return std::any_of(languages().begin(), languages().end(),
                       [low](const Lexicon* lx) { return lx->months.find(low) != lx->months.end(); });
}

} // namespace

bool dated_title(std::string_view line, std::string_view language) {
    const std::size_t least_words = 3;
    // The words before the date: up to the first weekday, month name or number.
    auto date_word = [](std::string_view tok) {
        if (text::has_ascii_digit(tok))
            return true;
        auto words = text::words_lower(tok);
        return !words.empty() && date_token(tok, words[0]);
    };
    auto toks = text::split_ws(line);
    std::size_t k = 0;
    while (k < toks.size() && !date_word(toks[k]))
        ++k;
    if (k == toks.size() || k < least_words)
        return false;
    std::string_view opening = line.substr(0, static_cast<std::size_t>(toks[k - 1].data() + toks[k - 1].size() - line.data()));
    // Labels ("Zuletzt aktualisiert am") and fillers are no words of a title; a byline ("Posted by Jane Roe on")
    // opens none.
    // Two words of its own at least, one of them in lower case: a name before the date ("Jo Wee Monday, May 4")
    // is a byline.
    const auto& fillers = common_lexicon().list("date_filler_words");
    std::size_t own = 0;
    bool lower_case = false;
    for (std::size_t t = 0; t < k; ++t) {
        auto words = text::words_lower(toks[t]);
        if (words.empty())
            continue;
        const std::string& w = words[0];
        // "— Jo Wee (@jowee) May 4, 2024": the signature of an embedded post.
        if (any_language_has("byline", w) || toks[t].find('@') != std::string_view::npos)
            return false;
        own += !any_language_has("published", w) && !any_language_has("updated", w) &&
               std::find(fillers.begin(), fillers.end(), w) == fillers.end();
        std::size_t at = 0;
        char32_t first = 0;
        while (at < toks[t].size() && !text::is_letter(first))
            first = text::next_cp(toks[t], at);
        lower_case = lower_case || text::is_lower(first);
    }
    return own >= 2 && lower_case && !byline_authors(opening, language);
}

bool date_in_sentence(std::string_view line, std::string_view language) {
    const std::size_t least_letters = 4;
    if (!find_date(line, language))
        return false;
    // (The sections are looked up once, not for every word; each token's first word is lower-cased into one buffer.)
    static const LexiconSection* fillers = common_lexicon().section("date_filler_words");
    static const LexiconSection* time_units = common_lexicon().section("time_units");
    static const LexiconSection& bylines = any_language_section("byline");
    static const LexiconSection& published = any_language_section("published");
    static const LexiconSection& updated = any_language_section("updated");
    int before = 0, after = 0; // (own words before the date's first token; after its last one)
    bool dated = false, small = false;
    std::string w;
    std::size_t next = 0;
    for (std::string_view tok = text::next_token(line, next); !tok.empty(); tok = text::next_token(line, next)) {
        if (tok == "|" || tok == "•" || tok == "·" || (!dated && tok.ends_with(':')))
            return false;
        // (The first of text::words_lower(tok).)
        if (std::size_t i = 0; !text::next_word_lower(tok, i, w))
            continue;
        if (date_token(tok, w)) {
            dated = true;
            after = 0;
            continue;
        }
        // (A letter alone is an abbreviation's: "12:00 A. M.")
        if ((fillers != nullptr && fillers->has(w)) || (time_units != nullptr && time_units->has(w)) ||
            text::length_cp(w) < 2)
            continue;
        if (bylines.has(w) || published.has(w) || updated.has(w))
            return false;
        (dated ? after : before) += 1;
        std::size_t at = 0;
        small = small || (text::is_lower(text::next_cp(tok, at)) && text::length_cp(w) >= least_letters);
    }
    return before > 0 && after > 0 && small;
}

std::optional<std::string> thread_title(std::string_view line) {
    // "<count> <comment noun> <preposition> <quoted title>", the title's quote marks closing the line.
    std::size_t lead = line.find_first_not_of(" \t\n");
    if (lead == std::string_view::npos || line[lead] < '0' || line[lead] > '9')
        return std::nullopt; // no count first
    // (The quote mark that closes the line is asked first: most lines with a count are settled without a look-up.)
    if (std::size_t back = line.size(); !text::is_quote_mark(text::prev_cp(line, back)))
        return std::nullopt;
    std::array<std::string_view, 3> tokens_read;
    auto toks = first_tokens(line, tokens_read);
    if (toks.size() < 3 || !std::all_of(toks[0].begin(), toks[0].end(), [](char c) { return c >= '0' && c <= '9'; }) ||
        !any_language_has("comment_nouns", text::lower(toks[1])))
        return std::nullopt;
    std::size_t open = static_cast<std::size_t>(toks[2].data() - line.data()) + toks[2].size();
    while (open < line.size() && line[open] == ' ')
        ++open;
    std::size_t i = open;
    if (i >= line.size())
        return std::nullopt;
    char32_t first = text::next_cp(line, i);
    if (!text::is_open_quote(first) && first != '"')
        return std::nullopt;
    std::size_t end = line.size();
    char32_t last = text::prev_cp(line, end);
    if (end <= i || !text::is_quote_mark(last))
        return std::nullopt;
    std::string title = text::collapse(line.substr(i, end - i));
    if (title.empty())
        return std::nullopt;
    return title;
}

namespace {

// The title left after a glued prefix: three words or more, opening with a capital or a quote mark, not a byline
// ("12.03.2024 Von Anna Muster").
bool glued_title(std::string_view rest, std::string_view language) {
    const std::size_t least_words = 3;
    if (rest.empty() || text::split_ws(rest, least_words).size() < least_words)
        return false;
    std::size_t i = 0;
    char32_t first = text::next_cp(rest, i);
    return (text::is_upper(first) || text::is_open_quote(first) || first == '"') && !byline_authors(rest, language);
}

} // namespace

std::optional<std::pair<std::string, std::string>> split_leading_date(std::string_view line, std::string_view language) {
    auto date = leading_date(line, language);
    if (!date || date->end >= line.size())
        return std::nullopt;
    // Glued ("2022Jahresbericht") or after a space, not after a separator of the title's own.
    std::string_view between = line.substr(0, date->end);
    std::size_t last = between.find_last_not_of(' ');
    if (last == std::string_view::npos || !(std::isdigit(static_cast<unsigned char>(between[last])) ||
                                            std::isalpha(static_cast<unsigned char>(between[last])) || between[last] == '.'))
        return std::nullopt;
    std::string_view rest = text::trim(line.substr(date->end));
    if (!glued_title(rest, language))
        return std::nullopt;
    return std::make_pair(date->iso, std::string(rest));
}

bool wiki_tagline(std::string_view line) {
    const std::size_t most_words = 8, most_opening = 3;
    auto words = text::words_lower(line);
    if (words.size() < 2 || words.size() > most_words)
        return false;
    std::string opening;
    for (std::size_t k = 0; k < most_opening && k + 1 < words.size(); ++k) {
        if (k > 0)
            opening += ' ';
        opening += words[k];
        if (any_language_has("wiki_origin", opening))
            return words[k + 1].find("wiki") != std::string::npos;
    }
    return false;
}

bool whole_title(std::string_view earlier, std::string_view title) {
    const std::size_t least_title_words = 2, most_words = 25;
    if (title.empty() || earlier.size() <= title.size() + 2 || !earlier.starts_with(title) ||
        text::split_ws(title).size() < least_title_words || text::split_ws(earlier).size() > most_words)
        return false;
    std::string_view rest = earlier.substr(title.size());
    bool comma = rest.starts_with(",");
    rest = text::trim(rest);
    if (!comma) {
        auto toks = text::split_ws(rest, 2);
        if (toks.size() < 2 || (toks[0] != "-" && toks[0] != "–" && toks[0] != "—" && toks[0] != ":"))
            return false;
        rest = text::trim(rest.substr(toks[0].size()));
    } else {
        rest = text::trim(rest.substr(1));
    }
    if (rest.empty() || rest.ends_with("."))
        return false;
    std::size_t at = 0;
    char32_t first = text::next_cp(rest, at);
    std::size_t end = rest.size();
    char32_t last = text::prev_cp(rest, end);
    return comma || text::is_lower(first) || last == '?' || last == '!';
}

std::optional<std::pair<std::string, std::string>> split_repeated_prefix(std::string_view line, std::string_view above) {
    const std::size_t least_words = 2, most_words = 5;
    // The line opens with the prefix and a space, so its first token is a piece of the prefix, which is text of
    // `above` (collapsed, its words unchanged): a line whose first token `above` does not hold is settled first.
    std::size_t opening_end = 0;
    std::string_view opening = text::next_token(line, opening_end);
    if (opening.empty() || above.find(opening) == std::string_view::npos)
        return std::nullopt;
    // The prefix opens with the first byte of the last piece of `above`, or of its first code point that is no
    // space (collapse() copies the others as they are): a line opening with another byte is settled before the
    // prefix is built.
    auto spans = title_piece_spans(above);
    std::size_t first = spans.empty() ? 0 : spans.back().first;
    for (std::size_t next = first; spans.empty() && next < above.size() && text::is_space(text::next_cp(above, next));)
        first = next;
    if (first >= above.size() || line.empty() || line.front() != above[first])
        return std::nullopt;
    std::vector<std::string> prefixes = title_pieces(above);
    if (prefixes.empty())
        prefixes.push_back(text::collapse(above));
    const std::string& prefix = prefixes.back();
    if (line.size() <= prefix.size() + 1 || !line.starts_with(prefix) || line[prefix.size()] != ' ')
        return std::nullopt;
    std::size_t words = text::split_ws(prefix).size();
    if (words < least_words || words > most_words)
        return std::nullopt;
    std::string_view rest = text::trim(line.substr(prefix.size()));
    if (!glued_title(rest, ""))
        return std::nullopt;
    return std::make_pair(prefix, std::string(rest));
}

std::optional<std::pair<std::string, std::string>> split_camel_kicker(
    std::string_view line, std::string_view language, const std::function<bool(std::string_view)>& printed_alone) {
    const std::size_t least_label = 3;
    // "RegionMost", "CronacaFrana", "BinnenlandVeerpont": the page printed the label's box and the title's side by
    // side; copied, the label's last small letter touches the title's capital. "McCain", "YouTube", "iPhone" glue
    // them too, but the page prints no line "Mc" or "You" of its own, as it prints a section's label in its menu.
    if (!text::starts_upper(line))
        return std::nullopt;
    std::size_t i = 0, letters = 0;
    char32_t before = 0;
    while (i < line.size()) {
        const std::size_t at = i;
        const char32_t cp = text::next_cp(line, i);
        if (!text::is_letter(cp))
            return std::nullopt;
        if (text::is_upper(cp) && text::is_lower(before)) {
            if (letters < least_label)
                return std::nullopt;
            const std::string_view label = line.substr(0, at);
            const std::string_view rest = line.substr(at);
            if (!glued_title(rest, language) || !printed_alone(label))
                return std::nullopt;
            return std::make_pair(std::string(label), text::collapse(rest));
        }
        before = cp;
        ++letters;
    }
    return std::nullopt;
}

std::optional<HeadlineParts> glued_headline_parts(const Page& p, std::size_t h) {
    const std::string& line = p.blocks[h].text;
    // (A leading date has digits: the block's count of them settles most titles without a search.)
    if (auto glued = split_kicker(line))
        return HeadlineParts{std::move(glued->second), std::move(glued->first), std::nullopt};
    auto printed_alone = [&p](std::string_view label) {
        return std::any_of(p.blocks.begin(), p.blocks.end(), [label](const Block& b) { return b.text == label; });
    };
    if (auto camel = split_camel_kicker(line, p.language, printed_alone))
        return HeadlineParts{std::move(camel->second), std::move(camel->first), std::nullopt};
    if (auto dated = p.blocks[h].digits > 0 ? split_leading_date(line, p.language) : std::nullopt)
        return HeadlineParts{std::move(dated->second), std::nullopt, std::move(dated->first)};
    if (auto repeated = h > 0 ? split_repeated_prefix(line, p.blocks[h - 1].text) : std::nullopt) {
        HeadlineParts parts{std::move(repeated->second), std::nullopt, std::nullopt};
        // "Jun 17" over "Jun 17 Das schönste Ende der Welt": a date the reader cannot place is no kicker.
        if (p.blocks[h - 1].digits == 0)
            parts.kicker = std::move(repeated->first);
        return parts;
    }
    return std::nullopt;
}

bool printed_alone(std::string_view title, std::string_view other) {
    if (other == title)
        return true;
    if (other.size() <= title.size() || other.find(title) == std::string_view::npos)
        return false;
    for (const auto& span : title_piece_spans(other))
        if (other.substr(span.first, span.second - span.first) == title)
            return true;
    return false;
}

std::optional<std::pair<std::string, std::string>> split_printed_suffix(
    std::string_view line, const std::function<bool(std::string_view)>& printed) {
    const std::size_t most_kicker_words = 4, least_title_words = 4;
    auto toks = text::split_ws(line, most_kicker_words + least_title_words);
    for (std::size_t k = 1; k <= most_kicker_words && k + least_title_words <= toks.size(); ++k) {
        const std::size_t kicker_end = static_cast<std::size_t>(toks[k - 1].data() + toks[k - 1].size() - line.data());
        std::string_view kicker = line.substr(0, kicker_end);
        std::string_view title = line.substr(static_cast<std::size_t>(toks[k].data() - line.data()));
        // "Hafen: Neue Fähre ...", "Hafen - Neue Fähre": a kicker set off by its own mark is the title's first piece,
        // printed with it; only one glued by a space alone is cut off.
        std::size_t end = kicker.size();
        char32_t last = text::prev_cp(kicker, end);
        std::size_t at = 0;
        char32_t first = text::next_cp(title, at);
        const bool kicker_ends_in_word = text::is_letter(last) || (last >= '0' && last <= '9');
        const bool title_opens = text::is_upper(first) || first == '"' || text::is_open_quote(first);
        if (!kicker_ends_in_word || !title_opens)
            continue;
        if (printed(title))
            return std::make_pair(std::string(kicker), std::string(title));
    }
    return std::nullopt;
}

HeadlineParts headline_parts(const Page& p, std::size_t h) {
    if (auto parts = glued_headline_parts(p, h))
        return std::move(*parts);
    // (Only the chosen headline is looked up, once a page. Every cut of it ends as it does: the lines holding its
    // last bytes are gathered in one pass, and only those are searched for each cut. A line is searched only when it
    // ends as the headline does (a copy, a breadcrumb's last piece) or has a separator ("Title | Site").)
    const std::string& line = p.blocks[h].text;
    if (p.blocks[h].words >= 5) {
        const std::size_t tail_bytes = 8;
        std::string_view tail = std::string_view(line).substr(line.size() - std::min(line.size(), tail_bytes));
        std::vector<std::string_view> holders;
        // (A line's last byte is compared before the tail is: most lines end otherwise, settled without a call.)
        const char last = tail.back();
        for (std::size_t k = 0; k < p.blocks.size(); ++k) {
            const std::string& other = p.blocks[k].text;
            const bool ends_so = !other.empty() && other.back() == last && other.ends_with(tail);
            if (k != h && (ends_so || (p.blocks[k].separators > 0 && other.find(tail) != std::string::npos)))
                holders.push_back(other);
        }
        auto printed = [&](std::string_view title) {
            return std::any_of(holders.begin(), holders.end(),
                               [&](std::string_view other) { return printed_alone(title, other); });
        };
        if (!holders.empty())
            if (auto split = split_printed_suffix(line, printed))
                return HeadlineParts{std::move(split->second), std::move(split->first), std::nullopt};
    }
    return HeadlineParts{p.blocks[h].text, std::nullopt, std::nullopt};
}

bool crumb_trail(std::string_view line, std::string_view title, const std::function<bool(std::string_view)>& label) {
    const std::size_t least_labels = 2, most_label_words = 4, most_prefix_words = 12;
    if (title.empty() || line.size() <= title.size() + 1 || !line.ends_with(title) ||
        line[line.size() - title.size() - 1] != ' ')
        return false;
    std::string_view prefix = text::trim(line.substr(0, line.size() - title.size() - 1));
    auto toks = text::split_ws(prefix, most_prefix_words + 1);
    if (toks.size() < least_labels || toks.size() > most_prefix_words)
        return false;
    // labels[j]: the most labels that print the first j words of the prefix, one after another (0 where none do).
    std::vector<std::size_t> labels(toks.size() + 1, 0);
    const std::size_t none = 0;
    for (std::size_t j = 1; j <= toks.size(); ++j)
        for (std::size_t i = j > most_label_words ? j - most_label_words : 0; i < j; ++i) {
            if (i > 0 && labels[i] == none)
                continue;
            const auto from = static_cast<std::size_t>(toks[i].data() - prefix.data());
            const auto to = static_cast<std::size_t>(toks[j - 1].data() + toks[j - 1].size() - prefix.data());
            if (label(prefix.substr(from, to - from)))
                labels[j] = std::max(labels[j], labels[i] + 1);
        }
    return labels.back() >= least_labels;
}

bool CrumbTrails::prints(std::string_view title) {
    const int most_label_words = 4, least_line_words = 4;
    const std::size_t tail_bytes = 4;
    const auto& blocks = p_.blocks;
    auto last_bytes = [](std::string_view s) {
        std::uint32_t tail = 0;
        std::memcpy(&tail, s.data() + s.size() - tail_bytes, tail_bytes);
        return tail;
    };
    // (Each title asked was compared with every line of the page: the lines that may end with one, of four words or
    // more, are listed once with their last four bytes, and a title is compared only with those ending as it does.)
    if (!listed_) {
        listed_ = true;
        for (std::size_t k = 0; k < blocks.size(); ++k)
            if (blocks[k].words >= least_line_words && blocks[k].text.size() >= tail_bytes)
                endings_.push_back({last_bytes(blocks[k].text), k});
    }
    const bool short_title = title.size() < tail_bytes;
    const std::uint32_t tail = short_title ? 0 : last_bytes(title);
    auto ends_with_title = [&](const Ending& e) {
        const std::string& line = blocks[e.block].text;
        return (short_title || e.tail == tail) && line.size() > title.size() + 1 && line.ends_with(title);
    };
    // (Most titles end no longer line: the labels are gathered only once one does.)
    if (std::none_of(endings_.begin(), endings_.end(), ends_with_title))
        return false;
    if (!read_) {
        read_ = true;
        for (const auto& b : blocks)
            if (b.words <= most_label_words && !b.end_punct)
                labels_.insert(b.text);
    }
    auto label = [&](std::string_view piece) { return labels_.count(piece) > 0; };
    return std::any_of(endings_.begin(), endings_.end(), [&](const Ending& e) {
        const std::string& line = blocks[e.block].text;
        return ends_with_title(e) && label(text::first_token(line)) && crumb_trail(line, title, label);
    });
}

bool title_variant(std::string_view candidate, std::string_view line) {
    auto pieces = title_pieces(line);
    return std::find(pieces.begin(), pieces.end(), text::collapse(candidate)) != pieces.end();
}

} // namespace archive
