// Table-driven tests of the first day of a month written as an ordinal in Italian, Spanish and Portuguese ("1º de
// março de 2021", "1.º de marzo de 2021", "1° marzo 2021": the ordinal mark, a dot before it or the degree sign that
// stands for it; lexicon section day_ordinals), beside the French and English ordinals read before.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "dates.hpp"
#include "pipeline.hpp"

#include <string>
#include <tuple>

using namespace archive;

TEST_CASE("the first of a month written as an ordinal is a date", "[dates][day_ordinal]") {
    for (const auto& [line, lang, iso] : {
             std::tuple{"1º de março de 2021", "pt", "2021-03-01"},
             std::tuple{"Publicado em 1.º de março de 2021, às 09h15", "pt", "2021-03-01T09:15"},
             std::tuple{"1° de março de 2021", "pt", "2021-03-01"},
             std::tuple{"1º de marzo de 2021", "es", "2021-03-01"},
             std::tuple{"Publicado el 1.º de marzo de 2021", "es", "2021-03-01"},
             std::tuple{"1° marzo 2021", "it", "2021-03-01"},
             std::tuple{"Pubblicato il 1º marzo 2021 alle 09:15", "it", "2021-03-01T09:15"},
         }) {
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
    const std::string s = "As balsas partiram mais tarde esta manhã, porque o vento soprava forte e frio sobre a baía.";
    const std::string page = "Jornal do Porto\nInício | Porto | Desporto\n\nAs balsas da manhã saem atrasadas\n"
                             "Ana Souza\n1º de março de 2021\n\n" + s + " " + s + "\n\n" + s + "\n\nPartilhar\n";
    const Article a = classify(segment(page), "pt");
    CHECK(a.published.value_or("") == "2021-03-01");
}
