// Tests of a byline printing the author's name joined to the agency that helped, with no byline word ("Jeanne Morel
// (avec AFP)" / <date>): the name is the author, the line the source tag. Invented names (probe100).
#include <catch2/catch.hpp>

#include "agency_signatures.hpp"
#include "byline_rows.hpp"
#include "classify.hpp"

#include <optional>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

using namespace archive;

TEST_CASE("a name joined to an agency by a word gives the name", "[bylines][agency][probe100]") {
    for (const auto& [line, name] : std::vector<std::pair<const char*, const char*>>{
             {"Jeanne Morel (avec AFP)", "Jeanne Morel"},
             {"Jeanne Morel, avec AFP", "Jeanne Morel"},
             {"Jane Hollis (with Reuters)", "Jane Hollis"},
             {"Daniel Sommer mit dpa", "Daniel Sommer"},
             {"Lucía Ferreyra (con EFE)", "Lucía Ferreyra"},
         }) {
        INFO(line);
        const auto joined = name_joined_to_agency(line);
        REQUIRE(joined);
        CHECK(joined->name == name);
    }
    // Near misses: a paper's name, no joining word, no agency after it, a sentence.
    for (const char* line : {"Le Courrier du Lac avec AFP", "Mario Rossi (ANSA)", "Jeanne Morel (avec ses voisins)",
                             "Jane Hollis with the mayor", "Avec AFP", "The council met with Reuters editors"}) {
        INFO(line);
        CHECK_FALSE(name_joined_to_agency(line).has_value());
    }
}

TEST_CASE("a name joined to an agency over the date line is the author, the agency the source",
          "[classify][bylines][agency][probe100]") {
    // (head102: the tag's raw is the agency's part as printed, as for "Par Jeanne Morel avec AFP".)
    for (const auto& [lang, line, date, name, agency, raw] :
         std::vector<std::tuple<const char*, const char*, const char*, const char*, const char*, const char*>>{
             {"fr", "Jeanne Morel (avec AFP)", "Le 07/12/2026 à 10:12", "Jeanne Morel", "afp", "(avec AFP)"},
             {"en", "Jane Hollis (with AFP)", "December 7, 2026", "Jane Hollis", "afp", "(with AFP)"},
             {"en", "Jane Roe (with Reuters)", "December 7, 2026", "Jane Roe", "reuters", "(with Reuters)"},
             {"de", "Daniel Sommer (mit dpa)", "07.12.2026, 10:12 Uhr", "Daniel Sommer", "dpa", "(mit dpa)"},
             {"es", "Lucía Ferreyra (con EFE)", "7 de diciembre de 2026", "Lucía Ferreyra", "efe", "(con EFE)"},
         }) {
        INFO(line << " / " << date);
        const Article a = test::valley_page(lang, std::string(line) + "\n" + date);
        CHECK(a.authors == std::vector<std::string>{name});
        REQUIRE(a.source_tag);
        CHECK(a.source_tag->agencies == std::vector<std::string>{agency});
        CHECK(a.source_tag->raw == raw);
    }
    // A paper's name joined to the agency names no author; the tag keeps the line as printed.
    const Article paper = test::valley_page("fr", "Le Courrier du Lac avec AFP\nLe 07/12/2026 à 10:12");
    CHECK(paper.authors.empty());
    REQUIRE(paper.source_tag);
    CHECK(paper.source_tag->raw == "Le Courrier du Lac avec AFP");
    CHECK(paper.source_tag->agencies == std::vector<std::string>{"afp"});
}
