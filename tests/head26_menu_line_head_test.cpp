// The head of a page copied without blank lines: the site's menu copied as one line without its separators ("Home
// Cronaca Sport Cultura"), an entry of which the text prints too ("Cronaca - Un uomo ..."), is no headline
// (headline_score.cpp, menu_run()), and the home page's link alone over the
// headline ("Home", "Startseite") is no kicker (classify_head.cpp). Invented pages.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <string>

using namespace archive;

namespace {

struct Head {
    const char* lang;
    const char* top; // the page's first line
    const char* headline;
    const char* byline;
    const char* first;
    const char* second;
};

const Head heads[] = {
    {"it", "Home Cronaca Sport Cultura", "Arrestato un uomo dopo una serie di furti nei negozi del centro",
     "di Marco Bianchi",
     "Cronaca - Un uomo di quarant'anni è stato arrestato dai carabinieri dopo una serie di furti in cinque negozi.",
     "I militari hanno recuperato parte della refurtiva e l'hanno restituita ai commercianti della zona."},
    {"pt", "Início Região Polícia Desporto", "Homem detido depois de uma série de furtos em lojas do centro",
     "Por Rui Costa", "Polícia - Um homem de 40 anos foi detido pela GNR depois de uma série de furtos em cinco lojas.",
     "Os militares recuperaram parte dos objetos furtados e devolveram-nos aos comerciantes da cidade."},
    {"es", "Portada Local Sucesos Deportes", "Detenido un hombre por robar en varias tiendas del centro",
     "Por Ana Ruiz", "Sucesos - Un vecino de la localidad ha sido detenido por la Guardia Civil tras robar en cinco comercios.",
     "Los agentes recuperaron parte de los objetos sustraídos y los devolvieron a sus propietarios."},
    {"de", "Startseite Region Sport Kultur", "Polizei fasst mutmaßlichen Ladendieb nach Serie von Einbrüchen",
     "Von Katrin Mayer", "Region – Ein 40 Jahre alter Mann ist nach einer Serie von Diebstählen in fünf Geschäften gefasst worden.",
     "Die Beamten stellten einen Teil der Beute sicher und gaben ihn den Geschäftsleuten zurück."},
};

std::string page(const Head& h, const char* top) {
    return std::string(top) + "\n" + h.headline + "\n" + h.byline + "\n" + h.first + "\n" + h.second + "\nTeilen\n";
}

} // namespace

TEST_CASE("a menu copied as one line without separators is no headline", "[classify][headline][head26]") {
    for (const Head& h : heads) {
        INFO(h.top);
        const Article a = parse(page(h, h.top));
        CHECK(a.language == h.lang);
        CHECK(a.headline.value_or("") == h.headline);
        CHECK_FALSE(a.lede.has_value());
    }
    // An English title may capitalise every word: such a line alone over the text stays the headline.
    const Article en = parse("Harbour Ferry Fares Rise Again\n"
                             "The operator said on Tuesday that a return ticket to the islands will cost two pounds "
                             "more from the first of May.\n"
                             "Passengers and island councillors criticised the rise, the third in two years, as "
                             "unfair to those who have no other way to reach the mainland.\n");
    CHECK(en.language == "en");
    CHECK(en.headline.value_or("") == "Harbour Ferry Fares Rise Again");
}

TEST_CASE("the home page's link alone over the headline is no kicker", "[classify][kicker][head26]") {
    for (const Head& h : heads)
        for (const char* home : {"Home", "Startseite", "Portada", "Início"}) {
            INFO(h.lang << " " << home);
            const Article a = parse(page(h, home));
            CHECK(a.headline.value_or("") == h.headline);
            CHECK_FALSE(a.kicker.has_value());
        }
    // A section's label there is the kicker.
    const Article a = parse(page(heads[0], "Cronaca"));
    CHECK(a.kicker.value_or("") == "Cronaca");
}
