// The head of a page copied without blank lines: the site's menu copied as one line without its separators ("Home
// Cronaca Sport Cultura"), an entry of which the text prints too ("Cronaca - Un uomo ..."), is no headline
// (headline_score.cpp, menu_run()), and the home page's link alone over the
// headline ("Home", "Startseite") is no kicker (classify_kickers.cpp). Invented pages.
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

TEST_CASE("the paper's name opened by an article on the page's first line is its masthead, no kicker",
          "[classify][kicker][head26]") {
    struct Row {
        const char* top;
        const char* rest;
        const char* kicker; // "" for none
    };
    const char* de_rest = "\n\nMarkthalle schließt für einen Monat wegen Bauarbeiten\n\nVon Anna Berg\n12.03.2025, 17:45 "
                          "Uhr\n\nDie Markthalle schließt am Montag, damit das Dach und die Leitungen erneuert werden "
                          "können, wie die Stadt mitteilte.\n\nDie Händler ziehen während der Arbeiten in ein Zelt auf "
                          "dem Marktplatz um.\n";
    const char* fr_rest = "\n\nLe marché couvert ferme un mois pour travaux\n\nPar Claire Monnier\n12 mars 2025\n\nLe "
                          "marché couvert fermera lundi pour rénover sa toiture et ses installations électriques, a "
                          "annoncé la commune.\n\nLes commerçants s'installeront sous une tente sur la place pendant "
                          "les travaux.\n";
    const char* en_rest = "\n\nCovered market to close for a month of repairs\n\nBy Jane Roe\n12 March 2025\n\nThe "
                          "covered market will close on Monday so that its roof and wiring can be renewed, the council "
                          "said.\n\nTraders will move to a marquee on the square while the work goes on.\n";
    const Row rows[] = {
        {"Der Talbote", de_rest, ""},
        {"La Gazette du Léman", fr_rest, ""},
        {"The Harbour Courier", en_rest, ""},
        // a section's label there is the kicker
        {"Lokales", de_rest, "Lokales"},
        {"Société", fr_rest, "Société"},
    };
    for (const Row& r : rows) {
        INFO(r.top);
        const Article a = parse(std::string(r.top) + r.rest);
        CHECK(a.kicker.value_or("") == r.kicker);
        CHECK(a.headline.has_value());
    }
}
