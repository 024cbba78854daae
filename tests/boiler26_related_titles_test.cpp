// "Das könnte dich auch noch interessieren:" / "Cela pourrait aussi vous intéresser": the title of a list of other
// articles under the text, its usual words lengthened by a small word ("noch", "aussi"), ends the article as the
// plain title does (lexicon section terminators). Invented lines.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "rows.hpp"

using archive::test::block_of;

TEST_CASE("a related list's title lengthened by a small word ends the article", "[classify][terminator][boiler26]") {
    for (const char* line : {"Das könnte dich auch noch interessieren:", "Das könnte Sie auch noch interessieren",
                             "Cela pourrait aussi vous intéresser", "Ceci pourrait également vous intéresser :"}) {
        INFO(line);
        CHECK(archive::is_terminator(block_of(line)));
    }
    // A sentence of the text on what may interest the reader ends nothing.
    for (const char* line : {"Das könnte dich auch noch interessieren, wenn du gerne wanderst.",
                             "Cela pourrait aussi vous intéresser si vous habitez le quartier."}) {
        INFO(line);
        CHECK_FALSE(archive::is_terminator(block_of(line)));
    }
}
