#include "text.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <type_traits>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace archive::text {

char32_t next_cp_multibyte(std::string_view s, std::size_t& i) {
    auto b = static_cast<unsigned char>(s[i]);
    int len = (b >= 0xF0) ? 4 : (b >= 0xE0) ? 3 : (b >= 0xC0) ? 2 : 1;
    if (len == 1 || i + static_cast<std::size_t>(len) > s.size()) {
        ++i;
        return 0xFFFD;
    }
    char32_t cp = b & (0x7F >> len);
    for (int k = 1; k < len; ++k)
        cp = (cp << 6) | (static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]) & 0x3F);
    i += static_cast<std::size_t>(len);
    return cp;
}

char32_t prev_cp(std::string_view s, std::size_t& i) {
    std::size_t start = i;
    do {
        --start;
    } while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80);
    std::size_t j = start;
    char32_t cp = next_cp(s, j);
    i = start;
    return cp;
}

void append_utf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

namespace {

// The code points below U+0800 (ASCII and the two-byte ones: Latin, Greek, Cyrillic, Hebrew, Arabic...), the
// letters of most pages: their lower case and category, looked up here instead of in utf8proc's tables.
struct TwoByteTable {
    std::array<char16_t, 0x800> lower{};
    std::array<std::uint8_t, 0x800> category{};
    std::array<bool, 0x800> word{};
    TwoByteTable() {
        for (char32_t cp = 0; cp < 0x800; ++cp) { // from 0: an overlong two-byte sequence decodes below 0x80
            auto cpi = static_cast<utf8proc_int32_t>(cp);
            lower[cp] = static_cast<char16_t>(utf8proc_tolower(cpi)); // stays below U+10000 (U+023A -> U+2C65)
            category[cp] = static_cast<std::uint8_t>(utf8proc_category(cpi));
            auto c = static_cast<utf8proc_category_t>(category[cp]);
            word[cp] = (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO) || c == UTF8PROC_CATEGORY_ND ||
                       (cp >= 0x300 && cp < 0x370);
        }
    }
};

const TwoByteTable& two_byte() {
    static const TwoByteTable table;
    return table;
}

} // namespace

static utf8proc_category_t category(char32_t cp) {
    if (cp < 0x800)
        return static_cast<utf8proc_category_t>(two_byte().category[cp]);
    // The CJK ideographs and the kana, the letters of Chinese and Japanese pages, every one of them a letter of no
    // case (Lo): answered without a call to utf8proc for each (the tests check the ranges against it).
    if ((cp >= cjk_ideographs.first && cp <= cjk_ideographs.second) || (cp >= hiragana.first && cp <= hiragana.second) ||
        (cp >= katakana.first && cp <= katakana.second))
        return UTF8PROC_CATEGORY_LO;
    return utf8proc_category(static_cast<utf8proc_int32_t>(cp));
}

bool is_letter_multibyte(char32_t cp) {
    auto c = category(cp);
    return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO;
}

bool is_upper_multibyte(char32_t cp) {
    auto c = category(cp);
    return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}

bool is_lower_multibyte(char32_t cp) {
    return category(cp) == UTF8PROC_CATEGORY_LL;
}

bool is_digit_multibyte(char32_t cp) {
    return category(cp) == UTF8PROC_CATEGORY_ND;
}

namespace {

static_assert(std::endian::native == std::endian::little, "the eight-byte steps read bytes in memory order");
constexpr std::uint64_t ones = 0x0101010101010101ULL, tops = 0x8080808080808080ULL;

// 0x80 in each byte of v that is an ASCII letter or digit (a letter when (b | 0x20) is in 'a'..'z'). Exact up to the
// first byte from 0x80, which may carry into the bytes after it.
std::uint64_t ascii_alnum8(std::uint64_t v) {
    return in_range8(v | (ones * 0x20), 'a', 'z') | in_range8(v, '0', '9');
}

char32_t lower_cp(char32_t cp) {
    if (cp < 0x800)
        return two_byte().lower[cp];
    // General punctuation (U+2000..U+206F: the dashes, quote marks and ellipses of most pages) and the CJK blocks
    // (U+3000..U+9FFF: the kana and ideographs of Chinese and Japanese pages), the characters from U+0800 met most,
    // have no case: not looked up.
    if ((cp >= 0x2000 && cp <= 0x206F) || (cp >= 0x3000 && cp <= 0x9FFF))
        return cp;
    return static_cast<char32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(cp)));
}

// Writes the UTF-8 encoding of cp at p (room for four bytes) and returns the end.
char* put_utf8(char* p, char32_t cp) {
    if (cp < 0x80) {
        *p++ = static_cast<char>(cp);
    } else if (cp < 0x800) {
        *p++ = static_cast<char>(0xC0 | (cp >> 6));
        *p++ = static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        *p++ = static_cast<char>(0xE0 | (cp >> 12));
        *p++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        *p++ = static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        *p++ = static_cast<char>(0xF0 | (cp >> 18));
        *p++ = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        *p++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        *p++ = static_cast<char>(0x80 | (cp & 0x3F));
    }
    return p;
}

} // namespace

namespace {

// Lower-cases s to o and returns the end. make_room(o, rest) is called before a stray byte is written as U+FFFD
// (three bytes for one) with the input bytes left after it; it returns o, moved if the buffer grew. Every other code
// point takes at most 1.5 times its bytes (U+023A, two bytes, lower-cases to U+2C65, three), and the eight-byte
// steps write eight bytes whatever they keep: the buffer must hold 1.5 times the input plus eight.
template <class MakeRoom>
char* lower_to(std::string_view s, char* o, MakeRoom make_room) {
    std::size_t i = 0;
    while (i < s.size()) {
        // ASCII eight bytes a step; a step that meets a multibyte character keeps the bytes before it (the carries
        // of lower8 only run toward the later bytes).
        for (; i + 8 <= s.size(); i += 8) {
            std::uint64_t v = load8(s.data() + i);
            std::uint64_t high = v & tops;
            std::uint64_t lowered = lower8(v);
            std::memcpy(o, &lowered, 8);
            if (high != 0) {
                auto ascii = static_cast<std::size_t>(std::countr_zero(high) / 8);
                i += ascii;
                o += ascii;
                break;
            }
            o += 8;
        }
        // The last bytes, fewer than eight (a whole word, often): lowered in one step when all are ASCII.
        if (const std::size_t rest = s.size() - i; rest > 0 && rest < 8) {
            if (const std::uint64_t v = load_short(s.data() + i, rest); (v & tops) == 0) {
                const std::uint64_t lowered = lower8(v);
                std::memcpy(o, &lowered, 8);
                o += rest;
                break;
            }
        }
        for (; i < s.size() && static_cast<unsigned char>(s[i]) < 0x80; ++i) {
            char c = s[i];
            *o++ = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
        }
        if (i == s.size())
            break;
        std::size_t start = i;
        char32_t cp = next_cp_multibyte(s, i);
        if (i - start == 1)
            o = make_room(o, s.size() - i);
        o = put_utf8(o, lower_cp(cp));
    }
    return o;
}

} // namespace

std::size_t lower_into(std::string_view s, char* out) {
    return static_cast<std::size_t>(lower_to(s, out, [](char* o, std::size_t) { return o; }) - out);
}

std::string lower(std::string_view s) {
    // Words and short lines go through a buffer on the stack, three bytes for every input byte (the most any
    // code point takes): the result is built at its size, in the string's own storage when it is short.
    constexpr std::size_t small = 64;
    if (s.size() <= small) {
        char buf[3 * small + 8];
        char* end = lower_to(s, buf, [](char* o, std::size_t) { return o; });
        return std::string(buf, static_cast<std::size_t>(end - buf));
    }
    std::string out;
    out.resize(s.size() + s.size() / 2 + 8);
    char* end = lower_to(s, out.data(), [&out](char* o, std::size_t rest) {
        // Keep room for U+FFFD and 1.5 times the rest.
        auto used = static_cast<std::size_t>(o - out.data());
        std::size_t need = used + 3 + rest + rest / 2 + 8;
        if (need > out.size())
            out.resize(need);
        return out.data() + used;
    });
    out.resize(static_cast<std::size_t>(end - out.data()));
    return out;
}

namespace {

// The byte at s[k] could start a sequence that next_cp() decodes to a white-space code point (U+00A0,
// U+2000..U+200A, U+202F, U+3000, or ASCII in an overlong form: next_cp does not check continuation bytes).
// Conservative: it may say yes for a harmless sequence, never no for a space.
bool may_start_space(std::string_view s, std::size_t k) {
    auto low6 = [&](std::size_t j) { return j < s.size() ? static_cast<unsigned char>(s[j]) & 0x3F : 0xFF; };
    auto c = static_cast<unsigned char>(s[k]);
    if (c < 0xC0)
        return false; // ASCII (checked by the caller) or a continuation byte, which decodes to U+FFFD
    if (k + 1 >= s.size())
        return false; // truncated: U+FFFD
    switch (c) {
    case 0xC0: return true;
    case 0xC2: return low6(k + 1) == 0x20;
    case 0xE0: return k + 2 < s.size() && (low6(k + 1) == 0 || low6(k + 1) == 2);
    case 0xE2: return k + 2 < s.size() && low6(k + 1) == 0 && (low6(k + 2) <= 0x0A || low6(k + 2) == 0x2F);
    case 0xE3: return k + 2 < s.size() && low6(k + 1) == 0 && low6(k + 2) == 0;
    default: return c >= 0xF0 && k + 3 < s.size() && (c & 0x07) == 0 && low6(k + 1) == 0;
    }
}

// collapse(s) == s: no white space but single ASCII spaces between other characters.
bool collapsed_already(std::string_view s) {
    if (s.empty())
        return true;
    if (s.front() == ' ' || s.back() == ' ')
        return false;
    std::size_t k = 0;
    while (k < s.size()) {
        // The last bytes, fewer than eight, are checked with the bytes before them (again: no harm).
        if (k + 8 > s.size() && s.size() >= 8)
            k = s.size() - 8;
        // Eight printable ASCII bytes at once (0x20..0x7F: none below 0x20, none from 0x80): only two spaces in a
        // row, within them or across their end, make a difference.
        if (k + 8 <= s.size()) {
            std::uint64_t v = load8(s.data() + k);
            std::uint64_t below_space = (v - ones * 0x20) & ~v & tops; // may also flag a byte after one: rechecked
            // Bytes from 0x80 too, when none of them may open a white-space character (see may_start_space): the
            // letters of most languages ("\xC3\xA9", "\xD0\x96").
            auto no_space_lead = [v] {
                std::uint64_t from_f0 = v & (v << 1) & (v << 2) & (v << 3) & tops;
                return (bytes_equal8(v, 0xC0) | bytes_equal8(v, 0xC2) | bytes_equal8(v, 0xE0) | bytes_equal8(v, 0xE2) |
                        bytes_equal8(v, 0xE3) | from_f0) == 0;
            };
            if (((v | below_space) & tops) == 0 || (below_space == 0 && no_space_lead())) {
                std::uint64_t sp = bytes_equal8(v, ' ');
                if ((sp & (sp >> 8)) != 0 || ((sp >> 63) != 0 && k + 8 < s.size() && s[k + 8] == ' '))
                    return false;
                k += 8;
                continue;
            }
        }
        // Otherwise a byte at a time, up to the next chunk.
        for (std::size_t stop = std::min(s.size(), k + 8); k < stop; ++k) {
            auto c = static_cast<unsigned char>(s[k]);
            if (c == ' ') {
                if (s[k + 1] == ' ') // k + 1 < s.size(): the last byte is not a space
                    return false;
            } else if (c == '\t' || c == '\n' || c == '\r' || may_start_space(s, k)) {
                return false;
            }
        }
    }
    return true;
}

constexpr bool ascii_alnum(unsigned char c) {
    return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

// Byte -> the lower-case ASCII letter or digit it is, or 0.
constexpr std::array<char, 256> ascii_word_lower = [] {
    std::array<char, 256> t{};
    for (int c = 0; c < 128; ++c)
        if (ascii_alnum(static_cast<unsigned char>(c)))
            t[static_cast<std::size_t>(c)] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    return t;
}();

// The first index from i whose byte is not an ASCII letter or digit (or s.size()), eight bytes a step (a byte from
// 0x80 stops the run before any carry of its own reaches the bytes after it).
std::size_t ascii_alnum_end(std::string_view s, std::size_t i) {
    for (; i + 8 <= s.size(); i += 8) {
        std::uint64_t v = load8(s.data() + i);
        if (std::uint64_t stop = (~ascii_alnum8(v) | v) & tops; stop != 0)
            return i + static_cast<std::size_t>(std::countr_zero(stop) / 8);
    }
    while (i < s.size() && ascii_word_lower[static_cast<unsigned char>(s[i])] != 0)
        ++i;
    return i;
}

} // namespace

std::string collapse(std::string_view s) {
    if (collapsed_already(s))
        return std::string(s);
    // An indented line, or one with spaces after its end, is collapsed once those are trimmed. (Unless one of its
    // last three bytes is not ASCII: a stray lead byte there would take the white space after it into its character.)
    std::string_view t = trim(s);
    auto ascii_end = [t] {
        for (std::size_t k = t.size() > 3 ? t.size() - 3 : 0; k < t.size(); ++k)
            if (static_cast<unsigned char>(t[k]) >= 0x80)
                return false;
        return true;
    };
    if (t.size() < s.size() && ascii_end() && collapsed_already(t))
        return std::string(t);
    // The output is never longer than the input: written in place into a string of the input's size (appending
    // each word would cost a call).
    std::string out(s.size(), '\0');
    char* const begin = out.data();
    char* o = begin;
    bool pending_space = false;
    std::size_t i = 0;
    auto ascii_space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    while (i < s.size()) {
        std::size_t start = i;
        if (static_cast<unsigned char>(s[i]) < 0x80) {
            if (ascii_space(s[i])) {
                ++i;
                pending_space = o != begin;
                continue;
            }
            // A run of ASCII that is not white space is copied at once.
            while (i < s.size() && static_cast<unsigned char>(s[i]) < 0x80 && !ascii_space(s[i]))
                ++i;
        } else if (is_space(next_cp_multibyte(s, i))) {
            pending_space = o != begin;
            continue;
        }
        if (pending_space) {
            *o++ = ' ';
            pending_space = false;
        }
        for (std::size_t k = start; k < i; ++k)
            *o++ = s[k];
    }
    out.resize(static_cast<std::size_t>(o - begin));
    return out;
}

std::string_view trim(std::string_view s) {
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

// The most entries a buffer of words kept from call to call keeps (1 MiB of views, the words of a text of some
// 130 KB): the room of a longer text is given back, so that a kept buffer stays small.
constexpr std::size_t kept_spans_most = std::size_t{1} << 16;

std::vector<std::string_view> split_ws(std::string_view s) {
    return split_ws(s, s.size());
}

std::vector<std::string_view> split_ws(std::string_view s, std::size_t max_tokens) {
    // The tokens go to a buffer kept from call to call, with room for the most a text can hold (a byte and a space
    // each), and are copied at their number: a push_back checked a vector's room for every token.
    thread_local std::vector<std::string_view> buf;
    const std::size_t most = std::min(max_tokens, s.size() / 2 + 1);
    if (buf.size() < most)
        buf.resize(most);
    std::size_t n = 0, i = 0;
    while (n < most) {
        std::string_view tok = next_token(s, i);
        if (tok.empty())
            break;
        buf[n++] = tok;
    }
    std::vector<std::string_view> out(buf.begin(), buf.begin() + static_cast<std::ptrdiff_t>(n));
    if (buf.size() > kept_spans_most)
        std::vector<std::string_view>().swap(buf); // (the room of a very long text given back: see kept_spans_most)
    return out;
}

bool next_word_lower(std::string_view s, std::size_t& i, std::string& word) {
    word.clear();
    while (i < s.size()) {
        auto b = static_cast<unsigned char>(s[i]);
        if (b < 0x80) {
            if (!ascii_alnum(b)) {
                ++i;
                if (!word.empty())
                    return true;
                continue;
            }
            // A run of ASCII letters and digits is appended at once, then lower-cased eight bytes a step.
            std::size_t start = i;
            i = std::max(ascii_alnum_end(s, i), start + 1); // s[start] is one: always a step forward
            std::size_t at = word.size();
            word.append(s.data() + start, i - start);
            char* w = word.data();
            for (; at + 8 <= word.size(); at += 8) {
                std::uint64_t v = lower8(load8(w + at));
                std::memcpy(w + at, &v, 8);
            }
            for (; at < word.size(); ++at)
                w[at] = ascii_word_lower[static_cast<unsigned char>(w[at])];
            continue;
        }
        char32_t cp = next_cp_multibyte(s, i);
        bool word_char = cp < 0x800 ? two_byte().word[cp] : is_word_char(cp);
        if (word_char) {
            char buf[4];
            word.append(buf, static_cast<std::size_t>(put_utf8(buf, lower_cp(cp)) - buf));
        } else if (!word.empty()) {
            return true;
        }
    }
    return !word.empty();
}

std::vector<std::string> words_lower(std::string_view s) {
    return words_lower(s, s.size() + 1);
}

namespace {

// next_word_of_lowered(), inlined into words_of_lowered().
inline std::string_view take_word_of_lowered(std::string_view lowered, std::size_t& i) {
    // next_word_lower()'s words, each a run of word characters, lower-cased again to themselves: taken as they are.
    const std::size_t n = lowered.size();
    auto word_char = [](char32_t cp) { return cp < 0x800 ? two_byte().word[cp] : is_word_char(cp); };
    while (i < n) {
        // To the next word's first character.
        if (auto b = static_cast<unsigned char>(lowered[i]); b < 0x80) {
            if (ascii_word_lower[b] == 0) {
                ++i;
                continue;
            }
        } else {
            std::size_t at = i;
            if (!word_char(next_cp_multibyte(lowered, i)))
                continue;
            i = at;
        }
        // Its runs of ASCII letters and digits eight bytes a step, and its other characters one at a time, up to the
        // first character of no word (looked at again by the next call).
        const std::size_t start = i;
        for (;;) {
            i = ascii_alnum_end(lowered, i);
            if (i == n || static_cast<unsigned char>(lowered[i]) < 0x80)
                break;
            std::size_t at = i;
            if (!word_char(next_cp_multibyte(lowered, i))) {
                i = at;
                break;
            }
        }
        return lowered.substr(start, i - start);
    }
    return {};
}

} // namespace

std::string_view next_word_of_lowered(std::string_view lowered, std::size_t& i) {
    return take_word_of_lowered(lowered, i);
}

namespace {

// Bit k set: byte k of v is an ASCII letter or digit, for v without a byte from 0x80 (no range test carries out of
// a byte below 0x80).
unsigned ascii_alnum_bits8(std::uint64_t v) {
    // The top bit of each byte gathered into the top byte by one multiplication.
    return static_cast<unsigned>(((ascii_alnum8(v) >> 7) * 0x0102040810204080ULL) >> 56);
}

// The masks of sixteen bytes for words_of_lowered(): bit k of `alnum` set when byte k is an ASCII letter or digit,
// bit k of `high` when it is from 0x80. `alnum` is exact up to the first byte from 0x80, which is all the caller
// reads of it.
struct Masks16 {
    unsigned alnum, high;
};

#if defined(__SSE2__)
// The bytes of x from lo to hi (-1 each, 0 for the others, whatever the byte): moved to the bottom of the signed bytes
// (lo to -128), where one comparison finds them. (An add and a comparison, where one comparison with each end costs
// two and an and.)
__m128i in_range16(__m128i x, char lo, char hi) {
    const __m128i moved = _mm_add_epi8(x, _mm_set1_epi8(static_cast<char>(-128 - lo)));
    return _mm_cmpgt_epi8(_mm_set1_epi8(static_cast<char>(-127 + (hi - lo))), moved);
}
#endif

template <bool wide>
Masks16 masks16(const char* p) {
#if defined(__SSE2__)
    if constexpr (wide) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
        const __m128i letters = in_range16(_mm_or_si128(v, _mm_set1_epi8(0x20)), 'a', 'z');
        const __m128i digits = in_range16(v, '0', '9');
        return {static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(letters, digits))),
                static_cast<unsigned>(_mm_movemask_epi8(v))};
    }
#else
    static_assert(!wide, "the sixteen-byte masks need SSE2");
#endif
    // (Two eight-byte steps; each half's carries run only past its first byte from 0x80.)
    const std::uint64_t lo = load8(p), hi = load8(p + 8);
    auto high_bits8 = [](std::uint64_t v) {
        return static_cast<unsigned>((((v & tops) >> 7) * 0x0102040810204080ULL) >> 56);
    };
    return {ascii_alnum_bits8(lo) | ascii_alnum_bits8(hi) << 8, high_bits8(lo) | high_bits8(hi) << 8};
}

// The places of a line's words written one after another into an array that has room for all of them (see
// lower_with_words_as): no check of a vector's room for every word.
struct SpanSink {
    WordSpan* next;
};

// The words of a text read as masks of its word bytes, for words_of_lowered() and lower_with_words(): each edge (a
// word byte after another byte or the line's start, or the other way round) opens or closes a word, copied from
// `text` into `out` when it closes, or its place in `text` put there (`Out` a std::vector<WordSpan> or a SpanSink). (One place
// that builds the words, which the compiler then builds in the loop instead of calling a function for each; inlined
// by force, as the lambdas it replaces were: called from two functions, the compiler would otherwise call at_edges()
// for every step, +3% of all instructions.)
template <class Out>
class WordEdges {
public:
    WordEdges(const char* text, Out& out) : text_(text), out_(out) {}
    bool in_word() const { return start_ != none; }
    [[gnu::always_inline]] void at_edge(std::size_t k) {
        if (start_ == none) {
            start_ = k;
            return;
        }
        add_word(start_, k);
        start_ = none;
    }
    /// The edges of a step's mask of word bytes from byte `at`, `bits` of them read (those before a byte from 0x80).
    [[gnu::always_inline]] void at_edges(std::size_t at, unsigned word_bytes, unsigned bits) {
        // Bit k: byte k is inside a word and byte k - 1 is not, or the other way round.
        unsigned edges = (word_bytes ^ ((word_bytes << 1) | (in_word() ? 1u : 0u))) & ((1u << bits) - 1);
        auto next_edge = [&edges, at] {
            const std::size_t k = at + static_cast<std::size_t>(std::countr_zero(edges));
            edges &= edges - 1;
            return k;
        };
        // The edges open and close the words in turn: after the word open at the step's start is closed, they come
        // in pairs, each a word of the step, added without asking at every edge whether a word is open.
        if (edges != 0 && in_word()) {
            add_word(start_, next_edge());
            start_ = none;
        }
        while (edges != 0) {
            const std::size_t open = next_edge();
            if (edges == 0) {
                start_ = open; // (closed by a later step)
                return;
            }
            add_word(open, next_edge());
        }
    }
    /// Closes the last word at the text's end.
    void finish(std::size_t end) {
        if (in_word())
            at_edge(end);
    }

private:
    static constexpr std::size_t none = std::string_view::npos;
    /// Adds the word from byte `start` to byte `end` (not included).
    [[gnu::always_inline]] void add_word(std::size_t start, std::size_t end) {
        if constexpr (std::is_same_v<Out, SpanSink>)
            *out_.next++ = {static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(end - start)};
        else if constexpr (std::is_same_v<Out, std::vector<WordSpan>>)
            out_.push_back({static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(end - start)});
        else
            out_.emplace_back(text_ + start, end - start);
    }
    const char* text_;
    Out& out_;
    std::size_t start_ = none; // where the word being read starts, `none` between words
};

// words_of_lowered() into `out` (the words or their places), its sixteen-byte steps read with SSE2 (`wide`) or as
// two eight-byte steps.
template <bool wide, class Out>
void words_of_lowered_into(std::string_view lowered, Out& out) {
    // The words are the longest runs of word characters (next_word_of_lowered's): ASCII is read sixteen, then eight
    // bytes a step, each step a mask of its letters and digits whose edges open and close the words; any other
    // character is looked at alone.
    out.reserve(lowered.size() / 4 + 2); // a word in four bytes: growing moves every string
    const char* const p = lowered.data();
    const std::size_t n = lowered.size();
    WordEdges<Out> edges(p, out);
    const TwoByteTable* table = nullptr; // two_byte(), asked for at the first two-byte character
    std::size_t i = 0;
    while (i < n) {
        if (i + 16 <= n) {
            const Masks16 m = masks16<wide>(p + i);
            // The ASCII bytes before the first from 0x80 (all sixteen, mostly); that one is read alone below.
            const auto ascii = static_cast<unsigned>(std::countr_zero(m.high | 0x10000u));
            edges.at_edges(i, m.alnum, ascii);
            i += ascii;
            if (ascii == 16)
                continue;
        } else if (i + 8 <= n) {
            std::uint64_t v = load8(p + i);
            if ((v & tops) == 0) {
                edges.at_edges(i, ascii_alnum_bits8(v), 8);
                i += 8;
                continue;
            }
        }
        const std::size_t at = i;
        bool word = false;
        auto continuation = [p](std::size_t k) { return (static_cast<unsigned char>(p[k]) & 0xC0) == 0x80; };
        if (auto b = static_cast<unsigned char>(p[i]); b < 0x80) {
            word = ascii_word_lower[b] != 0;
            ++i;
        } else if (b >= 0xC2 && b <= 0xDF && i + 1 < n && continuation(i + 1)) {
            // A valid two-byte character (the accented letters of most pages): the code point next_cp_multibyte
            // decodes, read here, the table asked for once.
            if (table == nullptr)
                table = &two_byte();
            word = table->word[(char32_t{b} & 0x1F) << 6 | (static_cast<unsigned char>(p[i + 1]) & 0x3F)];
            i += 2;
        } else if (b == 0xE2 && i + 2 < n && continuation(i + 2) &&
                   (static_cast<unsigned char>(p[i + 1]) == 0x80 ||
                    (static_cast<unsigned char>(p[i + 1]) == 0x81 && static_cast<unsigned char>(p[i + 2]) <= 0xAF))) {
            i += 3; // general punctuation (U+2000..U+206F: dashes, quote marks) holds no word character
        } else {
            char32_t cp = next_cp_multibyte(lowered, i);
            word = cp < 0x800 ? two_byte().word[cp] : is_word_char(cp);
        }
        if (word != edges.in_word())
            edges.at_edge(at);
    }
    edges.finish(n);
}

template <bool wide>
std::vector<std::string> words_of_lowered_as(std::string_view lowered) {
    std::vector<std::string> out;
    words_of_lowered_into<wide>(lowered, out);
    return out;
}

// The sixteen bytes at p lower-cased to o (o may be p), exact up to the first byte from 0x80 (the bytes after it are
// written too, of no use).
template <bool wide>
void lower16(const char* p, char* o) {
#if defined(__SSE2__)
    if constexpr (wide) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
        const __m128i capitals = in_range16(v, 'A', 'Z');
        _mm_storeu_si128(reinterpret_cast<__m128i*>(o),
                         _mm_or_si128(v, _mm_and_si128(capitals, _mm_set1_epi8(0x20))));
        return;
    }
#endif
    const std::uint64_t lo = lower8(load8(p)), hi = lower8(load8(p + 8));
    std::memcpy(o, &lo, 8);
    std::memcpy(o + 8, &hi, 8);
}

// lower_with_words(), its sixteen-byte steps read with SSE2 (`wide`) or as two eight-byte steps. Returns false, with
// `lowered` and `words` left to the caller, when the text holds a character it leaves to lower() and
// words_of_lowered() (one of four bytes, a stray byte: rare, and U+FFFD may grow a byte to three).
template <bool wide>
bool lower_with_words_as(std::string_view s, std::string& lowered, std::vector<WordSpan>& words) {
    // The steps of words_of_lowered() over the text as lower() writes it: each ASCII step lower-cased in place in the
    // output, its word edges those of its letters and digits (lower-casing keeps them letters and digits); any other
    // character lower-cased alone and its word test asked of the code point written (what words_of_lowered decodes
    // there). A word's place in the output is kept once it ends.
    thread_local std::string out_buf; // (grown once, kept: lowered gets the bytes at their size)
    const std::size_t n = s.size();
    // Every code point of at most three bytes lower-cases to at most 1.5 times its bytes (U+023A, two bytes, to
    // U+2C65, three); a step writes sixteen bytes whatever it keeps.
    if (out_buf.size() < n + n / 2 + 16)
        out_buf.resize(n + n / 2 + 16);
    char* const o = out_buf.data();
    const char* const p = s.data();
    // The places go to a buffer kept too, with room for the most words the output can hold (a word and a byte
    // between two words), and are copied at their number: checking a vector's room for each word cost more.
    thread_local std::vector<WordSpan> spans;
    if (spans.size() < out_buf.size() / 2 + 1)
        spans.resize(out_buf.size() / 2 + 1);
    SpanSink sink{spans.data()};
    WordEdges<SpanSink> edges(o, sink); // (at the output's offsets, which lowered keeps)
    const TwoByteTable* table = nullptr; // two_byte(), asked for at the first multibyte character
    auto continuation = [p](std::size_t k) { return (static_cast<unsigned char>(p[k]) & 0xC0) == 0x80; };
    std::size_t i = 0, w = 0; // read from s[i], written to o[w]
    while (i < n) {
        const char* step = p + i;
        unsigned rest = 16;
        alignas(16) char tail[16]; // the last bytes, fewer than sixteen, with zeros after them (no letter or digit)
        if (i + 16 > n) {
            rest = static_cast<unsigned>(n - i);
            std::uint64_t lo = 0, hi = 0;
            if (rest >= 8) {
                lo = load8(p + i);
                if (rest > 8)
                    hi = load_short(p + i + 8, rest - 8);
            } else {
                lo = load_short(p + i, rest);
            }
            std::memcpy(tail, &lo, 8);
            std::memcpy(tail + 8, &hi, 8);
            step = tail;
        }
        const Masks16 m = masks16<wide>(step);
        lower16<wide>(step, o + w);
        // The ASCII bytes before the first from 0x80 (all of them, mostly); that one is read alone below.
        const unsigned ascii = std::min(static_cast<unsigned>(std::countr_zero(m.high | 0x10000u)), rest);
        edges.at_edges(w, m.alnum, ascii);
        i += ascii;
        w += ascii;
        if (ascii == rest)
            continue;
        const auto b = static_cast<unsigned char>(p[i]);
        char32_t cp = 0;
        if (b >= 0xC2 && b <= 0xDF && i + 1 < n && continuation(i + 1)) {
            cp = (char32_t{b} & 0x1F) << 6 | (static_cast<unsigned char>(p[i + 1]) & 0x3F);
            i += 2;
        } else if (b >= 0xE0 && b <= 0xEF && i + 2 < n && continuation(i + 1) && continuation(i + 2)) {
            cp = (char32_t{b} & 0x0F) << 12 | (char32_t{static_cast<unsigned char>(p[i + 1])} & 0x3F) << 6 |
                 (static_cast<unsigned char>(p[i + 2]) & 0x3F);
            i += 3;
        } else {
            return false;
        }
        if (table == nullptr)
            table = &two_byte();
        const char32_t low = cp < 0x800 ? char32_t{table->lower[cp]} : lower_cp(cp); // (lower_cp's table, at hand)
        if (low >= 0x10000)
            return false;
        const bool word = low < 0x80 ? ascii_word_lower[low] != 0 : low < 0x800 ? table->word[low] : is_word_char(low);
        if (word != edges.in_word())
            edges.at_edge(w);
        w = static_cast<std::size_t>(put_utf8(o + w, low) - o);
    }
    edges.finish(w);
    lowered.assign(o, w);
    words.assign(spans.data(), sink.next);
    if (spans.size() > kept_spans_most)
        std::vector<WordSpan>().swap(spans); // (the room of a very long line given back: see kept_spans_most)
    return true;
}

// lower_with_words_as(), or lower() and words_of_lowered() for a text it leaves to them.
template <bool wide>
void lower_with_words_or_not(std::string_view s, std::string& lowered, std::vector<WordSpan>& words) {
    words.clear();
    if (!lower_with_words_as<wide>(s, lowered, words)) {
        lowered = lower(s);
        words.clear();
        words_of_lowered_into<wide>(lowered, words);
    }
}

} // namespace

void lower_with_words(std::string_view s, std::string& lowered, std::vector<WordSpan>& words) {
#if defined(__SSE2__)
    lower_with_words_or_not<true>(s, lowered, words);
#else
    lower_with_words_or_not<false>(s, lowered, words);
#endif
}

void lower_with_words_portable(std::string_view s, std::string& lowered, std::vector<WordSpan>& words) {
    lower_with_words_or_not<false>(s, lowered, words);
}

std::vector<std::string> words_of_lowered(std::string_view lowered) {
#if defined(__SSE2__)
    return words_of_lowered_as<true>(lowered);
#else
    return words_of_lowered_as<false>(lowered);
#endif
}

std::vector<std::string> words_of_lowered_portable(std::string_view lowered) {
    return words_of_lowered_as<false>(lowered);
}

std::vector<std::string> words_lower(std::string_view s, std::size_t limit) {
    // Each word is built in its place in the vector (no copy), with room reserved for a word in four bytes.
    std::vector<std::string> out;
    out.reserve(std::min(s.size() / 4 + 2, limit));
    for (std::size_t i = 0; out.size() < limit;) {
        std::string& word = out.emplace_back();
        if (!next_word_lower(s, i, word)) {
            out.pop_back();
            return out;
        }
    }
    return out;
}

bool starts_upper(std::string_view s) {
    if (s.empty())
        return false;
    std::size_t i = 0;
    return is_upper(next_cp(s, i));
}

bool istarts_with(std::string_view s, std::string_view lower_prefix) {
    if (s.size() < lower_prefix.size())
        return false;
    // Compare on a lower-cased copy of a prefix long enough for the multibyte case.
    return lower(s.substr(0, lower_prefix.size() + 4)).compare(0, lower_prefix.size(), lower_prefix) == 0;
}

std::size_t length_cp(std::string_view s) {
    // Every byte but the continuation bytes (10xxxxxx) starts a code point; eight bytes a step.
    std::size_t continuation = 0, k = 0;
    for (; k + 8 <= s.size(); k += 8) {
        std::uint64_t v = load8(s.data() + k);
        continuation += static_cast<std::size_t>(count8((v & ~(v << 1)) & tops)); // bit 7 set, bit 6 clear
    }
    for (; k < s.size(); ++k)
        continuation += (static_cast<unsigned char>(s[k]) & 0xC0) == 0x80;
    return s.size() - continuation;
}

} // namespace archive::text

namespace archive::text {

std::size_t ascii_run_end(std::string_view s, std::size_t i) {
    for (; i + 8 <= s.size(); i += 8)
        if (std::uint64_t high = load8(s.data() + i) & tops; high != 0)
            return i + static_cast<std::size_t>(std::countr_zero(high) / 8);
    while (i < s.size() && static_cast<unsigned char>(s[i]) < 0x80)
        ++i;
    return i;
}

std::size_t printable_run_end(std::string_view s, std::size_t i) {
    for (; i + 8 <= s.size() && printable8(load8(s.data() + i)); i += 8) {
    }
    auto printable = [](char c) { return c >= 0x20 && c < 0x7F; };
    while (i < s.size() && printable(s[i]))
        ++i;
    return i;
}

} // namespace archive::text
