// The lines of the classify stage that are entries of something other than prose: a wiki's notes and a table of
// contents, a gallery's slide counters, a news ticker's items, lines of code, rows of a table of facts, a comment
// thread's count and a bulleted list's items. The other line checks are in lines.cpp.
#include "classify.hpp"
#include "page.hpp"

#include "lexicon.hpp"
#include "text.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <bitset>
#include <cctype>
#include <cstdint>
#include <optional>

namespace archive {

bool note_entry(std::string_view line) {
    // The back link is a caret ("^ ") or an arrow ("↑ "), then the note: a name, a quoted title, "a b" for several
    // back links.
    std::string_view t = text::trim(line);
    for (std::string_view mark : {std::string_view("^ "), std::string_view("↑ ")})
        if (t.size() > mark.size() + 2 && t.substr(0, mark.size()) == mark)
            return more_tokens_than(t, 2); // (three tokens or more, counted without splitting the whole note)
    return false;
}

std::optional<std::string> contents_entry(std::string_view line) {
    // "1 History", "3.1 Harbour and river traffic", "2. Setup": a section number, then a short title.
    // (A line opening with a byte above the space, trimmed of nothing there, opens with a digit or is none: most
    // lines are settled by their first byte.)
    if (const auto first = static_cast<unsigned char>(line.empty() ? ' ' : line.front());
        first > ' ' && (first < '0' || first > '9'))
        return std::nullopt;
    std::string_view t = text::trim(line);
    std::size_t i = 0;
    bool digit = false;
    while (i < t.size() && ((t[i] >= '0' && t[i] <= '9') || (t[i] == '.' && digit))) {
        digit = digit || t[i] != '.';
        ++i;
    }
    if (!digit || i >= t.size() || t[i] != ' ' || i > 8)
        return std::nullopt;
    // (Most numbered lines are settled before the title is collapsed: a line closed by a stop (the collapse keeps
    // that '.', and no white space ends with its byte), or a title opening with an ASCII byte that is no capital (the
    // collapse keeps the first byte after the ASCII white space when it is ASCII itself).)
    std::size_t head = i;
    while (head < t.size() && (t[head] == ' ' || t[head] == '\t' || t[head] == '\n' || t[head] == '\r'))
        ++head;
    if (t.back() == '.' ||
        (head < t.size() && static_cast<unsigned char>(t[head]) < 0x80 && (t[head] < 'A' || t[head] > 'Z')))
        return std::nullopt;
    std::string title = text::collapse(t.substr(i));
    // One to twelve tokens, counted without a vector.
    std::array<std::string_view, 13> tokens_read;
    std::size_t words = first_tokens(title, tokens_read).size();
    if (words == 0 || words > 12 || !text::starts_upper(title) || title.back() == '.')
        return std::nullopt;
    return title;
}

bool slide_counter(std::string_view line) {
    return slide_number(line).has_value();
}

namespace {

// slide_number() of a gallery of `least_slides` pictures at least.
std::optional<std::pair<long, long>> counted_slide(std::string_view line, long least_slides) {
    // "1/50 Harbour festival opens": the slide number, a slash, the number of slides (a date "12/2016" or a
    // fraction "3/4 cup" has a second number that no slide count reaches, or a first one above the second).
    std::string_view t = text::trim(line);
    auto number = [&](std::size_t& i) {
        std::size_t start = i;
        long v = 0;
        while (i < t.size() && t[i] >= '0' && t[i] <= '9' && i - start < 4)
            v = v * 10 + (t[i++] - '0');
        return i == start ? -1L : v;
    };
    std::size_t i = 0;
    long k = number(i);
    if (k < 1 || i >= t.size() || t[i] != '/')
        return std::nullopt;
    ++i;
    long n = number(i);
    if (n >= least_slides && n <= 500 && k <= n && (i == t.size() || t[i] == ' '))
        return std::make_pair(k, n);
    return std::nullopt;
}

} // namespace

std::optional<std::pair<long, long>> slide_number(std::string_view line) {
    const long least_slides = 5;
    return counted_slide(line, least_slides);
}

std::optional<std::pair<long, long>> gallery_counter(const Block& b) {
    const std::size_t most_bytes = 12; // ("1234 / 1234")
    if (b.digits < 2) // (most lines)
        return std::nullopt;
    // ("1/4", "3 / 3": a short line holding the counter alone counts a gallery of three or four pictures too; a
    // fraction or a date is printed inside a sentence or with its unit, "3/4 cup".)
    const long least_lone_slides = 3, least_slides = 5;
    if (b.text.find(' ') == std::string::npos)
        return counted_slide(b.text, b.text.size() > most_bytes ? least_slides : least_lone_slides);
    if (b.text.size() > most_bytes)
        return slide_number(b.text);
    std::string packed;
    for (char c : b.text)
        if (c != ' ')
            packed += c;
    return counted_slide(packed, least_lone_slides);
}


bool ticker_line(std::string_view line) {
    // "14:44 Ferries return to the eastern pier", "9:05 Le conseil vote le budget": a clock time, then a title of
    // three words at least ("6:05 p.m." alone stamps an entry of a live blog; "12.05.2024" is a date).
    std::size_t i = 0;
    while (i < line.size() && i < 2 && line[i] >= '0' && line[i] <= '9')
        ++i;
    if (i == 0 || i + 3 >= line.size() || line[i] != ':' || line[i + 1] < '0' || line[i + 1] > '5' ||
        line[i + 2] < '0' || line[i + 2] > '9' || line[i + 3] != ' ')
        return false;
    // "10:30 Uhr Empfang im Rathaus": a programme of the day names its hours, it is no ticker.
    auto rest = text::split_ws(line.substr(i + 4), 4);
    if (rest.size() < 3 || !text::starts_upper(rest[0]))
        return false;
    std::string first = text::lower(rest[0]);
    return first != "uhr" && first != "h" && first != "hrs" && first != "horas" && first != "heures" && first != "am" &&
           first != "pm" && first != "a.m." && first != "p.m.";
}

namespace {

// A mark of code stands at byte i of t, a '(', a '=' or a '>' (each mark holds one of them, read around it):
// "super().setUp()", "total = count + 1", "a == b", "x => x * 2", "a -> b", "lines += 1": an empty call, an
// assignment, a comparison, an arrow; "autotuninglevel=normal": an option glued to its value by the equals sign.
bool code_mark_at(std::string_view t, std::size_t i) {
    const std::size_t n = t.size();
    auto at = [&](std::size_t k) { return k < n ? t[k] : '\0'; };
    const char before = i >= 1 ? t[i - 1] : '\0', before2 = i >= 2 ? t[i - 2] : '\0';
    switch (t[i]) {
    case '(': return at(i + 1) == ')';
    case '>': return before2 == ' ' && before == '-' && at(i + 1) == ' ';
    default: break;
    }
    if (before == ' ' && (at(i + 1) == ' ' || ((at(i + 1) == '=' || at(i + 1) == '>') && at(i + 2) == ' ')))
        return true;
    if (before2 == ' ' && before == '+' && at(i + 1) == ' ')
        return true;
    return i > 0 && i + 1 < n && std::isalpha(static_cast<unsigned char>(before)) &&
           std::isalnum(static_cast<unsigned char>(t[i + 1]));
}

// Some '(', '=' or '>' of s, looked for eight bytes a step, is a code_mark_at().
bool has_code_mark(std::string_view s) {
    for (std::size_t i = 0; i < s.size(); i += 8) {
        const std::uint64_t v = i + 8 <= s.size() ? text::load8(s.data() + i) : text::load_short(s.data() + i, s.size() - i);
        for (std::uint64_t m = text::bytes_equal8(v, '(') | text::bytes_equal8(v, '=') | text::bytes_equal8(v, '>');
             m != 0; m &= m - 1)
            if (code_mark_at(s, i + static_cast<std::size_t>(std::countr_zero(m) / 8)))
                return true;
    }
    return false;
}

} // namespace

bool code_line(const Block& b) {
    // "$ hg commit -m 'fix'", "import os", "#include <vector>": a token of the lexicons' [code_opening_words] opens
    // it.
    // A sentence's final stop closes no code ("return to the pier at noon.", a line of prose cut by the page).
    const std::string_view t = b.text;
    if (t.empty() || b.boilerplate || b.urls > 0 || t.back() == '.' || t.back() == '!' || t.back() == '?')
        return false;
    static const LexiconSection* openers = common_lexicon().section("code_opening_words"); // (looked up once)
    // The bytes the openers start with (code is lower case: a line opening with a capital, most lines, looks up none).
    static const std::bitset<257> opener_fronts = openers != nullptr ? first_bytes(openers->entries) : std::bitset<257>{};
    // (A line of one word has no first token to look up: most items of a menu.)
    if (b.words >= 2 && (opener_fronts.test(256) || opener_fronts.test(static_cast<unsigned char>(t.front()))))
        if (const std::string_view first = text::first_token(t); openers->has(first)) {
            // "$ cd pier", "# set the clock": a prompt's or a comment's mark alone opens a command, not a price ("$ 20").
            auto letter = [](char c) { return text::is_letter(static_cast<unsigned char>(c)); };
            if (std::any_of(first.begin(), first.end(), letter))
                return true;
            std::size_t at = first.size();
            const std::string_view second = text::next_token(t, at);
            return !second.empty() && (text::is_lower(static_cast<unsigned char>(second.front())) ||
                                       second.front() == '.' || second.front() == '/');
        }
    // Every mark below is a character that is no letter, digit or space: a line of words alone, most short lines of a
    // page ("World news", "Mehr zum Thema"), has none. (segment() counts each character a letter, a digit or
    // neither: the characters that are neither are exactly the spaces between the words when there are words - 1.)
    if (static_cast<std::size_t>(b.letters) + static_cast<std::size_t>(b.digits) + static_cast<std::size_t>(b.words) ==
        b.chars + 1)
        return false;
    // "[extensions]" / "evolve =": a configuration file's section and a key without its value.
    if (b.words == 1 && t.size() > 2 && t.front() == '[' && t.back() == ']' &&
        std::all_of(t.begin() + 1, t.end() - 1, [](char c) { return (c >= 'a' && c <= 'z') || c == '_' || c == '-'; }))
        return true;
    if (b.words == 2 && t.ends_with(" ="))
        return true;
    // "super().setUp()", "total = count + 1", "x => x * 2", "netsh interface tcp set global autotuninglevel=normal":
    // an empty call, an assignment, an arrow, an option glued to its value (in a short line: code_mark_at()).
    if (b.words <= 12 && has_code_mark(t))
        return true;
    // "int add(int x, int y) {", "}", "console.log(sum);": closed by a brace or a semicolon, with a bracket or an
    // equals sign in it (a list's item closed by a semicolon, "- les bateaux ;", has none).
    const char last = t.back();
    if (last != '{' && last != '}' && last != ';')
        return false;
    return t.size() <= 2 || t.find_first_of("(){}[]=") < t.size() - 1;
}

bool short_figure_row(const Block& b) {
    const int most_words = 5;
    return b.digits > 0 && b.words <= most_words && !b.end_punct;
}

bool table_row(const Block& b) {
    // "Effektiver Jahreszins: 3,9 Prozent": a label, a colon and its value.
    std::size_t first = 0;
    if (b.words < 2 || b.words > 12 || b.boilerplate || b.urls > 0 || !text::is_letter(text::next_cp(b.text, first)))
        return false;
    std::size_t colon = b.text.find(": ");
    if (colon != std::string::npos && colon > 0 && colon <= 40 && text::starts_upper(b.text))
        return true;
    // "Diesel 32,2 Mio. t 32,3 Mio. t": a name and two figures at least (not a ticker's clock time and title, nor a
    // sentence: "The ferry left at 9 and came back at 11.").
    char last = b.text.back();
    if (last == '.' || last == '!' || last == '?')
        return false;
    // (A figure opens with a digit: a line with fewer than two digits has fewer than two figures. Its tokens are read
    // until two figures are found, without a vector.)
    if (b.digits < 2)
        return false;
    // "Plus de 1 400 personnes évacuées", "Über 12 000 Haushalte ohne Strom": a number of three groups of digits
    // parted by spaces, as French and German print thousands, is one figure (a group of three digits alone after a
    // number of one to three digits goes on with it).
    int figures = 0;
    std::string_view before;
    std::size_t at = 0;
    for (std::string_view tok = text::next_token(b.text, at); !tok.empty() && figures < 2; tok = text::next_token(b.text, at)) {
        const bool group =
            tok.size() == 3 && text::all_ascii_digits(tok) && before.size() <= 3 && text::all_ascii_digits(before);
        figures += text::is_digit(static_cast<unsigned char>(tok[0])) && !group;
        before = tok;
    }
    return figures >= 2 && !ticker_line(b.text);
}

bool comment_count(const Block& b) {
    const int most_words = 6;
    if (b.digits == 0 || b.words > most_words)
        return false;
    // The first word with its count glued before it or after it in parentheses, its final stop dropped.
    std::string_view w = b.lower;
    w = w.substr(0, w.find(' '));
    std::size_t digits = 0;
    while (digits < w.size() && w[digits] >= '0' && w[digits] <= '9')
        ++digits;
    if (digits == 0 && w.size() > 2 && w.back() == ')') {
        std::size_t open = w.rfind('(');
        if (open == std::string_view::npos || open + 2 >= w.size() ||
            !text::all_ascii_digits(w.substr(open + 1, w.size() - open - 2)))
            return false;
        w = w.substr(0, open);
    } else if (digits > 0) {
        w.remove_prefix(digits);
    } else {
        return false;
    }
    while (!w.empty() && (w.back() == '.' || w.back() == ':'))
        w.remove_suffix(1);
    static const LexiconSection& nouns = any_language_section("comment_nouns"); // (merged once)
    return !w.empty() && nouns.has(w);
}

std::string_view bullet_mark(std::string_view line) {
    static constexpr std::string_view marks[] = {"+", "*", "-", "•", "·", "–", "▪", "►"};
    // (A line opening with a byte that opens no mark, most lines, is compared with none of them.)
    static const std::array<bool, 256> fronts = [] {
        std::array<bool, 256> out{};
        for (std::string_view mark : marks)
            out[static_cast<unsigned char>(mark.front())] = true;
        return out;
    }();
    if (line.empty() || !fronts[static_cast<unsigned char>(line.front())])
        return {};
    for (std::string_view mark : marks)
        if (line.size() > mark.size() + 3 && line.starts_with(mark) && line[mark.size()] == ' ')
            return line.substr(0, mark.size());
    return {};
}

bool bullet_item(const Block& b) {
    return !bullet_mark(b.text).empty();
}

} // namespace archive
