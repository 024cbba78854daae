// Table-driven tests of a place's name opening a date line ("Hong Kong | 3 March 2021", "Maria Hilf, 3. März 2021"):
// the page prints the name as a place elsewhere (after a preposition of place, lexicon section
// place_preposition_words, or as its dateline), so the date line's name is no author; a saint's or a holy name opens a
// place's name (lexicon section place_opening_words).
#include <catch2/catch.hpp>

#include "byline_rows.hpp"
#include "classify.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

using namespace archive;

namespace {

struct PlaceRow {
    const char* lang;
    const char* line;      // the date line under the headline
    const char* sentence;  // the text's sentence, printing the place (or not)
    std::vector<std::string> authors;
};

} // namespace

TEST_CASE("a date line's name that the text prints after a preposition of place is no author",
          "[classify][bylines][place_dates]") {
    for (const auto& r : std::vector<PlaceRow>{
             {"en", "Hong Kong | 3 March 2021",
              "Ferry operators in Hong Kong said on Wednesday that the night sailings would be cut by a third.", {}},
             {"de", "Maria Hilf, 3. März 2021",
              "Die Verkehrsbetriebe in Maria Hilf haben am Mittwoch eine neue Buslinie zwischen den Märkten "
              "vorgestellt.",
              {}},
             {"es", "Santa Cruz - 3 de marzo de 2021",
              "Las bibliotecas municipales en Santa Cruz abrirán también los domingos a partir del mes que viene.", {}},
             {"fr", "Martin Village | 3 mars 2021",
              "La municipalité a annoncé mercredi trois nouvelles crèches à Martin Village pour la rentrée prochaine.",
              {}},
             {"it", "Villa Rosa - 3 marzo 2021",
              "Il comune ha annunciato mercoledì che i traghetti a Villa Rosa partiranno ogni ora da aprile.", {}},
             // A person's name the text does not print so stays the author's.
             {"en", "Jane Roe | 3 March 2021",
              "Ferry operators in the harbour said on Wednesday that the night sailings would be cut by a third.",
              {"Jane Roe"}},
             {"de", "Anna Muster, 3. März 2021",
              "Die Verkehrsbetriebe in der Stadt haben am Mittwoch eine neue Buslinie zwischen den Märkten "
              "vorgestellt.",
              {"Anna Muster"}},
             // "in Jane Roe's view": a possessive glued to the name is no place's.
             {"en", "Jane Roe | 3 March 2021",
              "The night sailings, in Jane Roe's view, will be cut by a third before the winter is over.",
              {"Jane Roe"}},
         }) {
        INFO(r.line << " / " << r.sentence);
        const Article a = test::page_under_title(r.lang, "Harbour council cuts night ferries", r.line, r.sentence);
        CHECK(a.authors == r.authors);
        CHECK(a.published == std::optional<std::string>("2021-03-03"));
    }
}

TEST_CASE("a date line's name that the page prints as its dateline is no author", "[classify][bylines][place_dates]") {
    for (const auto& [lang, line, sentence] : std::vector<std::tuple<const char*, const char*, const char*>>{
             {"en", "Hong Kong | 3 March 2021",
              "HONG KONG (Reuters) - Ferry operators said on Wednesday that the night sailings would be cut by a "
              "third."},
             {"de", "Maria Hilf | 03.03.2021",
              "MARIA HILF (dpa) - Die Verkehrsbetriebe haben am Mittwoch eine neue Buslinie vorgestellt."},
         }) {
        INFO(line);
        CHECK(test::page_under_title(lang, "Harbour council cuts night ferries", line, sentence).authors.empty());
    }
}

TEST_CASE("a saint's or a holy name opens a place's name, no person's", "[bylines][place_dates]") {
    test::check_name_lines({"Santa Cruz", "SÃO PAULO", "São Tomé", "Saint Helier", "St. Gallen", "Ste. Agathe",
                            "Sint Maarten"},
                           false);
    test::check_name_lines({"Santo Versace", "Jane Roe", "Anna Muster"}, true);
}

TEST_CASE("a town's or a port's noun opens a place's name, no person's", "[bylines][place_dates]") {
    test::check_name_lines({"Ciudad de Panamá", "Cidade da Praia", "Città di Castello", "Ville de Québec",
                            "Puerto Montt", "Porto Alegre", "City Heights"},
                           false);
    // "Ciudad de Panamá / 03.12.2026 12:40 hrs": the place and the date on one line under the headline (no byline
    // above) give no author.
    for (const auto& [lang, line, sentence] : std::vector<std::tuple<const char*, const char*, const char*>>{
             {"es", "Ciudad de Panamá / 03.03.2021 12:40 hrs",
              "Las autoridades del canal anunciaron el miércoles nuevas restricciones al paso de los buques."},
             {"pt", "Cidade da Praia / 03.03.2021",
              "O governo anunciou na quarta-feira novas ligações marítimas entre as ilhas do arquipélago."},
             {"it", "Città di Castello - 03.03.2021",
              "Il comune ha annunciato mercoledì che i pullman notturni torneranno a partire da aprile."},
             // A person's name the same way stays the author's.
             {"es", "Laura Gómez / 03.03.2021 12:40 hrs",
              "Las autoridades del canal anunciaron el miércoles nuevas restricciones al paso de los buques."},
         }) {
        INFO(line);
        const Article a = test::page_under_title(lang, "Harbour council cuts night ferries", line, sentence);
        CHECK(a.published.value_or("").starts_with("2021-03-03"));
        if (std::string_view(line).starts_with("Laura"))
            CHECK(a.authors == std::vector<std::string>{"Laura Gómez"});
        else
            CHECK(a.authors.empty());
    }
}
