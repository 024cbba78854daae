// Tests of the words around a byline's names that name nobody: a given name spelled like another language's small
// word ("By Ela", "By Des Moran"), the degrees and titles around a name ("Dr. med.", "PhD") and the post's category
// glued after it ("Uncategorized", "Allgemeines", "Actualités"). Invented lines in several languages.
#include <catch2/catch.hpp>

#include "bylines.hpp"
#include "classify.hpp"

#include <string>
#include <vector>

using namespace archive;

namespace {

struct Row {
    const char* lang;
    const char* line;
    std::vector<std::string> names;
};

void check_rows(const std::vector<Row>& rows) {
    for (const auto& r : rows) {
        INFO(r.lang << ": " << r.line);
        const auto names = byline_authors(r.line, r.lang);
        REQUIRE(names.has_value());
        CHECK(*names == r.names);
    }
}

} // namespace

TEST_CASE("a byline's name words are stopwords only of the page's and the byline word's languages",
          "[classify][byline]") {
    // "ela" is Portuguese, "des" French and German, "van" Dutch: in an English byline they are names.
    check_rows({
        {"en", "By Ela on 3 March 2025", {"Ela"}},
        {"en", "By Des Moran", {"Des Moran"}},
        {"en", "By Van Morrow and Lucy Hart", {"Van Morrow", "Lucy Hart"}},
        {"de", "Von Ela am 3. März 2025", {"Ela"}},
        {"fr", "Par Ela le 3 mars 2025", {"Ela"}},
    });
    // In their own language they stay small words ("Por la tarde", "Von der Stadt"), and an article of any language
    // opens a paper's name ("By Le Monde").
    const struct {
        const char* lang;
        const char* line;
    } none[] = {
        {"es", "Por la tarde"}, {"es", "Por La Tarde"},  {"de", "Von der Stadt"},
        {"de", "Von Der Stadt"}, {"fr", "Par Des Amis"}, {"en", "By Le Monde"},
    };
    for (const auto& r : none) {
        INFO(r.lang << ": " << r.line);
        const auto names = byline_authors(r.line, r.lang);
        CHECK((!names || names->empty()));
    }
}

TEST_CASE("the degrees and titles around a byline's names are no part of them", "[classify][byline]") {
    check_rows({
        {"en", "By Michael L. Example, PhD, and Sara Sample, MD", {"Michael L. Example", "Sara Sample"}},
        {"en", "By Jane Roe PhD", {"Jane Roe"}},
        {"en", "By Dr. Jane Roe and Prof. Max Poe", {"Jane Roe", "Max Poe"}},
        {"de", "Von Dr. med. Anna Muster und Prof. Dr. Karl Beispiel", {"Anna Muster", "Karl Beispiel"}},
        {"de", "Von Dr. rer. nat. Lena Brandt", {"Lena Brandt"}},
        {"fr", "Par le Dr Jean Exemple", {"Jean Exemple"}},
        {"fr", "Par la Pre Odile Marchal et le Dr Lucien Ferrand", {"Odile Marchal", "Lucien Ferrand"}},
        {"es", "Por la Dra. Ana Ruiz", {"Ana Ruiz"}},
        {"it", "Di Dott. Marco Bellini", {"Marco Bellini"}},
        {"nl", "Door prof. dr. Anna de Vries", {"Anna de Vries"}},
        {"pt", "Por Dr. João Souza", {"João Souza"}},
    });
    // A name of two words keeps both, whatever they spell ("Phil Roe", "Jane Ma").
    check_rows({
        {"en", "By Phil Roe", {"Phil Roe"}},
        {"en", "By Jane Ma", {"Jane Ma"}},
    });
}

TEST_CASE("a post's category glued after a byline's name is no part of it", "[classify][byline]") {
    check_rows({
        {"en", "By Jane Example Uncategorized", {"Jane Example"}},
        {"de", "von Christian Beispiel Allgemeines", {"Christian Beispiel"}},
        {"fr", "par Marie Exemple Actualités", {"Marie Exemple"}},
        {"fr", "Par Jeanne Morel Non classé", {"Jeanne Morel"}},
        {"es", "Por Ana Ruiz Noticias", {"Ana Ruiz"}},
        {"it", "Di Marco Bellini Notizie", {"Marco Bellini"}},
        {"pt", "Por Ana Souza Sem Categoria", {"Ana Souza"}},
        {"nl", "Door Pieter Smit Nieuws", {"Pieter Smit"}},
        // (A name of two words is left whole: "Harbour News" may be the desk's.)
        {"en", "By Harbour News", {"Harbour News"}},
    });
}
