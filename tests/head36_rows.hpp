// Table-driven tests of a page's head (head36): a whole invented page, the language detected, and the headline and
// lede parse() should find on it.
#pragma once

#include <catch2/catch.hpp>

#include "archive/archive.hpp"

namespace archive::test {

/// One row: the page, its language, the headline (nullptr: not checked) and the lede expected of it.
struct HeadLedeRow {
    const char* page;
    const char* lang;
    const char* headline;
    const char* lede;
};

/// Checks each row's language, headline and lede; returns the articles for further checks.
template <std::size_t N> std::vector<Article> check_head_ledes(const HeadLedeRow (&rows)[N]) {
    std::vector<Article> out;
    for (const HeadLedeRow& r : rows) {
        INFO(r.page);
        Article a = parse(r.page);
        CHECK(a.language == r.lang);
        if (r.headline != nullptr)
            CHECK(a.headline.value_or("") == r.headline);
        CHECK(a.lede.value_or("") == r.lede);
        out.push_back(std::move(a));
    }
    return out;
}

} // namespace archive::test
