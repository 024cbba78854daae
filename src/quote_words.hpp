// The words of a unit of the quotes stage (quote_words.cpp): the Word, words_of and its forms that reuse room or take
// a sentence's words from its paragraph's, what the reading of a unit met among them (WordsSeen), the bytes that open a
// quote mark and the byte scan (skip_to) that passes the others eight at a time; small tests of a word's letters
// (ends_after, after_elision). Internal to the stage, like quotes_parts.hpp.
#pragma once

#include "lexicon.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace archive::quoting {

/// The first i >= from where is[s[i]] holds, or s.size(). Eight bytes are passed at once when none of them is
/// one of `bytes` (the bytes is[] marks: a few, all below 0x80 unless `high` says that every byte >= 0x80 may be).
template <std::size_t N>
std::size_t skip_to(std::string_view s, std::size_t from, const std::array<bool, 256>& is, const char (&bytes)[N],
                    bool high) {
    constexpr std::uint64_t ones = 0x0101010101010101ULL, tops = 0x8080808080808080ULL;
    std::size_t i = from;
    for (;;) {
        for (; i + 8 <= s.size(); i += 8) {
            std::uint64_t v = 0;
            std::memcpy(&v, s.data() + i, 8);
            std::uint64_t hit = high ? v & tops : 0;
            for (std::size_t k = 0; k + 1 < N; ++k) { // (N counts the literal's final zero)
                std::uint64_t x = v ^ (ones * static_cast<unsigned char>(bytes[k]));
                hit |= (x - ones) & ~x & tops;
            }
            if (hit != 0)
                break;
        }
        const std::size_t stop = std::min(i + 8, s.size());
        while (i < stop && !is[static_cast<unsigned char>(s[i])])
            ++i;
        if (i < stop || i == s.size())
            return i;
    }
}

struct Word {
    std::size_t b = 0, e = 0;
    // The lower-cased word, in the word store of words_of (valid until the next page's extract_quotes; a mark and
    // a word without capitals are views of the text itself), or in the string a caller built the Word from.
    std::string_view low;
    bool upper = false; // opens with a capital (a punctuation token never does)
    bool punct = false; // a punctuation token: , . ; : ! ? ( ) or a quote mark
    bool acronym = false; // two letters or more, all capitals: "CFTC", "SPD"
    bool tagged = false;  // `tags` holds WordTags::of(low) and `hyphen` is set (words_of with word lists sets them)
    std::uint16_t tags = 0;
    bool hyphen = false; // low has a '-' ("a-t-il", "jean-marc")
    bool elided = false; // capitalised, an elided article before a lower-case word: "L'association", "D’après"

    bool has_hyphen() const { return tagged ? hyphen : low.find('-') != std::string::npos; }
};

/// `w` ends with `end` and has more than `more` bytes before it ("aussenminister" ends with "minister" after six).
inline bool ends_after(std::string_view w, std::string_view end, std::size_t more) {
    return w.size() > end.size() + more && (end.empty() || w.back() == end.back()) &&
           w.compare(w.size() - end.size(), end.size(), end) == 0;
}

/// The index of the first word of `ws` (in byte order) at or after byte `byte`, or ws.size(): where a byte of the
/// unit falls among its words.
inline std::size_t word_at_byte(const std::vector<Word>& ws, std::size_t byte) {
    return static_cast<std::size_t>(
        std::lower_bound(ws.begin(), ws.end(), byte, [](const Word& w, std::size_t v) { return w.b < v; }) - ws.begin());
}

/// Empties the store of the words words_of lower-cases (their `low` views): a page's words die with its
/// extract_quotes, which calls this first.
void reset_word_store();

// "L'opposition", "D'Alema" vs "O'Neill": an elided article before a lower-case noun makes no name.
bool elided_article(std::string_view w);
/// "l'élue", "l’adjoint": the word after an article elided with an apostrophe (' or U+2019), else w.
inline std::string_view after_elision(std::string_view w) {
    if (w.size() > 2 && w[1] == '\'')
        return w.substr(2);
    if (w.size() > 4 && w[1] == '\xE2' && w.compare(1, 3, "\xE2\x80\x99") == 0)
        return w.substr(4);
    return w;
}

std::vector<Word> words_of(std::string_view s, std::size_t from, std::size_t to,
                           const std::vector<const Lexicon*>* lexs = nullptr);
/// Every quote mark starts with one of these bytes: ' " or the first byte of « » (C2), of „ “ ” ‘ ’ ‚ ‹ › (E2) and of
/// 「 」 『 』 (E3).
inline constexpr std::array<bool, 256> quote_mark_byte = [] {
    std::array<bool, 256> bytes{};
    for (const char b : {'\'', '"', '\xC2', '\xE2', '\xE3'})
        bytes[static_cast<unsigned char>(b)] = true;
    return bytes;
}();

/// What words_into met among the words it read, for the checks of a whole unit to read instead of its words.
struct WordsSeen {
    // The tags of all the words, or'ed (words read with lexicons), and of each word that took a dot without it.
    std::uint16_t tags = 0;
    bool hyphen = false;    // a word with a hyphen inside ("porte-parole", "dit-il")
    bool dot = false;       // a word that took the dot after it ("Dr.", "J.")
    bool mark = false;      // a mark of punctuation that is ' or a quote mark (text::is_quote_mark)
};
/// words_of(s, from, to, lexs) in `out`, whose room is reused (a unit's words in the room of the last unit's).
WordsSeen words_into(std::vector<Word>& out, std::string_view s, std::size_t from, std::size_t to,
                     const std::vector<const Lexicon*>* lexs);
/// words_of(s, from, to, lexs) from `ws`, the words_of(s, 0, s.size(), lexs) of the whole paragraph, for `from` a
/// word's start and `to` a word's end in ws (a sentence's bounds): most words are taken from ws.
std::vector<Word> words_between(std::string_view s, const std::vector<Word>& ws, std::size_t from, std::size_t to,
                                const std::vector<const Lexicon*>* lexs);
/// words_between(s, ws, from, to, lexs) as ws[first, inner_end) followed by `tail`, before it is copied: a caller
/// may look at the words first and copy them only when it needs them.
struct WordsBetween {
    std::size_t first = 0, inner_end = 0;
    std::vector<Word> tail;
};
WordsBetween words_between_parts(std::string_view s, const std::vector<Word>& ws, std::size_t from, std::size_t to,
                                 const std::vector<const Lexicon*>* lexs);
/// The words the parts stand for.
std::vector<Word> words_between(const std::vector<Word>& ws, WordsBetween parts);
/// words_between(ws, parts) in `out`, whose room is reused.
void words_between_into(std::vector<Word>& out, const std::vector<Word>& ws, WordsBetween parts);

} // namespace archive::quoting
