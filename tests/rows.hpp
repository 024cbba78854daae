// Small helpers of the table-driven tests of the classify heuristics: the shapes their row loops share.
#pragma once

#include <catch2/catch.hpp>

#include "pipeline.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace archive::test {

/// The one block a line segments into.
inline Block block_of(const std::string& line) {
    auto blocks = segment(line);
    REQUIRE(blocks.size() == 1);
    return blocks[0];
}

/// Checks that reading `line` found something, and that it is `want`: a row's `INFO, call, REQUIRE, CHECK`.
template <typename Found, typename Want>
void check_found(std::string_view line, const std::optional<Found>& found, const Want& want) {
    INFO(line);
    REQUIRE(found);
    CHECK(*found == want);
}

/// Whether `line` is one of `lines` (a paragraph of a page, a heading...).
inline bool contains(const std::vector<std::string>& lines, std::string_view line) {
    return std::find(lines.begin(), lines.end(), line) != lines.end();
}

} // namespace archive::test
