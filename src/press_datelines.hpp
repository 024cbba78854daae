// The dateline of a press release: the place (or places joined by a slash) and the day it was issued, opening its
// first paragraph or standing on a line of its own ("Weiden/Kaltenbrunn, 3. März 2025. Die ...", "Paris, le 3 mars
// 2025 – ...", "LONDON, March 3, 2025 /PRNewswire/ -- ...").
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace archive {

struct PressDateline {
    std::string place; ///< "Weiden/Kaltenbrunn", "LONDON"
    std::string iso;   ///< the day, ISO 8601
};

/// The place and the day opening `paragraph`: capitalised words (a slash may join places), a comma, the date (after
/// an article, "le", "am"), then a full stop, a dash or a wire's name between slashes and a dash, and the text or the
/// line's end. Nothing for any other line.
std::optional<PressDateline> press_dateline(std::string_view paragraph, std::string_view language);

} // namespace archive
