// Table-driven headline tests: a page of a kind, in a language, and the headline classify() should find on it.
#pragma once

#include <catch2/catch.hpp>

#include "pipeline.hpp"

#include <cstddef>
#include <string>

namespace archive::test {

/// One row: what kind of page it is, its language, the page and the headline expected of it ("<none>" for none).
struct HeadlineRow {
    const char* name;
    const char* language;
    std::string page;
    const char* headline;
};

/// Checks each row's headline.
inline void check_headlines(const HeadlineRow* begin, const HeadlineRow* end) {
    for (const HeadlineRow* r = begin; r != end; ++r) {
        INFO(r->name);
        Article a = classify(segment(r->page), r->language);
        CHECK(a.headline.value_or("<none>") == r->headline);
    }
}

/// One row: a page parsed whole and the kicker, headline and lede expected of it ("" for none).
struct HeadRow {
    std::string page;
    const char* kicker;
    const char* headline;
    const char* lede;
};

/// Checks each row's kicker, headline and lede.
template <std::size_t N> void check_heads(const HeadRow (&rows)[N]) {
    for (const HeadRow& r : rows) {
        INFO(r.headline);
        const Article a = parse(r.page, "x");
        CHECK(a.kicker.value_or("") == r.kicker);
        CHECK(a.headline.value_or("") == r.headline);
        CHECK(a.lede.value_or("") == r.lede);
    }
}

} // namespace archive::test
