// "Mehr: <title of another article>", as "More: <title>": a link to another article under the text, its label "Mehr"
// closed by a colon (lexicon section related_prefixes), leaves the region, and the labelled date lines under it
// with it. Invented lines.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "region_pages.hpp"

#include <string>

using namespace archive;

TEST_CASE("a 'Mehr:' or 'More:' link under the text is a related link", "[boilerplate][region51]") {
    for (const char* line : {"Mehr: Neue Fähren für die Inseln – diese Linien kommen im Mai zurück",
                             "More: New ferries for the islands – these routes return in May"}) {
        INFO(line);
        CHECK(is_boilerplate_phrase(line));
    }
    // A sentence of the text with the word in it, and the word alone.
    for (const char* line : {"Mehr als hundert Fischer kamen zur Versammlung am Hafen.", "Mehr"}) {
        INFO(line);
        CHECK_FALSE(is_boilerplate_phrase(line));
    }
}

TEST_CASE("a 'Mehr:' link and the date lines under it leave the region", "[region][region51]") {
    const std::string tail = "Mehr: Neue Fähren für die Inseln – diese Linien kommen im Mai zurück\n"
                             "Erstpublikation: 05.12.2026, 11:05 Uhr\n"
                             "Aktualisiert: 05.12.2026, 14:32 Uhr\n"
                             "Impressum\nDatenschutz\n";
    test::check_tail_leaves("de", tail, "Mehr:");
    test::check_tail_leaves("de", tail, "Erstpublikation:");
    test::check_tail_leaves("en",
                            "More: New ferries for the islands – these routes return in May\n"
                            "First published: 05.12.2026, 11:05\nTerms\nPrivacy\n",
                            "More:");
}
