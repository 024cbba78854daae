// speed104: the word lists' look-up tables are laid out at build time (tools/lexicon_compile.cpp): each section's
// set of entries, its entries' words and its entries by first word. These cases hold the tables to what the program
// built at start-up before: every entry found, the words of text::split_ws(), the phrases of a first word the longer
// first, then in file order, over every section of every list and the sections merged over the languages.
#include <catch2/catch.hpp>

#include "lexicon.hpp"
#include "lexicon_sections.hpp"
#include "text.hpp"

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

using namespace archive;

namespace {

// Checks one section's tables against its entries; returns the number of entries checked.
std::size_t check_section(const LexiconSection& sec) {
    const auto phrases = sec.phrases();
    REQUIRE(phrases.size() == sec.entries.size());
    std::vector<std::string_view> distinct;
    for (std::size_t k = 0; k < sec.entries.size(); ++k) {
        const std::string_view e = sec.entries[k];
        CAPTURE(e);
        CHECK(sec.has(e));
        if (std::find(distinct.begin(), distinct.end(), e) == distinct.end())
            distinct.push_back(e);
        const auto split = text::split_ws(e);
        REQUIRE(phrases[k].size() == split.size());
        CHECK(std::equal(split.begin(), split.end(), phrases[k].begin()));
        if (split.empty())
            continue;
        // The phrases of the entry's first word: every entry opening with it, the longer first, then in file order.
        std::vector<std::size_t> want;
        for (std::size_t j = 0; j < sec.entries.size(); ++j)
            if (!phrases[j].empty() && phrases[j].front() == split.front())
                want.push_back(j);
        std::stable_sort(want.begin(), want.end(),
                         [&phrases](std::size_t a, std::size_t b) { return phrases[a].size() > phrases[b].size(); });
        const auto got = sec.phrases_from(split.front());
        REQUIRE(got.size() == want.size());
        for (std::size_t i = 0; i < got.size(); ++i) {
            CHECK(got[i].text.data() == sec.entries[want[i]].data());
            CHECK(got[i].words.data() == phrases[want[i]].data());
        }
    }
    CHECK(std::equal(sec.set.begin(), sec.set.end(), distinct.begin(), distinct.end()));
    return sec.entries.size();
}

} // namespace

TEST_CASE("every section's tables of the build hold its entries, their words and their first words", "[speed104]") {
    std::size_t checked = 0;
    std::vector<const Lexicon*> lexs(languages().begin(), languages().end());
    lexs.push_back(&common_lexicon());
    for (const Lexicon* lex : lexs)
        for (const auto& entry : test::sections_of(*lex)) {
            const std::string_view name = entry.first;
            const LexiconSection& sec = entry.second;
            CAPTURE(lex->code, name);
            checked += check_section(sec);
            CHECK(lex->phrase_list(name).data() == sec.phrases().data());
        }
    CHECK(checked > 10000);
    for (const char* name : {"updated", "live_coverage", "speech_phrases", "according"}) {
        CAPTURE(name);
        CHECK(check_section(any_language_section(name)) > 0);
    }
}

TEST_CASE("a section's look-ups turn away what none of its entries is", "[speed104]") {
    const Lexicon* en = lexicon("en");
    REQUIRE(en != nullptr);
    const LexiconSection* sec = en->section("speech_phrases");
    REQUIRE(sec != nullptr);
    REQUIRE(!sec->entries.empty());
    const std::string_view first = sec->entries.front();
    // A longer or shorter key than an entry is found only when it is an entry too; a word that opens none of them has
    // no phrases.
    const auto listed = [sec](std::string_view key) {
        return std::find(sec->entries.begin(), sec->entries.end(), key) != sec->entries.end();
    };
    for (const std::string& key : {std::string(first) + "x", std::string(first.substr(0, first.size() - 1))}) {
        CAPTURE(key);
        CHECK(sec->has(key) == listed(key));
    }
    const auto words = text::split_ws(first);
    REQUIRE(!words.empty());
    const std::string other = std::string(words.front()) + "zq";
    CHECK(sec->phrases_from(other).empty() == std::none_of(sec->entries.begin(), sec->entries.end(), [&](auto e) {
              const auto split = text::split_ws(e);
              return !split.empty() && split.front() == other;
          }));
    CHECK(sec->phrases_from("").empty());
    // A missing section has no entries, no phrases and finds nothing.
    CHECK(en->phrase_list("no_such_section").empty());
    CHECK(en->phrases_from("no_such_section", words.front()).empty());
    CHECK_FALSE(en->has("no_such_section", first));
    const LexiconSection& none = any_language_section("no_such_section");
    CHECK(none.phrases().empty());
    CHECK(none.phrases_from(words.front()).empty());
    CHECK_FALSE(none.has(first));
    CHECK(none.set.begin() == none.set.end());
}
