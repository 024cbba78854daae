// The items of a list of dates in the article's text, "DATE, TIME – what, where" (region_lists.cpp), which the region
// takes in under its last paragraph (region_facts.cpp) and rates as text. Internal to the classify stage.
#pragma once

#include "pipeline.hpp"

#include <cstddef>
#include <vector>

namespace archive {

/// "10. Jänner 2027, 9 Uhr – Bezirksverein Tulln, Lehrbienenstand Langenlebarn", "Sat 6 Dec, 2 pm – Guided walk, Old
/// Town Hall": an item of a list of dates, a day and an hour (a figure and a comma before the dash), then what and
/// where in two to twelve words opening with a letter, one clause without an hour of its own ("12.11.2026 – 20:05",
/// a page's date and time, is none; "Heilbronn, 3. Dezember 2026 – Die Solvatec GmbH eröffnet ... .", a press
/// release's opening, runs on in a sentence).
bool dated_dash_item(const Block& b);

/// Line k a dated_dash_item() with another right over or under it: an item of a list of dates, no date line of the
/// page ("3. Mai 2026, 10 Uhr – Von Anna Keller" alone is one, with its byline).
bool listed_dated_item(const std::vector<Block>& blocks, std::size_t k);

} // namespace archive
