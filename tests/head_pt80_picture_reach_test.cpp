// The reach of a headline's signature (pt80, probe71 H1): the date line six lines at most under a title is the
// surest sign of a headline, and the lead picture's caption and credit between them do not count among the six
// ("<title> / <standfirst> / Copiar link / <caption - credit> / <name> / <name> / <place> / <date>", the Brazilian
// head of two authors). Invented pages.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <string>
#include <vector>

using namespace archive;

TEST_CASE("the lead picture's lines do not part a headline from its date line", "[head][headline][pt80]") {
    struct Case {
        std::string page;
        std::string headline;
        std::string lede;
        std::vector<std::string> authors;
    };
    const std::vector<Case> cases = {
        {"Abrir menu  Assine\n"
         "Ir para o conteúdo\n"
         "Entrar  Buscar\n"
         "cotidiano\n"
         "Cidades\n"
         "Educação\n"
         " Copiar link\n"
         "Assine\n"
         "Últimas\n"
         "Deputados estaduais dão aval a marco do transporte escolar depois de acordo\n"
         "Projeto segue para sanção do governador; relator retirou trecho que previa multa aos municípios\n"
         " Copiar link\n"
         "O relator do projeto durante a sessão no plenário - Lúcia Matos/Folhapress\n"
         "Marina Coutinho\n"
         "Otávio Ramalho\n"
         "Campinas\n"
         "5.dez.2026 às 14h32\n"
         "A Assembleia Legislativa aprovou nesta quinta-feira o projeto que segue agora para sanção do governador, "
         "depois que o relator retirou o trecho sobre multa aos municípios.\n"
         "A votação do projeto só foi possível depois de um acordo entre os líderes e o relator, que retirou o trecho "
         "da multa prevista aos municípios.\n"
         "O governador tem quinze dias para a sanção do projeto, segundo o relator, que defendeu o texto sem o trecho "
         "da multa aos municípios.\n",
         "Deputados estaduais dão aval a marco do transporte escolar depois de acordo",
         "Projeto segue para sanção do governador; relator retirou trecho que previa multa aos municípios",
         {"Marina Coutinho", "Otávio Ramalho"}},
        {"Abrir menú  Suscríbete\n"
         "Ir al contenido\n"
         "Entrar  Buscar\n"
         "local\n"
         "Ciudades\n"
         "Educación\n"
         " Copiar enlace\n"
         "Suscríbete\n"
         "Última hora\n"
         "Los diputados dan luz verde al marco del transporte escolar tras un acuerdo\n"
         "El proyecto pasa a la firma del presidente regional; el ponente retiró el artículo que preveía multas a los "
         "municipios\n"
         " Copiar enlace\n"
         "El ponente del proyecto durante la sesión en el pleno - Lucía Mata/Europa Press\n"
         "Marta Carrasco\n"
         "Óscar Ramírez\n"
         "Sevilla\n"
         "05/12/2026 14:32\n"
         "El Parlamento regional aprobó este jueves el proyecto que pasa ahora a la firma del presidente regional, "
         "después de que el ponente retirara el artículo sobre multas a los municipios.\n"
         "La votación del proyecto fue posible tras un acuerdo entre los portavoces y el ponente, que retiró el "
         "artículo de las multas previstas a los municipios.\n"
         "El presidente regional tiene quince días para la firma del proyecto, según el ponente, que defendió el texto "
         "sin el artículo de las multas a los municipios.\n",
         "Los diputados dan luz verde al marco del transporte escolar tras un acuerdo",
         "El proyecto pasa a la firma del presidente regional; el ponente retiró el artículo que preveía multas a "
         "los municipios",
         {"Marta Carrasco", "Óscar Ramírez"}},
    };
    for (const Case& c : cases) {
        CAPTURE(c.headline);
        const Article a = parse(c.page, "page.txt");
        CHECK(a.headline.value_or("") == c.headline);
        CHECK(a.lede.value_or("") == c.lede);
        CHECK(a.authors == c.authors);
    }
}
