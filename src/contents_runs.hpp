// A table of contents without numbers, read before the article's region is known (contents.cpp): neither its entries
// nor their copies further down, the article's headings, are the page's title, and the region opens at the first of
// those headings at the latest.
#pragma once

#include "pipeline.hpp"

#include <cstddef>
#include <vector>

namespace archive {

/// What a line is to a table of contents without numbers (unnumbered_contents_lines()).
namespace ContentsLine {
inline constexpr char none = 0, entry = 1, heading = 2, label = 3;
}

/// "Contents / Who can apply / How to apply / If you are refused / Who can apply / <text> / How to apply / ...": for
/// each line, whether it is an entry of a run of three heading-like lines or more (two under a contents label:
/// "Contents", "On this page", "Inhalt", "Sommaire") that the page prints again further down, each copy a line of its
/// own, in the run's order, with text between them; the first of those copies under an entry (a heading of the
/// article); or the contents' label. None is a title of the page.
std::vector<char> unnumbered_contents_lines(const std::vector<Block>& blocks);

/// "Contents / Who can apply / How to apply / Who can apply / <text> / How to apply / <text>": the region [rs, re]
/// opening under the first heading of such a contents (`toc_lines`: unnumbered_contents_lines()), right under its
/// last entry, while a later heading stands in it, opens at that first heading (the line returned); otherwise rs.
std::size_t open_at_contents_heading(const std::vector<char>& toc_lines, std::size_t rs, std::size_t re);

} // namespace archive
