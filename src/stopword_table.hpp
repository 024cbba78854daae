// The table of stopwords and notice words looked up for every word of a page (count_stopwords_and_tags): made at
// build time by tools/lexicon_compile.cpp from the word lists, bound to at start-up by lexicon.cpp.
#pragma once

#include "lexicon.hpp"
#include "lexicon_data.hpp"
#include "text.hpp"

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

namespace archive {

// The common lexicon's lists behind the notice tags (promo_phrase_start: the first words of promo_phrases).
constexpr std::pair<std::string_view, NoticeTag> notice_tag_lists[] = {
    {"consent_words", cookie_word},       {"consent_context_words", consent_context},
    {"privacy_consent_words", privacy_verb}, {"promo_words", promo_word},
    {"promo_context_words", promo_context}, {"glued_credit_labels", picture_label}};

// Words of up to 15 bytes (every stopword so far) -> language bits and notice tags, in one open-addressing array: the
// key is the word's bytes in two integers, so a look-up is a multiply, a load and two compares (no division, no string
// compare).
// The program binds to the table as the build wrote it (lexicon_data::stopword_slots); tools/lexicon_compile.cpp
// fills it with add().
class StopwordTable {
public:
    using Slot = lexicon_data::StopwordSlot;
    StopwordTable() = default;
    /// An empty table with room for `words` words (an upper bound: the same word may be counted more than once).
    explicit StopwordTable(std::size_t words) {
        std::size_t size = 16;
        while (size < words * 2)
            size *= 2;
        own_.assign(size, Slot{});
        bind(own_);
    }
    /// The table whose slots are `slots` (a power of two of them, or none), as slots() gave them.
    explicit StopwordTable(std::span<const Slot> slots) { bind(slots); }
    // (A copy would point into the other's slots; a move keeps them where they are.)
    StopwordTable(const StopwordTable&) = delete;
    StopwordTable& operator=(const StopwordTable&) = delete;
    StopwordTable(StopwordTable&&) = default;
    StopwordTable& operator=(StopwordTable&&) = default;
    /// The slots, to be written out and bound to again.
    std::span<const Slot> slots() const { return slots_; }
    /// Gives a word of 1 to max_bytes bytes the language bits `mask` and the notice tags `tags` too.
    void add(std::string_view w, std::uint32_t mask, std::uint8_t tags) {
        Slot& s = slot_of(w);
        s.mask |= mask;
        s.tags |= tags;
    }
    static constexpr std::size_t max_bytes = 15;
    /// The language bits of a lower-case word of at most max_bytes, 0 when it is no stopword.
    std::uint32_t find(std::string_view w) const {
        if (w.empty() || w.size() > max_bytes || slots_.empty())
            return 0;
        return find_checked(w);
    }
    /// find(w) for a word of 1 to max_bytes bytes, the table not empty.
    std::uint32_t find_checked(std::string_view w) const { return entry(w).mask; }
    /// The language bits and notice tags of a word of 1 to max_bytes bytes, the table not empty.
    struct Entry {
        std::uint32_t mask = 0;
        std::uint8_t tags = 0;
    };
    Entry entry(std::string_view w) const {
        Slot key = pack(w);
        // (mask_ is kept rather than slots_.size() - 1: the size of 24-byte slots is a division)
        for (std::size_t k = index(key);; k = (k + 1) & mask_) {
            const Slot& s = slots_[k];
            if (s.b == 0) // (an empty slot: a word's slot holds its length in b)
                return {};
            if (s.a == key.a && s.b == key.b)
                return {s.mask, s.tags};
        }
    }
    /// Whether entry_padded() packs a word as pack() does: its eight-byte loads put the first byte lowest.
    static constexpr bool packs_padded = std::endian::native == std::endian::little;
    /// entry(w) for the word of n bytes (1 to max_bytes) at p, sixteen bytes readable from p (those past the word
    /// any): its key taken by two loads and two masks, where pack() branches on its length. (Asked only where
    /// packs_padded.)
    Entry entry_padded(const char* p, std::size_t n) const {
        Slot key;
        std::memcpy(&key.a, p, 8);
        std::memcpy(&key.b, p + 8, 8);
        key.a &= padded_masks[n].first;
        key.b = (key.b & padded_masks[n].second) | static_cast<std::uint64_t>(n) << 56;
        for (std::size_t k = index(key);; k = (k + 1) & mask_) {
            const Slot& s = slots_[k];
            if (s.b == 0)
                return {};
            if (s.a == key.a && s.b == key.b)
                return {s.mask, s.tags};
        }
    }

private:
    void bind(std::span<const Slot> slots) {
        slots_ = slots;
        mask_ = slots.empty() ? 0 : slots.size() - 1;
        shift_ = slots.empty() ? 64 : 64 - std::countr_zero(slots.size());
    }
    // The slot of w, taken for it if w has none yet (in a table made by the constructor that owns its slots).
    Slot& slot_of(std::string_view w) {
        const Slot key = pack(w);
        std::size_t k = index(key);
        while (own_[k].b != 0 && !(own_[k].a == key.a && own_[k].b == key.b))
            k = (k + 1) & mask_;
        if (own_[k].b == 0)
            own_[k] = key;
        return own_[k];
    }
    // For a word of n bytes, the bytes of each load kept (the first eight, the next seven).
    static constexpr std::array<std::pair<std::uint64_t, std::uint64_t>, max_bytes + 1> padded_masks = [] {
        std::array<std::pair<std::uint64_t, std::uint64_t>, max_bytes + 1> masks{};
        auto low_bytes = [](std::size_t k) { return k >= 8 ? ~std::uint64_t{0} : (std::uint64_t{1} << (8 * k)) - 1; };
        for (std::size_t n = 0; n <= max_bytes; ++n)
            masks[n] = {low_bytes(n), low_bytes(n > 8 ? n - 8 : 0)};
        return masks;
    }();
    static Slot pack(std::string_view w) {
        Slot s;
        const std::size_t n = w.size();
        if (n < 8) {
            s.a = StringHash::tail_bytes(w.data(), n);
        } else {
            std::memcpy(&s.a, w.data(), 8);
            s.b = StringHash::tail_bytes(w.data() + 8, n - 8); // n <= 15
        }
        s.b |= static_cast<std::uint64_t>(n) << 56;
        return s;
    }
    std::size_t index(const Slot& s) const {
        // One multiplication: its top bits, those kept, depend on every bit of the sum, and the length in the top
        // byte of b only has to part words that share their bytes (a second one for b cost more than its collisions).
        return static_cast<std::size_t>(((s.a + s.b) * 0xBF58476D1CE4E5B9ULL) >> shift_);
    }
    std::vector<Slot> own_;
    std::span<const Slot> slots_;
    std::size_t mask_ = 0;
    int shift_ = 64;
};

/// Calls visit(word, language_bits, notice_tags) for every word of the table and of the maps beside it (its words too
/// long for it): each language's stopwords (`stopwords(k)`: the list of the k-th of `languages`), then the notice words
/// of common.txt (`common(name)`: a list of it, empty when it has none), the phrases' first words as
/// LexiconSection::phrases() splits them (up to their first white space). A word may come more than once.
template <class Stopwords, class Common, class Visit>
void for_each_table_word(std::size_t languages, Stopwords stopwords, Common common, Visit visit) {
    for (std::size_t k = 0; k < languages; ++k)
        for (const auto& w : stopwords(k))
            visit(std::string_view(w), std::uint32_t{1} << k, std::uint8_t{0});
    for (const auto& [name, tag] : notice_tag_lists)
        for (const auto& w : common(name))
            visit(std::string_view(w), std::uint32_t{0}, static_cast<std::uint8_t>(tag));
    for (std::string_view name : {"promo_phrases", "paywall_cuts"})
        for (const auto& entry : common(name)) {
            std::size_t i = 0;
            visit(text::next_token(entry, i), std::uint32_t{0}, std::uint8_t{promo_phrase_start});
        }
}

/// The words StopwordTable(words) is sized for: every stopword, every word of the notice lists and one for each
/// promo phrase.
template <class Stopwords, class Common>
std::size_t table_words(std::size_t languages, Stopwords stopwords, Common common) {
    std::size_t words = common("promo_phrases").size();
    for (std::size_t k = 0; k < languages; ++k)
        words += stopwords(k).size();
    for (const auto& [name, tag] : notice_tag_lists)
        words += common(name).size();
    return words;
}

} // namespace archive
