// Helpers of the table-driven credit tests: the agencies a tag line credits, and a caption line's split into its
// caption and the credit closing it.
#pragma once

#include <catch2/catch.hpp>

#include "classify.hpp"

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace archive::test {

/// A line and the agencies agency_tag() reads from it.
struct TagRow {
    const char* line;
    std::vector<std::string> agencies; // empty: no agency tag
};

/// Checks each row: agency_tag() of its line gives its agencies (none: no tag).
inline void check_tags(const std::vector<TagRow>& rows) {
    for (const TagRow& r : rows) {
        INFO(r.line);
        CHECK(agency_tag(r.line).value_or(std::vector<std::string>{}) == r.agencies);
    }
}

/// A line, and the caption and credit split_trailing_credit() parts it into.
struct Split {
    const char* line;
    const char* caption;
    const char* credit;
};

/// Checks each row: split_trailing_credit() of its line finds a credit, and parts the line into its caption and credit.
inline void check_splits(std::initializer_list<Split> rows) {
    for (const Split& row : rows) {
        CAPTURE(row.line);
        const auto split = split_trailing_credit(std::string_view(row.line));
        REQUIRE(split);
        CHECK(split->first == row.caption);
        CHECK(split->second == row.credit);
    }
}

} // namespace archive::test
