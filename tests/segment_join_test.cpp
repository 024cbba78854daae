// segment() joins a wrapped page's paragraphs in place (join_wrapped): the lines before, between and after the
// joined paragraphs keep their texts, features and order.
#include <catch2/catch.hpp>

#include "pipeline.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;

TEST_CASE("joining wrapped paragraphs in place keeps the lines around them as they were", "[segment]") {
    const std::string a1 = "The harbour of the old town reopened on Monday after a winter";
    const std::string a2 = "of repairs on its northern quay, and the works cost the city more";
    const std::string a3 = "than it had planned; the council will vote on the bill in spring.";
    const std::string b1 = "Die Fischer sagen, die neuen Liegepl\xC3\xA4tze am Nordkai seien sicherer";
    const std::string b2 = "als die alten, und die Boote k\xC3\xA4men vor dem Beginn der Saison";
    const std::string b3 = "zur\xC3\xBC" "ck, wie es der Hafenmeister im Herbst versprochen hatte.";
    const std::vector<std::string> before = {"Kelp Bay Gazette", "Menu", "\xC3\x89" "dition du soir"};
    const std::vector<std::string> between = {"Share this article"};
    const std::vector<std::string> after = {"Contact us", "Menu", "\xC2\xA9 2026 Kelp Bay Gazette"};
    std::string page;
    for (const auto& l : before)
        page += l + "\n";
    page += "\n" + a1 + "\n" + a2 + "\n" + a3 + "\n\n";
    for (const auto& l : between)
        page += l + "\n";
    page += "\n" + b1 + "\n" + b2 + "\n" + b3 + "\n\n";
    for (const auto& l : after)
        page += l + "\n";
    INFO(page);
    const std::vector<Block> blocks = segment(page);
    std::vector<std::string> expected = before;
    expected.push_back(a1 + " " + a2 + " " + a3);
    expected.insert(expected.end(), between.begin(), between.end());
    expected.push_back(b1 + " " + b2 + " " + b3);
    expected.insert(expected.end(), after.begin(), after.end());
    REQUIRE(blocks.size() == expected.size());
    for (std::size_t k = 0; k < blocks.size(); ++k) {
        CAPTURE(k);
        const Block& b = blocks[k];
        CHECK(b.text == expected[k]);
        // Each block's features are those of its text segmented alone (but for the page's repeats and blank lines).
        const std::vector<Block> alone = segment(expected[k]);
        REQUIRE(alone.size() == 1);
        CHECK(b.words == alone[0].words);
        CHECK(b.letters == alone[0].letters);
        CHECK(b.chars == alone[0].chars);
        CHECK(b.end_punct == alone[0].end_punct);
        CHECK(b.lower == alone[0].lower);
        CHECK(b.boilerplate == alone[0].boilerplate);
        CHECK(std::ranges::equal(b.stopword_hits(), alone[0].stopword_hits()));
    }
    // "Menu" is printed twice; the joined paragraphs stand between blank lines.
    CHECK(blocks[1].repeats == 1);
    CHECK(blocks[blocks.size() - 2].repeats == 1);
    CHECK(blocks[3].blank_before);
    CHECK(blocks[3].blank_after);
    CHECK(blocks[5].blank_after);
    CHECK(blocks[3].line == 4);
    CHECK(blocks[4].line == 8);
    CHECK(blocks[5].line == 10);
    CHECK(blocks[6].line == 14);
}
