// Line-level checks of the classify stage: the shapes of headings and headlines (and of the page elements glued to
// them), links and their labels, menu lines and sentences. The entries of notes, contents, galleries, tickers, code,
// tables and lists are in entries.cpp, the author's box and the lines that end an article in endings.cpp, a block's
// jusText quality in quality.cpp, boilerplate phrases in boilerplate.cpp, notices in notices.cpp, a recipe's
// ingredient lines and figures in recipes.cpp.
#include "classify.hpp"
#include "closing_arrows.hpp"
#include "item_numbers.hpp"
#include "page.hpp"

#include "lexicon.hpp"
#include "text.hpp"
#include "text_find.hpp"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace archive {

std::optional<std::pair<std::string, std::string>> split_glued_kicker(std::string_view line) {
    // "Conflit«Vous faites à Mossoul...»": up to three words, the first capitalised, then an opening mark
    // with no space before it. "Interview mit Beat Jans«Ich lasse ...»", "Entretien avec Pierre-Yves Maillard«...»":
    // up to six when the quotation runs to the line's end (an interview's label over the quoted answer; a sentence
    // glued to its quote goes on after it).
    const int most_words = 3, most_label_words = 6;
    std::size_t i = 0;
    int words = 1;
    if (!text::starts_upper(line))
        return std::nullopt;
    while (i < line.size()) {
        std::size_t at = i;
        // (An ASCII byte is its own code point, and '"' the only quote mark among them: the words before the mark,
        // most of them ASCII letters, are read a byte a step without decoding.)
        if (const auto c = static_cast<unsigned char>(line[i]); c < 0x80 && c != ' ' && c != '"') {
            if (((c | 0x20) < 'a' || (c | 0x20) > 'z') && c != '-' && c != '\'')
                return std::nullopt;
            ++i;
            continue;
        }
        char32_t cp = text::next_cp(line, i);
        if (cp == ' ') {
            if (++words > most_label_words)
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
            if (words > most_words) {
                std::size_t end = headline.size();
                const char32_t last = text::prev_cp(headline, end);
                if (!text::is_close_quote(last) && last != '"')
                    return std::nullopt;
            }
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
    std::size_t open = text::rfind_mark(line, " (");
    if (open == std::string_view::npos)
        return false;
    std::string_view note = line.substr(open + 2, line.size() - open - 3);
    const auto note_words = text::split_ws(note);
    if (note_words.empty() || note_words.size() > 3 || text::length_cp(note) > 16 || !text::has_ascii_digit(note))
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
    // settles it, accented or not, without splitting it. Eight ASCII bytes a step: each lower-case letter's flag,
    // moved one byte up, meets the next byte's upper-case flag; a step holding a byte from 0x80 is read a code point
    // at a time.)
    constexpr std::uint64_t tops = 0x8080808080808080ULL, first_top = 0x80;
    bool maybe = false, lower_before = false;
    for (std::size_t i = 0; i < line.size() && !maybe;) {
        if (i + 8 <= line.size()) {
            if (const std::uint64_t v = text::load8(line.data() + i); (v & tops) == 0) {
                const std::uint64_t upper = text::in_range8(v, 'A', 'Z'), lower = text::in_range8(v, 'a', 'z');
                maybe = ((lower << 8) & upper) != 0 || (lower_before && (upper & first_top) != 0);
                lower_before = (lower >> 63) != 0;
                i += 8;
                continue;
            }
        }
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

// "<ul> List of <img>", "`git rebase` Schritt für Schritt": a technical heading may open with the name of an element
// or a piece of code, an element's name in angle brackets or code in backticks, whatever its case.
bool opens_with_code_name(std::string_view line) {
    const std::size_t most = 30; // bytes of the name
    if (line.size() < 3 || (line[0] != '<' && line[0] != '`'))
        return false;
    const char close = line[0] == '<' ? '>' : '`';
    const std::size_t end = line.find(close, 1);
    if (end == std::string_view::npos || end == 1 || end > most)
        return false;
    // (An element's name is letters, digits and hyphens: "<3 the new site>" is no name.)
    const std::string_view name = line.substr(1, end - 1);
    return close == '`' || std::all_of(name.begin(), name.end(), [](char c) {
               return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '-';
           });
}

// heading_like() but for the glued page elements, which cost more to rule out than the rest: asked last.
bool heading_shape(const Block& b) {
    // (The counts first; the code points are counted last, and only when the bytes do not settle it.)
    if (b.words == 0 || b.words > 14 || b.urls > 0 || b.separators > 0 || b.boilerplate)
        return false;
    if (quoted_title_with_note(b.text))
        return text::length_cp(b.text) <= 100;
    // "‘Record’ harvest in the valley", "«Non» au projet": a heading may open with a quotation mark, but a line
    // that is one whole quotation ("‘We need to listen’") is somebody's words (only where it stands may make a few
    // quoted words a heading: quoted_title()).
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
    // "¿Qué justicia?", "¡Por fin en casa!": a Spanish question or exclamation opens with its inverted mark.
    start = after_heading_mark(start);
    for (std::string_view inverted : {"¿", "¡"})
        if (start.size() > inverted.size() && start.starts_with(inverted))
            start.remove_prefix(inverted.size());
    if (!text::starts_upper(start) && !text::is_digit(static_cast<unsigned char>(start[0])) &&
        !opens_with_code_name(start))
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

// "📌 What matters now", "▶ Was jetzt passiert", "→ Lo que viene", "#3 The opposition's criticism": a heading may
// open with a mark, a pictograph, an arrow or "#" and a number, then a space; the words after it are the heading.
// A list's bullets ("• ", "- ", "► ", bullet_mark()) and a checklist's ticks and crosses ("✓ Done") open no heading.
// Returns the line after the mark, or the line as it is.
std::string_view after_heading_mark(std::string_view line) {
    if (line.size() < 4)
        return line;
    std::size_t at = 0;
    if (line[0] == '#') {
        at = 1;
        while (at < line.size() && text::is_digit(static_cast<unsigned char>(line[at])))
            ++at;
        if (at == 1 || at > 4)
            return line;
    } else {
        if (static_cast<unsigned char>(line[0]) < 0xE2 || !bullet_mark(line).empty())
            return line;
        const char32_t cp = text::next_cp(line, at);
        const bool pictograph = cp >= 0x1F300 && cp <= 0x1FAFF;
        const bool arrow = (cp >= 0x2190 && cp <= 0x21FF) || (cp >= 0x27F0 && cp <= 0x27FF) || cp == 0x27A1;
        const bool symbol = (cp >= 0x2600 && cp <= 0x26FF) || cp == 0x25B6 || cp == 0x25B8;
        if (!pictograph && !arrow && !symbol)
            return line;
        // (The emoji form's variation selector, U+FE0F, may follow the mark.)
        if (line.substr(at).starts_with("\xEF\xB8\x8F"))
            at += 3;
    }
    if (at + 1 >= line.size() || line[at] != ' ')
        return line;
    return line.substr(at + 1);
}

bool heading_like(const Block& b) {
    return heading_shape(b) && !glued_elements(b.text);
}

bool opens_with_heading_mark(std::string_view line) {
    if (after_heading_mark(line).size() != line.size())
        return true;
    // "I. The background", "IV. Die Kritik": a roman numeral (four letters at most) and a dot, then the heading.
    const std::size_t most = 4;
    std::size_t at = 0;
    while (at < line.size() && at < most && std::string_view("IVX").find(line[at]) != std::string_view::npos)
        ++at;
    return at > 0 && line.size() > at + 2 && line[at] == '.' && line[at + 1] == ' ' && text::starts_upper(line.substr(at + 2));
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

bool live_coverage_link(const Block& b) {
    // "BBC News Live updates from the port strike", "Liveticker zum Hafenstreik": a line of a few words naming the
    // paper's live coverage (lexicon section live_coverage) is the link to it, set in the text.
    const int most_words = 8;
    if (b.words < 2 || b.words > most_words || b.end_punct)
        return false;
    // (The phrases of all the languages by their first word, gathered once: each word of the line is looked up once,
    // not every phrase searched for along the line. An empty phrase, were there one, is found in any line with a word.)
    struct ByFirstWord {
        StringMap<std::vector<LexiconWords>> phrases;
        bool any_empty = false;
    };
    static const ByFirstWord live = [] {
        ByFirstWord out;
        for (const auto& phrase : any_language_section("live_coverage").phrases()) { // (merged once)
            if (phrase.empty())
                out.any_empty = true;
            else
                out.phrases[std::string(phrase.front())].push_back(phrase);
        }
        return out;
    }();
    const auto& words = b.lower_words();
    if (live.any_empty && !words.empty())
        return true;
    for (auto at = words.begin(); at != words.end(); ++at) {
        auto it = live.phrases.find(*at);
        if (it == live.phrases.end())
            continue;
        for (const LexiconWords phrase : it->second)
            if (phrase.size() <= static_cast<std::size_t>(words.end() - at) &&
                std::equal(phrase.begin(), phrase.end(), at))
                return true;
    }
    return false;
}

std::string_view without_closing_arrow(std::string_view s) {
    s = text::trim(s);
    for (bool more = true; more;) {
        more = false;
        for (std::string_view mark : {"›", "»", ">", "→", "!"})
            if (s.ends_with(mark)) {
                s = text::trim(s.substr(0, s.size() - mark.size()));
                more = true;
            }
    }
    return s;
}

bool section_label(const Block& label, const Block& next) {
    // "Opinión / Más en Opinión ›", "Sport / More in Sport", "Kultur / Mehr aus Kultur »": a section's label over the
    // link to more of the section (lexicon section section_more_links) heads the section's teasers on a front page.
    if (label.words == 0 || label.words > 4 || label.end_punct || next.words > label.words + 4)
        return false;
    const std::string_view rest = without_closing_arrow(next.lower);
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
        first.words + second.words > most_words || first.lower_words().empty() || first.urls > 0 || second.urls > 0 ||
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
    return (stopword_languages(first.lower_words().back()) & bit) != 0;
}

bool question_heading(const Block& b) {
    // "What now?", "Warum jetzt?", "¿Y ahora qué?": a short question heads a section too. The number of a numbered
    // question ("3. When will the first payment arrive?", "2) Wer bekommt das Geld?") is no word of it: a list of
    // questions does not lose the one whose number made it a word too long.
    const std::string_view t = b.text;
    const bool numbered = item_number_length(t) > 0;
    // ("Comment résilier ?": French sets its question mark apart by a space, and it is no word of the question.)
    const bool spaced_mark = t.size() >= 2 && t[t.size() - 2] == ' ';
    return b.words - (numbered ? 1 : 0) - (spaced_mark ? 1 : 0) <= 6 && !t.empty() && t.back() == '?';
}

bool quoted_title(const Block& b) {
    return !quoted_title_words(b).empty();
}

std::string_view quoted_title_words(const Block& b) {
    // "‘We need to listen’", "«Wir sind alle Geschöpfe Gottes»", "“Haré todo lo necesario”": a few words wholly in
    // quotation marks, the first a capital, no mark of a sentence's end inside ("„Sie haben mich nicht gefragt …“"
    // is a line of dialogue) and no other quotation inside.
    const int least_words = 2, most_words = 8;
    // ("« Nous continuerons »": French sets its guillemets apart from the words by a space, and each counts as a word.)
    const int spaced_marks = 2;
    if (b.words < least_words || b.words > most_words + spaced_marks || b.urls > 0 || b.separators > 0 || b.cells)
        return {};
    const std::string_view t = b.text;
    std::size_t at = 0, end = t.size();
    const char32_t first = text::next_cp(t, at);
    const char32_t last = text::prev_cp(t, end);
    // ("»Ein Plan für den Hafen«", "›Kein Zurück‹": German books and some papers turn the guillemets inward.)
    const bool inward = (first == 0xBB && last == 0xAB) || (first == 0x203A && last == 0x2039);
    if (at >= end || (!inward && (!(text::is_open_quote(first) || first == '"' || first == '\'') ||
                                  !(text::is_close_quote(last) || last == '"' || last == '\''))))
        return {};
    const int words = b.words - (t[at] == ' ') - (t[end - 1] == ' ');
    if (words < least_words || words > most_words)
        return {};
    const std::string_view inner = text::trim(t.substr(at, end - at));
    if (inner.empty() || !text::starts_upper(inner))
        return {};
    std::size_t before = inner.size();
    const char32_t closing = text::prev_cp(inner, before);
    if (closing == '.' || closing == ',' || closing == ';' || closing == ':' || closing == '!' || closing == '?' ||
        closing == 0x2026)
        return {};
    // (’ inside is an apostrophe: "‘We’re staying’".)
    for (std::size_t k = 0; k < inner.size();)
        if (const char32_t cp = text::next_cp(inner, k); text::is_quote_mark(cp) && cp != 0x2019)
            return {};
    return inner;
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

namespace {

// "«Controlliamo ogni metro. Poi ripariamo.»", "“Checked every metre. Repaired it.”": the whole line a quotation (it
// opens after its mark, `opened`, and closes with one) of two sentences at least, the second opening with a capital
// after a stop: an answer or a statement quoted in the text, however few of its words are stopwords (an Italian or
// Spanish verb names its person without a pronoun). One sentence in quote marks may be a title or a slogan.
bool quoted_sentences(std::string_view line, bool opened) {
    if (!opened)
        return false;
    std::size_t last = line.size() - 1;
    while (last > 0 && (static_cast<unsigned char>(line[last]) & 0xC0) == 0x80)
        --last;
    std::size_t at = last;
    const char32_t close = text::next_cp(line, at);
    if (!text::is_close_quote(close) && close != '"')
        return false;
    for (std::size_t stop = line.find(". "); stop != std::string_view::npos && stop < last;
         stop = line.find(". ", stop + 2))
        if (text::starts_upper(line.substr(stop + 2)))
            return true;
    return false;
}

} // namespace

bool short_sentence(const Block& b, std::string_view language) {
    // "Here is what the new changeset looks like:" before a code block, "The kiwi is a national
    // icon." under a picture: a short sentence of prose inside the article stays text whatever surrounds it.
    if (b.words < 5 || !b.end_punct || b.urls > 0 || b.separators > 0)
        return false;
    // "The doctor calls the candidate “fit” and praises him.": a short line with a quote mark and a verb of saying is
    // rated near good on its own (attributed_quote()), which makes it a short sentence all the more.
    const Quality q = block_quality(b, language);
    const bool quoted = (q == Quality::short_ || q == Quality::near_good) && attributed_quote(b, language);
    if (q != Quality::short_ && !quoted)
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
    // ("Greenpeace: „Das Land stirbt leise.“": a quotation attributed on its line is a sentence, however few of its
    // words are stopwords.)
    return quoted || stopword_density_of(b.stopword_hits(), b.lower_words().size(), language) >= 0.25 ||
           quoted_sentences(b.text, start.data() != b.text.data());
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
    const std::string_view last = text::last_token(line);
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

bool bracketed_line(std::string_view line) {
    // "[Image: Wild bees on a meadow]", "[Video]", "[Bild: Die neue Fähre]": a placeholder that a text copy prints
    // where a picture or a player stood, the whole line in brackets.
    return line.size() >= 2 && line.front() == '[' && line.back() == ']';
}

bool headline_like(const Block& b) {
    // (The counts first; the code points are counted last, and only when the bytes do not settle it.)
    if (b.words < 2 || b.words > 30 || b.urls > 0 || b.separators > 1 || b.boilerplate || navigation_arrow(b.text))
        return false;
    // "每日明報 > 港聞", "Home > Politics": a breadcrumb of two short pieces, three words each at most, no headline.
    if (b.separators == 1)
        for (const std::string_view crumb : {" > ", " \u203a "})
            if (const std::size_t at = b.text.find(crumb); at != std::string::npos) {
                const std::size_t most_words = 3;
                if (text::split_ws(b.text.substr(0, at)).size() <= most_words &&
                    text::split_ws(b.text.substr(at + crumb.size())).size() <= most_words)
                    return false;
            }
    char last = b.text.back();
    if (last == ',' || last == ';' || last == ':')
        return false;
    // "...を表明した。", "...通过验收。": the full stop of Chinese and Japanese closes a sentence, no title.
    if (b.text.ends_with("\u3002"))
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

std::optional<TitleCaseWords> title_case_words(std::string_view line, const LexiconSection& small) {
    TitleCaseWords out;
    std::size_t at = 0;
    for (std::string_view w = text::next_token(line, at); !w.empty(); w = text::next_token(line, at)) {
        char32_t first = 0;
        bool lower = false;
        for (std::size_t i = 0; i < w.size();) {
            const char32_t cp = text::next_cp(w, i);
            if (first == 0 && text::is_letter(cp))
                first = cp;
            lower = lower || text::is_lower(cp);
        }
        if (first == 0) // "&", "/", "2021"
            continue;
        out.lower = out.lower || lower;
        ++out.letter_words;
        if (!text::is_upper(first) && (out.letter_words == 1 || !small.has(text::lower(w))))
            return std::nullopt;
    }
    return out;
}

bool picture_marker_line(const Block& b) {
    if (b.words != 1 || b.end_punct || b.digits > 0) // (the counts first: most lines end here)
        return false;
    static const LexiconSection* markers = common_lexicon().section("picture_markers"); // (looked up once)
    std::string_view low = b.lower;
    if (low.size() > 2 && ((low.front() == '(' && low.back() == ')') || (low.front() == '[' && low.back() == ']')))
        low = low.substr(1, low.size() - 2);
    return markers != nullptr && markers->has(low);
}

} // namespace archive
