// A caption closed by a credit in capitals after its stop and a bar or a slash ("... en octobre 2026. | ARCHIVES LE
// COURRIER / PAUL ROUX"): the mark leading to the credit belongs to neither the caption nor the credit. Invented
// lines.
#include <catch2/catch.hpp>

#include "classify.hpp"

#include <optional>
#include <string>
#include <utility>

TEST_CASE("the bar before a credit in capitals is no part of the credit", "[credits][capital_credit][page83]") {
    using Split = std::optional<std::pair<std::string, std::string>>;
    const std::pair<const char*, Split> rows[] = {
        {"Un poulailler près de Carhaix (Finistère), en octobre 2026. | ARCHIVES LE COURRIER / PAUL ROUX",
         Split{{"Un poulailler près de Carhaix (Finistère), en octobre 2026.", "ARCHIVES LE COURRIER / PAUL ROUX"}}},
        {"Un poulailler près de Carhaix, en octobre 2026. | PHOTO : PAUL ROUX / LE COURRIER",
         Split{{"Un poulailler près de Carhaix, en octobre 2026.", "PHOTO : PAUL ROUX / LE COURRIER"}}},
        {"A poultry shed near the village of Marsh End in October. | FILE PHOTO / HARBOUR NEWS",
         Split{{"A poultry shed near the village of Marsh End in October.", "FILE PHOTO / HARBOUR NEWS"}}},
        {"Ein Geflügelstall bei Hafenstadt im Oktober. | ARCHIV KURIER / PAUL ROTH",
         Split{{"Ein Geflügelstall bei Hafenstadt im Oktober.", "ARCHIV KURIER / PAUL ROTH"}}},
    };
    for (const auto& [line, expected] : rows) {
        INFO(line);
        CHECK(archive::split_trailing_credit(std::string_view(line)) == expected);
    }
}
