// The classify stage's working state, shared by classify.cpp and headline.cpp (internal).
#pragma once

#include "classify.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace archive {

enum class Role { none, boilerplate, kicker, headline, lede, byline, date, caption, credit, heading, paragraph,
                  source_tag, duplicate };

struct Page {
    const std::vector<Block>& blocks;
    std::string language;
    std::vector<Quality> raw_quality; // context-free
    std::vector<Quality> quality;     // after the context-sensitive pass
    std::vector<Role> role;
    std::vector<bool> soft_caption;   // a caption only by its neighbours (a credit below, its own repeat): may be the headline
    Article article;
};

/// The headline among the lines around the article's start: `first_text` is the first block of the region
/// [rs, re] that has no role yet.
std::optional<std::size_t> choose_headline(const Page& p, std::size_t first_text, std::size_t re);

} // namespace archive
