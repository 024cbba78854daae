// Table-driven tests of the source an "according to" phrase names and of the runs of capitalised words read as a
// speaker's name, on invented sentences in several languages.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

#include <vector>

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a speech verb's form in the source after an according phrase is a noun, no cue", "[quotes][cues]") {
    // "according to a recently published report": "report" names the source; the cue is the according phrase ("secondo
    // quanto dice": "dice" opens no mention of its own).
    check_quotes({
        {"en", {"The repairs will cost more than ten million dollars, according to a recently published report."},
         "The repairs will cost more than ten million dollars", "", "a recently published report"},
        {"en", {"The ferries will use the old quay until June, according to police reports."},
         "The ferries will use the old quay until June", "", "police reports"},
        {"fr", {"Les travaux coûteront plus de dix millions d'euros, selon une annonce publiée lundi."},
         "Les travaux coûteront plus de dix millions d'euros", "", "une annonce publiée"},
        {"it", {"«Il porto riaprirà a giugno», secondo quanto dice il sindaco Marco Bruni."}, "Il porto riaprirà a giugno",
         "Marco Bruni"},
    });
}
