// A time printed before its day with a.m. or p.m. written with dots, or a US or Australian time zone between them
// (read_time_before()): the US local papers' "Published 6:02 a.m. CT Nov. 24, 2026", the Latin American "a. m.".
#include <catch2/catch.hpp>

#include "dates.hpp"

#include <string>
#include <tuple>

using namespace archive;

TEST_CASE("a time with a dotted a.m. or a time zone before its day keeps its hour", "[dates][time_before][probe28]") {
    for (const auto& [line, lang, published, updated] :
         {std::tuple{"Published 6:02 a.m. CT Nov. 24, 2026", "en", "2026-11-24T06:02", ""},
          std::tuple{"Updated 8:15 p.m. EST, Tue Nov. 24, 2026", "en", "", "2026-11-24T20:15"},
          std::tuple{"Posted 4:12 p.m. AEDT, November 24, 2026", "en", "2026-11-24T16:12", ""},
          std::tuple{"Actualizado 6:02 a. m. CT, 24 de noviembre de 2026", "es", "", "2026-11-24T06:02"},
          std::tuple{"Publicado 9:30 p. m., martes 24 de noviembre de 2026", "es", "2026-11-24T21:30", ""}}) {
        INFO(line);
        const DateLine d = read_dates(line, lang);
        CHECK(d.published.value_or("") == published);
        CHECK(d.updated.value_or("") == updated);
    }
}

TEST_CASE("a time far before a date is no time of that date", "[dates][time_before][probe28]") {
    // A sentence's time and a later date: words between them that are no filler part them.
    const DateLine d = read_dates("At 6:02 a.m. the council met, and on Nov. 24, 2026 it voted", "en");
    CHECK(d.published.value_or("").find('T') == std::string::npos);
}
