// A dateline's place in capitals of four or five words joined by a small word that the first lists lacked: Italian
// "in" ("SAN LORENZO IN CAMPO -"), Dutch "aan", "den", "op", "bij" ("ALPHEN AAN DEN RIJN -", "CAPELLE AAN DEN IJSSEL -"),
// Polish "nad", "pod" ("NOWY DWÓR NAD WISŁĄ -"): lexicon section place_particle_words (common.txt), read by
// place_before() in datelines.cpp. Every line is invented.
#include <catch2/catch.hpp>

#include "classify.hpp"

using namespace archive;

TEST_CASE("a place of four or five capital words joined by in, aan, bij, nad opens the text as a dateline",
          "[classify][dateline][probe27]") {
    struct Row {
        const char* paragraph;
        const char* place;
    };
    const Row rows[] = {
        {"SAN LORENZO IN CAMPO – Dopo tre anni di cantiere la pieve romanica riapre le porte ai fedeli.",
         "SAN LORENZO IN CAMPO"},
        {"ALPHEN AAN DEN RIJN - De gemeente sluit de oude brug zes maanden lang voor al het verkeer.",
         "ALPHEN AAN DEN RIJN"},
        {"OUD BEIJERLAND BIJ ROTTERDAM - Het college wil de haven van de stad volgend jaar laten uitbaggeren.",
         "OUD BEIJERLAND BIJ ROTTERDAM"},
        {"NOWY DWÓR NAD WISŁĄ - Radni miasta zdecydowali w czwartek o zamknięciu starego mostu na pół roku.",
         "NOWY DWÓR NAD WISŁĄ"},
    };
    for (const auto& r : rows) {
        INFO(r.paragraph);
        auto d = dateline_tag(r.paragraph);
        REQUIRE(d);
        CHECK(d->place == r.place);
    }
    // Four capital words without such a word inside are a label, no place; nor is a small word at the edge one.
    for (const char* paragraph :
         {"CASTEL SAN PIETRO TERME - Il consiglio comunale ha approvato ieri il bilancio per il prossimo anno.",
          "IN CAMPO SAN PIETRO - Il consiglio comunale ha approvato ieri il bilancio per il prossimo anno."}) {
        INFO(paragraph);
        CHECK_FALSE(dateline_tag(paragraph));
    }
}
