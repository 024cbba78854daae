// What the three files of the region's edges that leave it share: region_edges.cpp (trim_region() and its trims),
// region_author_boxes.cpp (the author's box) and region_body_drops.cpp (the lines inside the region that leave the
// body). Internal to the classify stage.
#pragma once

#include "page.hpp"

#include <cstddef>
#include <utility>

namespace archive {

/// The run [rs, re] cut over the author's box among its last lines, box by box (region_author_boxes.cpp).
std::pair<std::size_t, std::size_t> trim_author_box(const Page& p, std::size_t rs, std::size_t re);
/// "Réservé aux abonnés" over paragraphs: line k a subscribers' badge, no paywall's cut (region_edges.cpp).
bool paywall_badge(const Page& p, std::size_t k, std::size_t re, std::size_t least_paragraphs);

} // namespace archive
