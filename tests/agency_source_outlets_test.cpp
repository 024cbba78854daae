// A text's sources after a label saying where it comes from, the agency and the outlet that wrote it up ("Bron: ANP,
// Omroep Westerkwartier", "Quelle: dpa, Hafenblatt"), tag the text with the agency. A list naming no agency, or a
// picture's label, tags nothing. Invented lines.
#include <catch2/catch.hpp>

#include "classify.hpp"

#include <optional>
#include <string>
#include <vector>

using namespace archive;

TEST_CASE("a source label over an agency and an outlet tags the text", "[agencies][source_outlets]") {
    using Ids = std::optional<std::vector<std::string>>;
    const std::pair<const char*, Ids> rows[] = {
        {"Bron: ANP, Omroep Westerkwartier", Ids{{"anp"}}},      // nl
        {"Quelle: dpa, Hafenblatt", Ids{{"dpa"}}},               // de
        {"Fuente: EFE, Radio Norte", Ids{{"efe"}}},              // es
        {"Source : AFP, Le Courrier du Val", Ids{{"afp"}}},      // fr
        {"Fonte: Lusa, Diário do Vale", Ids{{"lusa"}}},          // pt
        {"Źródło: PAP, Głos Pomorza", Ids{{"pap"}}},             // pl
        {"Bron: ANP", Ids{{"anp"}}},                             // the agency alone, as before
        {"Quelle: Landesamt, Statistik Nord", std::nullopt},     // no agency among the sources
        {"Foto: dpa, Hafenblatt", std::nullopt},                 // a picture's credit
        {"Bron: ANP, 3 december 2026", std::nullopt},            // a date is no outlet
        {"Lees ook: ANP, Omroep Westerkwartier", std::nullopt},  // no source label
    };
    for (const auto& [line, ids] : rows) {
        INFO(line);
        CHECK(labelled_agency(line) == ids);
    }
}
