// Table-driven tests of byline phrases naming the kind of text before its author ("Eine Analyse von Anna Muster",
// "Un commento di Marco Bianchi", lexicon section byline), of the participles that open a byline ("Verfasst von",
// "Geschreven door", "Reported by"), and of a word joining two authors in the page's language that another language
// files a post's categories after ("Door Anna Smit en Piet Jansen": the Spanish "Por Ana en Noticias").
#include <catch2/catch.hpp>

#include "bylines.hpp"
#include "classify.hpp"

#include <optional>
#include <string>
#include <tuple>
#include <vector>

using namespace archive;

using Names = std::optional<std::vector<std::string>>;

TEST_CASE("a byline phrase naming the kind of text opens a byline", "[classify][byline][byline_phrase]") {
    for (const auto& [line, lang, name] : {
             std::tuple{"Eine Analyse von Anna Muster", "de", "Anna Muster"},
             std::tuple{"Ein Gastbeitrag von Anna Muster", "de", "Anna Muster"},
             std::tuple{"Eine Reportage von Lena Brandt", "de", "Lena Brandt"},
             std::tuple{"Verfasst von Anna Muster", "de", "Anna Muster"},
             std::tuple{"Reported by Jane Roe", "en", "Jane Roe"},
             std::tuple{"Contributor: Jane Roe", "en", "Jane Roe"},
             std::tuple{"Une enquête de Jeanne Morel", "fr", "Jeanne Morel"},
             std::tuple{"Un commento di Marco Bianchi", "it", "Marco Bianchi"},
             std::tuple{"Un'analisi di Marco Bianchi", "it", "Marco Bianchi"},
             std::tuple{"Un artículo de Lucía Gómez", "es", "Lucía Gómez"},
             std::tuple{"Reportagem de Ana Souza", "pt", "Ana Souza"},
             std::tuple{"Um artigo de Ana Souza", "pt", "Ana Souza"},
             std::tuple{"Geschreven door Anna de Vries", "nl", "Anna de Vries"},
             std::tuple{"Een column van Anna de Vries", "nl", "Anna de Vries"},
         }) {
        INFO(line);
        CHECK(byline_authors(line, lang) == Names(std::vector<std::string>{name}));
    }
}

TEST_CASE("a joiner of the page's language joins two authors, no post's category", "[classify][byline][byline_phrase]") {
    CHECK(byline_authors("Door Anna Smit en Piet Jansen", "nl") ==
          Names(std::vector<std::string>{"Anna Smit", "Piet Jansen"}));
    CHECK(byline_authors("Door Anna Smit, Piet Jansen en Kees Bakker", "nl") ==
          Names(std::vector<std::string>{"Anna Smit", "Piet Jansen", "Kees Bakker"}));
    CHECK(without_categories("Door Anna Smit en Piet Jansen", "nl") == "Door Anna Smit en Piet Jansen");
    // In Spanish the word still opens the categories the post is filed in.
    CHECK(without_categories("Por Ana Ruiz en Deportes Locales", "es") == "Por Ana Ruiz ");
    CHECK(byline_authors("Por Ana Ruiz en Deportes Locales", "es") == Names(std::vector<std::string>{"Ana Ruiz"}));
}
