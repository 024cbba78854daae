// Table-driven tests of a place's name over or under a date line ("New York", "SAN DIEGO", "Bad Ems"): a word that
// opens a place's name and no person's (lexicon section place_opening_words) makes the line no author's name.
#include <catch2/catch.hpp>

#include "byline_rows.hpp"
#include "classify.hpp"

#include <optional>
#include <string>
#include <tuple>
#include <vector>

using namespace archive;

TEST_CASE("a place's name opened by a place's word is no name", "[bylines][place_openings]") {
    test::check_name_lines({"New York", "NEW YORK", "SAN DIEGO", "Tel Aviv", "Bad Ems", "Fort Worth", "Sankt Ulrich"},
                           false);
}

TEST_CASE("a place's name over or under the date line is no author", "[classify][bylines][place_openings]") {
    for (const auto& [lang, place, date] : std::vector<std::tuple<const char*, const char*, const char*>>{
             {"en", "New Haven", "March 3, 2021"},
             {"en", "SAN DIEGO", "March 3, 2021"},
             {"de", "Bad Ems", "03.03.2021, 09:14 Uhr"},
             {"fr", "Sainte Marie", "3 mars 2021"},
         }) {
        INFO(place << " beside " << date << " (" << lang << ")");
        for (const Article& a : test::valley_pages_beside_date(lang, place, date))
            CHECK(a.authors.empty());
    }
}
