// Table-driven tests of the first day of a month written as an ordinal in Italian, Spanish and Portuguese ("1º de
// março de 2021", "1.º de marzo de 2021", "1° marzo 2021": the ordinal mark, a dot before it or the degree sign that
// stands for it; lexicon section day_ordinals), beside the French and English ordinals read before.
#include "byline_rows.hpp"

#include "dates.hpp"

#include <utility>

using namespace archive;

TEST_CASE("the first of a month written as an ordinal is a date", "[dates][day_ordinal]") {
    const std::vector<std::pair<const char*, const char*>> pt = {
        {"1º de março de 2021", "2021-03-01"},
        {"Publicado em 1.º de março de 2021, às 09h15", "2021-03-01T09:15"},
        {"1° de março de 2021", "2021-03-01"}};
    const std::vector<std::pair<const char*, const char*>> es = {{"1º de marzo de 2021", "2021-03-01"},
                                                                 {"Publicado el 1.º de marzo de 2021", "2021-03-01"}};
    const std::vector<std::pair<const char*, const char*>> it = {
        {"1° marzo 2021", "2021-03-01"}, {"Pubblicato il 1º marzo 2021 alle 09:15", "2021-03-01T09:15"}};
    for (const auto& [lang, rows] : {std::pair{"pt", pt}, std::pair{"es", es}, std::pair{"it", it}})
        for (const auto& [line, iso] : rows) {
            INFO(line);
            const DateLine d = read_dates(line, lang);
            CHECK(d.is_date_line);
            CHECK(d.published.value_or("") == iso);
        }
    // The ordinals read before, and a dot glued to the day, are read as they were.
    CHECK(read_dates("1er mars 2021", "fr").published.value_or("") == "2021-03-01");
    CHECK(read_dates("March 1st, 2021", "en").published.value_or("") == "2021-03-01");
    CHECK(read_dates("5.März 2021", "de").published.value_or("") == "2021-03-05");
    // A degree after a figure with no month after it is a temperature.
    CHECK_FALSE(read_dates("1° nella notte", "it").published);
}

TEST_CASE("a page dated the first of a month as an ordinal gets its day", "[dates][day_ordinal]") {
    const Article a = test::page_under_title(
        "pt", "As balsas da manhã saem atrasadas", "Ana Souza\n1º de março de 2021",
        "As balsas partiram mais tarde esta manhã, porque o vento soprava forte e frio sobre a baía.");
    CHECK(a.published.value_or("") == "2021-03-01");
}
