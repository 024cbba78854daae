// "Jeanne Dupont / ATS" / "Le niveau du lac a atteint mardi ...": the author and the agency over the text's first
// paragraph sign the text (agency_signature_over_text()), unless two paragraphs of text stand over the line (a
// credit between paragraphs closes a caption). The paragraphs over it are counted before the line is read as names,
// which turns most lines away for less; the answers are the same either way (credits.cpp). Invented lines.
#include <catch2/catch.hpp>

#include "credits_parts.hpp"
#include "page.hpp"
#include "pipeline.hpp"

#include <cstddef>
#include <string>
#include <vector>

using namespace archive;

namespace {

// The page's lines, none given a role yet.
Page page_of(const std::vector<Block>& blocks, const char* lang) {
    Page p{blocks, lang, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}};
    p.role.assign(blocks.size(), Role::none);
    return p;
}

// The index of the block whose text is `text`.
std::size_t line_of(const std::vector<Block>& blocks, const std::string& text) {
    std::size_t k = 0;
    while (k < blocks.size() && blocks[k].text != text)
        ++k;
    return k;
}

struct Case {
    const char* lang;
    const char* paragraph; // a paragraph of the text, twelve words or more
    const char* signature; // a name and the agency
};

const Case cases[] = {
    {"fr", "Le niveau du lac a atteint mardi son point le plus haut depuis le début des relevés au port.",
     "Jeanne Dupont / ATS"},
    {"de", "Der Pegel des Sees hat am Dienstag den höchsten Stand seit Beginn der Messungen im Hafen erreicht.",
     "Anna Muster / dpa"},
};

} // namespace

TEST_CASE("a name and its agency over the text's first paragraph sign it, under two paragraphs they do not",
          "[credits][speed77]") {
    for (const Case& c : cases) {
        const std::string paragraph = c.paragraph, signature = c.signature;
        SECTION(std::string(c.lang) + ": over the first paragraph, under the standfirst") {
            const std::vector<Block> blocks =
                segment("Titel\n\n" + paragraph + "\n\n" + signature + "\n\n" + paragraph + "\n");
            const Page p = page_of(blocks, c.lang);
            CHECK(agency_signature_over_text(p, line_of(blocks, signature)));
        }
        SECTION(std::string(c.lang) + ": under two paragraphs of the text") {
            const std::vector<Block> blocks =
                segment("Titel\n\n" + paragraph + "\n\n" + paragraph + "\n\n" + signature + "\n\n" + paragraph + "\n");
            const Page p = page_of(blocks, c.lang);
            CHECK_FALSE(agency_signature_over_text(p, line_of(blocks, signature)));
        }
        SECTION(std::string(c.lang) + ": a name without its agency signs nothing") {
            const std::vector<Block> named = segment("Titel\n\nJeanne Dupont\n\n" + paragraph + "\n");
            const Page p = page_of(named, c.lang);
            CHECK_FALSE(agency_signature_over_text(p, line_of(named, "Jeanne Dupont")));
        }
    }
}
