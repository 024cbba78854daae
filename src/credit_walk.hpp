// The walk of credit_under_sentences() with what it asked of each line kept for the next walk over the same lines:
// the section loop asks it of consecutive lines, whose walks read the same few lines again (region_edges.cpp,
// sections.cpp). Internal to the classify stage.
#pragma once

#include "page.hpp"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace archive {

/// For each line of one page, what a walk found it to be (a credit closing the text, an advertisement's label, a
/// sentence), each found once: bits of CreditLine. Empty until the first walk; one memo a page.
struct CreditMemo {
    std::vector<std::uint8_t> lines;
};

/// credit_under_sentences() reading and filling `memo` (the page's, filled by walks over it alone).
std::size_t credit_under_sentences(const Page& p, std::size_t from, CreditMemo& memo,
                                   std::size_t* last_sentence = nullptr);

/// kept_as_text() whose walk to a credit under the line reads and fills `memo` (the page's).
bool kept_as_text(const Page& p, std::size_t k, std::size_t rs, std::size_t re, const std::vector<char>& listed,
                  CreditMemo& memo);

} // namespace archive
