// The sections of a match report under its box of facts or marks (match_facts.cpp), for classify().
#pragma once

#include <cstddef>

namespace archive {

struct Page;

/// "Player ratings / <marks> / Man of the match: Bruno Costa. / Opta stats / <sentence> / What's next? / <sentence>":
/// the sentences of the sections that past_match_facts() takes into the region under the box of a report whose
/// region is [rs, re] (the region before it) are the article's text in their context, however few of their words
/// are stopwords (their quality is made good), so that the sections keep them.
void keep_sections_under_match_box(Page& p, std::size_t rs, std::size_t re);

} // namespace archive
