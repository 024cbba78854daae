// Table-driven tests of a time printed before the day it is on (read_time_before()): a weekday between them, and the
// minutes of a time that open no time of their own ("08:10 Uhr", German), in several languages.
#include <catch2/catch.hpp>

#include "dates.hpp"

#include <string>
#include <tuple>

using namespace archive;

TEST_CASE("a time before its day keeps its hour past the day's weekday", "[dates][time_before]") {
    for (const auto& [line, lang, published, updated] :
         {std::tuple{"Updated 8:10 AM ET, Tue May 5, 2015", "en", "", "2015-05-05T08:10"},
          std::tuple{"9:40 pm, Friday 7 March 2025", "en", "2025-03-07T21:40", ""},
          std::tuple{"Aktualisiert 16:20 Uhr, Freitag, 7. März 2025", "de", "", "2025-03-07T16:20"},
          std::tuple{"Mis à jour 14h05, vendredi 7 mars 2025", "fr", "", "2025-03-07T14:05"},
          std::tuple{"Actualizado 10:15, viernes 7 de marzo de 2025", "es", "", "2025-03-07T10:15"}}) {
        INFO(line);
        const DateLine d = read_dates(line, lang);
        CHECK(d.published.value_or("") == published);
        CHECK(d.updated.value_or("") == updated);
    }
}

TEST_CASE("the minutes of a time before its day open no time of their own", "[dates][time_before]") {
    for (const auto& [line, lang, published] : {std::tuple{"08:10 Uhr, 5. Mai 2015", "de", "2015-05-05T08:10"},
                                                std::tuple{"17:15 Uhr | 2. Juni 2024", "de", "2024-06-02T17:15"},
                                                std::tuple{"Erschienen 09:05 Uhr, 4.3.2025", "de", "2025-03-04T09:05"}}) {
        INFO(line);
        CHECK(read_dates(line, lang).published.value_or("") == published);
    }
}
