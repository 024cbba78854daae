// A table of contents without numbers asked about one line, before the article's region is known (contents.cpp):
// neither its entries nor their copies further down, the article's headings, are the page's title, and the region
// opens at the first of those headings at the latest.
#pragma once

#include "pipeline.hpp"

#include <cstddef>
#include <vector>

namespace archive {

/// "Contents / Who can apply / How to apply / If you are refused / Who can apply / <text> / How to apply / ...": line
/// i is an entry of a run of three heading-like lines or more (two under a contents label: "Contents", "On this page",
/// "Inhalt", "Sommaire") that the page prints again further down, each copy a line of its own, in the run's order,
/// with text between them; or one of those copies, a heading of the article; or the contents' label. None is a title
/// of the page.
bool unnumbered_contents_line(const std::vector<Block>& blocks, std::size_t i);

/// "Contents / Who can apply / How to apply / Who can apply / <text> / How to apply / <text>": the region [rs, re]
/// opening under the first heading of such a contents, while a later heading stands in it, opens at that first heading
/// (the line returned); otherwise rs.
std::size_t open_at_contents_heading(const std::vector<Block>& blocks, std::size_t rs, std::size_t re);

/// Line k is a copy further down of an entry of such a contents: a heading of the article the contents lists.
bool contents_heading_copy(const std::vector<Block>& blocks, std::size_t k);

} // namespace archive
