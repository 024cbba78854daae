// Per-language word lists (src/lexicon/<lang>.txt, embedded at build time) and language detection.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace archive {

/// Hashes std::string and std::string_view alike, so look-ups by view allocate nothing.
struct StringHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};
/// A set of strings searchable by std::string_view.
using StringSet = std::unordered_set<std::string, StringHash, std::equal_to<>>;
/// A map from strings searchable by std::string_view.
template <class Value>
using StringMap = std::unordered_map<std::string, Value, StringHash, std::equal_to<>>;

/// The word lists of one language (or of "common"). Every entry is lower-case NFC.
struct Lexicon {
    std::string code; ///< "fr", "de", ... or "common"
    StringMap<std::vector<std::string>> lists;
    StringMap<StringSet> sets; ///< the same entries, for look-ups
    /// The same entries split on white space once ("mis à jour le" -> {"mis", "à", "jour", "le"}).
    StringMap<std::vector<std::vector<std::string>>> phrases;
    StringSet stopwords;
    StringMap<int> months;          ///< "janvier" -> 1
    StringMap<char> pronouns;       ///< "il" -> 'm', "elle" -> 'f', "ils" -> 'p'
    StringSet speech_verbs;         ///< single inflected forms: "déclaré", "sagte"
    StringSet role_words;           ///< "ministre", "sprecher"

    /// The entries of a section, empty when the file has none.
    const std::vector<std::string>& list(std::string_view section) const;
    /// The entries of a section as word sequences, in the order of list(section).
    const std::vector<std::vector<std::string>>& phrase_list(std::string_view section) const;
    bool has(std::string_view section, std::string_view entry) const;
};

/// The lexicon of a language code, or nullptr when there is none.
const Lexicon* lexicon(std::string_view code);
/// The language-independent lists (agencies, credit words).
const Lexicon& common_lexicon();
/// Every language lexicon (not "common"), in a fixed order.
const std::vector<const Lexicon*>& languages();

/// Bit k set: the word is a stopword of languages()[k]; 0 for other words.
std::uint32_t stopword_languages(std::string_view lower_word);

/// Detects the language of a text from stopword profiles; empty when no language scores.
std::string detect_language(std::string_view text);

} // namespace archive
