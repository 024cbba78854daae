// Lines a probe of invented pages found misread: a desk's byline taken for a picture's credit, a gallery's label
// split as a credit, a match's score line and a live blog's entry titles taken for the headline. Invented lines.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "headline.hpp"
#include "page.hpp"
#include "pipeline.hpp"
#include "region_parts.hpp"

#include <string>

using namespace archive;

namespace {

Block one_block(const std::string& line) {
    std::vector<Block> blocks = segment(line);
    REQUIRE(blocks.size() == 1);
    return blocks.front();
}

} // namespace

TEST_CASE("a desk's word before an agency signs the text and credits no picture", "[credit][desk]") {
    for (const char* line : {"Redazione ANSA", "Redacción / EFE", "Redacción EFE", "Rédaction AFP", "Redaktion dpa",
                             "Redação Lusa", "Newsroom Reuters", "Redactie ANP", "Redakcja PAP"}) {
        CAPTURE(line);
        CHECK_FALSE(is_credit_line(line));
        CHECK_FALSE(is_credit_line(one_block(line)));
    }
    // The agency's and the photographer's credits stay credits.
    for (const char* line : {"ANSA/Ciro Fusco", "EFE/Lucía Gómez", "Getty Images", "KEYSTONE/Peter Muster"}) {
        CAPTURE(line);
        CHECK(is_credit_line(line));
    }
}

TEST_CASE("a credit prefix after one opening word is a gallery's label, not a caption's credit", "[credit][gallery]") {
    for (const char* line : {"In pictures: Storm Edwina batters the west coast",
                             "In photos: Storm Edwina batters the west coast"}) {
        CAPTURE(line);
        CHECK_FALSE(split_trailing_credit(line));
    }
    // A caption before the prefix keeps its credit, one word long too.
    const auto split = split_trailing_credit("Sunset. Photo: Jane Roe");
    REQUIRE(split);
    CHECK(split->first == "Sunset.");
    CHECK(split->second == "Photo: Jane Roe");
    const auto pictured = split_trailing_credit("Flood Pictures: Jane Roe");
    REQUIRE(pictured);
    CHECK(pictured->second == "Pictures: Jane Roe");
}
