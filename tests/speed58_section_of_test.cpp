// section_of() remembers a lexicon's sections by name per thread: its answers must be Lexicon::section()'s whatever
// the order of the questions, the buffer a name comes from, and however many names evict each other.
#include <catch2/catch.hpp>

#include "lexicon.hpp"
#include "lexicon_sections.hpp"
#include "quote_word_tags.hpp"

#include <string>
#include <string_view>
#include <vector>

TEST_CASE("section_of answers as Lexicon::section for more names than it keeps", "[speed58][quotes][lexicon]") {
    using archive::quoting::section_of;
    std::vector<std::string> names; // (copies: each name from a buffer of its own, not the lexicon's text)
    for (const archive::Lexicon* lex : archive::languages())
        for (const auto& [name, sec] : archive::test::sections_of(*lex))
            names.emplace_back(name);
    names.emplace_back("no_such_section");
    names.emplace_back("");
    REQUIRE(names.size() > 256); // (more than the slots: some evict others)
    for (int round = 0; round < 2; ++round)
        for (const archive::Lexicon* lex : archive::languages())
            for (const std::string& name : names)
                REQUIRE(section_of(lex, name) == lex->section(name));
    // A name whose buffer is rewritten with another name: the slot holds the bytes, not the pointer.
    const archive::Lexicon* lex = archive::languages().front();
    std::string buffer = "speech_verbs";
    const archive::LexiconSection* first = section_of(lex, buffer);
    CHECK(first == lex->section("speech_verbs"));
    buffer = "no_such_list";
    CHECK(section_of(lex, buffer) == nullptr);
}
