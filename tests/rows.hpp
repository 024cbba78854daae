// Small helpers of the table-driven tests of the classify heuristics: the shapes their row loops share.
#pragma once

#include <catch2/catch.hpp>

#include "pipeline.hpp"

#include <string>

namespace archive::test {

/// The one block a line segments into.
inline Block block_of(const std::string& line) {
    auto blocks = segment(line);
    REQUIRE(blocks.size() == 1);
    return blocks[0];
}

} // namespace archive::test
