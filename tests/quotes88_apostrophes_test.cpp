// Tests of the two apostrophes, ' and the typographic U+2019, read as one in the word lists: a list of single words
// names one spelling, the build adds the other, so the cues of pages that write "s’indigne", "s’est dit", "d’après"
// are those of pages that write "s'indigne". Invented sentences.
#include <catch2/catch.hpp>

#include "lexicon_parse.hpp"
#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a list of single words holds each word with an apostrophe in both spellings", "[lexicon][quotes]") {
    const auto sections = parse_lexicon("[manner_cue_words]\n"
                                        "s'indigne s\u2019insurge rit\n"
                                        "[clitic_words]\n"
                                        "l' dell\u2019\n"
                                        "[boilerplate]\n"
                                        "ascolta l'articolo\n");
    REQUIRE(sections.size() == 3);
    // (the other spelling appended after the file's words)
    CHECK(sections[0].entries ==
          std::vector<std::string>{"s'indigne", "s\u2019insurge", "rit", "s\u2019indigne", "s'insurge"});
    CHECK(sections[1].entries == std::vector<std::string>{"l'", "dell\u2019", "l\u2019", "dell'"});
    // (a section of phrases is kept as written: it lists both where a stage needs them)
    CHECK(sections[2].entries == std::vector<std::string>{"ascolta l'articolo"});
}

TEST_CASE("a word list's word written with either apostrophe is the same word", "[lexicon][quotes]") {
    // (a word listed in both spellings is not added twice)
    const auto sections = parse_lexicon("[infinitive_helper_words]\n"
                                        "don't don\u2019t l'\n");
    REQUIRE(sections.size() == 1);
    CHECK(sections[0].entries == std::vector<std::string>{"don't", "don\u2019t", "l'", "l\u2019"});
    // (an apostrophe opening a word is a quote mark's, no elision)
    CHECK(parse_lexicon("[clitic_words]\n'n\n")[0].entries == std::vector<std::string>{"'n"});
}

TEST_CASE("a pronominal cue written with the typographic apostrophe is a cue", "[quotes][cues]") {
    check_quotes({
        {"fr",
         {"La commune a présenté mardi son budget pour l’an prochain.",
          "« Ce budget est une insulte aux familles », s’indigne la députée Claire Morand."},
         "Ce budget est une insulte aux familles",
         "Claire Morand",
         "la députée Claire Morand"},
        {"fr",
         {"Le maire de Sion, Paul Rey, s’est dit « très inquiet » pour les finances."},
         "très inquiet",
         "Paul Rey",
         "Le maire de Sion, Paul Rey"},
        {"fr",
         {"D’après le syndic Marc Favre, les impôts ne changeront pas l’an prochain."},
         "les impôts ne changeront pas l’an prochain",
         "Marc Favre",
         "le syndic Marc Favre"},
    });
    // (the same lines with the straight apostrophe, as before)
    check_quotes({
        {"fr",
         {"« Ce budget est une insulte aux familles », s'indigne la députée Claire Morand."},
         "Ce budget est une insulte aux familles",
         "Claire Morand",
         "la députée Claire Morand"},
        {"fr",
         {"Le maire de Sion, Paul Rey, s'est dit « très inquiet » pour les finances."},
         "très inquiet",
         "Paul Rey",
         "Le maire de Sion, Paul Rey"},
    });
}
