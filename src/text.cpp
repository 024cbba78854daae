#include "text_parts.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <bit>
#include <cstdlib>
#include <cstring>

namespace archive::text {

using namespace parts;

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
    // The end of the run of bytes from 0x21 to 0x7F at i (no white space and no byte of a multibyte character in
    // it), found eight bytes a step: the run is copied at once. (below_0x21_8 is exact in every byte.)
    auto plain_run_end = [&s](std::size_t k) {
        for (; k + 8 <= s.size(); k += 8) {
            const std::uint64_t v = load8(s.data() + k);
            if (const std::uint64_t stop = below_0x21_8(v) | (v & tops); stop != 0)
                return k + static_cast<std::size_t>(std::countr_zero(stop) / 8);
        }
        while (k < s.size() && static_cast<unsigned char>(s[k]) > ' ' && static_cast<unsigned char>(s[k]) < 0x80)
            ++k;
        return k;
    };
    while (i < s.size()) {
        std::size_t start = i;
        if (static_cast<unsigned char>(s[i]) < 0x80) {
            if (ascii_space(s[i])) {
                ++i;
                pending_space = o != begin;
                continue;
            }
            // A run of ASCII that is not white space is copied at once: the bytes from 0x21 eight a step, a control
            // character (no white space) one at a time.
            do
                i = std::max(plain_run_end(i), i + 1); // (s[i] is ASCII and no white space: a step forward)
            while (i < s.size() && static_cast<unsigned char>(s[i]) < 0x80 && !ascii_space(s[i]));
        } else if (is_space(next_cp_multibyte(s, i))) {
            pending_space = o != begin;
            continue;
        }
        if (pending_space) {
            *o++ = ' ';
            pending_space = false;
        }
        std::memcpy(o, s.data() + start, i - start);
        o += i - start;
    }
    out.resize(static_cast<std::size_t>(o - begin));
    return out;
}

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

std::optional<std::string> without_accents(std::string_view s, bool casefold) {
    const int options = UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK | (casefold ? UTF8PROC_CASEFOLD : 0);
    utf8proc_uint8_t* mapped = nullptr;
    const utf8proc_ssize_t len = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()),
                                              static_cast<utf8proc_ssize_t>(s.size()), &mapped,
                                              static_cast<utf8proc_option_t>(options));
    std::optional<std::string> out;
    if (mapped != nullptr && len >= 0)
        out.emplace(reinterpret_cast<const char*>(mapped), static_cast<std::size_t>(len));
    std::free(mapped);
    return out;
}

} // namespace archive::text
