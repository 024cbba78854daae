// Brazilian and Portuguese closing credits (pt78, probe71 R1): the asterisk of the note the credit is printed as
// ("*Com informações da Reuters", "(*) Com Lusa"), and the Estadão group's wire by its names ("Estadão Conteúdo",
// "Agência Estado"). An asterisk before a line that credits no agency tags nothing. Invented lines.
#include <catch2/catch.hpp>

#include "classify.hpp"

#include <optional>
#include <string>
#include <vector>

using namespace archive;

TEST_CASE("a closing credit's note asterisk and the Estadão wire", "[agencies][pt78]") {
    using Ids = std::optional<std::vector<std::string>>;
    const std::pair<const char*, Ids> rows[] = {
        {"*Com informações da Reuters", Ids{{"reuters"}}},
        {"*Com Reuters e AFP", Ids{{"reuters", "afp"}}},
        {"(*) Com Lusa", Ids{{"lusa"}}},
        {"*Con información de EFE", Ids{{"efe"}}},
        {"Com Estadão Conteúdo", Ids{{"estadao-conteudo"}}},
        {"*Com informações do Estadão Conteúdo", Ids{{"estadao-conteudo"}}},
        {"Com informações da Agência Estado e da Agência Brasil", Ids{{"estadao-conteudo", "agencia-brasil"}}},
        {"*Com Estadão Conteúdo e Agência Brasil", Ids{{"estadao-conteudo", "agencia-brasil"}}},
        {"*Preços sujeitos a alteração", std::nullopt},
        {"**Com Reuters", std::nullopt},
        {"Estado", std::nullopt},
    };
    for (const auto& [line, ids] : rows) {
        INFO(line);
        CHECK(agency_tag(line) == ids);
    }
}
