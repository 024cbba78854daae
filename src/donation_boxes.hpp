// A box asking for a gift between two parts of a story: amounts, each over what it pays for, and the box's button
// ("£25 / could pay for a spare part / £60 / could train a mechanic / Donate today"): donation_boxes.cpp.
#pragma once

#include "page.hpp"

#include <cstddef>

namespace archive {

/// The last line (the button) of the box of amounts that opens at line k, or 0 when no such box opens there.
std::size_t donation_box_end(const Page& p, std::size_t k);

/// The first line of the box of amounts that drop_donation_boxes() took out of the body right above the line `at`, or
/// `at` when none ends there.
std::size_t above_donation_box(const Page& p, std::size_t at);

/// Takes the boxes of amounts inside the region [rs, re] out of the body (their lines become boilerplate).
void drop_donation_boxes(Page& p, std::size_t rs, std::size_t re);

} // namespace archive
