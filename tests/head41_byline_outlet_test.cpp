// A byline with the outlet's name glued after the author's, no comma nor slash between ("By Brooke Roe Fox News"):
// the outlet is no part of the name. Every line is invented.
#include <catch2/catch.hpp>

#include "bylines.hpp"
#include "classify.hpp"

#include <string>
#include <vector>

using namespace archive;

TEST_CASE("an outlet of two words glued after the name is cut off", "[byline][head41]") {
    struct Row {
        const char* line;
        const char* lang;
        std::vector<std::string> names;
    };
    const std::vector<Row> rows = {
        {"By Brooke Roe Fox News", "en", {"Brooke Roe"}},
        {"By Mary Ellen Voss Harbour Times", "en", {"Mary Ellen Voss"}},
        {"Von Anna Muster Seetal Zeitung", "de", {"Anna Muster"}},
        {"Par Jeanne Morel Ouest Infos", "fr", {"Jeanne Morel"}},
        {"Por Ana Ruiz Costa Noticias", "es", {"Ana Ruiz"}},
        // a post's category alone after the name, as before; a name of three words, no outlet noun
        {"By Jane Roe News", "en", {"Jane Roe"}},
        {"By Jane Ann Roe", "en", {"Jane Ann Roe"}},
        {"Von Anna Maria Muster", "de", {"Anna Maria Muster"}},
    };
    for (const Row& r : rows) {
        INFO(r.line);
        CHECK(byline_authors(r.line, r.lang).value_or(std::vector<std::string>{}) == r.names);
    }
    // the name alone keeps its words: one word before the outlet's noun is too few for a name and an outlet
    CHECK(std::string(without_closing_extras("Jane Post")) == "Jane Post");
    CHECK(std::string(without_closing_extras("Brooke Roe Fox News")) == "Brooke Roe");
    CHECK(std::string(without_closing_extras("Brooke Roe harbour times")) == "Brooke Roe harbour times");
}
