// Table-driven tests of byline phrases naming the kind of text before its author ("Eine Analyse von Anna Muster",
// "Un commento di Marco Bianchi", lexicon section byline), of the participles that open a byline ("Verfasst von",
// "Geschreven door", "Reported by"), and of a word joining two authors in the page's language that another language
// files a post's categories after ("Door Anna Smit en Piet Jansen": the Spanish "Por Ana en Noticias").
#include "byline_rows.hpp"

using namespace archive;
using test::check_byline_rows;

TEST_CASE("a byline phrase naming the kind of text opens a byline", "[classify][byline][byline_phrase]") {
    check_byline_rows({
        {"Eine Analyse von Anna Muster", "de", {"Anna Muster"}},
        {"Ein Gastbeitrag von Anna Muster", "de", {"Anna Muster"}},
        {"Eine Reportage von Lena Brandt", "de", {"Lena Brandt"}},
        {"Verfasst von Anna Muster", "de", {"Anna Muster"}},
        {"Reported by Jane Roe", "en", {"Jane Roe"}},
        {"Contributor: Jane Roe", "en", {"Jane Roe"}},
        {"Une enquête de Jeanne Morel", "fr", {"Jeanne Morel"}},
        {"Un commento di Marco Bianchi", "it", {"Marco Bianchi"}},
        {"Un'analisi di Marco Bianchi", "it", {"Marco Bianchi"}},
        {"Un artículo de Lucía Gómez", "es", {"Lucía Gómez"}},
        {"Reportagem de Ana Souza", "pt", {"Ana Souza"}},
        {"Um artigo de Ana Souza", "pt", {"Ana Souza"}},
        {"Geschreven door Anna de Vries", "nl", {"Anna de Vries"}},
        {"Een column van Anna de Vries", "nl", {"Anna de Vries"}},
    });
}

TEST_CASE("a joiner of the page's language joins two authors, no post's category", "[classify][byline][byline_phrase]") {
    check_byline_rows({
        {"Door Anna Smit en Piet Jansen", "nl", {"Anna Smit", "Piet Jansen"}},
        {"Door Anna Smit, Piet Jansen en Kees Bakker", "nl", {"Anna Smit", "Piet Jansen", "Kees Bakker"}},
        // In Spanish the word still opens the categories the post is filed in.
        {"Por Ana Ruiz en Deportes Locales", "es", {"Ana Ruiz"}},
    });
    CHECK(without_categories("Door Anna Smit en Piet Jansen", "nl") == "Door Anna Smit en Piet Jansen");
    CHECK(without_categories("Por Ana Ruiz en Deportes Locales", "es") == "Por Ana Ruiz ");
}
