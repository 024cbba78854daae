#include "text.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>

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

static utf8proc_category_t category(char32_t cp) {
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

std::string lower(std::string_view s) {
    // Lower-cased in place up to the first byte that is not ASCII (often the whole string), eight bytes a step:
    // a byte below 0x80 plus 0x3F (or 0x25) sets its top bit exactly when it is >= 'A' (or > 'Z'), no carry.
    std::string out(s);
    std::size_t i = 0;
    constexpr std::uint64_t ones = 0x0101010101010101ULL, tops = 0x8080808080808080ULL;
    for (; i + 8 <= out.size(); i += 8) {
        std::uint64_t v = 0;
        std::memcpy(&v, out.data() + i, 8);
        if ((v & tops) != 0)
            break;
        std::uint64_t upper = (v + (0x80 - 'A') * ones) & ~(v + (0x80 - 'Z' - 1) * ones) & tops;
        v |= upper >> 2;
        std::memcpy(out.data() + i, &v, 8);
    }
    for (; i < out.size() && static_cast<unsigned char>(out[i]) < 0x80; ++i)
        if (out[i] >= 'A' && out[i] <= 'Z')
            out[i] = static_cast<char>(out[i] + 32);
    if (i == out.size())
        return out;
    out.resize(i);
    while (i < s.size()) {
        // Runs of ASCII are copied a byte at a time without decoding.
        std::size_t run = i;
        while (run < s.size() && static_cast<unsigned char>(s[run]) < 0x80)
            ++run;
        if (run > i) {
            std::size_t at = out.size();
            out.append(s.data() + i, run - i);
            for (std::size_t k = at; k < out.size(); ++k)
                if (out[k] >= 'A' && out[k] <= 'Z')
                    out[k] = static_cast<char>(out[k] + 32);
            i = run;
            if (i == s.size())
                break;
        }
        char32_t cp = next_cp_multibyte(s, i);
        append_utf8(out, static_cast<char32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(cp))));
    }
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
    for (std::size_t k = 0; k < s.size(); ++k) {
        auto c = static_cast<unsigned char>(s[k]);
        if (c == ' ') {
            if (k == 0 || k + 1 == s.size() || s[k + 1] == ' ')
                return false;
        } else if (c == '\t' || c == '\n' || c == '\r' || may_start_space(s, k)) {
            return false;
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

} // namespace

std::string collapse(std::string_view s) {
    if (collapsed_already(s))
        return std::string(s);
    std::string out;
    out.reserve(s.size());
    bool pending_space = false;
    std::size_t i = 0;
    auto ascii_space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    while (i < s.size()) {
        std::size_t start = i;
        if (static_cast<unsigned char>(s[i]) < 0x80) {
            if (ascii_space(s[i])) {
                ++i;
                pending_space = !out.empty();
                continue;
            }
            // A run of ASCII that is not white space is copied at once.
            while (i < s.size() && static_cast<unsigned char>(s[i]) < 0x80 && !ascii_space(s[i]))
                ++i;
        } else if (is_space(next_cp_multibyte(s, i))) {
            pending_space = !out.empty();
            continue;
        }
        if (pending_space) {
            out += ' ';
            pending_space = false;
        }
        out.append(s.substr(start, i - start));
    }
    return out;
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n' || s.front() == '\r'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

std::vector<std::string_view> split_ws(std::string_view s) {
    return split_ws(s, s.size());
}

std::vector<std::string_view> split_ws(std::string_view s, std::size_t max_tokens) {
    auto ws = [](char c) { return c == ' ' || c == '\t' || c == '\n'; };
    std::vector<std::string_view> out;
    out.reserve(std::min(max_tokens, s.size() / 6 + 1)); // about one token in six bytes of prose
    const char* p = s.data();
    const char* end = p + s.size();
    while (out.size() < max_tokens) {
        while (p != end && ws(*p))
            ++p;
        if (p == end)
            break;
        const char* start = p;
        while (p != end && !ws(*p))
            ++p;
        out.emplace_back(start, static_cast<std::size_t>(p - start));
    }
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
            // A run of ASCII letters and digits is appended at once.
            for (char c; i < s.size() && (c = ascii_word_lower[static_cast<unsigned char>(s[i])]) != 0; ++i)
                word += c;
            continue;
        }
        char32_t cp = next_cp_multibyte(s, i);
        if (is_word_char(cp))
            append_utf8(word, static_cast<char32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(cp))));
        else if (!word.empty())
            return true;
    }
    return !word.empty();
}

std::vector<std::string> words_lower(std::string_view s) {
    std::vector<std::string> out;
    std::string cur;
    for (std::size_t i = 0; next_word_lower(s, i, cur);)
        out.push_back(cur);
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
        std::uint64_t v = 0;
        std::memcpy(&v, s.data() + k, 8);
        std::uint64_t c = (v & ~(v << 1)) & 0x8080808080808080ULL; // bit 7 set, bit 6 clear
        continuation += static_cast<std::size_t>(std::popcount(c));
    }
    for (; k < s.size(); ++k)
        continuation += (static_cast<unsigned char>(s[k]) & 0xC0) == 0x80;
    return s.size() - continuation;
}

} // namespace archive::text
