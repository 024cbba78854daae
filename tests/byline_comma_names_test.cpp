// Tests of a byline's names separated by commas only ("Written by Ananya Rao, Karthik Menon"): after the label, each
// comma piece that is itself a bare name of two or three words is another author; a job title, a desk or an agency
// after the comma is none.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "classify.hpp"
#include "rows.hpp"

#include <string>
#include <vector>

using namespace archive;

using archive::test::check_found;

TEST_CASE("comma pieces that are bare names after a byline label are more authors", "[classify][byline][comma]") {
    struct Row {
        const char* line;
        const char* lang;
        std::vector<std::string> names;
    };
    const Row rows[] = {
        {"Written by Ananya Rao, Karthik Menon", "en", {"Ananya Rao", "Karthik Menon"}},
        {"By Priya Nair, Thomas Whitfield", "en", {"Priya Nair", "Thomas Whitfield"}},
        {"Par Jeanne Morel, Paul Girard", "fr", {"Jeanne Morel", "Paul Girard"}},
        {"Von Anna Muster, Jan Roth, Lena Brandt", "de", {"Anna Muster", "Jan Roth", "Lena Brandt"}},
        {"Por Lucía Gómez, Andrés Molina", "es", {"Lucía Gómez", "Andrés Molina"}},
        // (a job title, an agency or a desk after the comma names nobody)
        {"By Jane Roe, Senior Writer", "en", {"Jane Roe"}},
        {"Von Jana Roth, dpa", "de", {"Jana Roth", "dpa"}},
        {"Par Jeanne Morel, envoyée spéciale", "fr", {"Jeanne Morel"}},
    };
    for (const auto& r : rows)
        check_found(r.line, byline_authors(r.line, r.lang), r.names);
}
