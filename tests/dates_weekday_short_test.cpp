// A weekday's short form printed before the day ("wo 3 dec 2026", "Mi., 3. Dez. 2026") is part of the date line, no
// word the line prints besides its date.
#include <catch2/catch.hpp>

#include "dates.hpp"

#include <string>

using namespace archive;

TEST_CASE("a weekday's short form before the day leaves nothing of a date line", "[dates][weekday_short]") {
    struct Row {
        const char* line;
        const char* lang;
        const char* published;
    };
    const Row rows[] = {
        {"wo 3 dec 2026", "nl", "2026-12-03"},
        {"wo 3 dec 2026 om 09.14", "nl", "2026-12-03T09:14"},
        {"Mi., 3. Dez. 2026", "de", "2026-12-03"},
        {"Mi 3. Dez. 2026, 14:52 Uhr", "de", "2026-12-03T14:52"},
        {"mer. 3 déc. 2026", "fr", "2026-12-03"},
        {"Wed 3 Dec 2026", "en", "2026-12-03"},
        {"Thur 3 Dec 2026", "en", "2026-12-03"},
        {"mié 3 dic 2026", "es", "2026-12-03"},
        {"gio 3 dicembre 2026", "it", "2026-12-03"},
        {"qua, 3 dez 2026", "pt", "2026-12-03"},
        {"śr. 3 grudnia 2026", "pl", "2026-12-03"},
        {"pt. 4 grudnia 2026", "pl", "2026-12-04"}, // listed whole: no opening of "piątek"
        {"Thurs 3 Dec 2026", "en", "2026-12-03"},
    };
    for (const Row& r : rows) {
        INFO(r.line);
        const DateLine d = read_dates(r.line, r.lang);
        CHECK(d.is_date_line);
        REQUIRE(d.published);
        CHECK(*d.published == r.published);
        CHECK(d.rest.empty());
    }
}

TEST_CASE("a word before the day that is no weekday of the page's language stays the line's", "[dates][weekday_short]") {
    // "do" opens Donnerstag and domingo, but a Polish page writes it for "until"; "Kino" is no weekday at all.
    CHECK_FALSE(read_dates("do 3 grudnia 2026", "pl").rest.empty());
    CHECK_FALSE(read_dates("Kino 3. Dez. 2026", "de").rest.empty());
    // The short form only counts right before the day: after it, it is a word of the line.
    CHECK_FALSE(read_dates("3 dec 2026 wo", "nl").rest.empty());
}

TEST_CASE("weekday short forms are two to four letters of the language's weekday", "[dates][weekday_short]") {
    CHECK(weekday_short_form("wo", "nl"));
    CHECK(weekday_short_form("Mi.,", "de"));
    CHECK(weekday_short_form("MER", "fr"));
    CHECK(weekday_short_form("mié", "es"));
    CHECK(weekday_short_form("śr", "pl"));
    CHECK(weekday_short_form("Wed", "xx")); // a language without a list: any language's weekdays
    CHECK_FALSE(weekday_short_form("m", "de"));       // one letter
    CHECK(weekday_short_form("pt.", "pl"));
    CHECK(weekday_short_form("niedz.", "pl"));
    CHECK_FALSE(weekday_short_form("pt", "de"));      // listed for Polish only
    CHECK_FALSE(weekday_short_form("mittw", "de"));   // five, and listed nowhere
    CHECK_FALSE(weekday_short_form("mittwoch", "de")); // the whole name is the weekdays section's own
    CHECK_FALSE(weekday_short_form("do", "pl"));
    CHECK_FALSE(weekday_short_form("so", "en"));
    CHECK_FALSE(weekday_short_form("w3", "en"));
}
