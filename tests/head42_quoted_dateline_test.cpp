// "ROMA – «Sui treni regionali ...»", "WASHINGTON — "We will not ...": a writer's dateline in capitals and a dash,
// the text after it opening on a quotation mark, then its capital. A place before a colon and a quote is a speaker's
// turn, no dateline, and a quote mark before a small letter opens no sentence. Every line is invented.
#include <catch2/catch.hpp>

#include "press_datelines.hpp"

#include <string>

using namespace archive;

TEST_CASE("a dateline before a quote mark", "[agencies][dateline][head42]") {
    struct Row {
        const char* paragraph;
        const char* place;
    };
    const Row rows[] = {
        {"ROMA – «Sui treni regionali abbiamo cambiato passo, e i pendolari lo vedono», ha detto il ministro.", "ROMA"},
        {"WASHINGTON — \u201cWe will not leave the port towns behind,\u201d the secretary told reporters on Monday.",
         "WASHINGTON"},
        {"SEVILLA - \"No vamos a cerrar ninguna línea de autobús este invierno\", aseguró la consejera.", "SEVILLA"},
        {"BERLIN – „Wir lassen die Hafenstädte nicht im Stich“, sagte die Ministerin am Montag.", "BERLIN"},
    };
    for (const Row& r : rows) {
        INFO(r.paragraph);
        const auto tag = dateline_tag(r.paragraph);
        REQUIRE(tag);
        CHECK(tag->place == r.place);
        CHECK(tag->agencies.empty());
    }
    // A quote mark before a small letter opens no sentence; a colon before a quote is no dateline either.
    CHECK_FALSE(dateline_tag("ROMA – «sui treni regionali abbiamo cambiato passo», ha detto il ministro."));
    CHECK_FALSE(dateline_tag("ROMA: «Sui treni regionali abbiamo cambiato passo», ha detto il ministro ieri."));
}
