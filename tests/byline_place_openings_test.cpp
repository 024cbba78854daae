// Table-driven tests of a place's name over or under a date line ("New York", "SAN DIEGO", "Bad Ems"): a word that
// opens a place's name and no person's (lexicon section place_opening_words) makes the line no author's name.
#include <catch2/catch.hpp>

#include "byline_rows.hpp"
#include "classify.hpp"

#include <optional>
#include <string>
#include <tuple>
#include <vector>

using namespace archive;

TEST_CASE("a place's name opened by a place's word is no name", "[bylines][place_openings]") {
    test::check_name_lines({"New York", "NEW YORK", "SAN DIEGO", "Tel Aviv", "Bad Ems", "Fort Worth", "Sankt Ulrich"},
                           false);
}

TEST_CASE("a place's name over or under the date line is no author", "[classify][bylines][place_openings]") {
    for (const auto& [lang, place, date] : std::vector<std::tuple<const char*, const char*, const char*>>{
             {"en", "New Haven", "March 3, 2021"},
             {"en", "SAN DIEGO", "March 3, 2021"},
             {"de", "Bad Ems", "03.03.2021, 09:14 Uhr"},
             {"fr", "Sainte Marie", "3 mars 2021"},
         }) {
        INFO(place << " beside " << date << " (" << lang << ")");
        for (const Article& a : test::valley_pages_beside_date(lang, place, date))
            CHECK(a.authors.empty());
    }
}

TEST_CASE("a city's name of two words under a bare name and over the date line is no second author",
          "[classify][bylines][place_openings][probe100]") {
    // "Lucía Ferreyra" / "Buenos Aires" / "7 de diciembre de 2026": the city the author writes from.
    test::check_name_lines({"Buenos Aires", "BUENOS AIRES", "Hong Kong", "Kuala Lumpur", "Punta Arenas", "Bahía Blanca",
                            "Phnom Penh"},
                           false);
    // Near misses: people's names (a given name that is a place's word elsewhere, "Santiago", "Paz").
    test::check_name_lines({"Santiago Roldán", "Paz Herrera", "Aires Mendes"}, true);
    for (const auto& [lang, name, place, date] :
         std::vector<std::tuple<const char*, const char*, const char*, const char*>>{
             {"es", "Lucía Ferreyra", "Buenos Aires", "7 de diciembre de 2026"},
             {"en", "Grace Whitlow", "Hong Kong", "December 7, 2026"},
             {"fr", "Claire Dubreuil", "Phnom Penh", "7 décembre 2026"},
         }) {
        INFO(name << " / " << place << " / " << date << " (" << lang << ")");
        const Article a = test::valley_page(lang, std::string(name) + "\n" + place + "\n" + date);
        CHECK(a.authors == std::vector<std::string>{name});
    }
}
