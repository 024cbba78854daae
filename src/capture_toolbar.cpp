// A web archive's toolbar printed over the page it captured (capture_toolbar.hpp).
#include "capture_toolbar.hpp"

#include "lexicon.hpp"
#include "page.hpp"
#include "text.hpp"

namespace archive {

void mark_capture_toolbar(Page& p) {
    const std::size_t first_lines = 3, most_toolbar_lines = 30;
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
    for (std::size_t k = from + 1; k < n && k <= from + most_toolbar_lines; ++k) {
        const std::string low = text::lower(blocks[k].text);
        for (const auto& closing : closings) {
            if (low != closing)
                continue;
            for (std::size_t t = from; t <= k; ++t)
                if (p.role[t] == Role::none)
                    p.role[t] = Role::boilerplate;
            return;
        }
    }
}

} // namespace archive
