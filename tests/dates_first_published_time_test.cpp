// A date line giving the update's day and time, then the publication's time alone after its own label ("Updated
// December 3 2026 - 2:15pm, first published 6:05am"): the publication is on the update's day. Every line is invented.
#include <catch2/catch.hpp>

#include "dates.hpp"

#include <string>

TEST_CASE("a publication's time alone after the update's date is on the update's day", "[dates][first_published]") {
    struct Row {
        const char* line;
        const char* lang;
        const char* published; // "" for none
        const char* updated;
    };
    const Row rows[] = {
        {"Updated December 3 2026 - 2:15pm, first published 6:05am", "en", "2026-12-03T06:05", "2026-12-03T14:15"},
        {"Aktualisiert am 3. Dezember 2026, 15:47 Uhr, veröffentlicht um 09:14 Uhr", "de", "2026-12-03T09:14",
         "2026-12-03T15:47"},
        {"Mis à jour le 3 décembre 2026 à 15h47, publié à 09h14", "fr", "2026-12-03T09:14", "2026-12-03T15:47"},
        // (no time after the label: no publication guessed)
        {"Updated December 3 2026 - 2:15pm, first published", "en", "", "2026-12-03T14:15"},
    };
    for (const Row& r : rows) {
        INFO(r.line);
        const archive::DateLine d = archive::read_dates(r.line, r.lang);
        CHECK(d.published.value_or("") == r.published);
        CHECK(d.updated.value_or("") == r.updated);
    }
}
