// "Regio / Zoeken / <headline>", "Tech / Video / <headline>", "Sport / Szukaj / <headline>": on a page without blank
// lines, a menu's link to one of the site's tools or media tabs (lexicon section menu_tool_labels, now in nl, pl, pt)
// closing the menu right over the headline is no kicker. Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <algorithm>
#include <string>

using namespace archive;

namespace {

struct Row {
    const char* lang;
    const char* menu;
    const char* last;
    const char* headline;
    const char* body;
};

const Row rows[] = {
    {"nl", "Nieuws\nBinnenland\nBuitenland\nRegio\nEconomie\nTech", "Zoeken",
     "Brand in loods bij Zwolle onder controle, buurt mag ramen weer openen",
     "De brand in een opslagloods aan de rand van Zwolle is onder controle. Dat meldt de veiligheidsregio.\n"
     "Het vuur brak vannacht rond drie uur uit in een loods met houten pallets, zei een woordvoerder.\n"},
    {"nl", "Nieuws\nBinnenland\nBuitenland\nRegio\nEconomie\nTech", "Video",
     "Brand in loods bij Zwolle onder controle, buurt mag ramen weer openen",
     "De brand in een opslagloods aan de rand van Zwolle is onder controle. Dat meldt de veiligheidsregio.\n"
     "Het vuur brak vannacht rond drie uur uit in een loods met houten pallets, zei een woordvoerder.\n"},
    {"pl", "Wiadomości\nKraj\nŚwiat\nBiznes\nSport\nKultura", "Szukaj",
     "Pożar hali magazynowej pod Poznaniem opanowany, mieszkańcy mogą otworzyć okna",
     "Pożar hali magazynowej w Komornikach pod Poznaniem został opanowany. Poinformowała o tym straż pożarna.\n"
     "Ogień pojawił się w nocy około godziny trzeciej w hali z paletami, przekazał rzecznik strażaków.\n"},
    {"pt", "Notícias\nPolítica\nEconomia\nMundo\nDesporto\nCultura", "Buscar",
     "Incêndio em armazém de Setúbal dado como dominado, moradores podem abrir janelas",
     "O incêndio num armazém na zona industrial de Setúbal foi dado como dominado, informou a Proteção Civil.\n"
     "O fogo deflagrou durante a madrugada num armazém de paletes de madeira, disse um porta-voz.\n"},
};

} // namespace

TEST_CASE("a menu's tool or media tab over the headline is no kicker", "[classify][kicker][menu][head44]") {
    for (const Row& r : rows) {
        INFO(r.lang << " " << r.last);
        const Article a = parse(std::string(r.menu) + "\n" + r.last + "\n" + r.headline + "\n" + r.body);
        CHECK(a.headline.value_or("") == r.headline);
        CHECK(!a.kicker.has_value());
        CHECK(std::find(a.boilerplate.begin(), a.boilerplate.end(), r.last) != a.boilerplate.end());
    }
}

TEST_CASE("a section's label under the same menu stays the kicker", "[classify][kicker][menu][head44]") {
    // Guard: the label of several words under one-word entries outgrows the menu ("Brand Zwolle", "Pożar pod
    // Poznaniem"): the test above fails for the tool only.
    const Article nl = parse(std::string(rows[0].menu) + "\nBrand in Zwolle\n" + rows[0].headline + "\n" + rows[0].body);
    CHECK(nl.kicker.value_or("") == "Brand in Zwolle");
    const Article pl = parse(std::string(rows[2].menu) + "\nPożar pod Poznaniem\n" + rows[2].headline + "\n" +
                             rows[2].body);
    CHECK(pl.kicker.value_or("") == "Pożar pod Poznaniem");
}
