// A Polish brief's one-sentence paragraph whose only small word is a common verb form, "Sala gimnastyczna zostanie
// oddana latem.", "Uczniowie muszą poczekać.": Polish has no articles, and its [stopwords] list held
// "jest", "będzie", "został" but not "zostanie", "muszą", "mogą", "trzeba", so the brief's run of sentences stopped
// there (region_joins.cpp brief_sentence()). Those forms are now in the pl list. Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "region_parts.hpp"
#include "rows.hpp"

using namespace archive;

TEST_CASE("a Polish short sentence with a common verb form reads as a brief's sentence", "[region][region37]") {
    struct Row {
        const char* lang;
        const char* line;
        bool sentence;
    };
    const Row rows[] = {
        {"pl", "Sala gimnastyczna zostanie oddana latem.", true},
        {"pl", "Uczniowie muszą poczekać miesiąc.", true},
        {"pl", "Mieszkańcy mogą zgłaszać uwagi.", true},
        {"pl", "Trzeba wymienić dach szkoły.", true},
        // (the forms already listed, for comparison)
        {"pl", "Sala gimnastyczna będzie gotowa latem.", true},
        // no verb form of the list and no other small word; a label
        {"pl", "Rodzice chwalą nowe klasy.", false},
        {"pl", "Czytaj także", false},
    };
    for (const Row& r : rows) {
        INFO(r.lang << ": " << r.line);
        CHECK(brief_sentence(test::block_of(r.line), r.lang) == r.sentence);
    }
}
