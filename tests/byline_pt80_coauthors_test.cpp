// Bylines of several authors (pt80, probe71 H1): the names before the outlet that closes a comma list ("Por A, B, g1
// SP e TV Globo"), and the names stacked one a line over the place filed from and the date line ("Marina Coutinho" /
// "Otávio Ramalho" / "Campinas" / "5.dez.2026 às 14h32"). Invented lines and pages.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "classify.hpp"

#include <string>
#include <vector>

using namespace archive;

TEST_CASE("the names of a comma list end at the outlet the authors write for", "[classify][byline][pt80]") {
    struct Row {
        const char* line;
        const char* lang;
        std::vector<std::string> names;
    };
    const std::vector<Row> rows = {
        {"Por Luana Siqueira Prado, Davi Cordeiro, g1 RS e TV Globo", "pt", {"Luana Siqueira Prado", "Davi Cordeiro"}},
        {"Por Luana Siqueira Prado, Davi Cordeiro, g1 RS", "pt", {"Luana Siqueira Prado", "Davi Cordeiro"}},
        {"Por Luana Prado, Davi Cordeiro, Caio Vilela, ge", "pt", {"Luana Prado", "Davi Cordeiro", "Caio Vilela"}},
        {"Por Luana Prado, Davi Cordeiro, TV Serrana", "pt", {"Luana Prado", "Davi Cordeiro"}},
        {"Por Marta Carrasco, Óscar Ramírez, TV Comarca", "es", {"Marta Carrasco", "Óscar Ramírez"}},
        {"By Nora Whitfield, Owen Pryce, BBC Radio Wessex", "en", {"Nora Whitfield", "Owen Pryce"}},
        // (An agency among the closing pieces is the text's source, kept after the names.)
        {"Por Luana Prado, Davi Cordeiro, Lusa", "pt", {"Luana Prado", "Davi Cordeiro", "Lusa"}},
        // (One name before the outlet, as before; a job title after two names ends them at the first.)
        {"Por Luana Prado, g1 RS", "pt", {"Luana Prado"}},
        {"By Nora Whitfield, Owen Pryce, Senior Writers", "en", {"Nora Whitfield"}},
    };
    for (const Row& r : rows) {
        CAPTURE(r.line);
        const auto names = byline_authors(r.line, r.lang);
        REQUIRE(names);
        CHECK(*names == r.names);
    }
}

namespace {

// A head of the Brazilian or Spanish shape: kicker, headline, standfirst, a button, the lead picture's caption with
// its credit, then `names` one a line, the place filed from and the date line, then the text.
std::string stacked_head(const std::string& head, const std::vector<std::string>& names, const std::string& tail) {
    std::string page = head;
    for (const std::string& name : names)
        page += name + "\n";
    return page + tail;
}

} // namespace

TEST_CASE("names stacked one a line over the place and the date line are the byline's authors",
          "[classify][byline][pt80]") {
    const std::string pt_head =
        "Últimas\nAssembleia aprova novas regras para o transporte escolar após acordo com prefeitos\n"
        "Texto vai à sanção do governador; relator retirou trecho que previa multa aos municípios\n"
        " Copiar link\n"
        "O relator do projeto durante a sessão no plenário da Assembleia - Lúcia Matos/Folhapress\n";
    const std::string pt_tail =
        "Campinas\n5.dez.2026 às 14h32\n"
        "A Assembleia Legislativa aprovou nesta quinta-feira o projeto de lei que cria novas regras para o "
        "transporte escolar nas cidades do interior.\n"
        "A votação só foi possível depois de um acordo fechado na noite de quarta entre os líderes dos partidos e a "
        "associação dos prefeitos.\n";
    const std::string es_head =
        "Actualidad\nEl Parlamento aprueba las nuevas normas del transporte escolar tras un pacto con los alcaldes\n"
        "El texto pasa ahora al Gobierno regional; el ponente retiró el artículo que preveía multas a los municipios\n"
        "Compartir\n"
        "El ponente del proyecto durante el pleno del Parlamento - Lucía Mata/Europa Press\n";
    const std::string es_tail =
        "Sevilla\n05/12/2026 14:32\n"
        "El Parlamento regional aprobó este jueves el proyecto de ley que fija nuevas normas para el transporte "
        "escolar en los pueblos de la provincia.\n"
        "La votación fue posible después de un acuerdo cerrado el miércoles por la noche entre los grupos y la "
        "asociación de alcaldes.\n";
    struct Case {
        std::string page;
        std::vector<std::string> authors;
    };
    const std::vector<Case> cases = {
        {stacked_head(pt_head, {"Marina Coutinho", "Otávio Ramalho"}, pt_tail), {"Marina Coutinho", "Otávio Ramalho"}},
        {stacked_head(es_head, {"Marta Carrasco", "Óscar Ramírez"}, es_tail), {"Marta Carrasco", "Óscar Ramírez"}},
        // (One name alone over the place, as before.)
        {stacked_head(pt_head, {"Otávio Ramalho"}, pt_tail), {"Otávio Ramalho"}},
    };
    for (const Case& c : cases) {
        CAPTURE(c.page);
        const Article a = parse(c.page, "page.txt");
        CHECK(a.authors == c.authors);
        // (The place line is the byline's, no dateline of the text.)
        CHECK_FALSE(a.dateline);
        REQUIRE(a.headline);
        CHECK(a.headline->find("transporte escolar") != std::string::npos);
    }
}

TEST_CASE("three names stacked over a place keep no third name as a place", "[classify][byline][pt80]") {
    // "Marina Coutinho" / "Otávio Ramalho" / "Lia Brandão" / <date>: a third name is no place; the byline names
    // no two of the three as if the third were where they filed from.
    const std::string page =
        "Últimas\nAssembleia aprova novas regras para o transporte escolar após acordo com prefeitos\n"
        "Texto vai à sanção do governador; relator retirou trecho que previa multa aos municípios\n"
        "Marina Coutinho\nOtávio Ramalho\nLia Brandão\n5.dez.2026 às 14h32\n"
        "A Assembleia Legislativa aprovou nesta quinta-feira o projeto de lei que cria novas regras para o "
        "transporte escolar nas cidades do interior.\n"
        "A votação só foi possível depois de um acordo fechado na noite de quarta entre os líderes dos partidos e a "
        "associação dos prefeitos.\n";
    const Article a = parse(page, "page.txt");
    CHECK(a.authors != std::vector<std::string>{"Marina Coutinho", "Otávio Ramalho"});
}
