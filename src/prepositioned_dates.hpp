// A post's line of facts opened by the preposition of its day ("am 3. März 2024 von Anna Muster in Reisen"), read by
// the facts' dates (classify_dates.cpp) and their authors (byline_dates.cpp); defined in dates.cpp.
#pragma once

#include "dates.hpp"

#include <optional>
#include <string_view>

namespace archive {

/// "am 3. März 2024 von Anna Muster in Reisen", "on 3 March 2024 by Jane Roe in News", "le 3 mars 2024 par Jeanne
/// Roux dans Voyages": a line opened by a preposition of a day (lexicon section date_prepositions), then a date: that
/// date as leading_date() reads it, its `end` counted from the line's start.
std::optional<LeadingDate> prepositioned_leading_date(std::string_view line, std::string_view language);

} // namespace archive
