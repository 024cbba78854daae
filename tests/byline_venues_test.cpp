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

TEST_CASE("the one who compiled a gallery or a round-up signs it", "[classify][byline][byline_venue]") {
    check_byline_rows({
        {"Photos compiled by Rhiannon Pryce", "en", {"Rhiannon Pryce"}},
        {"Compiled by Jane Roe", "en", {"Jane Roe"}},
        {"Zusammengestellt von Anna Muster", "de", {"Anna Muster"}},
        {"Compilé par Jeanne Morel", "fr", {"Jeanne Morel"}},
        {"Recopilado por Ana Ruiz", "es", {"Ana Ruiz"}},
        {"Compilado por Ana Silva", "pt", {"Ana Silva"}},
        {"Samengesteld door Anna Smit", "nl", {"Anna Smit"}},
    });
    // On a gallery page whose text is its captions, the compiler's line under the standfirst is no headline.
    const Article a = classify(segment("Home / Photos / Weather\n\nIn pictures: gales close the coast road\n\n"
                                       "Fallen trees, flooded lanes and a ferry kept in port: the gale in eight photos\n\n"
                                       "Photos compiled by Jane Roe\n\nWednesday 3 December 2026 10:15\n\n1 / 8\n\n"
                                       "Waves break over the sea wall at the old harbour as the wind rose on Tuesday.\n\n"
                                       "Image: Harbour Pictures\n\n2 / 8\n\n"
                                       "A tractor pulls a van out of the floodwater on the lane to the farm.\n\n"
                                       "Image: Valley Police\n"),
                               "en");
    CHECK(a.authors == std::vector<std::string>{"Jane Roe"});
    CHECK(a.headline.value_or("") != "Photos compiled by Jane Roe");
}
