// Dates of numbers with a year of two digits joined by dashes ("12-05-25, 14:05"), read in a date line's shape only,
// and the labels of a Polish page's dates ("Data aktualizacji:"). Every line is invented.
#include <catch2/catch.hpp>

#include "dates.hpp"

#include <string>

using namespace archive;

namespace {

struct Row {
    const char* line;
    const char* lang;
    const char* published; // "" for none
    const char* updated;   // "" for none
};

void check_rows(std::initializer_list<Row> rows) {
    for (const auto& r : rows) {
        INFO(r.line);
        const DateLine d = read_dates(r.line, r.lang);
        CHECK(d.published.value_or("") == r.published);
        CHECK(d.updated.value_or("") == r.updated);
    }
}

} // namespace

TEST_CASE("a dashed date of two-digit year with a time or a date label is read", "[dates][short_years]") {
    check_rows({
        {"12-05-25, 14:05", "nl", "2025-05-12T14:05", ""}, // nl: the rule's cases
        {"Laatste update: 12-05-25, 16:30", "nl", "", "2025-05-12T16:30"},
        {"Laatste update: 12-05-25", "nl", "", "2025-05-12"}, // a label, no time
        {"Gepubliceerd: 03-11-24", "nl", "2024-11-03", ""},
        {"Aktualisiert: 12-05-25", "de", "", "2025-05-12"}, // de
        {"12-05-25 09:40", "pl", "2025-05-12T09:40", ""},    // pl, no comma
        {"12-05-25 om 16:30", "nl", "2025-05-12T16:30", ""},  // a word between the date and its time
        {"12-05-25 | 16:30", "nl", "2025-05-12T16:30", ""},
        {"Aktualisiert am 12-05-25", "de", "", "2025-05-12"}, // a label with no colon
        {"Published on 03-11-24", "en", "2024-03-11", ""},   // en: the month first, as in "03/11/24"
    });
}

TEST_CASE("a dashed date of two-digit year with a dotted time and the clock's word is read", "[dates][short_years]") {
    check_rows({
        {"03-12-26, 06.00 uur", "nl", "2026-12-03T06:00", ""}, // nl: a Flemish stamp under the bylines
        {"03-12-26 06.00 uur", "nl", "2026-12-03T06:00", ""},   // no comma
        {"03-12-26, 06.00 Uhr", "de", "2026-12-03T06:00", ""}, // de
        {"Laatste update: 03-12-26, 09.15 uur", "nl", "", "2026-12-03T09:15"},
    });
    // A dotted number after the dashes with no clock's word is a score or a figure, not a time.
    check_rows({
        {"03-12-26, 06.00", "nl", "", ""},
        {"De sets eindigden 25-21-19, 14.50 euro kostte een ticket.", "nl", "", ""},
    });
}

TEST_CASE("a dashed two-digit year in a sentence or a score is no date", "[dates][short_years]") {
    check_rows({
        {"De wedstrijd eindigde in 12-05-25 na drie sets.", "nl", "", ""},
        {"Uitslag: 12-05-25", "nl", "", ""}, // a label that is no date's
        {"12-05-25", "nl", "", ""},
        {"Het werd 12-05-25 om de titel.", "nl", "", ""},
        {"Die Sätze endeten 25-21-19, 14 Punkte fehlten.", "de", "", ""},
    });
}

TEST_CASE("a Polish page's labels of publication and update", "[dates][short_years]") {
    check_rows({
        {"Data aktualizacji: 3 marca 2025, 11:47", "pl", "", "2025-03-03T11:47"}, // pl: the rule's case
        {"Data modyfikacji: 4 marca 2025", "pl", "", "2025-03-04"},
    });
    // The label tells the day published from the day updated whichever line comes first.
    CHECK(read_dates("Data publikacji: 2 marca 2025, 08:00", "pl").published_labelled);
    CHECK(read_dates("Data dodania: 2 marca 2025", "pl").published_labelled);
    CHECK(read_dates("Data utworzenia: 2 marca 2025", "pl").published_labelled);
}
