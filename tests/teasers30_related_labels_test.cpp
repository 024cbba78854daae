// The labels over a link to another article that pages print in words the
// lexicon lacked ("Przeczytaj także:", "Lesen Sie dazu", "Lire également"; each
// already known before a title on the same line, related_prefixes):
// related_label() reads each alone on its line as the label of a box of related
// titles (lexicon section related_labels). Labels that end the article
// (terminators, reading_labels: "Przeczytaj też", "Other People Are Reading")
// stay out of this list: their box is read as a list of titles. Invented lines.
#include <catch2/catch.hpp>

#include "region_parts.hpp"
#include "rows.hpp"

using archive::test::block_of;

TEST_CASE("related labels in the words the lexicon lacked", "[region][related][teasers30]") {
    for (const char* line :
         {"Przeczytaj także:", "Przeczytaj także", "Lesen Sie dazu:", "Lesen Sie dazu auch", "Lire également :"}) {
        INFO(line);
        CHECK(archive::related_label(block_of(line)));
    }
    // A sentence that uses the same words is no label.
    for (const char* line :
         {"Przeczytaj także umowę najmu.", "Lesen Sie dazu den Bericht.", "Lire également le rapport du port."}) {
        INFO(line);
        CHECK_FALSE(archive::related_label(block_of(line)));
    }
}
