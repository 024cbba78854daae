// Table-driven tests of bylines naming the outlet the author writes for after the name, with no comma or dash
// between them ("By Jane Roe For Mailonline", "Por Ana Ruiz para El Faro"): the outlet closes the name.
#include "byline_rows.hpp"

using namespace archive;
using test::check_byline_rows;

TEST_CASE("the outlet an author writes for closes the byline's name", "[classify][byline][head66]") {
    check_byline_rows({
        {"By Jane Roe For Harbouronline", "en", {"Jane Roe"}},
        {"By Jane Roe for The Daily Harbour", "en", {"Jane Roe"}},
        {"By JANE ROE FOR HARBOURONLINE", "en", {"JANE ROE"}},
        {"By Jane Roe and Tom Vale For Harbouronline", "en", {"Jane Roe", "Tom Vale"}},
        {"Por Ana Ruiz para El Faro", "es", {"Ana Ruiz"}},
        {"Di Mario Rossi per Il Faro", "it", {"Mario Rossi"}},
        {"Par Jeanne Morel pour Le Phare", "fr", {"Jeanne Morel"}},
        {"Von Anna Muster für die Hafenzeitung", "de", {"Anna Muster"}},
        // An agency the author writes for is the text's source, kept after the name.
        {"By Jane Roe for Reuters", "en", {"Jane Roe", "Reuters"}},
        // A job after a comma, as before.
        {"By Jane Roe, Political Editor For The Daily Harbour", "en", {"Jane Roe"}},
    });
}

TEST_CASE("words after 'for' that name no outlet leave the byline as it was", "[classify][byline][head66]") {
    // Small words after "for" name no outlet ("for the first time").
    CHECK(byline_authors("By Jane Roe for the first time", "en") != std::optional<std::vector<std::string>>(
                                                                        std::vector<std::string>{"Jane Roe"}));
    CHECK(byline_authors("Von Anna Muster für die beste Idee", "de") !=
          std::optional<std::vector<std::string>>(std::vector<std::string>{"Anna Muster"}));
}

TEST_CASE("a page whose byline names the outlet after 'For' gets the author alone", "[classify][byline][head66]") {
    const auto en = test::page_under_title(
        "en", "Council scraps weekly bin rounds after five weeks of complaints",
        "By Jane Roe For Harbouronline\nPublished: 14:32 GMT, 5 December 2026",
        "The council said on Monday that the new rota would be reviewed after complaints from residents.");
    CHECK(en.authors == std::vector<std::string>{"Jane Roe"});
    CHECK(en.headline == "Council scraps weekly bin rounds after five weeks of complaints");
    const auto de = test::page_under_title(
        "de", "Stadt stoppt die wöchentliche Müllabfuhr nach fünf Wochen voller Beschwerden",
        "Von Anna Muster für die Hafenzeitung\n5. Dezember 2026",
        "Die Stadt hat am Montag angekündigt, den neuen Abfuhrplan nach den Beschwerden der Anwohner zu überprüfen.");
    CHECK(de.authors == std::vector<std::string>{"Anna Muster"});
    CHECK(de.headline == "Stadt stoppt die wöchentliche Müllabfuhr nach fünf Wochen voller Beschwerden");
}
