// The words of each language's lists beyond its stopwords, with the languages listing each: the table a short or
// mixed text's closer look (LanguageEvidence::add_word, src/language.cpp) asks about every word of it. Made at build
// time by tools/lexicon_compile.cpp from the word lists, bound to at start-up by lexicon.cpp.
#pragma once

#include "lexicon.hpp"
#include "lexicon_data.hpp"
#include "text.hpp"

#include <cstdint>
#include <cstring>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

namespace archive {

/// Calls visit(word, 1 << k) for every word of the k-th language's lists that listed_languages() looks for (`list(k,
/// name)`: that language's section `name`, empty when it has none): each word of its [speech_verbs] entries (as
/// Lexicon::speech_verbs holds them), its [role_words], the names of its [months] (an entry up to its last space, as
/// Lexicon::months keys them), its [weekdays], [according] and [language_words] entries. A word may come more than
/// once.
template <class List, class Visit>
void for_each_listed_word(std::size_t languages, List list, Visit visit) {
    for (std::size_t k = 0; k < languages; ++k) {
        const std::uint32_t bit = std::uint32_t{1} << k;
        for (const auto& entry : list(k, "speech_verbs")) {
            std::size_t at = 0;
            for (std::string_view w = text::next_token(entry, at); !w.empty(); w = text::next_token(entry, at))
                visit(w, bit);
        }
        for (const auto& w : list(k, "role_words"))
            visit(std::string_view(w), bit);
        for (const auto& entry : list(k, "months"))
            if (const std::size_t sp = std::string_view(entry).rfind(' '); sp != std::string_view::npos)
                visit(std::string_view(entry).substr(0, sp), bit);
        for (std::string_view name : {"weekdays", "according", "language_words"})
            for (const auto& w : list(k, name))
                visit(std::string_view(w), bit);
    }
}

/// Words -> the bits of the languages listing them (for_each_listed_word), in one open-addressing array kept at most a
/// quarter full: a look-up is one short_word_hash and, mostly, one slot (an empty one for most words, which are in
/// no list). Exact: a word is found only in a slot holding its very bytes. The program binds to the slots as the build
/// wrote them (lexicon_data::listed_slots, their words pieces of lexicon_data::text); the build places the words with
/// place().
class ListedWordTable {
public:
    using Slot = lexicon_data::ListedSlot;
    ListedWordTable() = default;
    /// The table of `slots` (a power of two of them, or none), whose words are pieces of `text`.
    ListedWordTable(std::span<const Slot> slots, std::string_view text)
        : slots_(slots), text_(text.data()), mask_(slots.empty() ? 0 : slots.size() - 1) {}

    /// The language bits of a word, 0 for a word in none of the lists.
    std::uint32_t find(std::string_view w) const {
        if (slots_.empty())
            return 0;
        for (std::size_t k = short_word_hash(w) & mask_;; k = (k + 1) & mask_) {
            const Slot& s = slots_[k];
            if (s.mask == 0) // (an empty slot: every word placed has a language)
                return 0;
            if (s.word.size == w.size() && std::memcmp(text_ + s.word.at, w.data(), w.size()) == 0)
                return s.mask;
        }
    }

    /// The slots of a table of `words` (word, bits) as find() looks them up: a word's bits or-ed together in its one
    /// slot, the empty slots an empty word and no bits. (For the build, which writes each word as a piece.)
    static std::vector<std::pair<std::string_view, std::uint32_t>>
    place(const std::vector<std::pair<std::string_view, std::uint32_t>>& words) {
        std::size_t size = 16;
        while (size < words.size() * 4)
            size *= 2;
        std::vector<std::pair<std::string_view, std::uint32_t>> slots(size);
        for (const auto& [w, mask] : words) {
            if (mask == 0)
                continue;
            std::size_t k = short_word_hash(w) & (size - 1);
            while (slots[k].second != 0 && slots[k].first != w)
                k = (k + 1) & (size - 1);
            slots[k].first = w;
            slots[k].second |= mask;
        }
        return slots;
    }

private:
    std::span<const Slot> slots_;
    const char* text_ = nullptr;
    std::size_t mask_ = 0;
};

} // namespace archive
