// Table-driven tests of the place a byline's author writes from, printed after the name: a word of the lexicon
// section byline_place_words in small letters ("at", "au", "im", "allo", "desde", "no", "bij"), or a category's word
// ("in", "en"), then a capital, an article and a capital, or an elided article glued to one ("à l'Élysée"). The place
// is no part of the name.
#include "byline_rows.hpp"

using namespace archive;
using test::check_byline_rows;

TEST_CASE("a venue after a byline's name is no part of it", "[classify][byline][byline_venue]") {
    check_byline_rows({
        {"By Tom Ashworth at the Quayside Stadium", "en", {"Tom Ashworth"}},
        {"By Tom Ashworth at Quayside Stadium", "en", {"Tom Ashworth"}},
        {"By Jane Roe and Ben Vale at the Harbour Arena", "en", {"Jane Roe", "Ben Vale"}},
        {"Par Jeanne Morel au Parc des Sports", "fr", {"Jeanne Morel"}},
        {"Par Jeanne Morel à l'Élysée", "fr", {"Jeanne Morel"}},
        {"Von Anna Muster im Rathaus", "de", {"Anna Muster"}},
        {"Di Mario Rossi allo Stadio San Nicola", "it", {"Mario Rossi"}},
        {"Por Ana Ruiz desde el Estadio Azteca", "es", {"Ana Ruiz"}},
        {"Por Ana Ruiz en el Palacio de los Deportes", "es", {"Ana Ruiz"}},
        {"Por Ana Silva no Estádio do Dragão", "pt", {"Ana Silva"}},
        {"Door Anna Smit bij het Stadhuis", "nl", {"Anna Smit"}},
        {"Door Anna Smit in de Kuip", "nl", {"Anna Smit"}},
    });
}

TEST_CASE("a venue's word is cut only in small letters and before a capital", "[classify][byline][byline_venue]") {
    // The word capitalised is a name's ("Al", "Na"); in small letters before a small word it opens no place.
    CHECK(without_categories("By Jane Roe at the Quayside Stadium", "en") == "By Jane Roe ");
    CHECK(without_categories("By Kim Na Young", "en") == "By Kim Na Young");
    CHECK(without_categories("Di Marco Al Bano", "it") == "Di Marco Al Bano");
    CHECK(without_categories("By Jane Roe at the end", "en") == "By Jane Roe at the end");
    CHECK(without_categories("Por Ana Silva no fim", "pt") == "Por Ana Silva no fim");
    check_byline_rows({
        {"By Kim Na Young", "en", {"Kim Na Young"}},
    });
}
