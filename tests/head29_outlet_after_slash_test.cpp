// The outlet the author writes for, printed after a slash closing the byline's name (a broadcaster's acronym, a
// paper's name): no second author. Two names around a slash are still two authors. Invented lines.
#include <catch2/catch.hpp>

#include "classify.hpp"

#include <string>
#include <tuple>
#include <vector>

using namespace archive;

TEST_CASE("an outlet after a slash closing the byline names no author", "[bylines][head29]") {
    for (const auto& [line, lang, name] : {std::tuple{"By Sam Patel / ABC Gippsland", "en", "Sam Patel"},
                                           std::tuple{"By Jane Roe / Harbour Radio", "en", "Jane Roe"},
                                           std::tuple{"Von Anna Muster / NDR Kultur", "de", "Anna Muster"},
                                           std::tuple{"Por Ana Ruiz / RTVE Galicia", "es", "Ana Ruiz"},
                                           std::tuple{"Par Claire Morel / Radio Côte Bleue", "fr", "Claire Morel"}}) {
        INFO(line);
        const auto names = byline_authors(line, lang);
        REQUIRE(names);
        CHECK(*names == std::vector<std::string>{name});
    }
}

TEST_CASE("two names around a slash in a byline are two authors", "[bylines][head29]") {
    for (const auto& [line, lang, first, second] :
         {std::tuple{"By Sam Patel / Lee Wong", "en", "Sam Patel", "Lee Wong"},
          std::tuple{"Von Anna Muster / Jan Roth", "de", "Anna Muster", "Jan Roth"}}) {
        INFO(line);
        const auto names = byline_authors(line, lang);
        REQUIRE(names);
        CHECK(*names == std::vector<std::string>{first, second});
    }
}
