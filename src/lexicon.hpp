// Per-language word lists (src/lexicon/<lang>.txt, embedded at build time) and language detection.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace archive {

/// The word lists of one language (or of "common"). Every entry is lower-case NFC.
struct Lexicon {
    std::string code; ///< "fr", "de", ... or "common"
    std::unordered_map<std::string, std::vector<std::string>> lists;
    std::unordered_map<std::string, std::unordered_set<std::string>> sets; ///< the same entries, for look-ups
    std::unordered_set<std::string> stopwords;
    std::unordered_map<std::string, int> months;       ///< "janvier" -> 1
    std::unordered_map<std::string, char> pronouns;    ///< "il" -> 'm', "elle" -> 'f', "ils" -> 'p'
    std::unordered_set<std::string> speech_verbs;      ///< single inflected forms: "déclaré", "sagte"
    std::unordered_set<std::string> role_words;        ///< "ministre", "sprecher"

    /// The entries of a section, empty when the file has none.
    const std::vector<std::string>& list(std::string_view section) const;
    bool has(std::string_view section, std::string_view entry) const;
};

/// The lexicon of a language code, or nullptr when there is none.
const Lexicon* lexicon(std::string_view code);
/// The language-independent lists (agencies, credit words).
const Lexicon& common_lexicon();
/// Every language lexicon (not "common"), in a fixed order.
const std::vector<const Lexicon*>& languages();

/// Detects the language of a text from stopword profiles; empty when no language scores.
std::string detect_language(std::string_view text);

} // namespace archive
