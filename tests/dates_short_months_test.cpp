// A month's short form a language lists apart from its names (lexicon section short_months: Polish "gru", "lis",
// "sie"), read only between a day's number and a year: "sie" is German "sie" too, and no German line may turn into a
// date by it. And the year's word after a Polish date's year ("12 listopada 2026 r.", year_mark_words) leaves
// nothing in the date line's rest. Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "dates.hpp"

#include <string>
#include <utility>

using namespace archive;

TEST_CASE("a Polish month's short form between the day and the year", "[dates][short_months]") {
    // (A line and the day it dates.)
    const std::pair<const char*, const char*> rows[] = {
        {"3 gru 2026", "2026-12-03"},
        {"12 lis 2026 r.", "2026-11-12"},
        {"wt., 3 gru 2026, 14:05", "2026-12-03T14:05"},
        {"5 sie 2026", "2026-08-05"},
        {"28 paź 2026 14:05", "2026-10-28T14:05"},
        {"1 sty 2027", "2027-01-01"},
        {"12 listopada 2026 r.", "2026-11-12"},
    };
    for (const auto& [line, published] : rows) {
        CAPTURE(line);
        const DateLine d = read_dates(line, "pl");
        CHECK(d.is_date_line);
        REQUIRE(d.published);
        CHECK(*d.published == published);
        CHECK(d.rest.empty());
    }
    // The page's language need not be known: the form is read by where it stands.
    REQUIRE(read_dates("3 gru 2026", "").published);
    CHECK(*read_dates("3 gru 2026", "").published == "2026-12-03");
}

TEST_CASE("a short form elsewhere than between a day and a year is no month", "[dates][short_months]") {
    // German "sie", with a day or a year near it but not both around it.
    CHECK_FALSE(read_dates("Am 3. sagte sie, 2026 werde alles besser", "de").published);
    CHECK_FALSE(read_dates("sie 3, 2026", "de").published);
    CHECK_FALSE(read_dates("3 sie 14:05", "pl").published);
    CHECK_FALSE(find_date("Seit 2026 sagt sie 3 Mal am Tag nein", "de"));
    // A line opening with "Sie" opens with no date, and the German months still read.
    CHECK_FALSE(leading_date("Sie kam am 3. Dezember 2026 nach Hamburg", "de"));
    const DateLine de = read_dates("Veröffentlicht am 3. Dezember 2026", "de");
    REQUIRE(de.published);
    CHECK(*de.published == "2026-12-03");
    // "r" after anything but the date's year stays a word of the line.
    CHECK_FALSE(read_dates("3 gru 2026 r. Anna Kowalska", "pl").rest.empty());
}

TEST_CASE("a Polish date line with a short month under the byline dates the page", "[dates][short_months]") {
    const char* page = R"(Strona główna
Kraj
Nowy most na Wiśle otwarty dla pieszych
Po trzech latach budowy kładka łączy oba brzegi rzeki. Pierwszego dnia przeszło po niej kilka tysięcy osób.
Anna Kowalska
12 lis 2026 r.
Aktualizacja: 3 gru 2026, 16:40
Kładka ma 420 metrów długości i jest najdłuższą taką konstrukcją w regionie. Budowa kosztowała 180 milionów złotych.
Prezydent miasta powiedział, że most zmieni sposób, w jaki mieszkańcy poruszają się po mieście.
W weekend na kładce odbędzie się festyn z koncertami i pokazami sztucznych ogni.
)";
    const Article a = parse(page, "page.txt");
    REQUIRE(a.published);
    CHECK(*a.published == "2026-11-12");
    REQUIRE(a.updated);
    CHECK(*a.updated == "2026-12-03T16:40");
    CHECK(a.authors == std::vector<std::string>{"Anna Kowalska"});
    REQUIRE(a.lede);
}
