// A chronology closing the article under its own heading ("Zeittafel / 1908 Gründung des Vereins / 1921
// Fußballabteilung", "Timeline / 1908 Club founded / 1949 Refounded"): a box of facts whose items open with a year,
// though an item holds no word in small letters, joins the region (region_facts.cpp fact_box_end()). Invented lines.
#include <catch2/catch.hpp>

#include "region_pages.hpp"
#include "rows.hpp"

#include <string>

using namespace archive;

TEST_CASE("a chronology under its heading after the last paragraph stays in the body", "[region][region42]") {
    struct Row {
        const char* lang;
        std::string page;
        const char* heading;
        const char* item;
        const char* footer;
    };
    const Row rows[] = {
        {"de",
         test::article_with_tail("de", "Zeittafel\n1908 Gründung des Hafenvereins\n1921 Fährlinie\n1949 Neugründung\n"
                                       "1974 Einweihung des Ostkais\nStartseite\nKontakt\n"),
         "Zeittafel", "1949 Neugründung", "Startseite"},
        {"en",
         test::article_with_tail("en", "Timeline\n1908 Harbour club founded\n1921 Ferry line opened\n1949 Refounded\n"
                                       "1974 East quay opened\nHome\nContact\n"),
         "Timeline", "1949 Refounded", "Home"},
    };
    for (const Row& r : rows) {
        INFO(r.lang);
        const Article a = classify(segment(r.page), r.lang);
        CHECK(test::in_text(a, r.heading));
        CHECK(test::in_text(a, r.item));
        CHECK(test::in_boilerplate(a, r.footer));
    }
}

TEST_CASE("a line opening with a year is a chronology's entry only with a word after the year", "[region][region42]") {
    // A table's row of figures under a heading is no chronology: "Ergebnisse / 2019 2020 2021 / 1204 1310 1422".
    const std::string de = test::article_with_tail(
        "de", "Ergebnisse\n2019 2020 2021\n1204 1310 1422\n98 97 99\nStartseite\nKontakt\n");
    const Article a = classify(segment(de), "de");
    CHECK_FALSE(test::in_text(a, "1204 1310 1422"));
}
