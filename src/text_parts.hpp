// The pieces of text.cpp that the word scans in text_words.cpp use too: the table of the code points below U+0800,
// the lower case of a code point and its UTF-8 bytes. Internal: the helpers' contract is text.hpp.
#pragma once

#include "text.hpp"

#include <utf8proc.h>

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>

namespace archive::text::parts {

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

inline const TwoByteTable& two_byte() {
    static const TwoByteTable table;
    return table;
}

static_assert(std::endian::native == std::endian::little, "the eight-byte steps read bytes in memory order");
inline constexpr std::uint64_t ones = 0x0101010101010101ULL, tops = 0x8080808080808080ULL;

inline char32_t lower_cp(char32_t cp) {
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
inline char* put_utf8(char* p, char32_t cp) {
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

// The most entries a buffer of words kept from call to call keeps (1 MiB of views, the words of a text of some
// 130 KB): the room of a longer text is given back, so that a kept buffer stays small.
inline constexpr std::size_t kept_spans_most = std::size_t{1} << 16;

} // namespace archive::text::parts
