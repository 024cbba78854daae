// A line that is a label alone, naming the day printed on the line under it as no day of the page's (read by
// dates.cpp with the labels read_dates() sets aside on a date line).
#pragma once

#include <string_view>

namespace archive {

/// "Joined", "Member since:", "Mitglied seit", "Inscrit le :", "Release date": the whole line one label of the
/// lexicon's event_date_labels or profile_date_labels (a colon may close it), whose day stands on the next line: a
/// forum member's day of joining, an event's or a release's day, no day the page was published.
bool other_day_label_line(std::string_view line);

} // namespace archive
