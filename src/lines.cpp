// Line-level checks of the classify stage: the shapes of headings, headlines, lists, tables and menu lines and the
// lines that end an article. A block's jusText quality is in quality.cpp, boilerplate phrases in
// boilerplate.cpp, notices in notices.cpp, a recipe's ingredient lines and figures in recipes.cpp.
#include "classify.hpp"
#include "page.hpp"

#include "lexicon.hpp"
#include "text.hpp"

#include <algorithm>
#include <cctype>
#include <array>
#include <bitset>
#include <cstdint>
#include <optional>
#include <span>

namespace archive {

std::optional<std::pair<std::string, std::string>> split_glued_kicker(std::string_view line) {
    // "Conflit«Vous faites à Mossoul...»": up to three words, the first capitalised, then an opening mark
    // with no space before it.
    std::size_t i = 0;
    int words = 1;
    if (!text::starts_upper(line))
        return std::nullopt;
    while (i < line.size()) {
        std::size_t at = i;
        char32_t cp = text::next_cp(line, i);
        if (cp == ' ') {
            if (++words > 3)
                return std::nullopt;
            continue;
        }
        if (text::is_open_quote(cp) || cp == '"') {
            if (at == 0 || line[at - 1] == ' ')
                return std::nullopt;
            std::string kicker = text::collapse(line.substr(0, at));
            std::string headline = text::collapse(line.substr(at));
            if (kicker.empty() || text::length_cp(headline) < 8)
                return std::nullopt;
            return std::make_pair(kicker, headline);
        }
        if (!text::is_letter(cp) && cp != '-' && cp != '\'')
            return std::nullopt;
    }
    return std::nullopt;
}

bool more_tokens_than(std::string_view s, std::size_t most) {
    std::size_t i = 0, count = 0;
    while (count <= most && !text::next_token(s, i).empty())
        ++count;
    return count > most;
}

std::span<const std::string_view> first_tokens(std::string_view line, std::span<std::string_view> out) {
    std::size_t count = 0, at = 0;
    while (count < out.size()) {
        std::string_view tok = text::next_token(line, at);
        if (tok.empty())
            break;
        out[count++] = tok;
    }
    return out.first(count);
}

bool quoted_title_with_note(std::string_view line) {
    if (line.size() < 8 || line.back() != ')')
        return false;
    std::size_t open = line.rfind(" (");
    if (open == std::string_view::npos)
        return false;
    std::string_view note = line.substr(open + 2, line.size() - open - 3);
    const auto note_words = text::split_ws(note);
    if (note_words.empty() || note_words.size() > 3 || text::length_cp(note) > 16 ||
        std::none_of(note.begin(), note.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return false;
    std::string_view title = text::trim(line.substr(0, open));
    std::size_t at = 0, end = title.size();
    char32_t first = text::next_cp(title, at);
    char32_t last = text::prev_cp(title, end);
    if (!(text::is_open_quote(first) || first == '"') || !(text::is_close_quote(last) || last == '"') || end <= at)
        return false;
    std::string_view inner = text::trim(title.substr(at, end - at));
    // The title of a work, not a quoted sentence ("“We will build it.” (2019)"), of a few words.
    if (inner.empty() || text::split_ws(inner).size() > 8 || inner.find_first_of(".!?,;") != std::string_view::npos)
        return false;
    int letters = 0, marks = 0;
    for (std::size_t k = 0; k < inner.size();) {
        char32_t cp = text::next_cp(inner, k);
        letters += text::is_letter(cp);
        marks += text::is_quote_mark(cp);
    }
    return marks == 0 && letters * 2 >= static_cast<int>(text::length_cp(inner)) &&
           (text::starts_upper(inner) || text::is_digit(static_cast<unsigned char>(inner[0])));
}

bool glued_elements(std::string_view line) {
    // "Gesund essenDiese 7 Tipps", "Jane DoePolitics": two elements of the page whose space was lost, a lower-case
    // letter right before an upper-case one followed by lower-case. Camel-case names ("iPhone", "PayPal",
    // "McDonald", "AutorInnen") glue no element: the piece before the joint opens a word upper-case, is one letter,
    // or is a name particle of [camel_prefixes]; or the piece after it is a suffix of [camel_suffixes].
    // A joint counts when the piece before it is a whole lower-case word after the first of a line opening
    // upper-case ("Gesund essenDiese"; "showFrames", "Set onClick" name code), or when the line is a
    // name of two or three capitalised words whose last one carries the joint before a section of
    // [glued_categories] ("Jane DoePolitics"; "Apple HomeKit" is a product), or when the
    // line opens with a label of [glued_labels] glued to its first tag ("TagsHarbour, Ferries").
    // (A line without a lower-case letter right before an upper-case one has no joint: one scan of its characters
    // settles it, accented or not, without splitting it.)
    bool maybe = false, lower_before = false;
    for (std::size_t i = 0; i < line.size() && !maybe;) {
        const char32_t cp = text::next_cp(line, i);
        maybe = lower_before && text::is_upper(cp);
        lower_before = text::is_lower(cp);
    }
    if (!maybe)
        return false;
    static const Lexicon& common = common_lexicon();
    auto tokens = text::split_ws(line, 16);
    if (tokens.empty() || tokens.size() > 15)
        return false;
    bool name_line = tokens.size() >= 2 && tokens.size() <= 3;
    for (std::size_t t = 0; t < tokens.size(); ++t) {
        std::string_view tok = tokens[t];
        if (t + 1 < tokens.size() && !text::starts_upper(tok))
            name_line = false;
        std::size_t start = 0;
        while (start < tok.size()) { // past opening marks
            std::size_t k = start;
            if (text::is_letter(text::next_cp(tok, k)))
                break;
            start = k;
        }
        std::size_t i = start;
        char32_t prev = 0;
        bool all_lower = true;
        while (i < tok.size()) {
            std::size_t at = i;
            char32_t cp = text::next_cp(tok, i);
            if (!text::is_letter(cp))
                break;
            if (prev != 0 && text::is_lower(prev) && text::is_upper(cp) && i < tok.size()) {
                std::size_t k = i;
                if (!text::is_lower(text::next_cp(tok, k)))
                    break;
                std::string_view left = tok.substr(start, at - start);
                std::size_t r = at;
                while (r < tok.size()) {
                    std::size_t k2 = r;
                    if (!text::is_letter(text::next_cp(tok, k2)))
                        break;
                    r = k2;
                }
                std::string right_low = text::lower(tok.substr(at, r - at));
                std::string left_low = text::lower(left);
                if (text::length_cp(left) < 3 || common.has("camel_prefixes", left_low) ||
                    common.has("camel_suffixes", right_low))
                    break;
                bool after_word = all_lower && t > 0 && text::starts_upper(line);
                bool name_and_section =
                    name_line && t + 1 == tokens.size() && common.has("glued_categories", right_low);
                bool label_and_tag = t == 0 && common.has("glued_labels", left_low);
                if (after_word || name_and_section || label_and_tag)
                    return true;
                break;
            }
            all_lower = all_lower && text::is_lower(cp);
            prev = cp;
        }
    }
    return false;
}

namespace {

// heading_like() but for the glued page elements, which cost more to rule out than the rest: asked last.
bool heading_shape(const Block& b) {
    // (The counts first; the code points are counted last, and only when the bytes do not settle it.)
    if (b.words == 0 || b.words > 14 || b.urls > 0 || b.separators > 0 || b.boilerplate)
        return false;
    if (quoted_title_with_note(b.text))
        return text::length_cp(b.text) <= 100;
    // "‘Record’ harvest in the valley", "«Non» au projet": a heading may open with a quotation mark, but a line
    // that is one whole quotation ("‘We need to listen’") is somebody's words.
    std::string_view start = b.text;
    std::size_t at = 0, end = start.size();
    char32_t first = text::next_cp(start, at);
    if ((text::is_open_quote(first) || first == '"' || first == '\'') && at < start.size()) {
        char32_t last = text::prev_cp(start, end);
        if (text::is_close_quote(last) || last == '"' || last == '\'')
            return false;
        // "“The most unqualified child to run.” ― A. Reader": a quoted sentence with its author is no heading;
        // the quoted part of a heading is a few words.
        std::size_t k = at;
        int quoted_words = 1;
        char32_t prev = 0;
        while (k < start.size()) {
            char32_t cp = text::next_cp(start, k);
            if (text::is_close_quote(cp) || cp == '"' || cp == '\'') {
                if (prev == '.' || prev == '!' || prev == '?' || prev == ',')
                    return false;
                break;
            }
            quoted_words += cp == ' ';
            prev = cp;
        }
        if (quoted_words > 4)
            return false;
        start.remove_prefix(at);
    }
    if (!text::starts_upper(start) && !text::is_digit(static_cast<unsigned char>(start[0])))
        return false;
    char last = b.text.back();
    if (last == '.' || last == ',' || last == ';' || last == ':')
        return false;
    // No more code points than bytes: a short line with letters for half its bytes has them for half its code points.
    if (b.text.size() <= 100 && static_cast<std::size_t>(b.letters) * 2 >= b.text.size())
        return true;
    std::size_t len = text::length_cp(b.text);
    return len <= 100 && b.letters * 2 >= static_cast<int>(len);
}

} // namespace

bool heading_like(const Block& b) {
    return heading_shape(b) && !glued_elements(b.text);
}

std::optional<std::string> marked_heading(std::string_view line) {
    // "History[edit]", "Geschichte[Bearbeiten | Quelltext bearbeiten]": a wiki's edit link in brackets;
    // "Setting up¶": the anchor sign of a documentation page.
    // (A line that ends with a byte above the space, trimmed of nothing there, ends with the bracket or the last byte
    // of the sign, 0xB6, or is none: most lines are settled by their last byte.)
    if (const auto last = static_cast<unsigned char>(line.empty() ? ' ' : line.back());
        last > ' ' && last != ']' && last != 0xB6)
        return std::nullopt;
    std::string_view t = text::trim(line);
    std::string_view title;
    static const std::string_view pilcrow = "¶";
    if (t.size() > pilcrow.size() && t.substr(t.size() - pilcrow.size()) == pilcrow) {
        title = t.substr(0, t.size() - pilcrow.size());
    } else if (!t.empty() && t.back() == ']') {
        auto open = t.rfind('[');
        if (open == std::string_view::npos || open == 0)
            return std::nullopt;
        std::string inner = text::lower(text::collapse(t.substr(open + 1, t.size() - open - 2)));
        if (!common_lexicon().has("section_marks", inner))
            return std::nullopt;
        title = t.substr(0, open);
    } else {
        return std::nullopt;
    }
    std::string heading = text::collapse(title);
    if (heading.empty() || text::split_ws(heading).size() > 14 || text::length_cp(heading) > 100)
        return std::nullopt;
    char last = heading.back();
    if (last == '.' || last == ',' || last == ';')
        return std::nullopt;
    return heading;
}

bool note_entry(std::string_view line) {
    // The back link is a caret ("^ ") or an arrow ("↑ "), then the note: a name, a quoted title, "a b" for several
    // back links.
    std::string_view t = text::trim(line);
    for (std::string_view mark : {std::string_view("^ "), std::string_view("↑ ")})
        if (t.size() > mark.size() + 2 && t.substr(0, mark.size()) == mark)
            return text::split_ws(t).size() >= 3;
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

std::optional<std::pair<long, long>> slide_number(std::string_view line) {
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
    if (n >= 5 && n <= 500 && k <= n && (i == t.size() || t[i] == ' '))
        return std::make_pair(k, n);
    return std::nullopt;
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
    int figures = 0;
    std::size_t at = 0;
    for (std::string_view tok = text::next_token(b.text, at); !tok.empty() && figures < 2; tok = text::next_token(b.text, at))
        figures += text::is_digit(static_cast<unsigned char>(tok[0]));
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
            !std::all_of(w.begin() + static_cast<std::ptrdiff_t>(open) + 1, w.end() - 1,
                         [](char c) { return c >= '0' && c <= '9'; }))
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

bool link_label_line(const Block& b) {
    const std::size_t most = 40; // bytes of a label
    std::size_t colon = b.lower.find(':');
    if (colon == std::string::npos || colon > most || colon + 2 >= b.lower.size())
        return false;
    static const LexiconSection& labels = any_language_section("link_labels"); // (merged once)
    return labels.has(text::trim(std::string_view(b.lower).substr(0, colon)));
}

bool link_button(const Block& b) {
    // "Learn more", "Mehr erfahren", "En savoir plus", "Read more ›": a link's label alone on its line.
    const int most_words = 5;
    if (b.words == 0 || b.words > most_words)
        return false;
    static const LexiconSection& labels = any_language_section("link_labels"); // (merged once)
    return more_link(b) || labels.has(text::trim(b.lower));
}

bool section_label(const Block& label, const Block& next) {
    // "Opinión / Más en Opinión ›", "Sport / More in Sport", "Kultur / Mehr aus Kultur »": a section's label over the
    // link to more of the section (lexicon section section_more_links) heads the section's teasers on a front page.
    if (label.words == 0 || label.words > 4 || label.end_punct || next.words > label.words + 4)
        return false;
    std::string_view rest = text::trim(next.lower);
    for (std::string_view mark : {"›", "»", ">", "→"})
        if (rest.ends_with(mark)) {
            rest = text::trim(rest.substr(0, rest.size() - mark.size()));
            break;
        }
    const std::string_view own = text::trim(label.lower);
    if (rest.size() <= own.size() + 1 || !rest.ends_with(own) || rest[rest.size() - own.size() - 1] != ' ')
        return false;
    static const LexiconSection& prefixes = any_language_section("section_more_links"); // (merged once)
    return prefixes.has(rest.substr(0, rest.size() - own.size() - 1)) && heading_like(label);
}

bool broken_title(const Block& first, const Block& second, std::string_view language) {
    // "Built for / the long winters", "Gemacht für / jeden Tag", "Pensé pour / être changé": set apart by blank
    // lines, a title too wide for its column goes on on a second line that opens in lower case, after a function word
    // of the page's language that no title ends with. (A first line closed by a full word, "Harbour news / updated
    // hourly", is a label over a note.)
    const int most_words = 10;
    if (!first.blank_before || first.blank_after || !second.blank_after || first.end_punct || second.end_punct ||
        first.words + second.words > most_words || first.lower_words.empty() || first.urls > 0 || second.urls > 0 ||
        first.separators > 0 || second.separators > 0 || first.digits > 0 || second.digits > 0 ||
        !text::starts_upper(first.text))
        return false;
    std::size_t i = 0;
    if (!text::is_lower(text::next_cp(second.text, i)))
        return false;
    const auto& langs = languages();
    const Lexicon* lex = lexicon(language);
    const auto at = std::find(langs.begin(), langs.end(), lex);
    if (lex == nullptr || at == langs.end())
        return false;
    const auto bit = std::uint32_t{1} << static_cast<unsigned>(at - langs.begin());
    return (stopword_languages(first.lower_words.back()) & bit) != 0;
}

bool question_heading(const Block& b) {
    // "What now?", "Warum jetzt?", "¿Y ahora qué?": a short question heads a section too.
    return b.words <= 6 && !b.text.empty() && b.text.back() == '?';
}

bool glued_title(const Block& line, const Block& next) {
    // "Great, let's get started! / If you have no kit yet, ...", "Wie geht es weiter? / Im Herbst ...": on a page
    // that parts its paragraphs with blank lines, a short line ending in "!" or "?" set apart above but glued over
    // a paragraph heads it (a blog's headings); a question asked in the text stays inside its paragraph, and a word
    // or two ("Wow!") broken off the paragraph's first line opens it.
    if (!line.blank_before || line.blank_after || !next.blank_after || line.words < 3 || line.words > 14)
        return false;
    const char last = line.text.back();
    if ((last != '!' && last != '?') || next.words <= std::max(line.words + 4, 6))
        return false;
    if (line.separators == 0)
        return heading_like(line);
    // "It works / it crashed / the manual is wrong!": the slashes of a heading ending in a sentence's mark part its
    // words, not the links of a breadcrumb or a menu. (Rare: the copy costs nothing that counts.)
    Block words_only = line;
    words_only.separators = 0;
    return heading_like(words_only);
}

bool short_sentence(const Block& b, std::string_view language) {
    // "Here is what the new changeset looks like:" before a code block, "The kiwi is a national
    // icon." under a picture: a short sentence of prose inside the article stays text whatever surrounds it.
    if (b.words < 5 || !b.end_punct || b.urls > 0 || b.separators > 0 || block_quality(b, language) != Quality::short_)
        return false;
    // "“Nothing is decided yet.”": a quotation's sentence opens after its mark.
    std::string_view start = b.text;
    std::size_t i = 0;
    char32_t first = text::next_cp(start, i);
    if ((text::is_open_quote(first) || first == '"') && i < start.size())
        start = text::trim(start.substr(i));
    if (start.empty())
        return false;
    if (!text::starts_upper(start) && !text::is_digit(static_cast<unsigned char>(start[0])))
        return false;
    return stopword_density_of(b.stopword_hits, b.lower_words.size(), language) >= 0.25;
}

bool sentence_shape(const Block& b) {
    if (b.words < 2 || b.words > 40 || !b.end_punct || b.urls > 0 || b.separators > 0 || b.repeats > 0 || b.boilerplate)
        return false;
    // (Letters for half the bytes are letters for half the code points: most lines need no count of them.)
    const bool lettered = static_cast<std::size_t>(b.letters) * 2 >= b.text.size() ||
                          b.letters * 2 >= static_cast<int>(text::length_cp(b.text));
    if (!lettered || is_promo_notice(b) || closing_notice(b) || is_consent_notice(b))
        return false;
    std::size_t i = 0;
    char32_t first = text::next_cp(b.text, i);
    return text::is_upper(first) || text::is_open_quote(first) || first == '"';
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

bool repeated_label(const Block& b) {
    // "Advertising", "Reply", "Caption", "Anzeige" printed again and again between the paragraphs.
    return b.repeats >= 1 && b.words <= 3 && !b.end_punct;
}

bool ends_with_abbreviation(std::string_view line) {
    // "... Underneath N.Y.C.", "... in the U.S.": the final full stop belongs to an abbreviation.
    auto space = line.rfind(' ');
    std::string_view last = space == std::string_view::npos ? line : line.substr(space + 1);
    if (last.size() < 4 || last.size() > 8 || last.back() != '.')
        return false;
    for (std::size_t k = 0; k < last.size(); ++k) {
        bool letter = text::is_upper(static_cast<unsigned char>(last[k]));
        if (k % 2 == 0 ? !letter : last[k] != '.')
            return false;
    }
    return true;
}

bool navigation_arrow(std::string_view line) {
    // "‹ Zurück", "← Older post", "Next story →", "« Previous article": a link to the next or previous page.
    // A quotation in guillemets ("« Les privatisations... »") closes its mark and is no arrow.
    // The first and the last of two tokens or more (text::split_ws()'s), read without splitting the line.
    std::size_t at = 0;
    std::string_view first = text::next_token(line, at);
    if (text::next_token(line, at).empty())
        return false;
    auto ws = [](char c) { return c == ' ' || c == '\t' || c == '\n'; };
    std::size_t end = line.size();
    while (end > 0 && ws(line[end - 1]))
        --end;
    std::size_t begin = end;
    while (begin > 0 && !ws(line[begin - 1]))
        --begin;
    std::string_view last = line.substr(begin, end - begin);
    auto arrow = [](std::string_view t) {
        return t == "←" || t == "→" || t == "‹" || t == "›" || t == "«" || t == "»" || t == "<" || t == ">" ||
               t == "<<" || t == ">>";
    };
    if (!arrow(first) && !arrow(last))
        return false;
    bool quotation = (line.find("«") != std::string_view::npos && line.find("»") != std::string_view::npos) ||
                     (line.find("‹") != std::string_view::npos && line.find("›") != std::string_view::npos);
    return !quotation;
}

bool headline_like(const Block& b) {
    // (The counts first; the code points are counted last, and only when the bytes do not settle it.)
    if (b.words < 2 || b.words > 30 || b.urls > 0 || b.separators > 1 || b.boilerplate || navigation_arrow(b.text))
        return false;
    char last = b.text.back();
    if (last == ',' || last == ';' || last == ':')
        return false;
    if (last == '.' && !(b.text.size() > 3 && b.text.compare(b.text.size() - 3, 3, "...") == 0) &&
        !ends_with_abbreviation(b.text))
        return false;
    // No more code points than bytes: a line of 220 bytes or fewer with letters for half its bytes passes.
    if (b.text.size() <= 220 && static_cast<std::size_t>(b.letters) * 2 >= b.text.size())
        return true;
    std::size_t len = text::length_cp(b.text);
    return len <= 220 && b.letters * 2 >= static_cast<int>(len);
}

namespace {

// "... Write to her at jane.doe@harbour.example", "... E-Mail: [email protected]": the line closes with an e-mail
// address (or the words a saved page prints where its script hid one). (Its last byte settles most lines: an address
// ends in a letter of its domain, the hidden one in a bracket.)
bool ends_with_address(std::string_view t) {
    if (t.empty())
        return false;
    const char last = t.back();
    if (last == ']')
        return t.ends_with("protected]") && t.find("[email") != std::string_view::npos;
    if (!((last >= 'a' && last <= 'z') || (last >= 'A' && last <= 'Z')))
        return false;
    const std::size_t space = t.find_last_of(" \t\n");
    const std::string_view tok = space == std::string_view::npos ? t : t.substr(space + 1);
    const std::size_t at = tok.find('@');
    return at != std::string_view::npos && at > 0 && tok.find('.', at) != std::string_view::npos;
}

// author_bio() of a line that passed its cheap tests, its first two tokens read: `first`, `second`, and `next`, the
// byte after them. (A function of its own: the many lines settled by the counts do not set up its frame of 24 tokens
// and lower-cased words.)
bool bio_after_counts(const Block& b, std::string_view first, std::string_view second, std::size_t next) {
    // The first 24 tokens, read as far as the rules need them: two settle most lines.
    std::array<std::string_view, 24> toks_read;
    toks_read[0] = first;
    toks_read[1] = second;
    std::size_t read = 2;
    auto read_to = [&](std::size_t count) {
        for (; read < count; ++read) {
            toks_read[read] = text::next_token(b.text, next);
            if (toks_read[read].empty())
                break;
        }
    };
    static const LexiconSection& bio_verbs = any_language_section("bio_verbs"); // (merged once)
    // The name: capitalised words, with particles between them ("Luca di Marco", "Anna von Berg"). (Read a token at
    // a time: most lines are settled by their first two.)
    std::size_t k = 0;
    int names = 0;
    for (std::size_t t = 0; t < 5; ++t) {
        read_to(t + 1);
        if (t >= read)
            break;
        if (text::starts_upper(toks_read[t])) {
            ++names;
            k = t + 1;
        } else if (names == 0 || toks_read[t].size() > 3 || bio_verbs.has(text::LowerCased(toks_read[t]).view())) {
            break;
        }
    }
    if (names < 2 || names > 4)
        return false;
    read_to(6);
    std::span<const std::string_view> toks(toks_read.data(), read);
    if (k >= toks.size())
        return false;
    if (!bio_verbs.has(text::LowerCased(toks[k]).view())) // (the words lower-cased on the stack)
        return false;
    read_to(toks_read.size());
    toks = std::span<const std::string_view>(toks_read.data(), read);
    const LexiconSection& roles = any_language_section("bio_words");
    for (std::size_t r = k; r < toks.size(); ++r) {
        const text::LowerCased lowered(toks[r]);
        std::string_view w = lowered.view();
        while (!w.empty() && (w.back() == ',' || w.back() == '.' || w.back() == ';'))
            w.remove_suffix(1);
        if (roles.has(w))
            return true;
    }
    return false;
}

} // namespace

bool author_bio(const Block& b) {
    // "Jane Doe is a senior writer for Harbour Weekly.", "Anna Muster ist Redakteurin im Ressort Stadt.",
    // "Jean Dupont est journaliste au service Société.": the author's box under an article, a name, a verb and a
    // job of the press within the first words. Its last sentence may be the author's address, without a stop.
    if (b.words < 6 || b.words > 90 || (!b.end_punct && !ends_with_address(b.text)))
        return false;
    // The name opens the line and has two capitalised words at least, which segment() counted among the line's
    // capitalised tokens (upper_initial): most sentences of prose are settled here, before a token is read.
    // (The line is trimmed: its first token opens at its first byte.)
    if (b.upper_initial < 2 || !text::starts_upper(b.text))
        return false;
    // "The council met Jane Doe.": a second word in lower case, longer than a particle ("di", "von"), ends the name
    // at one word (the rest of the reading would settle the same).
    std::size_t next = 0;
    const std::string_view first = text::next_token(b.text, next);
    const std::string_view second = text::next_token(b.text, next);
    if (second.empty() || (second.size() > 3 && !text::starts_upper(second)))
        return false;
    return bio_after_counts(b, first, second, next);
}


namespace {

// A sketch of a section's entries eight times wider than its own WordSketch (the same bits of word_edges_mix(), three
// more of them): the terminators of all the languages, a few hundred, fill nearly half of 512 bits, so that half the
// lines and prefixes asked about went on to be hashed; 4096 bits turn away all but a few.
class WideSketch {
public:
    explicit WideSketch(const std::vector<std::string>& entries) {
        for (const auto& e : entries)
            bits_.set(bit(e));
    }
    bool may_have(std::string_view w) const { return bits_.test(bit(w)); }

private:
    static std::size_t bit(std::string_view w) { return static_cast<std::size_t>(word_edges_mix(w) >> 52); }
    std::bitset<4096> bits_;
};

} // namespace

bool is_terminator(const Block& b) {
    // Without digits a line ends the article only as a whole phrase or when it opens with one and is short: a long
    // line is settled without lower-casing it (lower-casing keeps at least a byte of every code point of at most
    // four, and 16 tokens cannot hold the 8 words of the shortest rule that reads a line's start).
    std::size_t kept = b.text.size();
    while (kept > 0 && (b.text[kept - 1] == ':' || b.text[kept - 1] == '.'))
        --kept;
    // (Merged once over the languages and never changed: looked up once, not for every line.)
    static const LexiconSection& terminators = any_language_section("terminators");
    if (b.digits == 0 && b.words > 16 && kept > 4 * terminators.longest)
        return false;
    static const WideSketch sketch(terminators.entries);
    auto terminator = [](std::string_view s) {
        return s.size() <= terminators.longest && sketch.may_have(s) && terminators.has(s);
    };
    std::string_view low = b.lower;
    // "Share this:", "Teilen mit:": a blog's sharing box under the post is written with its colon; the same words
    // without it are share buttons, printed over the article as often as under it.
    if (!low.empty() && low.back() == ':' && terminator(low))
        return true;
    while (!low.empty() && (low.back() == ':' || low.back() == '.'))
        low.remove_suffix(1);
    // "【関連記事】", "相关阅读": the labels of Japanese and Chinese pages, which have no language
    // file, are in common.txt.
    static const LexiconSection* cjk_terminators = common_lexicon().section("terminators");
    if (terminator(low) || (cjk_terminators != nullptr && cjk_terminators->has(low)))
        return true;
    // The rules below count up to 30 words: a longer line is not read past its 31st.
    std::span<const std::string> words(b.lower_words.data(), std::min<std::size_t>(b.lower_words.size(), 31));
    // "12 comments", "Comments (3)", "There are 13 comments"
    if (words.size() <= 4 && b.digits > 0)
        for (const auto& w : words)
            if (terminator(w))
                return true;
    // "Weitere Artikel aus dem Ressort Sport", "Related stories from our partners": a short line opening with a
    // phrase of two words or more ("Czytaj też: <title>" is one related link, not the end).
    if (words.size() <= 8 && b.separators == 0) {
        bool two_words = false;
        for (std::size_t sp = low.find(' '); sp != std::string_view::npos; sp = low.find(' ', sp + 1)) {
            if (two_words && sp > 0 && terminator(low.substr(0, sp)))
                return true;
            two_words = true;
        }
    }
    // "11 Antworten zu „Sonntag am See“", "3 thoughts on “A day at the lake”": the header of a comment thread,
    // which quotes the article's title (a numbered section "4. Response codes" does not).
    if (b.digits == 0 || words.size() < 3 || words.size() > 30)
        return false;
    std::size_t next = 0;
    std::string_view first = text::next_token(b.text, next);
    if (first.empty() || !std::all_of(first.begin(), first.end(), [](char c) { return c >= '0' && c <= '9'; }) ||
        !any_language_has("comment_nouns", words[1]))
        return false;
    bool quotes_title = false;
    std::size_t at = 0;
    while (at < b.text.size() && !quotes_title) {
        char32_t cp = text::next_cp(b.text, at);
        quotes_title = text::is_open_quote(cp) || cp == '"';
    }
    return quotes_title;
}

} // namespace archive
