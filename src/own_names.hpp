// The page's own names handed from the classify stage to the quotes stage: the two stages' calls of pipeline.hpp with
// the names as well ("24heures", "20minuten", "letemps": own_names_for_quotes(), own_name_credits.hpp: its address's,
// its copyright's owner, a masthead's holding a figure, as own_name_key() writes them). parse() calls these.
#pragma once

#include "pipeline.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace archive {

/// classify() for blocks the caller has no more use for, handing back the page's own names as well.
Article classify(std::vector<Block>&& blocks, std::string_view language, std::vector<std::string>& own_names);

/// extract_quotes() on a page of the given own names: a mention spelling one ("écrit 24 heures", "laut 20 Minuten")
/// names the paper itself, a publication, which holds no person's role (quote_publications.cpp).
std::vector<Quote> extract_quotes(const Article& article, const std::vector<std::string>& own_names);

} // namespace archive
