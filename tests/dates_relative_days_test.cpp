// Table-driven tests of the relative dates printed as a day word and a time (lexicon section relative_day_time_words:
// "Today, 09:14", "gestern, 18:02 Uhr", "hier à 18h02"): a date line left null and flagged, in several languages; a
// sentence opening with the day and a time stays prose.
#include <catch2/catch.hpp>

#include "byline_rows.hpp"
#include "classify.hpp"
#include "dates.hpp"

#include <string>
#include <tuple>
#include <vector>

using namespace archive;

namespace {

using LineRows = std::vector<std::tuple<const char*, const char*>>;

// Checks each line (in its language): read_dates() takes it for a relative date line, left null, or for no date line.
void check_day_time_rows(const LineRows& rows, bool taken) {
    for (const auto& [line, lang] : rows) {
        INFO(line << " (" << lang << ")");
        const DateLine d = read_dates(line, lang);
        CHECK(d.is_date_line == taken);
        CHECK(d.relative == taken);
        CHECK_FALSE(d.published);
        CHECK_FALSE(d.updated);
    }
}

} // namespace

TEST_CASE("a day word and a time are a relative date line", "[dates][relative][day_time]") {
    check_day_time_rows(
        LineRows{
            {"Today, 09:14", "en"},
            {"Updated today at 9:14 am", "en"},
            {"heute, 09:14 Uhr", "de"},
            {"Heute 16:20", "de"},
            {"Aktualisiert heute, 09:14", "de"},
            {"aujourd'hui à 9h14", "fr"},
            {"Aujourd\u2019hui à 9h14", "fr"},
            {"hier à 18h02", "fr"},
            {"oggi, 09:14", "it"},
            {"hoy a las 09:14", "es"},
            {"hoje, 09:14", "pt"},
            {"vandaag om 09:14", "nl"},
            {"dzisiaj, 09:14", "pl"},
            {"Dziś, 09:14", "pl"},
            {"wczoraj, 18:02", "pl"},
            // the article's reading time or its byline beside the date
            {"dzisiaj, 09:14 Ten artykuł przeczytasz w 4 minuty", "pl"},
            {"Heute, 09:14 Uhr von Lena Brandt", "de"},
        },
        true);
}

TEST_CASE("a sentence opening with a day word and a time is no date line", "[dates][relative][day_time]") {
    // (The rows but the one with "Gestern" guard the rule: without it their lines were no date lines either.)
    check_day_time_rows(
        LineRows{
            {"Heute, 09:14 Uhr, fuhr der Bus ab", "de"},
            {"Gestern, 18:02 Uhr, schloss das Museum", "de"},
            {"Today at 9:14 the bus left", "en"},
            {"Oggi alle 9:14 il bus è partito", "it"},
            {"Hoy a las 9:14 cerró el museo", "es"},
            {"Heute trafen sich 40 Vereine", "de"},
        },
        false);
}

TEST_CASE("a relative day and time under the title is the page's date line", "[classify][dates][relative][day_time]") {
    for (const auto& [lang, title, date, sentence] :
         std::vector<std::tuple<const char*, const char*, const char*, const char*>>{
             {"en", "Night buses return to the valley", "Today, 09:14",
              "The night buses return to the valley from Friday, after the council found the money for two drivers."},
             {"de", "Nachtbusse fahren wieder ins Tal", "heute, 09:14 Uhr",
              "Die Nachtbusse fahren ab Freitag wieder ins Tal, nachdem der Rat das Geld für zwei Fahrer fand."},
             {"it", "Tornano gli autobus notturni nella valle", "oggi, 09:14",
              "Gli autobus notturni tornano nella valle da venerdì, dopo che il comune ha trovato i fondi."},
             {"pl", "Nocne autobusy wracają do doliny", "dzisiaj, 09:14",
              "Nocne autobusy wracają do doliny od piątku, bo rada znalazła pieniądze dla dwóch kierowców."},
         }) {
        INFO(date << " (" << lang << ")");
        // The name over the date line is the author's, as over any date line.
        const Article a = test::page_under_title(lang, title, std::string("Marta Holm\n") + date, sentence);
        CHECK(a.headline == title);
        CHECK(a.published == std::nullopt);
        CHECK(a.warnings == std::vector<std::string>{std::string("relative date left unresolved: ") + date});
        CHECK(a.authors == std::vector<std::string>{"Marta Holm"});
    }
}

TEST_CASE("a relative day and time with a section label past a bar is a date line",
          "[dates][relative][day_time][day_time_label]") {
    // (Each row was a sentence before the rule: a word after the time made one of the line.)
    check_day_time_rows(
        LineRows{
            {"Today, 09:14 | News", "en"},
            {"Heute, 09:14 Uhr | Politik", "de"},
            {"Aujourd'hui à 09h14 | Monde", "fr"},
            {"Hoy, 09:14 | Internacional", "es"},
            {"Yesterday, 18:40 | Local sport", "en"},
        },
        true);
    // A sentence past the bar, or words after a comma, still make one.
    check_day_time_rows(
        LineRows{
            {"Heute, 09:14 Uhr, fuhr der letzte Bus ab", "de"},
            {"Today, 09:14 | the ferry left the harbour without its crew", "en"},
        },
        false);
}

TEST_CASE("the section label past a relative day and time is no author",
          "[classify][dates][relative][day_time_label]") {
    for (const auto& [lang, date] : LineRows{
             {"en", "Today, 09:14 | News"},
             {"de", "Heute, 09:14 Uhr | Politik"},
             {"fr", "Aujourd'hui à 09h14 | Monde"},
             {"es", "Hoy, 09:14 | Internacional"},
         }) {
        INFO(date << " (" << lang << ")");
        const Article a = test::valley_page(lang, date);
        CHECK(a.headline == test::valley_text(lang).title);
        CHECK(a.published == std::nullopt);
        CHECK(a.warnings == std::vector<std::string>{std::string("relative date left unresolved: ") + date});
        CHECK(a.authors.empty());
    }
}
