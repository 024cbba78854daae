// An office or a unit of an organisation after the byline's comma ("Written by Jane Roe, Communications Office",
// "Von Anna Muster, Stabsstelle Kommunikation"): it signs the text with the writer, and names no second author
// (head61; probe63 H3). Every line is invented.
#include "byline_rows.hpp"

using namespace archive;

using Names = std::optional<std::vector<std::string>>;

TEST_CASE("an office's name closed by its unit's noun is an organisation's", "[classify][byline][head61]") {
    CHECK(organisation_name("Communications Office"));     // en
    CHECK(organisation_name("Media Relations"));           // en
    CHECK(organisation_name("Stabsstelle Kommunikation")); // de
    CHECK(organisation_name("Direction Communication"));   // fr
    CHECK(organisation_name("University Communications")); // en, its first word an organisation's too
    CHECK_FALSE(organisation_name("Olivia Grant"));        // a person
    CHECK_FALSE(organisation_name("Communications"));      // one word: no name
    CHECK_FALSE(organisation_name("Jane communications")); // the unit's noun in small letters
}

TEST_CASE("a unit after the byline's comma is no second author", "[classify][byline][head61]") {
    test::check_byline_rows({
        {"Written by Olivia Grant, Communications Office", "en", {"Olivia Grant"}},
        {"By Daniel Osei, University Communications", "en", {"Daniel Osei"}},
        {"By Priya Nair, Media Relations", "en", {"Priya Nair"}},
        {"Von Anna Muster, Stabsstelle Kommunikation", "de", {"Anna Muster"}},
        {"Par Jeanne Morel, Relations Presse", "fr", {"Jeanne Morel"}},
        // Guard: two persons' names after the label, cut apart by a comma, are two authors.
        {"Written by Olivia Grant, Daniel Osei", "en", {"Olivia Grant", "Daniel Osei"}},
        {"Von Anna Muster, Jan Roth", "de", {"Anna Muster", "Jan Roth"}},
    });
}

TEST_CASE("a page signed by a writer and her office has one author", "[classify][byline][head61]") {
    const Article en = test::valley_page("en", "5 December 2026\nWritten by Olivia Grant, Communications Office");
    CHECK(en.authors == std::vector<std::string>{"Olivia Grant"});
    const Article de = test::valley_page("de", "5. Dezember 2026\nVon Anna Muster, Stabsstelle Kommunikation");
    CHECK(de.authors == std::vector<std::string>{"Anna Muster"});
}
