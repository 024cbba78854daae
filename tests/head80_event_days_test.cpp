// An event's or an exhibition's days are no day of the page: a range of days ("Du 5 février au 30 avril 2027", "Bis
// 30. April 2027", "Until 30 April 2027"). (A day over a list of the event's facts whose labels stand alone on their
// lines: head41_event_date_test.cpp.) Every line is invented.
#include <catch2/catch.hpp>

#include "dates.hpp"

#include <string>
#include <vector>

using namespace archive;

TEST_CASE("a range of days or a period's last day is no published date", "[dates][head80]") {
    struct Row {
        const char* lang;
        const char* line;
    };
    const std::vector<Row> ranges = {
        {"fr", "Du 15 novembre 2026 au 8 mars 2027"},
        {"fr", "Du 5 février au 30 avril 2027"},
        {"fr", "Jusqu'au 8 mars 2027"},
        {"fr", "Jusqu’au 8 mars 2027"},
        {"de", "Vom 3. bis 30. April 2027"},
        {"de", "Bis 30. April 2027"},
        {"en", "From 3 to 30 April 2027"},
        {"en", "Until 30 April 2027"},
        {"en", "14 November 2026 to 7 March 2027"},
    };
    for (const Row& r : ranges) {
        INFO(r.line);
        const DateLine d = read_dates(r.line, r.lang);
        CHECK_FALSE(d.published.has_value());
    }
    // a day of publication is read as before, a label and a time with it
    const std::vector<Row> days = {
        {"fr", "Publié le 8 mars 2027 à 10 h 15"},
        {"fr", "Mis à jour le 30 avril 2027"},
        {"de", "Veröffentlicht am 30. April 2027"},
        {"en", "Published 30 April 2027"},
    };
    for (const Row& r : days) {
        INFO(r.line);
        const DateLine d = read_dates(r.line, r.lang);
        CHECK((d.published || d.updated));
    }
}
