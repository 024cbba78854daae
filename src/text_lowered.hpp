// Lowering a text and finding its words into room the caller made (text_words.cpp), for segment(), which lowers a
// page's lines into one buffer sized once: declared apart from text.hpp, which most files include.
#pragma once

#include "text.hpp"

#include <cstddef>
#include <string_view>

namespace archive::text {

/// Sizes for lower_with_words_at(): bytes of lowered text, and words.
struct LoweredSizes {
    std::size_t bytes, words;
};
/// The room lower_with_words_at() needs for a text of n bytes: every code point of at most three bytes lower-cases to
/// at most 1.5 times its bytes (U+023A, two bytes, to U+2C65, three), a step writes sixteen bytes whatever it keeps,
/// and a word takes a byte and one between two words.
constexpr LoweredSizes lower_with_words_room(std::size_t n) {
    const std::size_t bytes = n + n / 2 + 16;
    return {bytes, bytes / 2 + 1};
}
/// append_lower_with_words() into room the caller made (lower_with_words_room(s.size())): lower(s) written at `out`
/// and its words' places at `places`; returns how many of each. Returns bytes == npos, and nothing of use written,
/// for a text it leaves to append_lower_with_words() (a character of four bytes, a stray byte: rare). (segment()
/// lowers a page's lines into one buffer sized once, without a copy of each line and of its places.)
LoweredSizes lower_with_words_at(std::string_view s, char* out, WordSpan* places);

} // namespace archive::text
