// Table-driven tests of a subject opened by a possessive at a sentence's start where nouns are capitalised: "Meine
// Firma sagte", "Unsere Gemeinde teilte mit": the possessive and its noun are no person's name, so neither is the
// speaker; on invented sentences.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

#include <string>

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a possessive opening a sentence and its capitalised noun name no speaker", "[quotes][speakers]") {
    struct Row {
        const char* paragraph;
        const char* text;
        const char* not_speaker;
    };
    const Row rows[] = {
        {"Meine Firma sagte: „Wir liefern die Ware im Frühling.“", "Wir liefern die Ware im Frühling.", "Meine Firma"},
        {"Unsere Gemeinde teilte mit: „Der Steg bleibt bis Juni gesperrt.“", "Der Steg bleibt bis Juni gesperrt.",
         "Unsere Gemeinde"},
        {"Unser Verein erklärte am Abend: „Wir stimmen dem Haushalt nicht zu.“", "Wir stimmen dem Haushalt nicht zu.",
         "Unser Verein"},
        {"Eure Schule sagte: „Der Unterricht fällt aus.“", "Der Unterricht fällt aus.", "Eure Schule"},
    };
    for (const auto& r : rows) {
        INFO(r.paragraph);
        const auto qs = extract_quotes(page("de", "", {r.paragraph}));
        const Quote* found = nullptr;
        for (const auto& q : qs)
            if (q.text == r.text)
                found = &q;
        REQUIRE(found);
        CHECK(found->speaker.value_or("") != r.not_speaker);
        // (nor the possessive with any other word: the possessive names no one)
        CHECK(found->speaker.value_or("").find(std::string(r.not_speaker).substr(0, 4)) == std::string::npos);
    }
}
