// The word lists' sections made at the first question about them (SectionTable, src/lexicon.cpp) from the build's
// tables (lexicon_data.hpp): each found by its name with the entries the build wrote for it, in file order, one object
// however often and from however many threads it is asked; names a list lacks find nothing.
#include "lexicon.hpp"
#include "lexicon_data.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

using namespace archive;

namespace {

std::string_view piece_text(const lexicon_data::Piece& p) {
    return lexicon_data::text.substr(p.at, p.size);
}

// The entries the build wrote for `s`, as views.
std::vector<std::string_view> written(const lexicon_data::Section& s) {
    std::vector<std::string_view> out;
    for (const lexicon_data::Piece& p : lexicon_data::entries.subspan(s.first_entry, s.entry_count))
        out.push_back(piece_text(p));
    return out;
}

const Lexicon& lexicon_of(std::string_view code) {
    return code == "common" ? common_lexicon() : *lexicon(code);
}

} // namespace

TEST_CASE("every section of every list is found by its name, with the entries the build wrote", "[speed106]") {
    std::size_t asked = 0;
    for (const lexicon_data::File& file : lexicon_data::files) {
        const Lexicon& lex = lexicon_of(file.code);
        for (const lexicon_data::Section& s : file.sections) {
            const std::string_view name = piece_text(s.name);
            const LexiconSection* sec = lex.section(name);
            REQUIRE(sec != nullptr);
            const auto entries = lex.list(name);
            CHECK(std::vector<std::string_view>(entries.begin(), entries.end()) == written(s));
            CHECK(lex.section(name) == sec); // made once
            CHECK(sec->longest == s.longest);
            ++asked;
        }
    }
    CHECK(asked > 1000);
}

TEST_CASE("a section is found by its own name only", "[speed106]") {
    const Lexicon* fr = lexicon("fr");
    const Lexicon* en = lexicon("en");
    REQUIRE(fr != nullptr);
    REQUIRE(en != nullptr);
    CHECK(fr->section("months") != nullptr);
    CHECK(fr->section("months") != en->section("months"));
    CHECK(fr->list("months").data() != en->list("months").data());
    // Near misses: a name cut short, one letter longer, another case, empty, and a name no list has.
    for (std::string_view name : {"month", "monthss", "Months", "", "no_such_section_anywhere"}) {
        CHECK(fr->section(name) == nullptr);
        CHECK(fr->list(name).empty());
        CHECK_FALSE(fr->has(name, "janvier"));
    }
    CHECK(fr->has("months", "janvier 1"));
    CHECK_FALSE(en->has("months", "janvier 1"));
}

TEST_CASE("a section over every language holds their entries in the languages' order", "[speed106]") {
    for (const lexicon_data::Section& s : lexicon_data::merged) {
        const std::string_view name = piece_text(s.name);
        std::vector<std::string_view> expected;
        for (const Lexicon* lex : languages())
            for (std::string_view e : lex->list(name))
                expected.push_back(e);
        const auto entries = any_language_section(name).entries;
        CHECK(std::vector<std::string_view>(entries.begin(), entries.end()) == expected);
        CHECK(&any_language_section(name) == &any_language_section(name));
    }
    CHECK(any_language_section("no_such_section_anywhere").entries.empty());
    CHECK_FALSE(any_language_has("no_such_section_anywhere", "le"));
}

TEST_CASE("threads asking for the same sections at once are given the same ones", "[speed106]") {
    // Each thread asks for every section of every list, the two in opposite orders.
    auto ask_all = [](bool backwards, std::vector<const LexiconSection*>& out) {
        std::vector<std::pair<const Lexicon*, std::string_view>> names;
        for (const lexicon_data::File& file : lexicon_data::files)
            for (const lexicon_data::Section& s : file.sections)
                names.emplace_back(&lexicon_of(file.code), piece_text(s.name));
        out.assign(names.size(), nullptr);
        for (std::size_t i = 0; i < names.size(); ++i) {
            const std::size_t k = backwards ? names.size() - 1 - i : i;
            out[k] = names[k].first->section(names[k].second);
        }
    };
    std::vector<const LexiconSection*> a, b;
    std::thread t([&] { ask_all(true, b); });
    ask_all(false, a);
    t.join();
    CHECK(a == b);
    CHECK(std::find(a.begin(), a.end(), nullptr) == a.end());
}

TEST_CASE("the maps read from the lists' entries in place", "[speed106]") {
    const Lexicon* fr = lexicon("fr");
    const Lexicon* de = lexicon("de");
    REQUIRE(fr != nullptr);
    REQUIRE(de != nullptr);
    REQUIRE(fr->months.count("janvier") == 1);
    CHECK(fr->months.at("janvier") == 1);
    CHECK(fr->months.count("janvier 1") == 0); // the key stops before the number
    REQUIRE(de->months.count("dezember") == 1);
    CHECK(de->months.at("dezember") == 12);
    REQUIRE(fr->pronouns.count("elle") == 1);
    CHECK(fr->pronouns.at("elle") == 'f');
    // The bounds kept of the role words are their shortest's and their longest's.
    for (const Lexicon* lex : languages()) {
        const auto roles = lex->list("role_words");
        if (roles.empty())
            continue;
        std::size_t shortest = roles.front().size(), longest = 0;
        for (std::string_view w : roles) {
            shortest = std::min(shortest, w.size());
            longest = std::max(longest, w.size());
        }
        CHECK(lex->role_word_shortest == shortest);
        CHECK(lex->role_word_longest == longest);
    }
}
