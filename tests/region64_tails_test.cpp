// Tests of the lines under an article's text that are no part of it (a wire's boxes presenting its writers), and of
// the text that goes on under a box (a match report's marks) or under a live blog's stamps.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "region_pages.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;
using archive::test::article_with_tail;
using archive::test::has_paragraph_starting;
using archive::test::in_text;

TEST_CASE("a wire's boxes presenting its writers, a name in capitals over its surname's sentence, leave the text",
          "[region][author][region64]") {
    const std::string en_tail = R"(NORA FITCH
Fitch covers the harbour and the fleet for The Harbour Wire.
twitter
mailto
TOM HALE
Hale covers courts, ferries and the weather for The Harbour Wire.
)";
    Article a = classify(segment(article_with_tail("en", en_tail)), "en");
    CHECK(has_paragraph_starting(a, "The council will vote"));
    CHECK_FALSE(has_paragraph_starting(a, "Fitch covers"));
    CHECK_FALSE(has_paragraph_starting(a, "Hale covers"));
    CHECK_FALSE(in_text(a, "TOM HALE"));

    const std::string de_tail = R"(ANNA KELLER
Keller berichtet für die Agentur aus dem Landtag in Kiel.
LUKAS BRANDT
Brandt berichtet für die Agentur über die Häfen an der Küste.
)";
    Article b = classify(segment(article_with_tail("de", de_tail)), "de");
    CHECK(has_paragraph_starting(b, "Der Gemeinderat stimmt"));
    CHECK_FALSE(has_paragraph_starting(b, "Keller berichtet"));
    CHECK_FALSE(has_paragraph_starting(b, "Brandt berichtet"));
    CHECK_FALSE(in_text(b, "LUKAS BRANDT"));
}

TEST_CASE("a sentence opening with a surname that no name in capitals announces stays the article's",
          "[region][author][region64]") {
    // The name over it is another person's: the sentence is the text's.
    const std::string en_tail = R"(Harbour Master
Fitch covers the harbour and the fleet for The Harbour Wire since the spring.
)";
    Article a = classify(segment(article_with_tail("en", en_tail)), "en");
    CHECK(has_paragraph_starting(a, "Fitch covers"));
    const std::string de_tail = "LENA BRANDT\nKeller berichtet für die Agentur aus dem Landtag in Kiel.\n";
    Article b = classify(segment(article_with_tail("de", de_tail)), "de");
    CHECK(has_paragraph_starting(b, "Keller berichtet"));
}
