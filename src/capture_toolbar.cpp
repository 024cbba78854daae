// A web archive's toolbar printed over the page it captured (capture_toolbar.hpp).
#include "capture_toolbar.hpp"

#include "lexicon.hpp"
#include "page.hpp"
#include "text.hpp"

#include <algorithm>

namespace archive {

void mark_capture_toolbar(Page& p) {
    const std::size_t first_lines = 3, most_toolbar_lines = 30;
    const int most_box_line_words = 8;
    const std::vector<Block>& blocks = p.blocks;
    const std::size_t n = blocks.size();
    static const auto& openings = common_lexicon().list("capture_toolbar_openings"); // (looked up once)
    static const auto& closings = common_lexicon().list("capture_toolbar_closings");
    std::size_t from = n;
    for (std::size_t k = 0; k < n && k < first_lines && from == n; ++k) {
        // (An address follows the opening phrase: "The Wayback Machine - https://...".)
        if (blocks[k].urls == 0 && blocks[k].text.find("://") == std::string::npos)
            continue;
        const std::string low = text::lower(blocks[k].text);
        for (const auto& opening : openings)
            if (!opening.empty() && low.starts_with(opening) && low.size() > opening.size())
                from = k;
    }
    if (from == n)
        return;
    std::size_t to = n; // the toolbar's last line
    for (std::size_t k = from + 1; k < n && k <= from + most_toolbar_lines; ++k) {
        const std::string low = text::lower(blocks[k].text);
        if (std::find(closings.begin(), closings.end(), low) != closings.end())
            to = k;
    }
    if (to == n)
        return;
    // ("About this capture" / "COLLECTED BY" / "Organization: Internet Archive": the box's lines under its title.)
    static const LexiconSection* labels = common_lexicon().section("capture_toolbar_box_labels");
    while (labels != nullptr && to + 1 < n && blocks[to + 1].words <= most_box_line_words) {
        const std::string low = text::lower(blocks[to + 1].text);
        const std::size_t colon = low.find(':');
        if (!labels->has(colon == std::string::npos ? std::string_view(low) : std::string_view(low).substr(0, colon)))
            break;
        ++to;
    }
    for (std::size_t t = from; t <= to; ++t)
        if (p.role[t] == Role::none)
            p.role[t] = Role::boilerplate;
}

} // namespace archive
