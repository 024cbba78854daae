// Table-driven tests of the place a byline prints after its names past a bar or a dash, over the date line
// (names_over_date(): "Lucía Gómez | Madrid" / "3 de marzo de 2021"), in several languages; a job title there is a
// team's entry, and a menu's words are no names.
#include <catch2/catch.hpp>

#include "bylines.hpp"
#include "classify.hpp"
#include "pipeline.hpp"

#include <optional>
#include <string>
#include <tuple>
#include <vector>

using namespace archive;

using Names = std::optional<std::vector<std::string>>;

TEST_CASE("a place after a bar or a dash closes the names over the date", "[classify][byline][place_mark]") {
    for (const auto& [line, name] : {
             std::tuple{"Lucía Gómez | Madrid", "Lucía Gómez"},
             std::tuple{"Marco Bianchi - Roma", "Marco Bianchi"},
             std::tuple{"Anna Muster \u2013 Hamburg", "Anna Muster"},
             std::tuple{"Jane Roe \u2014 London", "Jane Roe"},
             std::tuple{"Jeanne Morel | Lyon", "Jeanne Morel"},
             std::tuple{"Ana Souza \u00a6 Lisboa", "Ana Souza"},
             std::tuple{"Anna de Vries - Utrecht", "Anna de Vries"},
         }) {
        INFO(line);
        CHECK(names_over_date(line) == Names(std::vector<std::string>{name}));
    }
    CHECK_FALSE(names_over_date("Jane Roe | Senior Reporter"));
    CHECK_FALSE(names_over_date("Lucía Gómez | de Madrid"));
}

TEST_CASE("a name and its place over the date line sign the page", "[classify][byline][place_mark]") {
    const std::string s = "Los transbordadores salieron más tarde esta mañana, porque el viento soplaba fuerte en la bahía.";
    const std::string page = "El Puerto\nInicio | Puerto | Deportes\n\nLos transbordadores de la mañana salen tarde\n"
                             "Lucía Gómez | Madrid\n3 de marzo de 2021\n\n" + s + " " + s + "\n\n" + s + "\n\nCompartir\n";
    const Article a = classify(segment(page), "es");
    CHECK(a.authors == std::vector<std::string>{"Lucía Gómez"});
    CHECK(a.published.value_or("") == "2021-03-03");
}
