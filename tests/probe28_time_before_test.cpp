// A time printed before its day with a.m. or p.m. written with dots, or a US or Australian time zone between them
// (read_time_before()): the US local papers' "Published 6:02 a.m. CT Nov. 24, 2026", the Latin American "a. m.".
#include <catch2/catch.hpp>

#include "dates.hpp"

#include <string>

using namespace archive;

namespace {

// The published and updated stamps read off `line`, "" for none, cut by a bar: "2026-11-24T06:02|".
std::string stamps(const char* line, const char* lang) {
    const DateLine d = read_dates(line, lang);
    return d.published.value_or("") + "|" + d.updated.value_or("");
}

} // namespace

TEST_CASE("a time with a dotted a.m. or a time zone before its day keeps its hour", "[dates][time_before][probe28]") {
    CHECK(stamps("Published 6:02 a.m. CT Nov. 24, 2026", "en") == "2026-11-24T06:02|");
    CHECK(stamps("Updated 8:15 p.m. EST, Tue Nov. 24, 2026", "en") == "|2026-11-24T20:15");
    CHECK(stamps("Posted 4:12 p.m. AEDT, November 24, 2026", "en") == "2026-11-24T16:12|");
    CHECK(stamps("Actualizado 6:02 a. m. CT, 24 de noviembre de 2026", "es") == "|2026-11-24T06:02");
    CHECK(stamps("Publicado 9:30 p. m., martes 24 de noviembre de 2026", "es") == "2026-11-24T21:30|");
}

TEST_CASE("a time far before a date is no time of that date", "[dates][time_before][probe28]") {
    // A sentence's time and a later date: words between them that are no filler part them.
    CHECK(stamps("At 6:02 a.m. the council met, and on Nov. 24, 2026 it voted", "en").find('T') == std::string::npos);
}
