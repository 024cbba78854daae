// Tests of the reading time printed as its label, a figure and a unit of minutes alone ("Lecture 3 min.", "Lectura: 4
// min": reading_time_label_line()), a line of the page's furniture in several languages, and of the lines that only
// look like it.
#include <catch2/catch.hpp>

#include "byline_rows.hpp"
#include "classify.hpp"
#include "dates.hpp"

#include <algorithm>

using namespace archive;

TEST_CASE("a reading time's label, figure and unit make a reading time", "[dates][reading_time][head32]") {
    for (const char* low :
         {"lecture 3 min.", "lecture : 3 minutes", "lectura: 4 min", "lettura 3 minuti", "tempo di lettura: 3 minuti",
          "reading: 5 mins", "lesedauer 4 minuten", "tiempo de lectura 6 minutos", "tempo di lettura : 3 minuti",
          "durée de lecture : 7 min."}) {
        INFO(low);
        CHECK(reading_time_label_line(low));
        CHECK(reading_time_phrase(low));
    }
    // A label with other words, or no unit of minutes, or words after the unit: no reading time.
    for (const char* low : {"lecture 3 livres", "lectura obligatoria: 3 min", "read 5 books", "lettura 3 minuti fa",
                            "lecture de 2024", "lectura: min 4", "3 min", "lecture",
                            // (a fourth word before the label's three, or a figure of letters and digits)
                            "el tiempo de lectura: 3 min", "ton temps de lecture : 3 min", "lesedauer 4a minuten"}) {
        INFO(low);
        CHECK_FALSE(reading_time_label_line(low));
    }
}

TEST_CASE("a reading time's label line is boilerplate, no paragraph", "[boilerplate][reading_time][head32]") {
    for (const char* line : {"Lecture 3 min.", "Lectura: 4 min", "Lettura 3 minuti", "Reading: 5 mins"}) {
        INFO(line);
        CHECK(is_boilerplate_phrase(line));
    }
    CHECK_FALSE(is_boilerplate_phrase("Lecture 3 livres."));
    const std::vector<std::pair<const char*, const char*>> rows = {
        {"fr", "Lecture 3 min."}, {"es", "Lectura: 4 min"}, {"it", "Lettura 3 minuti"}};
    for (const auto& [lang, line] : rows) {
        INFO(line);
        const Article a = test::valley_page(lang, line);
        for (const auto& s : a.sections)
            CHECK(std::find(s.paragraphs.begin(), s.paragraphs.end(), line) == s.paragraphs.end());
    }
}
