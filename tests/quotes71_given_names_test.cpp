// Given names common in news the known list lacked (Arabic, Turkish, West African, Portuguese, Polish;
// [known_given_name_words]): a name closed by a comma before the date on its line opens with one, so it is the
// author's, not a place's. Invented lines.
#include <catch2/catch.hpp>

#include "classify.hpp"

#include <optional>
#include <string>
#include <tuple>
#include <vector>

using namespace archive;

TEST_CASE("a given name of the added ones closed by a comma before a date opens a name", "[bylines][quotes71]") {
    for (const auto& [line, name] : std::vector<std::tuple<const char*, const char*>>{
             {"Fatima Diallo, 03.03.2021", "Fatima Diallo"},
             {"Mehmet Demir, 3 mars 2021", "Mehmet Demir"},
             {"Aminata Traoré, March 3, 2021", "Aminata Traoré"},
             {"Kwame Mensah, 3 marzo 2021", "Kwame Mensah"},
             {"Łukasz Nowak, 12. April 2022, 08:30 Uhr", "Łukasz Nowak"},
             {"Conceição Lopes, 3 mars 2021", "Conceição Lopes"},
         }) {
        INFO(line);
        CHECK(name_before_date(line) == std::optional<std::string>(name));
    }
    // (a place's two words still name no one)
    CHECK(name_before_date("Porto Novo, 3 mars 2021") == std::nullopt);
}
