// The site's license notice read from a block (license_notice(const Block&)), which takes the block's count of tokens
// from segment() instead of counting them again: the same answer as for the line's text, up to the last token.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"

#include <string>
#include <vector>

namespace {
// `opening`, then filler words up to `tokens` white-space tokens.
std::string padded(const std::string& opening, std::size_t tokens, const char* filler) {
    std::string line = opening;
    std::size_t have = 1;
    for (char c : opening)
        have += c == ' ';
    for (; have < tokens; ++have)
        line += std::string(" ") + filler;
    return line;
}
} // namespace

TEST_CASE("a license notice of sixty tokens is one, of sixty-one none, read from its block", "[notices]") {
    const char* const openings[][2] = {
        {"All texts of this blog are licensed under a Creative Commons license", "attribution"},
        {"Alle Texte dieses Blogs stehen unter einer Creative-Commons-Lizenz", "Namensnennung"},
        {"Tous les textes de ce blog sont sous licence Creative Commons", "attribution"},
    };
    for (const auto& o : openings) {
        for (std::size_t tokens : {std::size_t{12}, std::size_t{60}, std::size_t{61}, std::size_t{80}}) {
            const std::string line = padded(o[0], tokens, o[1]);
            INFO(line);
            const std::vector<archive::Block> blocks = archive::segment(line);
            REQUIRE(blocks.size() == 1);
            REQUIRE(static_cast<std::size_t>(blocks[0].words) == tokens);
            CHECK(archive::license_notice(blocks[0]) == (tokens <= 60));
            CHECK(archive::license_notice(line) == (tokens <= 60));
        }
    }
}
