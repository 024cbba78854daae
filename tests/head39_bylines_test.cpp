// A byline of a name and a job title glued after it with no comma, the title told by its case ("Harriet Roe Political
// correspondent", "Jeanne Morel Envoyée spéciale"). Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "bylines.hpp"

#include <string>
#include <vector>

using namespace archive;

TEST_CASE("a name and a job title glued after it with no comma", "[byline][head39]") {
    struct Row {
        const char* line;
        std::vector<std::string> names; // empty: no names
    };
    const std::vector<Row> rows = {
        {"Harriet Roe Political correspondent", {"Harriet Roe"}},
        {"Tom Hale Chief political correspondent", {"Tom Hale"}},
        {"Jeanne Morel Envoyée spéciale", {"Jeanne Morel"}},
        {"Ana Ruiz Corresponsal política", {"Ana Ruiz"}},
    };
    for (const Row& r : rows) {
        INFO(r.line);
        CHECK(glued_role_line(r.line));
        CHECK(names_line(r.line).value_or(std::vector<std::string>{}) == r.names);
    }
    // no job title after the capitals, a sentence, a title in title case (without_glued_job()'s), one name word
    for (const char* line : {"Harbour Board Meeting tonight", "Jane Roe said nothing", "Jane Roe Senior Reporter",
                             "Roe Political correspondent"}) {
        INFO(line);
        CHECK_FALSE(glued_role_line(line));
    }
}

TEST_CASE("a name with its glued job title over the date line signs the text", "[byline][head39][page]") {
    const std::string page = "News\nWorld\nPolitics\n"
                             "Harbour board backs the new ferry terminal after a long night\n"
                             "The vote ends a dispute of three years over the south quay\n"
                             "Harriet Roe Political correspondent\n"
                             "Wed 2 Dec 2026 18.42 GMT\n"
                             "The harbour board voted late on Tuesday to approve the plan for a new ferry terminal on "
                             "the south quay, ending a dispute that had lasted three years.\n"
                             "The work is expected to start next spring and to take two years.\n"
                             "The terminal will serve the island routes and the coastal line.\n";
    const Article a = parse(page);
    CHECK(a.authors == std::vector<std::string>{"Harriet Roe"});
}
