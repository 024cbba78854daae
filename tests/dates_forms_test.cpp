// Forms of dates read from a line (the short names of months, a date joined by dashes, "the 4th of March") and the
// order of a date of numbers an English page's other dates settle.
#include <catch2/catch.hpp>

#include "dates.hpp"
#include "pipeline.hpp"

#include <string>

using namespace archive;

namespace {

struct Row {
    const char* line;
    const char* lang;
    const char* published;
};

void check_rows(std::initializer_list<Row> rows) {
    for (const auto& r : rows) {
        INFO(r.line);
        const DateLine d = read_dates(r.line, r.lang);
        CHECK(d.published.value_or("") == r.published);
        CHECK(d.is_date_line);
    }
}

} // namespace

TEST_CASE("the short names of the months in Portuguese, Dutch, German and French", "[dates]") {
    check_rows({
        {"4 out. 2024", "pt", "2024-10-04"},
        {"12 fev 2023 - 10h15", "pt", "2023-02-12T10:15"},
        {"Publicado em 3 dez 2022", "pt", "2022-12-03"},
        {"4 mrt. 2024 om 10:15", "nl", "2024-03-04T10:15"},
        {"Gepubliceerd op 9 mrt 2021", "nl", "2021-03-09"},
        {"2. Mrz. 2021", "de", "2021-03-02"},
        {"7. Jän. 2022, 08:30 Uhr", "de", "2022-01-07T08:30"},
        {"4 fév 2024", "fr", "2024-02-04"},
        {"Publié le 18 fevr. 2020", "fr", "2020-02-18"},
    });
}

TEST_CASE("a day, the month's name and the year joined by dashes", "[dates]") {
    check_rows({
        {"4-Mar-2024", "en", "2024-03-04"},
        {"Posted 17-Sep-2021 10:15", "en", "2021-09-17T10:15"},
        {"04-mar-2024", "es", "2024-03-04"},
        {"12-Okt-2023", "de", "2023-10-12"},
        {"3-avr-2022", "fr", "2022-04-03"},
        {"7-giu-2021", "it", "2021-06-07"},
    });
    // Only joined dashes make such a date: a range of days before a month and a year reads as it did.
    CHECK(read_dates("4-Mar 2024", "en").published.value_or("") == "");
    CHECK(read_dates("3-5 March 2024", "en").published.value_or("") == "2024-03-05");
}

TEST_CASE("an English ordinal day before \"of\" and the month", "[dates]") {
    check_rows({
        {"Posted on 4th of March, 2024", "en", "2024-03-04"},
        {"the 1st of May 2023", "en", "2023-05-01"},
        {"Published on the 22nd of October 2019 at 9:30 am", "en", "2019-10-22T09:30"},
    });
}
