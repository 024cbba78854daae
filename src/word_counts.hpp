// Counts of the body's words for the headline choice (its score, src/headline_score.cpp): which words of a candidate title the
// article repeats.
#pragma once

#include "lexicon.hpp"
#include "words.hpp"

#include <algorithm>
#include <bitset>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace archive {

/// text::length_cp(w) >= 4, read no further than the fourth code point.
inline bool four_cp_or_more(std::string_view w) {
    if (w.size() < 4)
        return false;
    std::uint32_t head = 0;
    std::memcpy(&head, w.data(), 4);
    if ((head & 0x80808080U) == 0)
        return true; // four ASCII bytes first, most words
    std::size_t starts = 0;
    for (std::size_t k = 0; k < w.size() && starts < 4; ++k)
        starts += (static_cast<unsigned char>(w[k]) & 0xC0) != 0x80; // not a continuation byte
    return starts >= 4;
}

/// How many times each word of the body occurs, for words kept elsewhere (the views must outlive the counts): one
/// open-addressing array, without a node allocated for every new word of an article. The array is kept from one page to
/// the next (see reset()): filling a fresh one with empty slots cost more than counting a page's words in it.
/// Only the words of a few candidate lines are ever looked up: the body's words are counted for the keys (key()) of the
/// words wanted (want()), the first time one of them is looked up, in one pass over the body; a word looked up unwanted
/// has its key counted then. A count is exact either way, as every body word of a counted key is in the table.
class WordCounts {
public:
    /// Empties the table for the words of `body` (of four code points or more, four_cp_or_more()), none counted yet.
    void reset(std::vector<text::Words> body) {
        body_ = std::move(body);
        std::size_t words = 0;
        for (const text::Words& list : body_)
            words += list.size();
        reset(words);
        counted_keys_.reset();
        pending_.reset();
        any_pending_ = false;
    }
    /// Asks for w's count to be looked up later: its key is counted with the others in one pass.
    void want(std::string_view w) {
        if (w.size() < 4)
            return; // (never counted)
        const std::size_t k = key(w);
        if (!counted_keys_.test(k)) {
            pending_.set(k);
            any_pending_ = true;
        }
    }
    /// The times w (of four code points or more) occurs in the body.
    int occurrences(std::string_view w) {
        if (!counted_keys_.test(key(w))) {
            want(w);
            count_pending();
        }
        return count(w);
    }

private:
    /// Empties the table for `words` additions, of which far fewer distinct words (a table grown on the way is rare).
    /// The slots of earlier pages stay where they are: a slot is empty unless it carries this page's stamp, so
    /// emptying the table writes nothing but the stamp.
    void reset(std::size_t words) {
        std::size_t size = 256;
        while (size < words + 1)
            size *= 2;
        // (A table left far too large by a long page is given back, not kept for the thread's life.)
        const std::size_t kept_at_most = std::max<std::size_t>(8 * size, 65536);
        if (slots_.size() < size || slots_.size() > kept_at_most)
            std::vector<Slot>(size).swap(slots_);
        mask_ = size - 1;
        used_ = 0;
        next_stamp();
    }
    void add(std::string_view w) {
        if ((used_ + 1) * 2 > mask_ + 1)
            grow();
        Slot& s = slot(w);
        if (s.stamp != stamp_) {
            ++used_;
            s = Slot{w, 0, stamp_};
        }
        ++s.n;
    }
    int count(std::string_view w) const {
        for (std::size_t k = hash(w) & mask_;; k = (k + 1) & mask_) {
            if (slots_[k].stamp != stamp_)
                return 0;
            if (slots_[k].word == w)
                return slots_[k].n;
        }
    }

    // Words told apart by their first four bytes and length, in few buckets: a body word's is a few instructions.
    static constexpr std::size_t keys = 4096;
    static std::size_t key(std::string_view w) {
        std::uint32_t head = 0;
        std::memcpy(&head, w.data(), 4);
        return ((head ^ static_cast<std::uint32_t>(w.size() * 0x9E3779B1U)) * 0x85EBCA6BU) >> 20;
    }
    // One pass over the body: its words of the keys wanted since the last pass are added.
    void count_pending() {
        if (!any_pending_)
            return;
        for (const text::Words& list : body_)
            for (const std::string_view w : list)
                if (w.size() >= 4 && pending_.test(key(w)) && four_cp_or_more(w))
                    add(w);
        counted_keys_ |= pending_;
        pending_.reset();
        any_pending_ = false;
    }
    struct Slot {
        std::string_view word;
        int n = 0;
        std::uint32_t stamp = 0; // the page's stamp when the slot holds a word of it (0: never filled)
    };
    // The words counted have four bytes or more (four_cp_or_more()): their first and last four bytes and their
    // length tell them apart well enough for the table, for a few instructions.
    static std::size_t hash(std::string_view w) {
        if (w.size() < 4)
            return StringHash{}(w);
        std::uint32_t head = 0, tail = 0;
        std::memcpy(&head, w.data(), 4);
        std::memcpy(&tail, w.data() + w.size() - 4, 4);
        std::uint64_t h = ((std::uint64_t{head} << 32) | tail) ^ (w.size() * 0x9E3779B97F4A7C15ULL);
        h *= 0xC2B2AE3D27D4EB4FULL;
        return static_cast<std::size_t>(h ^ (h >> 31));
    }
    // A stamp no slot carries yet (after four billion pages, the slots are emptied once for real).
    void next_stamp() {
        if (++stamp_ == 0) {
            std::fill(slots_.begin(), slots_.end(), Slot{});
            stamp_ = 1;
        }
    }
    Slot& slot(std::string_view w) {
        for (std::size_t k = hash(w) & mask_;; k = (k + 1) & mask_)
            if (slots_[k].stamp != stamp_ || slots_[k].word == w)
                return slots_[k];
    }
    void grow() {
        std::vector<Slot> live;
        live.reserve(used_);
        for (std::size_t k = 0; k <= mask_; ++k)
            if (slots_[k].stamp == stamp_)
                live.push_back(slots_[k]);
        const std::size_t size = (mask_ + 1) * 2;
        if (slots_.size() < size)
            slots_.resize(size);
        mask_ = size - 1;
        next_stamp();
        for (Slot s : live) {
            s.stamp = stamp_;
            slot(s.word) = s;
        }
    }
    std::vector<Slot> slots_;
    std::size_t mask_ = 0, used_ = 0;
    std::uint32_t stamp_ = 0;
    std::vector<text::Words> body_; // the body's words, block by block
    std::bitset<keys> counted_keys_, pending_;          // keys whose body words are in the table, or wanted there
    bool any_pending_ = false;
};

} // namespace archive
