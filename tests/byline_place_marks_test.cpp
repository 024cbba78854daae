// Table-driven tests of the place a byline prints after its names past a bar or a dash, over the date line
// (names_over_date(): "Lucía Gómez | Madrid" / "3 de marzo de 2021"), in several languages; a job title there is a
// team's entry.
#include "byline_rows.hpp"

using namespace archive;

TEST_CASE("a place after a bar or a dash closes the names over the date", "[classify][byline][place_mark]") {
    using Names = std::optional<std::vector<std::string>>;
    CHECK(names_over_date("Lucía Gómez | Madrid") == Names({"Lucía Gómez"}));
    CHECK(names_over_date("Marco Bianchi - Roma") == Names({"Marco Bianchi"}));
    CHECK(names_over_date("Anna Muster \u2013 Hamburg") == Names({"Anna Muster"}));
    CHECK(names_over_date("Jane Roe \u2014 London") == Names({"Jane Roe"}));
    CHECK(names_over_date("Jeanne Morel | Lyon") == Names({"Jeanne Morel"}));
    CHECK(names_over_date("Ana Souza \u00a6 Lisboa") == Names({"Ana Souza"}));
    CHECK(names_over_date("Anna de Vries - Utrecht") == Names({"Anna de Vries"}));
    CHECK_FALSE(names_over_date("Jane Roe | Senior Reporter"));
    CHECK_FALSE(names_over_date("Lucía Gómez | de Madrid"));
}

TEST_CASE("a name and its place over the date line sign the page", "[classify][byline][place_mark]") {
    const Article a = test::page_under_title(
        "es", "Los transbordadores de la mañana salen tarde", "Lucía Gómez | Madrid\n3 de marzo de 2021",
        "Los transbordadores salieron más tarde esta mañana, porque el viento soplaba fuerte en la bahía.");
    CHECK(a.authors == std::vector<std::string>{"Lucía Gómez"});
    CHECK(a.published.value_or("") == "2021-03-03");
}
