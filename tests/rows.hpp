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

/// Checks that reading `line` found `want`, or nothing when `want` is empty (a table of rows and counter-rows).
template <typename Found, typename Want>
void check_found_or_none(std::string_view line, const std::optional<Found>& found, const Want& want) {
    INFO(line);
    if (want.empty()) {
        CHECK_FALSE(found);
    } else {
        REQUIRE(found);
        CHECK(*found == want);
    }
}

/// Whether `line` is one of `lines` (a paragraph of a page, a heading...).
inline bool contains(const std::vector<std::string>& lines, std::string_view line) {
    return std::find(lines.begin(), lines.end(), line) != lines.end();
}

/// A line and whether a check of notices (or of another kind of line) takes it for one.
struct NoticeRow {
    const char* line;
    bool notice;
};

/// Each row's line is taken by `is_notice` as the row says; `of_block`, when given, tells the same of the line's block
/// (read from its cached lower-cased words).
template <std::size_t N>
void check_notices(const NoticeRow (&rows)[N], bool (*is_notice)(std::string_view),
                   bool (*of_block)(const Block&) = nullptr) {
    for (const auto& r : rows) {
        INFO(r.line);
        CHECK(is_notice(r.line) == r.notice);
        if (of_block != nullptr)
            CHECK(of_block(segment(r.line).at(0)) == r.notice);
    }
}

/// Each row's line, as the block it segments into, is taken by `of_block` as the row says.
template <std::size_t N>
void check_block_notices(const NoticeRow (&rows)[N], bool (*of_block)(const Block&)) {
    for (const auto& r : rows) {
        INFO(r.line);
        CHECK(of_block(segment(r.line).at(0)) == r.notice);
    }
}

} // namespace archive::test
