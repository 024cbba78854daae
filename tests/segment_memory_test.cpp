// What segment() keeps of a page, and how much: the room it takes for the blocks (lines_with_text) and the counts of
// their words, kept in one table of the page with a row for each text, not in each block.
#include <catch2/catch.hpp>

#include "lexicon.hpp"
#include "pipeline.hpp"
#include "segment_parts.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;

TEST_CASE("lines_with_text counts the lines holding more than white space, the most blocks segment() makes",
          "[segment][memory]") {
    struct Row {
        std::string text;
        std::size_t lines;
    };
    const std::vector<Row> rows = {
        {"", 0},
        {"\n\n\n", 0},
        {"maison", 1},
        {"maison\n", 1},
        {"maison\nHaus\nhouse\n", 3},
        {"Titel\n\n   \n\t\nErster Absatz.\n\n", 2},          // lines of spaces and tabs only hold no text
        {"  indented line\r\n\r\n\t\tcasa  ", 2},              // nor a line of "\r" alone
        {"| Name | Preis |\n|------|-------|\n| Brot | 2,50 |", 3}, // a table's rows and its rule
        {"\n\nlast line without an end", 1},
        {"«\n»\n\"", 3}, // a quote mark alone is text
    };
    for (const Row& r : rows) {
        INFO(r.text);
        CHECK(lines_with_text(r.text) == r.lines);
        CHECK(segment(r.text).size() <= r.lines);
    }
    // A line of white space from above ASCII only (a no-break space, decoded as U+00A0) is counted, and makes no block.
    CHECK(lines_with_text("Headline\n\u00a0\nBody text.") == 3);
    CHECK(segment("Headline\n\u00a0\nBody text.").size() == 2);
    // A wrapped paragraph's lines make one block; they were counted each.
    const std::string wrapped = "This memo sets out a way in which small programs, running on a\n"
                                "home router, can report their state to a central service that\n"
                                "is hosted elsewhere, and how that service answers them in turn.\n\n"
                                "It has a second paragraph, wrapped at the same width as the first\n"
                                "one, which goes on over the next line of the text and ends here.\n";
    CHECK(lines_with_text(wrapped) == 5);
    CHECK(segment(wrapped).size() <= 5);
    // The vector of blocks holds no more room than lines_with_text(): a page of one word a line is not given room
    // for a block every few bytes.
    std::string words;
    for (int k = 0; k < 2000; ++k)
        words += k % 3 == 0 ? "maison\n" : k % 3 == 1 ? "Haus\n" : "river\n";
    const std::vector<Block> blocks = segment(words);
    CHECK(blocks.size() == 2000);
    CHECK(blocks.capacity() == 2000);
}

TEST_CASE("the counts of a block's words are a row of its page's table, shared by the prints of one text",
          "[segment][memory]") {
    const std::vector<Block> blocks = segment("Menu\nLe chat et le chien de la maison.\nMenu\n"
                                              "Der Hund und die Katze in dem Haus.\nLe chat et le chien de la maison.");
    REQUIRE(blocks.size() == 5);
    for (const Block& b : blocks) {
        INFO(b.text);
        REQUIRE(b.page_words != nullptr);
        CHECK(b.page_words == blocks[0].page_words); // one table for the page
        CHECK(b.stopword_hits().size() == languages().size());
        std::vector<int> hits(languages().size(), 0);
        count_stopwords(b.lower_words(), hits);
        CHECK(std::ranges::equal(b.stopword_hits(), hits));
    }
    // A text printed again reads its first print's row: three texts, three rows.
    CHECK(blocks[2].counts_row == blocks[0].counts_row);
    CHECK(blocks[4].counts_row == blocks[1].counts_row);
    CHECK(blocks[3].counts_row != blocks[1].counts_row);
    CHECK(blocks[0].page_words->counts.size() == 3 * (languages().size() + notice_tag_kinds));
    // The French line counts French stopwords, the German line German ones.
    const auto at = [](std::string_view code) {
        const auto& langs = languages();
        return static_cast<std::size_t>(
            std::find_if(langs.begin(), langs.end(), [&](const Lexicon* l) { return l->code == code; }) -
            langs.begin());
    };
    CHECK(blocks[1].stopword_hits()[at("fr")] >= 4);
    CHECK(blocks[3].stopword_hits()[at("de")] >= 4);
    CHECK(blocks[3].stopword_hits()[at("fr")] < blocks[3].stopword_hits()[at("de")]);
    // A Block that segment() did not make has no counts: no stopwords, no notice tags.
    Block made;
    made.text = "le chat et le chien";
    CHECK(made.stopword_hits().empty());
    CHECK(std::ranges::all_of(made.notice_tags(), [](int n) { return n == 0; }));
}
