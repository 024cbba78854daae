// Small UTF-8 text helpers shared by the stages (no stage logic here).
#pragma once

#include "words.hpp"

#include <algorithm>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace archive::text {

/// Decodes a multibyte code point at s[i] (the slow half of next_cp).
char32_t next_cp_multibyte(std::string_view s, std::size_t& i);
/// Decodes the code point at s[i] (valid UTF-8 assumed, as produced by decode()) and advances i.
inline char32_t next_cp(std::string_view s, std::size_t& i) {
    auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
        ++i;
        return b;
    }
    return next_cp_multibyte(s, i);
}
/// Decodes the code point ending just before s[i] and moves i back to its first byte.
char32_t prev_cp(std::string_view s, std::size_t& i);
/// Appends the UTF-8 encoding of cp.
void append_utf8(std::string& out, char32_t cp);

/// The Unicode classes of code points from U+0080 up (the ASCII cases are answered inline below).
bool is_letter_multibyte(char32_t cp);
bool is_upper_multibyte(char32_t cp);
bool is_lower_multibyte(char32_t cp);
bool is_digit_multibyte(char32_t cp);

/// Ranges of code points that are all letters of no case (Lo), whose category the classes below know without a
/// look-up: the CJK Unified Ideographs (to U+9FEF, all assigned since Unicode 11), hiragana and katakana.
constexpr std::pair<char32_t, char32_t> cjk_ideographs{0x4E00, 0x9FEF}, hiragana{0x3041, 0x3096}, katakana{0x30A1, 0x30FA};

inline bool is_letter(char32_t cp) {
    return cp < 0x80 ? (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z' : is_letter_multibyte(cp);
}
inline bool is_upper(char32_t cp) {
    return cp < 0x80 ? cp >= 'A' && cp <= 'Z' : is_upper_multibyte(cp);
}
inline bool is_lower(char32_t cp) {
    return cp < 0x80 ? cp >= 'a' && cp <= 'z' : is_lower_multibyte(cp);
}
inline bool is_digit(char32_t cp) {
    return cp < 0x80 ? cp >= '0' && cp <= '9' : is_digit_multibyte(cp);
}
inline bool is_space(char32_t cp) {
    return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0xA0 || cp == 0x202F ||
           (cp >= 0x2000 && cp <= 0x200A) || cp == 0x3000;
}
/// Letters, digits, apostrophes inside words and hyphens count as word characters.
inline bool is_word_char(char32_t cp) {
    return is_letter(cp) || is_digit(cp) || (cp >= 0x300 && cp < 0x370);
}

/// Lower-cases the whole string (Unicode simple case folding via utf8proc).
std::string lower(std::string_view s);
/// lower(s) written to `out`, which holds at least 3 * s.size() + 8 bytes (the most it may take); returns its
/// length. For a short piece lower-cased on the stack.
std::size_t lower_into(std::string_view s, char* out);
/// lower(s) kept on the stack when s has at most 80 bytes (a word, a name, a line's start), in a string otherwise:
/// view() holds while the LowerCased lives.
class LowerCased {
public:
    explicit LowerCased(std::string_view s) {
        if (s.size() <= most_on_stack) {
            view_ = std::string_view(buf_, lower_into(s, buf_));
        } else {
            heap_ = lower(s);
            view_ = heap_;
        }
    }
    LowerCased(const LowerCased&) = delete;
    LowerCased& operator=(const LowerCased&) = delete;
    std::string_view view() const { return view_; }

private:
    static constexpr std::size_t most_on_stack = 80;
    char buf_[3 * most_on_stack + 8]; // the most lower_into() writes for it
    std::string heap_;
    std::string_view view_;
};
/// Collapses runs of white space to one ASCII space and trims both ends.
std::string collapse(std::string_view s);
/// Trims ASCII white space from both ends. (Inline: asked some 50,000 times a corpus sample of 52 pages, most often
/// of a line that has nothing to trim, settled by two comparisons.)
inline std::string_view trim(std::string_view s) {
    // (Most ends are a byte above the space, settled by one comparison.)
    auto space = [](char c) {
        return static_cast<unsigned char>(c) <= ' ' && (c == ' ' || c == '\t' || c == '\n' || c == '\r');
    };
    while (!s.empty() && space(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && space(s.back()))
        s.remove_suffix(1);
    return s;
}

/// Splits on white space.
std::vector<std::string_view> split_ws(std::string_view s);
/// The first `max_tokens` tokens of split_ws(s) (all of them when there are fewer).
std::vector<std::string_view> split_ws(std::string_view s, std::size_t max_tokens);
/// Lower-cased word tokens (letters/digits runs, apostrophes kept inside: "l'homme" -> "l", "homme").
std::vector<std::string> words_lower(std::string_view s);
/// words_lower(lowered) for a text that lower() made, faster: its words are lower-case already.
std::vector<std::string> words_of_lowered(std::string_view lowered);
/// words_of_lowered() without SSE2, eight bytes a step: what a build for another processor runs, compiled in every
/// build so that the tests compare it with the fast one.
std::vector<std::string> words_of_lowered_portable(std::string_view lowered);
/// lowered = lower(s) and words = words_of_lowered(lowered), made in one walk over s (what segment() asks of every
/// line: the text is read once, not by lower() and then again by words_of_lowered()).
/// (The words as their places in `lowered`: see Words.)
void lower_with_words(std::string_view s, std::string& lowered, std::vector<WordSpan>& words);
/// The same, lower(s) appended to `lowered` and its words' places (counted from the start of the bytes appended)
/// appended to `words`. Returns how many words the text has. (segment() keeps the lines of a page one after another
/// in one string: a string and a vector of each line's own cost every line an allocation and a free.)
std::size_t append_lower_with_words(std::string_view s, std::string& lowered, std::vector<WordSpan>& words);
/// lower_with_words() without SSE2, for the tests to compare with the fast one (see words_of_lowered_portable).
void lower_with_words_portable(std::string_view s, std::string& lowered, std::vector<WordSpan>& words);
/// The words of words_of_lowered(lowered) one at a time, as views into `lowered`: the next one from byte i on, i
/// moved past it; empty when there is none left.
std::string_view next_word_of_lowered(std::string_view lowered, std::size_t& i);
/// The first `limit` tokens of words_lower(s) (all of them when there are fewer): the rest is not read.
std::vector<std::string> words_lower(std::string_view s, std::size_t limit);
/// The words_lower() tokens one at a time: puts the next one from s[i] in `word` (reusing its buffer), advances i;
/// false when there is none left.
bool next_word_lower(std::string_view s, std::size_t& i, std::string& word);

/// "Déclaré" -> "Declare", "Lucía" -> "Lucia" (with `casefold`: "lucia", "Straße" -> "strasse"): s decomposed and
/// stripped of its combining marks by utf8proc; none for bytes that are not UTF-8.
std::optional<std::string> without_accents(std::string_view s, bool casefold);

/// The first code point of s is an upper-case letter. (Inline: an ASCII first byte, most lines' and words', is
/// settled without a call.)
inline bool starts_upper(std::string_view s) {
    if (s.empty())
        return false;
    std::size_t i = 0;
    return is_upper(next_cp(s, i));
}
/// s starts with prefix, ignoring case (prefix must be lower-case).
bool istarts_with(std::string_view s, std::string_view lower_prefix);

/// Opening quotes: « „ “ ‘ ‚ ‹ 「 『 (“ closes too, as in „…“); not '"' (the caller's, by parity), nor » and ›:
inline bool is_open_quote(char32_t cp) {
    // the German books' »…« and ›…‹ are rarer than «…», so quote_marks.cpp reads them as openers itself, by page.
    return cp == 0xAB || cp == 0x201E || cp == 0x201C || cp == 0x2018 || cp == 0x201A || cp == 0x2039 ||
           cp == 0x300C || cp == 0x300E;
}
inline bool is_close_quote(char32_t cp) {
    return cp == 0xBB || cp == 0x201C || cp == 0x201D || cp == 0x2019 || cp == 0x203A || cp == 0x300D ||
           cp == 0x300F;
}
inline bool is_quote_mark(char32_t cp) {
    return cp == '"' || (cp >= 0xAB && (is_open_quote(cp) || is_close_quote(cp)));
}

/// The first index from `from` whose byte is one of `bytes` (a few ASCII bytes), or std::string_view::npos: the
/// same as s.find_first_of(bytes, from), which asks memchr about every byte of s.
inline std::size_t find_byte_of(std::string_view s, std::string_view bytes, std::size_t from = 0) {
    for (std::size_t i = from; i < s.size(); ++i)
        for (char b : bytes)
            if (s[i] == b)
                return i;
    return std::string_view::npos;
}
/// Counts code points.
std::size_t length_cp(std::string_view s);

/// Eight bytes at p as one integer, the first in the low byte (the scans below step through text eight bytes at once).
inline std::uint64_t load8(const char* p) {
    std::uint64_t v = 0;
    std::memcpy(&v, p, 8);
    return v;
}
/// The n bytes at p, 0 < n < 8, in the low bytes of an integer and zeros above them, without reading past them: two
/// loads of four bytes that overlap, or single bytes (the last bytes of a line, read like the eight-byte steps).
inline std::uint64_t load_short(const char* p, std::size_t n) {
    if (n >= 4) {
        std::uint32_t lo = 0, hi = 0;
        std::memcpy(&lo, p, 4);
        std::memcpy(&hi, p + n - 4, 4);
        return lo | (static_cast<std::uint64_t>(hi) << (8 * (n - 4)));
    }
    std::uint64_t v = static_cast<unsigned char>(p[0]);
    if (n > 1)
        v |= std::uint64_t{static_cast<unsigned char>(p[1])} << 8;
    if (n > 2)
        v |= std::uint64_t{static_cast<unsigned char>(p[2])} << 16;
    return v;
}
/// All eight bytes of v are printable ASCII (0x20..0x7E): no control character, no DEL, no byte from 0x80.
inline bool printable8(std::uint64_t v) {
    constexpr std::uint64_t ones = 0x0101010101010101ULL, tops = 0x8080808080808080ULL;
    // A byte below 0x20 borrows when 0x20 is taken from it (the first such byte always shows); a byte from 0x7F
    // reaches the top bit when 1 is added (or has it already).
    return ((((v - ones * 0x20) & ~v) | (v + ones) | v) & tops) == 0;
}
/// 0x80 in every byte of v that equals b, 0 in the others (exact: no borrow from one byte into the next).
inline std::uint64_t bytes_equal8(std::uint64_t v, unsigned char b) {
    constexpr std::uint64_t ones = 0x0101010101010101ULL, low7 = 0x7F7F7F7F7F7F7F7FULL;
    std::uint64_t x = v ^ (ones * b);
    return ~(((x & low7) + low7) | x | low7);
}
/// Some byte of v is below n, for n up to 0x80.
inline bool any_below8(std::uint64_t v, unsigned char n) {
    constexpr std::uint64_t ones = 0x0101010101010101ULL, tops = 0x8080808080808080ULL;
    return ((v - ones * n) & ~v & tops) != 0;
}
/// 0x80 in each byte of v from lo to hi, 0 in the others, for v of bytes below 0x80 and lo >= 1 (adding to such
/// bytes never carries into the next one).
inline std::uint64_t in_range8(std::uint64_t v, unsigned char lo, unsigned char hi) {
    constexpr std::uint64_t ones = 0x0101010101010101ULL, tops = 0x8080808080808080ULL;
    return (v + ones * (0x80 - lo)) & ~(v + ones * (0x80 - hi - 1)) & tops;
}
/// s is a run of ASCII digits (and not empty): "2026", "07".
inline bool all_ascii_digits(std::string_view s) {
    for (const char c : s)
        if (c < '0' || c > '9')
            return false;
    return !s.empty();
}
/// s has an ASCII digit.
inline bool has_ascii_digit(std::string_view s) {
    std::size_t k = 0;
    // Eight bytes a step: the bytes from 0x80 lose their top bit before the range test (no carry then runs from one
    // byte into the next) and are taken out after it.
    constexpr std::uint64_t tops = 0x8080808080808080ULL;
    for (; k + 8 <= s.size(); k += 8) {
        const std::uint64_t v = load8(s.data() + k);
        if ((in_range8(v & ~tops, '0', '9') & ~v) != 0)
            return true;
    }
    for (; k < s.size(); ++k)
        if (s[k] >= '0' && s[k] <= '9')
            return true;
    return false;
}

/// Eight ASCII bytes lower-cased at once, a capital gaining 0x20: exact up to the first byte from 0x80 (its carries run
/// only toward the bytes after it).
inline std::uint64_t lower8(std::uint64_t v) {
    return v | (in_range8(v, 'A', 'Z') >> 2);
}
/// How many bytes of `mask` are 0x80 (a mask of the scans above, each byte 0x80 or 0): a multiply sums the bits into
/// the top byte (std::popcount is a libgcc call without -mpopcnt).
inline int count8(std::uint64_t mask) {
    return static_cast<int>(((mask >> 7) * 0x0101010101010101ULL) >> 56);
}
/// 0x80 in each byte of v below 0x21 (white space and control characters), 0 in the others: the byte's low seven bits
/// plus 0x5F stay below 0x80 and its top bit is clear.
inline std::uint64_t below_0x21_8(std::uint64_t v) {
    constexpr std::uint64_t ones = 0x0101010101010101ULL, tops = 0x8080808080808080ULL;
    return ~(((v & ~tops) + ones * 0x5F) | v) & tops;
}
/// How many of the eight bytes of v are ASCII letters, for v with printable8(v).
inline int letters8(std::uint64_t v) {
    return count8(in_range8(v | 0x2020202020202020ULL, 'a', 'z')); // 'A'..'Z' -> 'a'..'z'; stays below 0x80
}
/// s up to its first space or colon (all of s when it has neither): the first word of a phrase of the word lists
/// ("by" of "by:", "lire" of "lire aussi"), or of a line to look such phrases up by.
inline std::string_view first_token(std::string_view s) {
    // Eight bytes a step (most first words end within the first eight), the last ones with zeros after them.
    for (std::size_t i = 0; i < s.size(); i += 8) {
        const std::uint64_t v = i + 8 <= s.size() ? load8(s.data() + i) : load_short(s.data() + i, s.size() - i);
        if (const std::uint64_t stop = bytes_equal8(v, ' ') | bytes_equal8(v, ':'); stop != 0)
            return s.substr(0, i + static_cast<std::size_t>(std::countr_zero(stop) / 8));
    }
    return s;
}
/// The next token of split_ws(s) from byte i on, i moved past it; empty (i == s.size()) when there is none. For a
/// loop over a line's tokens without a vector (inline: it runs for every token of a page).
inline std::string_view next_token(std::string_view s, std::size_t& i) {
    // (A byte above the space is settled by one comparison.)
    auto ws = [](char c) { return static_cast<unsigned char>(c) <= ' ' && (c == ' ' || c == '\t' || c == '\n'); };
    const std::size_t n = s.size();
    while (i < n && ws(s[i]))
        ++i;
    const std::size_t start = i;
    // Eight bytes a step up to the first byte below 0x21; from there a byte at a time, since it may be a control
    // character and no space.
    while (i + 8 <= n) {
        std::uint64_t low = below_0x21_8(load8(s.data() + i));
        if (low != 0) {
            i += static_cast<std::size_t>(std::countr_zero(low) / 8);
            break;
        }
        i += 8;
    }
    while (i < n && !ws(s[i]))
        ++i;
    return s.substr(start, i - start);
}
/// The last token of split_ws(s), empty when there is none: read from the end, without splitting the line.
inline std::string_view last_token(std::string_view s) {
    auto ws = [](char c) { return c == ' ' || c == '\t' || c == '\n'; };
    std::size_t end = s.size();
    while (end > 0 && ws(s[end - 1]))
        --end;
    std::size_t begin = end;
    while (begin > 0 && !ws(s[begin - 1]))
        --begin;
    return s.substr(begin, end - begin);
}
/// The first index from i whose byte is not ASCII (>= 0x80), or s.size().
std::size_t ascii_run_end(std::string_view s, std::size_t i);
/// The first index from i whose byte is not printable ASCII (0x20..0x7E), or s.size().
std::size_t printable_run_end(std::string_view s, std::size_t i);

} // namespace archive::text
