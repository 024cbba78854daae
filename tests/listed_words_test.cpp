// The table of the languages' other words that a short or mixed text's closer look asks about (src/listed_words.hpp,
// made at build time): the same answers as asking each language's lists in turn.
#include "lexicon.hpp"
#include "lexicon_sections.hpp"
#include "listed_words.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <bit>

#include <string>
#include <string_view>
#include <vector>

using namespace archive;

namespace {

// The plain look-up the table replaces: each language's speech verbs, role words, months, weekdays, according words
// and [language_words] asked in turn.
std::uint32_t listed_languages_plain(std::string_view w) {
    std::uint32_t mask = 0;
    const auto& langs = languages();
    for (std::size_t k = 0; k < langs.size(); ++k) {
        const Lexicon& lex = *langs[k];
        bool listed = lex.speech_verbs.contains(w) || lex.role_words.contains(w) || lex.months.count(w) != 0;
        for (std::string_view name : {"weekdays", "according", "language_words"})
            listed = listed || lex.has(name, w);
        if (listed)
            mask |= std::uint32_t{1} << k;
    }
    return mask;
}

} // namespace

TEST_CASE("listed_languages gives every word of every list, and any other word, the plain look-up's bits", "[lang]") {
    std::vector<std::string> words;
    // Every entry of every section of every list, each of its words, each up to its last space, and a byte more and
    // less: the words listed and their near misses.
    std::vector<const Lexicon*> all = languages();
    all.push_back(&common_lexicon());
    for (const Lexicon* lex : all)
        for (const auto& [name, section] : test::sections_of(*lex))
            for (const std::string_view entry : section.entries) {
                words.emplace_back(entry);
                for (const auto& w : text::split_ws(entry))
                    words.emplace_back(w);
                if (const std::size_t sp = entry.rfind(' '); sp != std::string_view::npos)
                    words.emplace_back(entry.substr(0, sp));
                words.push_back(std::string(entry) + "e");
                if (!entry.empty())
                    words.emplace_back(entry.substr(0, entry.size() - 1));
            }
    // Invented words: none, one letter, non-ASCII, very long, with digits or a space.
    for (const char* w : {"", "x", "ß", "é", "qzvrt", "wolkenkratzerbaustellenzufahrt", "überraschungsgast",
                          "déclarations", "a1b2", "2025", "hier soir", "ñandú", "ministra", "dijo"})
        words.emplace_back(w);
    words.push_back(std::string(300, 'k'));
    std::size_t listed = 0, languages_seen = 0;
    std::uint32_t seen = 0;
    for (const std::string& w : words) {
        const std::uint32_t plain = listed_languages_plain(w);
        INFO(w);
        CHECK(listed_languages(w) == plain);
        listed += plain != 0;
        seen |= plain;
    }
    for (; seen != 0; seen &= seen - 1)
        ++languages_seen;
    CHECK(listed > 1000); // (the comparison is not an empty one)
    CHECK(languages_seen == languages().size());
}

TEST_CASE("a listed-word table finds each word placed with all its bits and no other word", "[lang]") {
    const std::vector<std::pair<std::string_view, std::uint32_t>> words = {
        {"erklärte", 1}, {"declaró", 2}, {"ministro", 2}, {"ministro", 8}, {"maandag", 4}, {"lundi", 16},
        {"a", 32},       {"wetterdienstsprecherin", 64}, {"segons", 128}};
    const auto slots = ListedWordTable::place(words);
    // The slots as the build writes them: each word a piece of one text.
    std::string text;
    std::vector<lexicon_data::ListedSlot> written(slots.size());
    for (std::size_t k = 0; k < slots.size(); ++k)
        if (slots[k].second != 0) {
            written[k] = {{static_cast<std::uint32_t>(text.size()), static_cast<std::uint32_t>(slots[k].first.size())},
                          slots[k].second};
            text += slots[k].first;
        }
    const ListedWordTable table(written, text);
    CHECK(table.find("erklärte") == 1);
    CHECK(table.find("ministro") == 10);
    CHECK(table.find("wetterdienstsprecherin") == 64);
    CHECK(table.find("a") == 32);
    for (std::string_view other : {"", "erklärt", "erklärtes", "ministra", "b", "segon", "lundis", "ß"})
        CHECK(table.find(other) == 0);
    CHECK(ListedWordTable().find("lundi") == 0);
}

namespace {

// The points the plain reading gives a word's telling letters: each language's [language_letters] entries looked for
// in the word one after another, each found counting once, half a word's points shared by the languages listing it.
std::vector<int> letter_points_plain(std::string_view w) {
    const auto& langs = languages();
    std::vector<std::pair<std::string_view, std::uint32_t>> entries;
    for (std::size_t k = 0; k < langs.size(); ++k)
        for (const std::string_view e : langs[k]->list("language_letters")) {
            auto it = std::find_if(entries.begin(), entries.end(), [e](const auto& p) { return p.first == e; });
            if (it == entries.end())
                entries.emplace_back(e, std::uint32_t{1} << k);
            else
                it->second |= std::uint32_t{1} << k;
        }
    std::vector<int> got(langs.size(), 0);
    for (const auto& [e, m] : entries)
        if (w.find(e) != std::string_view::npos)
            for (std::size_t k = 0; k < langs.size(); ++k)
                if ((m >> k & 1) != 0)
                    got[k] = std::min(30, got[k] + 30 / std::popcount(m));
    return got;
}

} // namespace

TEST_CASE("LanguageEvidence reads a word's telling letters in one pass as the plain search for each entry does",
          "[lang]") {
    // Words of no list, so that their letters alone count: each entry of every [language_letters] list alone, first,
    // last, twice and beside the others, and invented words of every kind (none, one byte, accented, very long).
    std::vector<std::string> words = {"", "x", "s", "ß", "é", "qzvrt", "schnellschachschule", "groß", "żółwiątko",
                                      "thoughtthought", "eauzz", "ijsberg", "açaí", "x\xC3", "\xC3", "nhlhnh",
                                      std::string(5000, 'o'), std::string(3000, 'q') + "ß", "überraschungsei"};
    for (const Lexicon* lex : languages())
        for (const std::string_view e : lex->list("language_letters")) {
            const std::string entry(e);
            for (const std::string& w : {entry, "q" + entry, entry + "q", "qq" + entry + "qq" + entry, entry + "ijsz",
                                         "ß" + entry + "é", entry.substr(1), entry.substr(0, entry.size() - 1)})
                words.push_back(w);
        }
    std::size_t with_letters = 0;
    for (const std::string& w : words) {
        if (stopword_languages(w) != 0 || (w.size() > 1 && listed_languages(w) != 0))
            continue;
        INFO(w);
        LanguageEvidence evidence;
        evidence.add_word(w);
        const std::vector<int> plain = letter_points_plain(w);
        CHECK(evidence.points == plain);
        with_letters += std::any_of(plain.begin(), plain.end(), [](int p) { return p != 0; });
    }
    CHECK(with_letters > 50); // (the comparison is not an empty one)
}
