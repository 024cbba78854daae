// A team's goals as a result line prints them, read alike by the headline's result lines (headline.cpp) and the
// match box's score line (match_facts.cpp).
#pragma once

#include <string_view>

namespace archive {

/// "3", "12": a token of one or two figures, a team's goals in a result line ("Lens 2 Marseille 1", "Real Madrid 3 -
/// 1 Atlético"); "123", "2a" and "" are not.
inline bool goals_token(std::string_view t) {
    return !t.empty() && t.size() <= 2 && t.find_first_not_of("0123456789") == std::string_view::npos;
}

} // namespace archive
