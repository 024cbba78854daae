// Helpers of the table-driven byline and date tests: a byline line's expected names, and a page built around the
// lines under its headline in one language.
#pragma once

#include <catch2/catch.hpp>

#include "bylines.hpp"
#include "classify.hpp"
#include "pipeline.hpp"

#include <optional>
#include <string>
#include <vector>

namespace archive::test {

/// A byline, the page's language and the names byline_authors() reads from it.
struct BylineRow {
    const char* line;
    const char* lang;
    std::vector<std::string> names;
};

/// Checks each row: byline_authors() of its line in its language gives its names.
inline void check_byline_rows(const std::vector<BylineRow>& rows) {
    for (const auto& r : rows) {
        INFO(r.line);
        CHECK(byline_authors(r.line, r.lang) == std::optional<std::vector<std::string>>(r.names));
    }
}

/// A page in `lang`: the site's name and menu, `title`, the lines `under` it, two paragraphs of `sentence` and a
/// share button, classified.
inline Article page_under_title(const char* lang, const std::string& title, const std::string& under,
                                const std::string& sentence) {
    const std::string page = "Harbour Notes\nHome | Port | Sport\n\n" + title + "\n" + under + "\n\n" + sentence + " " +
                             sentence + "\n\n" + sentence + "\n\nShare\n";
    return classify(segment(page), lang);
}

} // namespace archive::test
