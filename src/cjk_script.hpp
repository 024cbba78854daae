// The code point ranges of the Chinese, Japanese and Korean scripts that the stages count (no stage logic here).
#pragma once

namespace archive::text {

/// Hiragana and katakana (U+3040-U+30FF), the prolonged sound mark "ー" and the iteration marks included.
constexpr bool is_kana(char32_t cp) {
    return cp >= 0x3040 && cp <= 0x30FF;
}
/// CJK ideographs: Extension A and the Unified block (U+3400-U+9FFF) and the Compatibility Ideographs (U+F900-U+FAFF).
constexpr bool is_ideograph(char32_t cp) {
    return (cp >= 0x3400 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF);
}
/// Precomposed Hangul syllables (U+AC00-U+D7AF).
constexpr bool is_hangul(char32_t cp) {
    return cp >= 0xAC00 && cp <= 0xD7AF;
}
/// A letter of a script that writes a syllable or a word per code point (kana, ideographs, Hangul syllables).
constexpr bool is_cjk_letter(char32_t cp) {
    return is_kana(cp) || is_ideograph(cp) || is_hangul(cp);
}

} // namespace archive::text
