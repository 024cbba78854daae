// The measure of a line's shape in segment_shape.cpp, declared here for segment.cpp and for its tests. Internal: the
// stage's contract is segment() in pipeline.hpp.
#pragma once

#include "lexicon.hpp"
#include "pipeline.hpp"

#include <span>
#include <string_view>

namespace archive {

/// Fills the features of a block's shape from `t`, its text: its counts of words, letters, digits, capitals opening
/// words, URLs and separators, its final punctuation and its length in code points (b.chars); b.letters, b.digits,
/// b.upper_initial, b.urls and b.separators are added to, b.words is set. Returns whether the line needs no
/// text::collapse() but for its ends (conservative: false may be said of a line that needs none). Printable ASCII
/// is read sixteen bytes a step where SSE2 is there (every x86-64), eight otherwise.
bool measure_shape(Block& b, std::string_view t);
/// measure_shape() of a line as read, for segment(), which measures a line that needs text::collapse() again once
/// collapsed: stops at the first thing met that collapse() would change and returns false, the counts then partial
/// (a paragraph with a no-break space near its start is not read to its end for nothing). True and the counts of
/// measure_shape() otherwise.
bool measure_shape_or_stop(Block& b, std::string_view t);
/// measure_shape() without SSE2, eight bytes a step: what a build for another processor runs, compiled in every
/// build so that the tests compare it with the fast one.
bool measure_shape_portable(Block& b, std::string_view t);

/// The number of lines of `txt` (cut at "\n") holding a byte other than a space, a tab or "\r": the most blocks
/// segment() can make of it (a line of other white space only, a wrapped paragraph's lines, make fewer).
std::size_t lines_with_text(std::string_view txt);

/// count_stopwords_and_tags() of the words at `spans` in `lowered` (a Block's lower_word_spans and lower), for
/// segment(), whose page of lowered lines ends with sixteen bytes of padding: sixteen bytes are readable from every
/// word's start, so that a word's key in the table is two loads (lexicon.cpp). The same counts.
void count_stopwords_and_tags_padded(const char* lowered, std::span<const text::WordSpan> spans, std::span<int> hits,
                                     std::span<int, notice_tag_kinds> tag_counts);

} // namespace archive
