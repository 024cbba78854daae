// The caption tables of the media tests: a caption line and the credit split_trailing_credit() cuts off its end, and
// a caption whose picture's or caption's label drop_caption_picture_labels() takes off when its credit stands apart.
// One row loop each, for the tests that share them.
#pragma once

#include <catch2/catch.hpp>

#include "classify.hpp"
#include "page.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace archive::test {

/// A caption's line closed by its credit: the whole line is no credit line, and split_trailing_credit() cuts it into
/// `caption` and `credit`.
struct CaptionSplitRow {
    const char* line;
    const char* caption;
    const char* credit;
};

template <std::size_t N> void check_caption_splits(const CaptionSplitRow (&rows)[N]) {
    for (const auto& r : rows) {
        INFO(r.line);
        CHECK_FALSE(is_credit_line(std::string_view(r.line)));
        const auto split = split_trailing_credit(std::string_view(r.line));
        REQUIRE(split.has_value());
        CHECK(split->first == r.caption);
        CHECK(split->second == r.credit);
    }
}

/// A media's caption and its credit (nullptr: none), and the caption drop_caption_picture_labels() leaves: `want`.
struct CaptionLabelRow {
    const char* caption;
    const char* credit;
    const char* want;
};

template <std::size_t N> void check_caption_labels(const CaptionLabelRow (&rows)[N]) {
    for (const auto& r : rows) {
        INFO(r.caption);
        Article a;
        a.media.push_back(Media{std::string(r.caption),
                                r.credit != nullptr ? std::optional<std::string>(r.credit) : std::nullopt});
        drop_caption_picture_labels(a);
        CHECK(a.media[0].caption == std::optional<std::string>(r.want));
    }
}

} // namespace archive::test
