// Headline rules on the lines next to the best-scored title, kept out of headline_choice.cpp (which holds the scores
// and applies them).
#include "bylines.hpp"
#include "headline.hpp"
#include "page.hpp"

#include <string>

namespace archive {

bool byline_over_title(const Page& p, std::size_t name, std::size_t title) {
    const int least_title_words = 3;
    const std::size_t most_apart = 2; // the title, perhaps printed twice
    if (title <= name || title > name + most_apart || title >= p.blocks.size())
        return false;
    for (std::size_t k = name + 1; k < title; ++k)
        if (p.role[k] != Role::duplicate)
            return false;
    return p.blocks[title].words >= least_title_words && names_line(p.blocks[name].text).has_value();
}

bool named_in_byline(const Page& p, std::size_t name) {
    const std::string& person = p.blocks[name].text;
    for (std::size_t k = 0; k < p.blocks.size(); ++k)
        if (k != name && p.role[k] == Role::byline && p.blocks[k].text.find(person) != std::string::npos)
            return true;
    return false;
}

} // namespace archive
