// "FORTALEZA (CE) – O ...", "MARBELLA (MÁLAGA) – El ...": the state's or the province's name in capitals between
// parentheses after a place in capitals, before the dash; "GDAŃSK. – Dzieci ...": the place's own full stop before
// the dash. The place is the dateline without them; the raw text keeps them. Every line is invented.
#include <catch2/catch.hpp>

#include "press_datelines.hpp"

#include <string>
#include <vector>

using namespace archive;

TEST_CASE("a region in parentheses or a stop after the place is no part of the dateline's place",
          "[classify][dateline][head44]") {
    struct Row {
        const char* paragraph;
        const char* place;
        const char* raw;
    };
    const std::vector<Row> rows = {
        {"FORTALEZA (CE) – O Ferroviário conquistou neste sábado o primeiro título nacional da sua história.",
         "FORTALEZA", "FORTALEZA (CE) –"}, // pt (Brazil)
        {"CAMPINAS (SP) — A prefeitura anunciou nesta terça-feira um novo plano para o transporte público.", "CAMPINAS",
         "CAMPINAS (SP) —"}, // pt, an em dash
        {"MARBELLA (MÁLAGA) – El pleno del Ayuntamiento aprobó este jueves el proyecto del nuevo paseo marítimo.",
         "MARBELLA", "MARBELLA (MÁLAGA) –"}, // es
        {"GDAŃSK. – Dzieci nie będą już leżały na korytarzach w szpitalu miejskim, zapowiada dyrekcja.", "GDAŃSK",
         "GDAŃSK. –"}, // pl
        {"ZAKOPANE. - Ratownicy TOPR przez całą noc szukali dwóch turystów zaginionych w rejonie Giewontu.", "ZAKOPANE",
         "ZAKOPANE. -"}, // pl, a hyphen
    };
    for (const Row& r : rows) {
        INFO(r.paragraph);
        auto d = dateline_tag(r.paragraph);
        REQUIRE(d);
        CHECK(d->place == r.place);
        CHECK(d->raw == r.raw);
        CHECK(d->agencies.empty());
    }
}

TEST_CASE("an abbreviation's stops and a label in parentheses stay as they are", "[classify][dateline][head44]") {
    // Guard: "D.C." keeps its stops; a word in small letters in the parentheses is no region's name.
    auto dc = dateline_tag("WASHINGTON D.C. — The city council approved on Thursday the plan for a new bridge.");
    REQUIRE(dc);
    CHECK(dc->place == "WASHINGTON D.C.");
    CHECK_FALSE(dateline_tag("BERLIN (Video) – Die Stadt will bei Hausverkäufen künftig zuerst zugreifen können."));
}
