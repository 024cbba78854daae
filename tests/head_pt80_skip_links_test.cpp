// The skip links of Portuguese sites (pt80, probe71 H2): "Saltar para o conteúdo" (pt-PT) alone over the headline
// is the page's furniture (lexicon section skip_links), no kicker; Spanish "Saltar al contenido" as before. Invented
// pages.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <string>
#include <vector>

using namespace archive;

TEST_CASE("a skip link over the headline is no kicker", "[head][kicker][pt80]") {
    const std::vector<std::string> pages = {
        "Saltar para o conteúdo\n"
        "Fábrica de moldes da Marinha Grande anuncia oitenta novos postos de trabalho\n"
        "A empresa vai contratar operadores e técnicos até ao verão, depois de ganhar duas encomendas no estrangeiro.\n"
        "Por Carla Teixeira Mota\n"
        "5 Dezembro, 2026\n"
        "A fábrica de moldes anunciou esta sexta-feira que vai criar oitenta novos postos de trabalho até ao verão do "
        "próximo ano.\n"
        "Segundo a administração, as contratações resultam de duas encomendas de clientes do setor automóvel no "
        "estrangeiro.\n",
        "Saltar al contenido\n"
        "Una fábrica de moldes de Alicante anuncia ochenta nuevos puestos de trabajo\n"
        "La empresa contratará operarios y técnicos hasta el verano, tras ganar dos pedidos en el extranjero.\n"
        "Por Carla Tejedor Mota\n"
        "5 de diciembre de 2026\n"
        "La fábrica de moldes anunció este viernes que creará ochenta nuevos puestos de trabajo hasta el verano del "
        "próximo año.\n"
        "Según la dirección, las contrataciones se deben a dos pedidos de clientes del sector del automóvil en el "
        "extranjero.\n",
    };
    for (const std::string& page : pages) {
        CAPTURE(page);
        const Article a = parse(page, "page.txt");
        CHECK_FALSE(a.kicker);
        REQUIRE(a.headline);
        CHECK(a.headline->find("moldes") != std::string::npos);
    }
}
