// Helpers shared by the test files that classify whole pages.
#pragma once

#include <archive/archive.hpp>
#include <catch2/catch.hpp>

#include "pipeline.hpp"

#include <algorithm>
#include <string>
#include <vector>

namespace archive::test {

/// A page of the given lines, each closed by a line end (no blank line between them).
inline std::string page_of(const std::vector<std::string>& lines) {
    std::string page;
    for (const auto& l : lines)
        page += l + "\n";
    return page;
}

/// Whether `line`, whole, is one of the record's boilerplate lines.
inline bool in_boilerplate(const Article& a, const std::string& line) {
    return std::find(a.boilerplate.begin(), a.boilerplate.end(), line) != a.boilerplate.end();
}

/// The texts of segment()'s blocks, in order.
inline std::vector<std::string> texts_of(const std::vector<Block>& blocks) {
    std::vector<std::string> out;
    for (const auto& b : blocks)
        out.push_back(b.text);
    return out;
}

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

/// Checks that each of `lines` heads a section of `a` and is none of its paragraphs (an interview's questions over
/// their answers).
inline void check_headings_not_paragraphs(const Article& a, const std::vector<std::string>& lines) {
    const auto headings = headings_of(a);
    const auto paragraphs = paragraphs_of(a);
    for (const std::string& line : lines) {
        INFO(line);
        CHECK(std::find(headings.begin(), headings.end(), line) != headings.end());
        CHECK(std::find(paragraphs.begin(), paragraphs.end(), line) == paragraphs.end());
    }
}

/// A page in a language, the lines of a box in it that leave the body and the paragraphs around it that stay.
struct BoxRow {
    const char* lang;
    const char* page;
    std::vector<const char*> gone; // the box's lines, none of them a paragraph or a heading
    std::vector<const char*> kept; // the paragraphs around it (or a heading)
};

/// Checks each row: no line of `gone` is a paragraph or a heading of the page classified in its language, every
/// line of `kept` is one.
inline void check_boxes(const std::vector<BoxRow>& rows) {
    for (const BoxRow& r : rows) {
        INFO(r.page);
        const Article a = classify(segment(r.page), r.lang);
        const auto paragraphs = paragraphs_of(a);
        const auto headings = headings_of(a);
        auto held = [&](const char* line) {
            return std::find(paragraphs.begin(), paragraphs.end(), line) != paragraphs.end() ||
                   std::find(headings.begin(), headings.end(), line) != headings.end();
        };
        for (const char* line : r.gone) {
            INFO(line);
            CHECK_FALSE(held(line));
        }
        for (const char* line : r.kept) {
            INFO(line);
            CHECK(held(line));
        }
    }
}

/// The credits of an article's media, in order ("" for a picture without one).
inline std::vector<std::string> credits_of(const Article& a) {
    std::vector<std::string> credits;
    for (const auto& m : a.media)
        credits.push_back(m.credit.value_or(""));
    return credits;
}

/// An English page of a paper's name, a headline, the given lines under it and two paragraphs of text, parsed.
inline Article ferry_page(const std::string& under_headline) {
    return parse("Harbour Weekly\nFerry line to reopen after two-year repair\n" + under_headline +
                     "\nThe ferry line that links the two banks of the river will reopen on Monday after a two-year "
                     "repair, its operator said on Thursday.\n"
                     "The operator said it had spent more than it planned on the new engines, and that fares would "
                     "rise by a tenth from the summer.\n",
                 "page.txt");
}

} // namespace archive::test
