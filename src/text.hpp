// Small UTF-8 text helpers shared by the stages (no stage logic here).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace archive::text {

/// Decodes the code point at s[i] (valid UTF-8 assumed, as produced by decode()) and advances i.
char32_t next_cp(std::string_view s, std::size_t& i);
/// Decodes the code point ending just before s[i] and moves i back to its first byte.
char32_t prev_cp(std::string_view s, std::size_t& i);
/// Appends the UTF-8 encoding of cp.
void append_utf8(std::string& out, char32_t cp);

bool is_letter(char32_t cp);
bool is_upper(char32_t cp);
bool is_lower(char32_t cp);
bool is_digit(char32_t cp);
bool is_space(char32_t cp);
/// Letters, digits, apostrophes inside words and hyphens count as word characters.
bool is_word_char(char32_t cp);

/// Lower-cases the whole string (Unicode simple case folding via utf8proc).
std::string lower(std::string_view s);
/// Collapses runs of white space to one ASCII space and trims both ends.
std::string collapse(std::string_view s);
/// Trims ASCII white space from both ends.
std::string_view trim(std::string_view s);

/// Splits on white space.
std::vector<std::string_view> split_ws(std::string_view s);
/// Lower-cased word tokens (letters/digits runs, apostrophes kept inside: "l'homme" -> "l", "homme").
std::vector<std::string> words_lower(std::string_view s);

/// The first code point of s is an upper-case letter.
bool starts_upper(std::string_view s);
/// s starts with prefix, ignoring case (prefix must be lower-case).
bool istarts_with(std::string_view s, std::string_view lower_prefix);

/// Opening and closing quotation marks of every convention.
bool is_open_quote(char32_t cp);
bool is_close_quote(char32_t cp);
bool is_quote_mark(char32_t cp);

/// Counts code points.
std::size_t length_cp(std::string_view s);

} // namespace archive::text
