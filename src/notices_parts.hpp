// The helpers that the boilerplate-phrase test (boilerplate.cpp) and the notices (notices.cpp) share: a line's byte
// pairs and a count of its first tokens. Internal to the classify stage.
#pragma once

#include "text.hpp"

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace archive {

struct Block;

// The pairs of adjacent bytes of a line, in 1024 bits (five low bits of each byte): a piece holding a pair that the
// line lacks is not in the line. One pass over a line settles most of the many searches for the pieces of notices.
class BytePairs {
public:
    /// The pairs of `s`; none gathered (every piece may be there) for a line longer than `most` bytes, whose searches
    /// cost less than the pass (memchr steps through long lines many bytes at once).
    BytePairs(std::string_view s, std::size_t most) : line_(s), all_(s.size() > most) {
        if (all_ || s.empty())
            return;
        // Eight bytes a step, then four, each read from memory and its bit taken from a table: a load, an and, a load
        // and an or a byte (a shift needs its count in one register, and taking the bytes out of a word loaded at once
        // costs more than reading them again). (Eight a step: the loop's own count, compare and jump, and the move of
        // the last byte to the next step, paid once for eight bytes.)
        const auto* p = reinterpret_cast<const unsigned char*>(s.data());
        const std::size_t n = s.size();
        unsigned prev = p[0] & 31u;
        std::size_t k = 1;
        for (; k + 8 <= n; k += 8) {
            const unsigned a = p[k] & 31u, b = p[k + 1] & 31u, c = p[k + 2] & 31u, d = p[k + 3] & 31u;
            const unsigned e = p[k + 4] & 31u, f = p[k + 5] & 31u, g = p[k + 6] & 31u, h = p[k + 7] & 31u;
            rows_[prev] |= bit_[a];
            rows_[a] |= bit_[b];
            rows_[b] |= bit_[c];
            rows_[c] |= bit_[d];
            rows_[d] |= bit_[e];
            rows_[e] |= bit_[f];
            rows_[f] |= bit_[g];
            rows_[g] |= bit_[h];
            prev = h;
        }
        for (; k + 4 <= n; k += 4) {
            const unsigned a = p[k] & 31u, b = p[k + 1] & 31u, c = p[k + 2] & 31u, d = p[k + 3] & 31u;
            rows_[prev] |= bit_[a];
            rows_[a] |= bit_[b];
            rows_[b] |= bit_[c];
            rows_[c] |= bit_[d];
            prev = d;
        }
        for (; k < n; ++k) {
            const unsigned cur = p[k] & 31u;
            rows_[prev] |= bit_[cur];
            prev = cur;
        }
    }
    /// The pairs were gathered (the line was no longer than `most`): may_hold() tells something.
    bool gathered() const { return !all_; }
    /// `piece` may be in the line; false when it surely is not.
    bool may_hold(std::string_view piece) const {
        if (all_)
            return true;
        for (std::size_t k = 1; k < piece.size(); ++k)
            if ((rows_[low5(piece[k - 1])] >> low5(piece[k]) & 1) == 0)
                return false;
        return true;
    }
    /// `piece` is in the line: searched for only when its pairs are all there.
    bool holds(std::string_view piece) const {
        return may_hold(piece) && line_.find(piece) != std::string_view::npos;
    }
    /// holds(piece), searched for by its byte at `anchor`: a byte rarer in running text than its first one ("serv"
    /// by its "v", where a search by its "s" stops at every "s" of a paragraph, whose pairs are not gathered).
    bool holds(std::string_view piece, std::size_t anchor) const {
        if (!may_hold(piece) || line_.size() < piece.size())
            return false;
        // (The anchor's places in the line where the piece would fit around it.)
        const char* at = line_.data() + anchor;
        const char* const end = line_.data() + line_.size() - (piece.size() - anchor - 1);
        for (; at < end; ++at) {
            at = static_cast<const char*>(std::memchr(at, piece[anchor], static_cast<std::size_t>(end - at)));
            if (at == nullptr)
                return false;
            if (std::memcmp(at - anchor, piece.data(), piece.size()) == 0)
                return true;
        }
        return false;
    }

private:
    static std::size_t low5(char c) { return static_cast<unsigned char>(c) & 31; }
    static constexpr std::array<std::uint32_t, 32> bit_ = [] { // bit_[b]: the bit of b in a row
        std::array<std::uint32_t, 32> bits{};
        for (unsigned b = 0; b < 32; ++b)
            bits[b] = std::uint32_t{1} << b;
        return bits;
    }();
    std::string_view line_;
    std::array<std::uint32_t, 32> rows_{}; // bit b of row a: a pair whose bytes' five low bits are a and b
    bool all_;
};

// How many tokens of text::split_ws(s) there are, counted up to `most` (the rest is not read) without keeping them.
inline std::size_t tokens_up_to(std::string_view s, std::size_t most) {
    std::size_t n = 0, i = 0;
    while (n < most && !text::next_token(s, i).empty())
        ++n;
    return n;
}

/// `phrase` in `text` as whole words (no letter, figure or byte of a multi-byte character right before or after it):
/// "content" is not read in "discontent". Case as given. (Defined in notices.cpp; classify_kickers.cpp asks it too.)
bool whole_words_at(std::string_view text, std::string_view phrase);

/// Where `word` first stands between two spaces in `s` (neither at its start nor at its end), or npos: "is" in "the
/// agency is an independent ...", not in "this". (Defined in notices.cpp.)
std::size_t spaced_word_at(std::string_view s, std::string_view word);

/// "This story is narrated by an AI voice.", "Cet article est lu par une voix de synthèse.": the note under a
/// read-aloud player on how its recording was made (lexicon sections narration_words, narration_phrases), no text of
/// the article wherever it stands. (Defined in notices.cpp; region_edges.cpp and sections_build.cpp ask it.)
bool narration_note(const Block& b);

} // namespace archive
