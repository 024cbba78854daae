// Quote marks: the marks of every convention paired into the spans of one paragraph (find_quote_spans).
#include "quotes.hpp"
#include "quote_extractor.hpp"
#include "quote_words.hpp"

#include "text.hpp"

#include <algorithm>
#include <array>

namespace archive {

namespace {

// The closing marks an opening mark accepts.
bool closes(char32_t open, char32_t close) {
    switch (open) {
    case 0xAB: return close == 0xBB;                     // « »
    case 0xBB: return close == 0xAB;                     // » « (German books)
    case 0x201E: return close == 0x201C || close == 0x201D; // „ “ (and „ ” as some sites print it)
    case 0x201C: return close == 0x201D;                 // “ ”
    case 0x2018: return close == 0x2019;                 // ‘ ’
    case 0x201A: return close == 0x2018 || close == 0x2019; // ‚ ‘
    case 0x2039: return close == 0x203A;                 // ‹ ›
    case 0x203A: return close == 0x2039;                 // › ‹
    case '"': return close == '"';
    case 0x300C: return close == 0x300D;
    case 0x300E: return close == 0x300F;
    default: return false;
    }
}

bool word_before(std::string_view s, std::size_t at) {
    if (at == 0)
        return false;
    std::size_t i = at;
    return text::is_word_char(text::prev_cp(s, i));
}

bool word_after(std::string_view s, std::size_t after) {
    if (after >= s.size())
        return false;
    std::size_t i = after;
    return text::is_word_char(text::next_cp(s, i));
}

// A mark glued to the end of a word or of its punctuation and followed by no word: it can only close.
bool closing_shaped(std::string_view s, std::size_t at, std::size_t after) {
    if (at == 0 || word_after(s, after))
        return false;
    char b = s[at - 1];
    return word_before(s, at) || b == '.' || b == ',' || b == '!' || b == '?';
}

// “no evidence" / "more hours” / “Mostly False.“ / „Wasser und Wald": pages that mix curly and straight marks, or
// print the opening mark twice, still close the quote with a mark in closing position.
bool closes_mixed(char32_t open, char32_t close) {
    return (open == 0x201C && (close == '"' || close == 0x201C)) || (open == '"' && close == 0x201D) ||
           (open == 0x201E && close == '"');
}

// The spans of find_quote_spans, read at the places next_mark(i) gives: the first place from i where a mark may stand
// (one of quote_mark_byte's bytes), s.size() when none is left. A place that holds no mark, or an apostrophe between
// letters, changes nothing.
// The spans go to `spans`, emptied first (a caller may hand in the room of the last paragraph's).
template <class NextMark>
void spans_at(std::vector<QuoteSpan>& spans, std::string_view s, NextMark next_mark) {
    struct Open {
        char32_t mark;
        std::size_t at, len;
    };
    // (the room of the marks the last paragraph left open, kept: a paragraph with marks opens a few, which in a
    // vector of its own cost it an allocation or two and as many frees)
    thread_local std::vector<Open> stack;
    stack.clear();
    spans.clear();
    // » and › open only when the page has no « / ‹ before them (German book style »…«).
    bool seen_left_guillemet = false, seen_left_single = false;
    std::size_t i = 0;
    while (i < s.size()) {
        i = next_mark(i);
        if (i == s.size())
            break;
        std::size_t at = i;
        char32_t cp = text::next_cp(s, i);
        // `tweet-author="Jane Doe"`, `data-caption='Waves at dawn'`: a straight mark glued after an equals sign
        // opens the value of a markup attribute that leaked into the dump, nobody's words; it and the mark closing
        // it pair with no other mark.
        if ((cp == '"' || cp == '\'') && at > 0 && s[at - 1] == '=') {
            const std::size_t end = s.find(static_cast<char>(cp), i);
            i = end == std::string_view::npos ? s.size() : end + 1;
            continue;
        }
        if (cp == '\'') {
            // "Obama says gun laws are his 'biggest frustration'": a straight single quote opens after a space
            // and before a word, and closes after a word and before a space or punctuation; between two letters
            // ("Clinton's") or after a plural ("the players' union" with nothing open) it is an apostrophe.
            bool space_before = at == 0 || s[at - 1] == ' ' || s[at - 1] == '(' || s[at - 1] == ':';
            bool open_single = !stack.empty() && stack.back().mark == '\'';
            bool after_word = word_before(s, at) || (at > 0 && (s[at - 1] == '.' || s[at - 1] == ',' ||
                                                                 s[at - 1] == '!' || s[at - 1] == '?'));
            if (open_single && after_word && !word_after(s, i)) {
                if (stack.size() == 1)
                    spans.push_back({stack[0].at, at, 1, stack[0].len, true});
                stack.pop_back();
            } else if (space_before && word_after(s, i) && !open_single) {
                stack.push_back({cp, at, 1});
            }
            continue;
        }
        if (!text::is_quote_mark(cp))
            continue;
        std::size_t len = i - at;
        // ’ between letters is an apostrophe (l’homme, don’t), and so is ‘ or ’ glued on both sides.
        if ((cp == 0x2019 || cp == 0x2018) && word_before(s, at) && word_after(s, i))
            continue;
        // "om drie uur ’s nachts", "’t is goed", "the ’90s", "rock ’n’ roll": ’ after a space (or opening the text)
        // and glued to the word after it elides that word's start; a closing mark follows a word, never a space. In
        // "’n’" the mark after the one letter elides too.
        if (cp == 0x2019 && (at == 0 || s[at - 1] == ' ' || s[at - 1] == '(') && word_after(s, i)) {
            if (i + 4 <= s.size() && (s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z' &&
                s.compare(i + 1, 3, "\xE2\x80\x99") == 0 && !word_after(s, i + 4))
                i += 4;
            continue;
        }
        // Close the innermost open quote this mark can close. Real nesting is shallow: looking deeper than a
        // few levels only costs time on pages full of stray marks.
        bool closed = false;
        bool mixed = !stack.empty() && closes_mixed(stack.back().mark, cp) && closing_shaped(s, at, i);
        for (std::size_t k = stack.size(), depth = 0; k-- > 0 && depth < 8; ++depth) {
            if (closes(stack[k].mark, cp) || (mixed && k + 1 == stack.size())) {
                if (cp == '"' && k + 1 != stack.size())
                    break;
                if (k == 0)
                    spans.push_back({stack[0].at, at, len, stack[0].len, true});
                stack.resize(k);
                closed = true;
                break;
            }
        }
        if (closed)
            continue;
        // A « or ‹ that closes nothing opens: the page writes «…» (but "»unhaltbar«. Sie sagte: »Q«": one that
        // closes a » leaves the next » an opening mark).
        if (cp == 0xAB)
            seen_left_guillemet = true;
        if (cp == 0x2039)
            seen_left_single = true;
        // 'a check of [her] vitals" including ...', 'a 13" screen': a straight mark glued to the end of a word
        // that closes nothing is a stray closing mark (its opening one lost) or an inch sign, and opens nothing: as
        // an opening mark it would pair with the next quote's opening mark and quote the writer's words between.
        bool opens = text::is_open_quote(cp) || (cp == '"' && !closing_shaped(s, at, i)) ||
                     (cp == 0xBB && !seen_left_guillemet) || (cp == 0x203A && !seen_left_single);
        // ’ that closes nothing is an apostrophe ("the players’ union").
        if (cp == 0x2019 || (cp == 0x201C && !stack.empty() && stack.back().mark == 0x201E))
            opens = false;
        if (opens && cp == 0x2018 && word_before(s, at))
            opens = false;
        if (opens) {
            if (stack.size() >= 32)
                stack.erase(stack.begin()); // the oldest stray mark will never close
            stack.push_back({cp, at, len});
        }
    }
    // An outer quote still open at the end may run on into the next paragraph.
    if (!stack.empty() && stack.size() == 1 && stack[0].mark != '\'') {
        bool overlaps = !spans.empty() && spans.back().close > stack[0].at;
        if (!overlaps)
            spans.push_back({stack[0].at, s.size(), 0, stack[0].len, false});
    }
    std::sort(spans.begin(), spans.end(), [](const QuoteSpan& a, const QuoteSpan& b) { return a.open < b.open; });
}

} // namespace

std::vector<QuoteSpan> find_quote_spans(std::string_view s) {
    // (the bytes between marks are skipped unread: a continuation byte never takes quote_mark_byte's values, so the scan
    // stops on the first byte of a character)
    std::vector<QuoteSpan> spans;
    spans_at(spans, s, [s](std::size_t i) { return quoting::skip_to(s, i, quoting::quote_mark_byte, "'\"", true); });
    return spans;
}

namespace quoting {

std::vector<QuoteSpan> find_quote_spans(std::string_view s, const std::vector<Word>& ws) {
    std::vector<QuoteSpan> spans;
    find_quote_spans_into(spans, s, ws);
    return spans;
}

void find_quote_spans_into(std::vector<QuoteSpan>& out, std::string_view s, const std::vector<Word>& ws) {
    // A mark is a word of its own (a mark of punctuation); an apostrophe inside a word stands between two letters,
    // where it marks nothing: the marks' words are read, not the bytes between.
    const Word* const words = ws.data();
    const std::size_t n = ws.size();
    std::size_t k = 0;
    spans_at(out, s, [s, words, n, &k](std::size_t i) {
        for (; k < n; ++k)
            if (words[k].punct && words[k].b >= i && quote_mark_byte[static_cast<unsigned char>(s[words[k].b])])
                return words[k].b;
        return s.size();
    });
}

} // namespace quoting

} // namespace archive
