// Table-driven tests of a name printed in capitals whose short word reads as an acronym ("JANE ROE", "ANNA LI"): two
// or three words of capitals are the author's name over or under a date line, as written (RECORD.md reproduces text
// as written, with no case changes), unless the short word is an acronym the lexicon knows (section acronym_words)
// or an agency's name.
#include <catch2/catch.hpp>

#include "byline_rows.hpp"
#include "classify.hpp"

#include <optional>
#include <string>
#include <tuple>
#include <vector>

using namespace archive;

TEST_CASE("a name in capitals with a short word is a name", "[bylines][capitals_names]") {
    test::check_name_lines({"JANE ROE", "ANNA LI", "JEAN ROY", "MARTA DE LUCA", "LENA WU BRANDT"}, true);
    test::check_name_lines(
        {"BBC NEWS", "SPORT TV", "EU GIPFEL", "AFP ROMA", "ROE LI", "UNA NOCHE", "DER HAFEN", "LES ORAGES"}, false);
}

TEST_CASE("a name in capitals over or under the date line is the author's", "[classify][bylines][capitals_names]") {
    for (const auto& [lang, name, date] : std::vector<std::tuple<const char*, const char*, const char*>>{
             {"en", "JANE ROE", "March 3, 2021"},
             {"de", "LENA WU", "03.03.2021, 09:14 Uhr"},
             {"fr", "JEAN ROY", "3 mars 2021"},
         }) {
        INFO(name << " beside " << date << " (" << lang << ")");
        for (const Article& a : test::valley_pages_beside_date(lang, name, date)) {
            CHECK(a.headline == test::valley_text(lang).title);
            CHECK(a.authors == std::vector<std::string>{name});
        }
    }
    // An acronym the lexicon knows beside a word: no author.
    for (const auto& [lang, label, date] : std::vector<std::tuple<const char*, const char*, const char*>>{
             {"en", "BBC NEWS", "March 3, 2021"},
             {"de", "SPORT TV", "03.03.2021, 09:14 Uhr"},
         }) {
        INFO(label << " (" << lang << ")");
        CHECK(test::valley_page(lang, std::string(label) + "\n" + date).authors.empty());
    }
}
