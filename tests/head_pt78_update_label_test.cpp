// "Atualização: 05/12/2026 | 11h40" (pt78, probe71 H5): the Portuguese noun alone labels the day of the last change,
// as the participle "Atualizado:" does; the pre-1990 spelling "Actualização" too. Invented pages.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <string>

using namespace archive;

TEST_CASE("the Portuguese noun of an update labels the updated day", "[head][pt78]") {
    for (const char* label : {"Atualização:", "Actualização:", "Atualização"}) {
        CAPTURE(label);
        const std::string page =
            std::string("Economia\nInflação desacelera em novembro e fica abaixo das projeções do mercado\n"
                        "Por Carla Menezes Prado\n05/12/2026 | 09h15\n") +
            label +
            " 05/12/2026 | 11h40\n"
            "O índice de preços ao consumidor subiu 0,21% em novembro, abaixo do esperado pelos analistas do "
            "mercado financeiro, segundo os dados divulgados nesta sexta-feira.\n"
            "No acumulado de doze meses, a alta chega a 4,1%, ainda acima do centro da meta fixada para o ano.\n";
        const Article a = parse(page, "page.txt");
        CHECK(a.published.value_or("").starts_with("2026-12-05"));
        CHECK(a.updated.value_or("").starts_with("2026-12-05T11:40"));
    }
}
