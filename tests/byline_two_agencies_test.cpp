// A byline joining two agencies after the paper's or the author's name ("Par Le Courrier du Lac avec AFP et Reuters"):
// both are the text's sources, the raw tag as printed from the first to the last. Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <string>
#include <vector>

using namespace archive;

namespace {

Article parse_under(const std::string& byline) {
    return parse(
        "Des milliers d'habitants évacués après des pluies torrentielles dans le sud du pays\n\n" + byline +
        "\n\nDes milliers d'habitants ont été évacués jeudi dans le sud du pays après des pluies torrentielles "
        "tombées pendant la nuit.\n\nLes secours ont mené plus de 400 interventions, selon la préfecture, et "
        "les écoles resteront fermées vendredi.\n");
}

} // namespace

TEST_CASE("two agencies joined after a byline's name are both the source", "[byline][source_tag]") {
    struct Row {
        const char* byline;
        const char* raw;
        std::vector<std::string> agencies;
        std::vector<std::string> authors;
    };
    const std::vector<Row> rows = {
        {"Par Le Courrier du Lac avec AFP et Reuters", "AFP et Reuters", {"afp", "reuters"}, {}},
        {"By The Harbour Times with AP and Reuters", "AP and Reuters", {"ap", "reuters"}, {}},
        {"Von Der Seebote mit dpa und AFP", "dpa und AFP", {"dpa", "afp"}, {}},
        {"Par Léa Morel avec AFP et Reuters", "AFP et Reuters", {"afp", "reuters"}, {"Léa Morel"}},
    };
    for (const Row& r : rows) {
        INFO(r.byline);
        const Article a = parse_under(r.byline);
        CHECK(a.authors == r.authors);
        REQUIRE(a.source_tag.has_value());
        CHECK(a.source_tag->raw == r.raw);
        CHECK(a.source_tag->agencies == r.agencies);
    }
    // one agency: the tag is that agency alone, as before
    const Article one = parse_under("Par Le Courrier du Lac avec AFP");
    REQUIRE(one.source_tag.has_value());
    CHECK(one.source_tag->raw == "AFP");
    CHECK(one.source_tag->agencies == std::vector<std::string>{"afp"});
}
