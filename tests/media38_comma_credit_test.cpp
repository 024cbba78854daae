// A caption closed by a credit in capitals that holds a comma, the photographer's name then where the picture comes
// from ("... l'hiver dernier. PHOTO JACQUES MOREL, ARCHIVES LE QUOTIDIEN", probe53 M3): the credit is one, from its
// credit word to the line's end, never cut at its comma (credit_captions.cpp, capital_comma_credit()). Invented lines.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"

#include <optional>
#include <string>
#include <utility>

using namespace archive;

TEST_CASE("a credit in capitals holding a comma after a caption's last stop is one credit", "[credits][media38]") {
    using Split = std::optional<std::pair<std::string, std::string>>;
    const std::pair<const char*, Split> rows[] = {
        {"Une chasse-neige sur la route 117, à Mont-Laurier, l'hiver dernier. PHOTO JACQUES MOREL, ARCHIVES LE QUOTIDIEN",
         Split{{"Une chasse-neige sur la route 117, à Mont-Laurier, l'hiver dernier.",
                "PHOTO JACQUES MOREL, ARCHIVES LE QUOTIDIEN"}}},
        {"A snowplough on Route 117 near the lake last winter. PHOTO JANE ROE, HARBOUR NEWS ARCHIVES",
         Split{{"A snowplough on Route 117 near the lake last winter.", "PHOTO JANE ROE, HARBOUR NEWS ARCHIVES"}}},
        {"Ein Schneepflug auf der Passstrasse im letzten Winter. FOTO ANNA MUSTER, ARCHIV SEEBLATT",
         Split{{"Ein Schneepflug auf der Passstrasse im letzten Winter.", "FOTO ANNA MUSTER, ARCHIV SEEBLATT"}}},
    };
    for (const auto& [line, split] : rows) {
        INFO(line);
        CHECK(split_trailing_credit(std::string_view(line)) == split);
    }
    // Capitals with a comma that open with no credit word are no credit: a list of clubs after a stop.
    CHECK_FALSE(split_trailing_credit(std::string_view("Le classement reste serré en tête du championnat. PSG, OM ET LYON")));
    CHECK_FALSE(split_trailing_credit(std::string_view("The table stays tight at the top of the league. LEEDS, HULL AND YORK")));
}
