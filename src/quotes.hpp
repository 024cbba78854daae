// Heuristics of the quotes stage, exposed for table-driven unit tests.
#pragma once

#include "archive/archive.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace archive {

/// A quoted span in one text: byte offsets of the opening mark and of the closing mark.
struct QuoteSpan {
    std::size_t open = 0;  ///< offset of the opening mark
    std::size_t close = 0; ///< offset of the closing mark (== text.size() when the quote runs on)
    std::size_t close_len = 0;
    std::size_t open_len = 0;
    bool closed = true;
};

/// Pairs the quote marks of one paragraph: « » (with or without inner spaces), „ “, “ ”, ‘ ’ (not apostrophes),
/// » « and › ‹ (German books), ‹ ›, straight " by parity. Only the outermost quotes are returned; marks that
/// never close are dropped (they never swallow the rest of the text), except one left open at the very end,
/// reported with closed = false so that a quote may run over to the next paragraph.
std::vector<QuoteSpan> find_quote_spans(std::string_view text);

/// A speech verb as written at a place of a sentence: "a déclaré", "a-t-il dit", "sagte", "said", "ha detto".
struct Cue {
    std::size_t begin = 0, end = 0; ///< byte range of the cue in the text
    std::string text;
    std::string pronoun; ///< the inverted subject clitic ("il" in "a-t-il dit", "dit-elle"), if any
};

/// Finds the first speech-verb cue in text[from, to), for the language (all languages when empty).
std::vector<Cue> find_cues(std::string_view text, std::size_t from, std::size_t to, std::string_view language);

} // namespace archive
