// "▶️ Leia também:", "👉 Lesen Sie auch:", "📱 Read more: <title>": a related-links label led by a pictograph or an
// arrow (and the emoji form's U+FE0F) is the same known line as without it. Invented lines.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "rows.hpp"

using archive::test::block_of;

TEST_CASE("a related label led by an emoji is boilerplate", "[classify][boilerplate][region55]") {
    for (const char* line : {"▶️ Leia também:", "▶ Leia também:", "👉 Lesen Sie auch:", "📱 Read more:",
                             "👉 Lee también:", "➡️ Lire aussi : Le port rouvre ses quais",
                             "📱 Read more: Ferries return to the pier"}) {
        INFO(line);
        CHECK(archive::is_boilerplate_phrase(block_of(line)));
    }
    // A heading or a sentence led by the same marks is no known line.
    for (const char* line : {"📌 O que muda agora", "👉 Lesen Sie die Erklärung des Ministeriums im Wortlaut.",
                             "▶️ Leia a íntegra da decisão do tribunal sobre o caso.", "📱 What the growers want"}) {
        INFO(line);
        CHECK_FALSE(archive::is_boilerplate_phrase(block_of(line)));
    }
}
