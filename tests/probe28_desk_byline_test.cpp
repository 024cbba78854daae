// A desk's or a paper's name printed before the byline, a slash or a bar between them (byline_authors()): the names
// after the byline word are the authors, the desk none. Invented lines.
#include <catch2/catch.hpp>

#include "classify.hpp"

#include <string>
#include <tuple>
#include <vector>

using namespace archive;

TEST_CASE("a desk before the byline names no author", "[bylines][probe28]") {
    for (const auto& [line, lang, name] : {std::tuple{"ABC Gippsland / By Sam Patel", "en", "Sam Patel"},
                                           std::tuple{"Harbour Courier | By Jane Roe", "en", "Jane Roe"},
                                           std::tuple{"Hafenblatt Lokales | Von Anna Muster", "de", "Anna Muster"},
                                           std::tuple{"Courrier Régional / Par Claire Morel", "fr", "Claire Morel"}}) {
        INFO(line);
        const auto names = byline_authors(line, lang);
        REQUIRE(names);
        CHECK(*names == std::vector<std::string>{name});
    }
    // A section's label of one word before the bar is a teaser's, no desk's; a sentence with a slash is no byline.
    const auto label = byline_authors("Lokales | Von Anna Muster", "de");
    CHECK((!label || label->empty()));
    CHECK_FALSE(byline_authors("The ferry runs to and from the island / by the old quay", "en"));
}
