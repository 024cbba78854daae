// Peru's state agency named in full ("(Con información de Agencia Andina)", "Fuente: Agencia Andina") is the tag of
// the text it closes; "andina" alone is an adjective of the text ("la región andina") and names no agency.
// Invented lines.
#include <catch2/catch.hpp>

#include "classify.hpp"

#include <optional>
#include <string>
#include <vector>

using namespace archive;

TEST_CASE("Agencia Andina in full is Peru's agency, andina alone no agency", "[agencies][andina]") {
    using Ids = std::optional<std::vector<std::string>>;
    const std::pair<const char*, Ids> rows[] = {
        {"(Con información de Agencia Andina)", Ids{{"andina"}}},
        {"(Agencia Andina)", Ids{{"andina"}}},
        {"Fuente: Agencia Andina", Ids{{"andina"}}},
        {"(Com informações da Agencia Andina)", Ids{{"andina"}}},
        {"(región andina)", std::nullopt},
    };
    for (const auto& [line, ids] : rows) {
        INFO(line);
        CHECK(agency_tag(line) == ids);
    }
}
