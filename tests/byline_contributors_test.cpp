// "Współpraca: Anna Kowalska, Jan Nowak", "Mitarbeit: Lena Brandt", "Con la collaborazione di Giulia Bianchi": the
// label of the people who worked on the text with its author names authors too, as "(avec Damien Leloup)" does in a
// byline (lexicon sections byline and colon_byline_labels: the label's noun names them only before a colon, or alone
// on its line over theirs).
#include <catch2/catch.hpp>

#include "byline_rows.hpp"
#include "classify.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;

TEST_CASE("a contributors' label names authors", "[bylines][contributors]") {
    test::check_byline_rows({
        {"Współpraca: Anna Kowalska, Jan Nowak", "pl", {"Anna Kowalska", "Jan Nowak"}},
        {"Mitarbeit: Lena Brandt, Tom Roe", "de", {"Lena Brandt", "Tom Roe"}},
        {"Unter Mitarbeit von Lena Brandt", "de", {"Lena Brandt"}},
        {"Collaboration : Odile Marchal", "fr", {"Odile Marchal"}},
        {"Avec la collaboration de Odile Marchal", "fr", {"Odile Marchal"}},
        {"Con la collaborazione di Giulia Bianchi", "it", {"Giulia Bianchi"}},
        {"Colaboración: Ana Ruiz y Pedro Roe", "es", {"Ana Ruiz", "Pedro Roe"}},
        {"Colaboração: Ana Souza", "pt", {"Ana Souza"}},
        {"Met medewerking van Piet Jansen", "nl", {"Piet Jansen"}},
    });
}

TEST_CASE("a contributors' noun without its colon, or a sentence after it, names no one", "[bylines][contributors]") {
    for (const auto& [line, lang] : std::vector<std::pair<const char*, const char*>>{
             {"Współpraca Polska Niemcy", "pl"},
             {"Mitarbeit in Projekten und Workshops", "de"},
             {"Collaboration Nord Sud", "fr"},
             {"Colaboración Público Privada", "es"},
             // A sentence after the label names no one.
             {"Mitarbeit: Lena Brandt und Ole Jensen von der Redaktion.", "de"},
         }) {
        INFO(line);
        const auto names = byline_authors(line, lang);
        CHECK((!names || names->empty()));
    }
}

TEST_CASE("a contributors' label alone over their names adds them to the authors",
          "[classify][bylines][contributors]") {
    for (const auto& [lang, under, contributors] :
         std::vector<std::tuple<const char*, std::string, std::vector<std::string>>>{
             {"de", "Von Anna Muster\nMitarbeit:\nLena Brandt, Tom Roe", {"Lena Brandt", "Tom Roe"}},
             {"fr", "Par Jeanne Morel\nCollaboration :\nOdile Marchal", {"Odile Marchal"}},
             {"es", "Por Lucía Gómez\nColaboración: Ana Ruiz", {"Ana Ruiz"}},
         }) {
        INFO(under);
        const Article a = test::valley_page(lang, under);
        for (const std::string& name : contributors)
            CHECK(std::find(a.authors.begin(), a.authors.end(), name) != a.authors.end());
    }
}
