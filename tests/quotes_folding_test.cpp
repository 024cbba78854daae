// fold_latin_letters, which folds the speech verbs of the languages whose cues are also read without their accents
// one letter at a time, checked against text::without_accents folding the whole word.
#include <catch2/catch.hpp>

#include "lexicon.hpp"
#include "quotes_parts.hpp"
#include "text.hpp"

#include <string>
#include <string_view>

using namespace archive;

TEST_CASE("fold_latin_letters folds a word of ASCII and Latin letters as text::without_accents does",
          "[quotes][cues][folding]") {
    // Every letter of U+00C0..U+017F, capital or not, alone, inside invented words and next to another one.
    for (unsigned cp = 0xC0; cp < 0x180; ++cp) {
        const std::string letter = {static_cast<char>(0xC0 | (cp >> 6)), static_cast<char>(0x80 | (cp & 0x3F))};
        for (const std::string& w : {letter, "pr" + letter + "sto", letter + "bril-" + letter, "x" + letter + letter}) {
            CAPTURE(w, cp);
            const auto folded = quoting::fold_latin_letters(w);
            if (folded)
                CHECK(*folded == text::without_accents(w, false).value_or(w));
        }
    }
    // Every speech verb of every language, the words it folds.
    std::size_t read = 0;
    for (const Lexicon* lex : languages())
        for (const auto& v : lex->speech_verbs) {
            const auto folded = quoting::fold_latin_letters(v);
            if (!folded)
                continue;
            ++read;
            CAPTURE(v);
            CHECK(*folded == text::without_accents(v, false).value_or(std::string(v)));
        }
    CHECK(read > 500);
    // Invented words in several languages: the ones it reads, and those it leaves to without_accents.
    CHECK(quoting::fold_latin_letters("explicó") == std::optional<std::string>("explico"));
    CHECK(quoting::fold_latin_letters("déclaré-t-il") == std::optional<std::string>("declare-t-il"));
    CHECK(quoting::fold_latin_letters("ÉLODIE Müller çà") == std::optional<std::string>("ELODIE Muller ca"));
    CHECK(quoting::fold_latin_letters("przekazał") == std::optional<std::string>("przekazał")); // (ł decomposes not)
    CHECK(quoting::fold_latin_letters("") == std::optional<std::string>(""));
    CHECK_FALSE(quoting::fold_latin_letters("заявил").has_value()); // (Cyrillic: not read)
    CHECK_FALSE(quoting::fold_latin_letters("e\xCC\x81t\xC3").has_value()); // (a combining mark, a cut letter)
}
