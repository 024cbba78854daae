// Tests of the boilerplate-phrase test's first token (boilerplate.cpp): a block's first token from U+0080 is taken
// lowered from the block's lowered text, not lowered again, with the same answer as the line's own test.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"

#include <string>
#include <string_view>

using namespace archive;

namespace {
// The block segment() makes of `line` (one line) and whether it is a boilerplate phrase, asked of the block (its
// lowered text at hand) and of the line as text: both answers must agree.
bool block_boilerplate(const std::string& line) {
    const auto blocks = segment(line);
    REQUIRE(blocks.size() == 1);
    const bool of_block = is_boilerplate_phrase(blocks[0]);
    CHECK(of_block == is_boilerplate_phrase(std::string_view(blocks[0].text)));
    CHECK(of_block == blocks[0].boilerplate);
    return of_block;
}
} // namespace

TEST_CASE("a block opening with an accented word is a boilerplate phrase as its line is", "[classify][boilerplate]") {
    // Labels glued to the title they lead to and a blog's label of tags, each opening with a capital from U+0080; and
    // lines of text opening the same way.
    struct Row {
        const char* line;
        bool boilerplate;
    };
    const Row rows[] = {{"Ähnliche ArtikelDie Fähre fährt wieder", true},
                        {"À lire aussiLe port rouvre ses quais", true},
                        {"Étiquettes : port, ferries, marée", true},
                        {"ÄHNLICHE ARTIKEL", true},
                        {"Ähnliche Fälle gab es im Hafen schon einmal.", false},
                        {"Élections : le port vote dimanche.", false},
                        {"Über den Hafen wehte ein kalter Wind", false},
                        {"Ωραία μέρα στο λιμάνι", false}};
    for (const Row& r : rows) {
        INFO(r.line);
        CHECK(block_boilerplate(r.line) == r.boilerplate);
    }
}

TEST_CASE("a block whose first token ends in a stray lead byte is asked as its line is", "[classify][boilerplate]") {
    // (Lowered alone, the token ends in U+FFFD; in its line the lead byte takes the space after it into its character.)
    for (const std::string& line : {std::string("\xC3\x84hnliche\xC3 ArtikelDie F\xC3\xA4hre"),
                                   std::string("\xC3\x89tiquettes\xE2 : port, ferries"),
                                   std::string("\xC3\x80\xC3 lire aussi | Le port")}) {
        INFO(line);
        block_boilerplate(line);
    }
}
