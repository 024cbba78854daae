// Helpers shared by the test files that classify whole pages.
#pragma once

#include <archive/archive.hpp>
#include <catch2/catch.hpp>

#include "pipeline.hpp"

#include <string>
#include <vector>

namespace archive::test {

/// The headings of an article's sections, in order, leaving out the sections without one.
inline std::vector<std::string> headings_of(const Article& a) {
    std::vector<std::string> headings;
    for (const auto& s : a.sections)
        if (s.heading)
            headings.push_back(*s.heading);
    return headings;
}

/// A page in a language and the headings its sections should have, in order.
struct HeadingRow {
    const char* lang;
    const char* page;
    std::vector<std::string> headings;
};

/// Checks each row: the headings of the page segmented and classified in its language.
inline void check_heading_rows(const std::vector<HeadingRow>& rows) {
    for (const auto& r : rows) {
        INFO(r.page);
        CHECK(headings_of(classify(segment(r.page), r.lang)) == r.headings);
    }
}

/// A page in a language and the line of it a test looks for.
struct PageRow {
    const char* lang;
    const char* page;
    const char* line;
};

/// The paragraphs of all sections, in order.
inline std::vector<std::string> paragraphs_of(const Article& a) {
    std::vector<std::string> paragraphs;
    for (const auto& s : a.sections)
        paragraphs.insert(paragraphs.end(), s.paragraphs.begin(), s.paragraphs.end());
    return paragraphs;
}

} // namespace archive::test
