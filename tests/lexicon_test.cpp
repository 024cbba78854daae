// The word lists' look-up forms (the stopword table, the sections' entry sets) against the plain lists they are
// built from.
#include <catch2/catch.hpp>

#include "lexicon.hpp"
#include "lexicon_parse.hpp"
#include "text.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

using namespace archive;

namespace {

std::size_t language_index(std::string_view code) {
    const auto& langs = languages();
    for (std::size_t k = 0; k < langs.size(); ++k)
        if (langs[k]->code == code)
            return k;
    FAIL("no lexicon " << code);
    return 0;
}

} // namespace

TEST_CASE("stopword_languages gives a word the bit of every language listing it", "[lexicon]") {
    const std::uint32_t fr = std::uint32_t{1} << language_index("fr");
    const std::uint32_t es = std::uint32_t{1} << language_index("es");
    CHECK((stopword_languages("de") & (fr | es)) == (fr | es)); // "de": French and Spanish alike
    CHECK((stopword_languages("les") & fr) == fr);
    CHECK((stopword_languages("los") & (fr | es)) == es);
    CHECK(stopword_languages("zeppelin") == 0);
    CHECK(stopword_languages("") == 0);
    CHECK(stopword_languages("constitutionnellement") == 0); // longer than the table's words
}

TEST_CASE("every stopword of every list is found in the table, and notice words get their tags", "[lexicon]") {
    const auto& langs = languages();
    for (std::size_t k = 0; k < langs.size(); ++k)
        for (const std::string& w : langs[k]->list("stopwords")) {
            INFO(langs[k]->code << " " << w);
            CHECK((stopword_languages(w) >> k & 1) == 1);
        }
    CHECK((notice_tags_of("cookies") & cookie_word) != 0);
    CHECK(notice_tags_of("les") == 0);
    // Counting a line's words: one hit for each language listing a word.
    std::vector<int> hits(langs.size(), 0);
    std::array<int, notice_tag_kinds> tags{};
    std::string low;
    std::vector<text::WordSpan> words;
    text::lower_with_words("Les cookies de los Zeppelin", low, words);
    count_stopwords_and_tags(text::Words(low, words), hits, tags);
    CHECK(hits[language_index("fr")] == 2); // "les", "de"
    CHECK(hits[language_index("es")] == 3); // "les", "de", "los"
    CHECK(tags[0] == 1); // cookie_word
}

TEST_CASE("a section's entry set has its entries once each, in file order", "[lexicon]") {
    const LexiconSection* sec = common_lexicon().section("consent_words");
    REQUIRE(sec != nullptr);
    for (const std::string& e : sec->entries)
        CHECK(sec->has(e));
    CHECK_FALSE(sec->has("cookie jar"));
    CHECK_FALSE(sec->has(""));
    std::vector<std::string_view> distinct;
    for (const std::string& e : sec->entries)
        if (std::find(distinct.begin(), distinct.end(), e) == distinct.end())
            distinct.push_back(e);
    CHECK(std::vector<std::string_view>(sec->set.begin(), sec->set.end()) == distinct);
    // A section over every language finds each language's entries.
    for (const Lexicon* lex : languages())
        for (const std::string& e : lex->list("stopwords")) {
            INFO(lex->code << " " << e);
            CHECK(any_language_has("stopwords", e));
        }
}

TEST_CASE("the lists' entries are lower-cased, those kept as written included", "[lexicon]") {
    // text::lower must leave lower-case ASCII and Latin-1 lower-case letters (U+00DF..U+00FF) alone.
    for (char32_t cp = 0xDF; cp <= 0xFF; ++cp) {
        const std::string letter{static_cast<char>(0xC0 | (cp >> 6)), static_cast<char>(0x80 | (cp & 0x3F))};
        INFO(letter);
        CHECK(text::lower(letter) == letter);
    }
    for (std::string_view word : {"größe", "élève", "niño", "coração", "perché"})
        CHECK(text::lower(word) == word);
    CHECK(text::lower("ÉLÈVE") == "élève");
    // Every entry of every list, whichever way it was read, is its own lower-case form.
    std::vector<const Lexicon*> all = languages();
    all.push_back(&common_lexicon());
    for (const Lexicon* lex : all)
        for (const auto& [name, sec] : lex->sections)
            for (const std::string& e : sec.entries) {
                INFO(lex->code << " [" << name << "] " << e);
                CHECK(text::lower(e) == e);
            }
}

TEST_CASE("a word list's text is read into sections of lower-cased entries", "[lexicon]") {
    // (What the build does with src/lexicon/*.txt before it writes the lists out as tables.)
    const auto sections = parse_lexicon("# a comment line\n"
                                        "[speech_verbs]\n"
                                        "  Said  \n"
                                        "a D\u00e9clar\u00e9\n"
                                        "\n"
                                        "[no_entries]\n"
                                        "[weekdays]\n"
                                        "Montag\tDienstag   MITTWOCH\n"
                                        "# [not_a_section]\n"
                                        "[speech_verbs]\n"
                                        "\u00c9CRIT");
    REQUIRE(sections.size() == 2);
    CHECK(sections[0].name == "speech_verbs"); // opened again: its entries go on
    CHECK(sections[0].entries == std::vector<std::string>{"said", "a d\u00e9clar\u00e9", "\u00e9crit"});
    CHECK(sections[1].name == "weekdays"); // a section of single words: each word of a line an entry
    CHECK(sections[1].entries == std::vector<std::string>{"montag", "dienstag", "mittwoch"});
    CHECK(splits_on_spaces("role_words"));
    CHECK_FALSE(splits_on_spaces("speech_verbs"));
}

TEST_CASE("the sections' look-up forms written at build time are those of their entries", "[lexicon]") {
    std::vector<const Lexicon*> all = languages();
    all.push_back(&common_lexicon());
    for (const Lexicon* lex : all)
        for (const auto& [name, sec] : lex->sections) {
            INFO(lex->code << " [" << name << "]");
            WordSketch sketch;
            std::size_t longest = 0;
            for (const std::string& e : sec.entries) {
                sketch.add(e);
                longest = std::max(longest, e.size());
                CHECK(sec.has(e));
            }
            CHECK(sec.longest == longest);
            CHECK(sec.sketch.bits == sketch.bits);
        }
}

TEST_CASE("a WordSet holds each word once, in the order first added, and finds every word it holds", "[lexicon]") {
    // Enough words to grow the table several times, a few added twice; the look-ups of words it does not hold
    // include prefixes and extensions of those it does.
    WordSet set;
    std::vector<std::string> added;
    for (int k = 0; k < 300; ++k) {
        std::string w = "wort" + std::to_string(k * 7);
        set.insert(w);
        if (k % 5 == 0)
            set.insert(w);
        added.push_back(w);
    }
    set.insert("");
    added.push_back("");
    REQUIRE(set.size() == added.size());
    CHECK(std::equal(set.begin(), set.end(), added.begin(), added.end()));
    for (const auto& w : added) {
        CAPTURE(w);
        CHECK(set.count(w) == 1);
    }
    for (std::string_view w : {"wort", "wort1", "wort7x", "mot", "parola de", "wort2100"}) {
        CAPTURE(w);
        CHECK_FALSE(set.contains(w));
    }
    CHECK_FALSE(WordSet{}.contains("said"));
}
