// Checks of where a line of a page ends up in its record: shared by the test files that parse whole pages.
#pragma once

#include "archive/archive.hpp"

#include <algorithm>
#include <string>

namespace archive::test {

/// True when `line` is a paragraph of one of the article's sections.
inline bool in_body(const Article& a, const std::string& line) {
    return std::any_of(a.sections.begin(), a.sections.end(), [&](const Section& s) {
        return std::find(s.paragraphs.begin(), s.paragraphs.end(), line) != s.paragraphs.end();
    });
}

/// True when `line` is a section's heading.
inline bool is_heading(const Article& a, const std::string& line) {
    return std::any_of(a.sections.begin(), a.sections.end(), [&](const Section& s) { return s.heading == line; });
}

/// True when `line` is in the article's text: a paragraph of a section or a section's heading.
inline bool in_sections(const Article& a, const std::string& line) { return in_body(a, line) || is_heading(a, line); }

/// True when one of the article's media has this caption.
inline bool has_media(const Article& a, const std::string& caption) {
    return std::any_of(a.media.begin(), a.media.end(), [&](const Media& m) { return m.caption == caption; });
}

/// True when one of the article's media has this caption and this credit.
inline bool has_media(const Article& a, const std::string& caption, const std::string& credit) {
    return std::any_of(a.media.begin(), a.media.end(),
                       [&](const Media& m) { return m.caption == caption && m.credit == credit; });
}

} // namespace archive::test
