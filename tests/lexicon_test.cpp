// The word lists' look-up forms (the stopword table, the sections' entry sets) against the plain lists they are
// built from.
#include <catch2/catch.hpp>

#include "lexicon.hpp"
#include "lexicon_sections.hpp"
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
        for (const std::string_view w : langs[k]->list("stopwords")) {
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
    for (const std::string_view e : sec->entries)
        CHECK(sec->has(e));
    CHECK_FALSE(sec->has("cookie jar"));
    CHECK_FALSE(sec->has(""));
    std::vector<std::string_view> distinct;
    for (const std::string_view e : sec->entries)
        if (std::find(distinct.begin(), distinct.end(), e) == distinct.end())
            distinct.push_back(e);
    CHECK(std::vector<std::string_view>(sec->set.begin(), sec->set.end()) == distinct);
    // A section over every language finds each language's entries.
    for (const Lexicon* lex : languages())
        for (const std::string_view e : lex->list("stopwords")) {
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
        for (const auto& [name, sec] : test::sections_of(*lex))
            for (const std::string_view e : sec.entries) {
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
        for (const auto& [name, sec] : test::sections_of(*lex)) {
            INFO(lex->code << " [" << name << "]");
            WordSketch sketch;
            std::size_t longest = 0;
            for (const std::string_view e : sec.entries) {
                sketch.add(e);
                longest = std::max(longest, e.size());
                CHECK(sec.has(e));
            }
            CHECK(sec.longest == longest);
            CHECK(sec.sketch.bits == sketch.bits);
        }
}

TEST_CASE("a section over every language, merged at build time, is the languages' lists one after another", "[lexicon]") {
    std::vector<std::string_view> names;
    for (const Lexicon* lex : languages())
        for (const auto& [name, sec] : test::sections_of(*lex))
            if (std::find(names.begin(), names.end(), name) == names.end())
                names.push_back(name);
    REQUIRE(names.size() > 50);
    for (std::string_view name : names) {
        INFO("[" << name << "]");
        std::vector<std::string_view> expected;
        for (const Lexicon* lex : languages())
            for (const std::string_view e : lex->list(name))
                expected.push_back(e);
        const LexiconSection& merged = any_language_section(name);
        CHECK(std::vector<std::string_view>(merged.entries.begin(), merged.entries.end()) == expected);
        WordSketch sketch;
        std::size_t longest = 0;
        for (std::string_view e : expected) {
            sketch.add(e);
            longest = std::max(longest, e.size());
            CHECK(merged.has(e));
        }
        CHECK(merged.longest == longest);
        CHECK(merged.sketch.bits == sketch.bits);
    }
    // The lists of common.txt alone are over no language; nor is a name no list has.
    CHECK(any_language_section("agencies").entries.empty());
    CHECK(any_language_section("no_such_section").entries.empty());
    CHECK_FALSE(any_language_has("no_such_section", "de"));
}

TEST_CASE("a lexicon's sets of words, made at build time, hold the words of their lists once each", "[lexicon]") {
    std::vector<const Lexicon*> all = languages();
    all.push_back(&common_lexicon());
    for (const Lexicon* lex : all) {
        INFO(lex->code);
        // The sets as they were built at start-up before: the entries, a speech verb entry's words each a word.
        WordSet stopwords, speech_verbs, role_words;
        WordSketch speech_verb_sketch, role_word_sketch;
        for (const std::string_view w : lex->list("stopwords"))
            stopwords.insert(w);
        for (const std::string_view entry : lex->list("speech_verbs"))
            for (const std::string_view w : text::split_ws(entry)) {
                speech_verbs.insert(w);
                speech_verb_sketch.add(w);
            }
        std::size_t shortest = 0, longest = 0;
        for (const std::string_view w : lex->list("role_words")) {
            shortest = role_words.empty() ? w.size() : std::min(shortest, w.size());
            longest = std::max(longest, w.size());
            role_words.insert(w);
            role_word_sketch.add(w);
        }
        auto same = [](const WordSet& expected, const WordViewSet& made) {
            REQUIRE(std::equal(expected.begin(), expected.end(), made.begin(), made.end()));
            for (const std::string& w : expected)
                CHECK(made.contains(w));
            for (const std::string& w : expected) // (a word cut short, or made longer, is not held unless listed)
                for (const std::string& other : {w.substr(0, w.size() / 2), w + "x"})
                    CHECK(made.contains(other) == expected.contains(other));
        };
        same(stopwords, lex->stopwords);
        same(speech_verbs, lex->speech_verbs);
        same(role_words, lex->role_words);
        CHECK(lex->speech_verb_sketch.bits == speech_verb_sketch.bits);
        CHECK(lex->role_word_sketch.bits == role_word_sketch.bits);
        CHECK(lex->role_word_shortest == shortest);
        CHECK(lex->role_word_longest == longest);
    }
}

TEMPLATE_TEST_CASE("a WordSet holds each word once, in the order first added, and finds every word it holds",
                   "[lexicon]", WordSet, WordViewSet) {
    // Enough words to grow the table several times, a few added twice; the look-ups of words it does not hold
    // include prefixes and extensions of those it does. (The words are all made first: a WordViewSet keeps views.)
    std::vector<std::string> added;
    for (int k = 0; k < 300; ++k)
        added.push_back("wort" + std::to_string(k * 7));
    added.push_back("");
    TestType set;
    for (std::size_t k = 0; k < added.size(); ++k) {
        set.insert(added[k]);
        if (k % 5 == 0)
            set.insert(std::string(added[k])); // (a copy: found equal, not added again)
    }
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
    CHECK_FALSE(TestType{}.contains("said"));
}

TEST_CASE("a WordViewSet bound to another's words and slots finds what that one finds, and can grow", "[lexicon]") {
    // (How a lexicon's sets come from the build: words and slots made by one set, bound to by another.)
    const std::vector<std::string> words = {"sagte", "déclaré", "", "dijo", std::string(300, 'w'), "ответил", "sagte"};
    WordViewSet made;
    made.reserve(words.size());
    for (const std::string& w : words)
        made.insert(w);
    const std::vector<std::string_view> made_words(made.words().begin(), made.words().end());
    const std::vector<std::uint32_t> made_slots(made.slots().begin(), made.slots().end());
    WordViewSet bound(made_words, made_slots);
    CHECK(bound.size() == 6); // ("sagte" once)
    CHECK(std::equal(bound.begin(), bound.end(), made.begin(), made.end()));
    for (const std::string_view w : {"sagte", "déclaré", "", "dijo", "ответил", "sagt", "declare", "ответила", "x"}) {
        CAPTURE(w);
        CHECK(bound.contains(w) == made.contains(w));
    }
    CHECK(bound.contains(std::string(300, 'w')));
    CHECK_FALSE(bound.contains(std::string(299, 'w')));
    CHECK_FALSE(WordViewSet({}, {}).contains(""));
    // Added to, it takes its own copy: the bound words and slots stay as they were.
    bound.insert("disse");
    CHECK(bound.contains("disse"));
    CHECK(bound.contains("dijo"));
    CHECK(bound.size() == 7);
    CHECK_FALSE(made.contains("disse"));
    CHECK(std::vector<std::uint32_t>(made.slots().begin(), made.slots().end()) == made_slots);
}
