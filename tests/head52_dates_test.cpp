// Dates of Spanish and Italian pages (head52):
// - an update's line printing a time alone with "hrs." after it ("Actualizado: 13:45 hrs."), the day the published
//   one's;
// - an Italian time printed with a dot closing the date line after a bar or a comma, no "ore" before it ("05
//   dicembre 2026 | 16.32").
// Every line is invented.
#include <catch2/catch.hpp>

#include "dates.hpp"

#include <optional>
#include <string>

using namespace archive;

TEST_CASE("an update's time alone closed by hrs.", "[dates][head52]") {
    CHECK(update_time_alone("Actualizado: 13:45 hrs.") == std::optional<std::string>("T13:45")); // es (Mexico)
    CHECK(update_time_alone("Actualizado 09:05 hrs") == std::optional<std::string>("T09:05"));
    CHECK(update_time_alone("Aggiornato: 13:45") == std::optional<std::string>("T13:45"));        // it, as before
    // prose after the time: no update line
    CHECK_FALSE(update_time_alone("Actualizado: 13:45 hrs. El Metro reabre la línea"));
    // "hrs" among a date line's words
    CHECK(find_date("viernes, 05 de diciembre de 2026 · 11:20 hrs.", "es") ==
          std::optional<std::string>("2026-12-05T11:20"));
}

TEST_CASE("a time with a dot closing the date line", "[dates][head52]") {
    CHECK(find_date("05 dicembre 2026 | 16.32", "it") == std::optional<std::string>("2026-12-05T16:32"));
    CHECK(find_date("5 dicembre 2026, 16.32", "it") == std::optional<std::string>("2026-12-05T16:32"));
    CHECK(find_date("5.12.2026 | 16.32", "it") == std::optional<std::string>("2026-12-05T16:32"));
    // no bar or comma between: a score or a price may follow a day (dates_forms_test)
    CHECK(find_date("05/12/2026 16.32", "it") == std::optional<std::string>("2026-12-05"));
    CHECK(find_date("5 de diciembre de 2026 | 09.15", "es") == std::optional<std::string>("2026-12-05T09:15"));
    // words after the figure: a sentence's figure, no time
    CHECK(find_date("5 dicembre 2026, 16.32 milioni di euro", "it") == std::optional<std::string>("2026-12-05"));
    CHECK(find_date("05/12/2026 3.12 per cento", "it") == std::optional<std::string>("2026-12-05"));
    // no hour or minute there: "25.75" is no time
    CHECK(find_date("5 dicembre 2026, 25.75", "it") == std::optional<std::string>("2026-12-05"));
}
