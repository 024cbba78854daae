// A time of day printed in figures ("20:30", "20.30", "20h30", "8:15"), read by the bylines' time stamps
// (time_token(), byline_places.cpp), the live blog's stamps (dotted_time(), region_live.cpp) and the region's timed
// sentences (clock_time_in(), region_joins.cpp). Header-only: a few byte comparisons.
#pragma once

#include <cstddef>
#include <string_view>

namespace archive::clock_times {

/// "20", "8", "08" at byte `at` of `s`: the byte past an hour of the day, one or two figures below 24 with no third
/// figure after them; `at` when none ("24", "25", "120": no hour a page prints for a time of day).
inline std::size_t hour_end(std::string_view s, std::size_t at) {
    const std::size_t most_figures = 2, hours = 24;
    std::size_t k = at, hour = 0;
    while (k < s.size() && k - at <= most_figures && s[k] >= '0' && s[k] <= '9')
        hour = hour * 10 + static_cast<std::size_t>(s[k++] - '0');
    return k == at || k - at > most_figures || hour >= hours ? at : k;
}

/// "20:30", "20.30", "20h30", "8:15" at byte `at` of `s`: the byte past a time of day, an hour (hour_end()), one of
/// the `marks` (":h", ".", ".:h"), two figures of minutes below 60 and no third figure; `at` when none ("20.75",
/// "25:10", "1.200": no time).
inline std::size_t clock_time_end(std::string_view s, std::size_t at, std::string_view marks) {
    const std::size_t k = hour_end(s, at);
    auto figure = [&](std::size_t i) { return i < s.size() && s[i] >= '0' && s[i] <= '9'; };
    if (k == at || k >= s.size() || marks.find(s[k]) == std::string_view::npos || !figure(k + 1) || s[k + 1] > '5' ||
        !figure(k + 2) || figure(k + 3))
        return at;
    return k + 3;
}

} // namespace archive::clock_times
