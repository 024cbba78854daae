// A photographer's credit under a Portuguese byline (pt78, probe71 H3): "Fotografia de Rui Lobo" under "Entrevista
// de Ana Reis" or "Texto de Ana Reis" is a picture's credit, no author; the Spanish "Fotografía de" is read the same
// way. Invented pages.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "classify.hpp"

#include <string>
#include <vector>

using namespace archive;

TEST_CASE("a Portuguese picture credit by its preposition is a credit line", "[credits][pt78]") {
    for (const char* line : {"Fotografia de Rui Lobo Matos", "Fotografias de Ana Reis", "Fotos de Ana Reis"}) {
        CAPTURE(line);
        CHECK(is_credit_line(std::string_view(line)));
    }
    // (the preposition opens the thing shown too: a name must follow it)
    CHECK_FALSE(is_credit_line(std::string_view("Fotos de família do antigo bairro")));
}

TEST_CASE("the photographer under a byline is no author", "[byline][pt78]") {
    const std::string text =
        "A economista Inês Gaspar Moura, que coordenou o relatório sobre a habitação em Lisboa, defende que o "
        "mercado de arrendamento precisa de regras estáveis durante pelo menos uma década.\n"
        "Nesta conversa fala das rendas, dos fundos imobiliários e das câmaras que compram casas para arrendar a "
        "preços controlados.\n";
    struct Row {
        const char* head;
        std::vector<std::string> authors;
    };
    const Row rows[] = {
        {"Entrevista de Ricardo Leal Pinto\nFotografia de Tiago Sá Moura\n", {"Ricardo Leal Pinto"}},
        {"Texto de Ricardo Leal Pinto\nFotografia de Tiago Sá Moura\n", {"Ricardo Leal Pinto"}},
        {"Por Ricardo Leal Pinto\nFotos de Tiago Sá Moura\n", {"Ricardo Leal Pinto"}},
    };
    for (const auto& r : rows) {
        CAPTURE(r.head);
        const std::string page = std::string("Economia\nO arrendamento precisa de regras para dez anos\n") + r.head +
                                 "5 dezembro 2026 14:32\n" + text;
        const Article a = parse(page, "page.txt");
        CHECK(a.authors == r.authors);
    }
    const std::string es_page =
        "Economía\nEl alquiler necesita reglas para diez años\nTexto de Ricardo León Pinto\n"
        "Fotografía de Tomás Sáez Mora\n5 de diciembre de 2026\n"
        "La economista Inés Gaspar Moreno, que coordinó el informe sobre la vivienda en Madrid, defiende que el "
        "mercado del alquiler necesita reglas estables durante al menos una década.\n"
        "En esta conversación habla de los alquileres, de los fondos y de los ayuntamientos que compran pisos.\n";
    CHECK(parse(es_page, "page.txt").authors == std::vector<std::string>{"Ricardo León Pinto"});
}
