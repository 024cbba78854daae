// Tests of the order of day and month that a time zone printed beside a date of numbers tells on an English page
// ("11/01/2021 09:15 GMT" is 11 January, "11/01/2021 9:15 EST" November 1): British, Irish and Australian sites write
// the day first, American ones the month first.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "test_pages.hpp"

#include <string>

using namespace archive;

TEST_CASE("a time zone beside a date of numbers tells its order of day and month", "[classify][dates][zones]") {
    struct Row {
        const char* line;
        const char* published;
    };
    const Row rows[] = {
        {"11/01/2021 09:15 GMT", "2021-01-11T09:15"},
        {"Published 04/03/2022 18:40 BST", "2022-03-04T18:40"},
        {"Published: 07/02/2023, 06:30 (AEDT)", "2023-02-07T06:30"},
        // An American zone, or none, leaves the English reading: the month first.
        {"Published 11/01/2021 9:15 EST", "2021-11-01T09:15"},
        {"11/01/2021 09:15", "2021-11-01T09:15"},
    };
    for (const auto& r : rows) {
        INFO(r.line);
        const Article a = test::ferry_page(r.line);
        REQUIRE(a.published);
        CHECK(*a.published == r.published);
    }
}
