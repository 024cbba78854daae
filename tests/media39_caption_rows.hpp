// The caption tables of the media tests: a caption line and the credit split_trailing_credit() cuts off its end, and
// a caption whose picture's or caption's label drop_caption_picture_labels() takes off when its credit stands apart.
// Lines that are credit lines or not, and pages whose caption and credit make a medium. One row loop each, for the
// tests that share them.
#pragma once

#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "classify.hpp"
#include "page.hpp"

#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

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

/// A line and whether is_credit_line() takes it.
template <std::size_t N> void check_credit_lines(const std::pair<const char*, bool> (&rows)[N]) {
    for (const auto& [line, credit] : rows) {
        INFO(line);
        CHECK(is_credit_line(std::string_view(line)) == credit);
    }
}

/// A page of the lines over the picture (`head`), the caption's line, the credit's line under it and the text: the
/// record holds the medium of that caption and credit.
struct CaptionPageRow {
    const char* lang;
    const char* head;
    const char* caption;
    const char* credit;
    const char* text;
};

template <std::size_t N> void check_caption_pages(const CaptionPageRow (&rows)[N]) {
    for (const CaptionPageRow& r : rows) {
        INFO(r.lang << ": " << r.credit);
        const Article a = parse(std::string(r.head) + r.caption + "\n" + r.credit + "\n\n" + r.text);
        CHECK(std::any_of(a.media.begin(), a.media.end(), [&](const Media& m) {
            return m.caption == std::string(r.caption) && m.credit == std::string(r.credit);
        }));
    }
}

} // namespace archive::test
