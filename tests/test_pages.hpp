// Helpers shared by the test files that classify whole pages.
#pragma once

#include <archive/archive.hpp>

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
