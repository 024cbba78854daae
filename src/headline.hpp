// Heuristics of headline finding (src/headline.cpp), exposed for table-driven unit tests.
#pragma once

#include <string_view>

namespace archive {

/// "Raspberry Pi 3 - A tiny computer for everyone - Sold out in a week": a title whose pieces between free-standing
/// dashes are each a few words long, unlike a breadcrumb ("Home - News - Headline") or a title bar.
bool dashed_title(std::string_view line);

/// "Medien über Corona: Zwischen Panikm...", "Eine Insel mit zwei Zwergen…": a line trailing off in an ellipsis,
/// a teaser cut short or a site's tagline; a headline is printed whole.
bool trails_off(std::string_view line);

} // namespace archive
