// Title lines: the shapes of lines that are or are not a title (separators and the pieces they cut, dashed titles,
// tag lists, dated titles, dates inside a sentence, comment threads' headers, wiki taglines, a title printed whole).
// The pieces glued to a headline (kickers, dates, repeated prefixes, breadcrumbs) are in headline_glued.cpp; the
// choice among the lines in headline_choice.cpp.
#include "headline.hpp"
#include "bylines.hpp"
#include "classify.hpp"
#include "dates.hpp"
#include "goals_token.hpp"
#include "lexicon.hpp"
#include "notices_parts.hpp"
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

std::optional<TitleSuffix> title_suffix(std::string_view line) {
    const auto spans = title_piece_spans(line);
    if (spans.size() < 2)
        return std::nullopt;
    return TitleSuffix{line.substr(0, spans[spans.size() - 2].second), line.substr(spans.back().first)};
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

bool goals_after_teams(std::string_view line) {
    // (The line's last byte and its first letter first: most lines are settled before their words are read.)
    const std::size_t most_words = 10, most_name_words = 4;
    if (line.empty() || !text::is_digit(static_cast<unsigned char>(line.back())) || !text::starts_upper(line))
        return false;
    const auto words = text::split_ws(line, most_words + 1);
    if (words.size() > most_words)
        return false;
    std::size_t sides = 0, names = 0;
    for (std::string_view w : words) {
        if (goals_token(w)) {
            if (names == 0 || ++sides > 2)
                return false;
            names = 0;
        } else if (!text::starts_upper(w) || text::has_ascii_digit(w) || ++names > most_name_words) {
            return false;
        }
    }
    return sides == 2 && names == 0;
}

bool score_line(std::string_view line) {
    // (A parenthesis and a figure first: most lines have none of them.)
    if (line.find('(') == std::string_view::npos || line.find_first_of("0123456789") == std::string_view::npos)
        return false;
    std::size_t goals = 0, scorers = 0, teams = 0, at = 0;
    bool after_goal = false;
    while (at < line.size()) {
        while (at < line.size() && line[at] == ' ')
            ++at;
        if (at >= line.size())
            break;
        if (line[at] == '(') {
            // The scorers and their minutes: a figure inside, right after a team's goals.
            const std::size_t close = line.find(')', at);
            if (close == std::string_view::npos || !after_goal)
                return false;
            const std::string_view inside = line.substr(at + 1, close - at - 1);
            if (inside.find_first_of("0123456789") == std::string_view::npos)
                return false;
            ++scorers;
            after_goal = false;
            at = close + 1;
            continue;
        }
        std::size_t end = line.find(' ', at);
        if (end == std::string_view::npos)
            end = line.size();
        const std::string_view token = line.substr(at, end - at);
        at = end;
        if (goals_token(token)) {
            // Goals follow a team's name.
            if (teams == goals)
                return false;
            ++goals;
            after_goal = true;
            continue;
        }
        // A team's name, of capitalised words ("Real Madrid", "Brighton & Hove Albion"): it opens the line or
        // follows the other's goals.
        if (!text::starts_upper(token) && token != "&")
            return false;
        if (teams == goals)
            ++teams;
        after_goal = false;
    }
    return goals == 2 && teams == 2 && scorers >= 1;
}

bool scorers_line(std::string_view line) {
    // (A parenthesis first: most lines have none.)
    std::size_t open = line.find('(');
    if (open == std::string_view::npos)
        return false;
    const std::size_t least_marks = 2, most_minute_digits = 3;
    // "58e", "90e+3", "12.", "45.+2", "67'", "23’", "88 min": a minute of the match, its mark, the minutes of
    // stoppage time perhaps; the bytes it takes at the start of `t`, or 0.
    auto minute = [&](std::string_view t) -> std::size_t {
        std::size_t at = 0;
        while (at < t.size() && t[at] >= '0' && t[at] <= '9')
            ++at;
        if (at == 0 || at > most_minute_digits)
            return 0;
        std::size_t mark = 0;
        for (std::string_view m : {"e", ".", "'", "\u2019", "\u2032", " min", "min"})
            if (t.substr(at).starts_with(m)) {
                mark = m.size();
                break;
            }
        if (mark == 0)
            return 0;
        at += mark;
        if (at < t.size() && t[at] == '+') {
            ++at;
            while (at < t.size() && t[at] >= '0' && t[at] <= '9')
                ++at;
        }
        return at;
    };
    std::size_t marks = 0;
    for (; open != std::string_view::npos; open = line.find('(', open + 1)) {
        // "(58e)", "(23', 67')": one minute or several, parted by commas, closed by the parenthesis.
        std::string_view rest = line.substr(open + 1);
        std::size_t found = 0;
        for (std::size_t len = minute(rest); len > 0; len = minute(rest)) {
            ++found;
            rest.remove_prefix(len);
            if (!rest.starts_with(", "))
                break;
            rest.remove_prefix(2);
        }
        if (found > 0 && rest.starts_with(')'))
            marks += found;
    }
    return marks >= least_marks;
}

std::string_view gallery_flag(std::string_view line) {
    static const LexiconSection* labels = common_lexicon().section("gallery_title_labels"); // (looked up once)
    static const LexiconSection* flags = common_lexicon().section("gallery_flag_words");
    const std::size_t most_flag_bytes = 24, least_title_words = 3;
    // (The colon within the first bytes: most titles have none there.)
    const std::size_t colon = line.substr(0, most_flag_bytes).find(':');
    if (colon == std::string_view::npos || colon == 0)
        return {};
    const std::string_view flag = text::trim(line.substr(0, colon));
    const std::string low = text::lower(flag);
    if (!((labels != nullptr && labels->has(low)) || (flags != nullptr && flags->has(low))))
        return {};
    const std::string_view title = text::trim(line.substr(colon + 1));
    if (text::split_ws(title).size() < least_title_words)
        return {};
    return flag;
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
    return text::has_ascii_digit(tok) || weekdays.has(low) || month_name(low);
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
    if (toks.size() < 3 || !text::all_ascii_digits(toks[0]) || !any_language_has("comment_nouns", text::lower(toks[1])))
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

bool title_variant(std::string_view candidate, std::string_view line) {
    auto pieces = title_pieces(line);
    return std::find(pieces.begin(), pieces.end(), text::collapse(candidate)) != pieces.end();
}

// "Update: Derwent ferry timetable expanded after record summer patronage", "Mise à jour : le pont rouvre ce soir",
// "Aktualisiert: Fähre fährt wieder": a flag the site glues before a title it has changed (lexicon section
// headline_update_flags), a colon, then the title (three words or more, opening with a capital or a quote mark). The
// flag belongs to neither the headline nor the kicker: its bytes up to the title, or 0 when the line opens with none.
std::size_t update_flag_end(std::string_view line) {
    const std::size_t widest = 24; // bytes: "Actualización" with its colon
    const std::size_t colon = line.substr(0, widest).find(':');
    if (colon == std::string_view::npos || colon == 0)
        return 0;
    const std::string flag = text::lower(text::trim(line.substr(0, colon)));
    static const LexiconSection* flags = common_lexicon().section("headline_update_flags");
    if (flags == nullptr || !flags->has(flag))
        return 0;
    std::size_t at = colon + 1;
    while (at < line.size() && line[at] == ' ')
        ++at;
    const std::string_view rest = line.substr(at);
    std::size_t i = 0;
    const char32_t first = rest.empty() ? U' ' : text::next_cp(rest, i);
    if (tokens_up_to(rest, 3) < 3 || !(text::is_upper(first) || text::is_open_quote(first) || first == '"'))
        return 0;
    return at;
}

} // namespace archive
