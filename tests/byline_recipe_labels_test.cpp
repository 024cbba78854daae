// A recipe names its cook on a line of its own under the title: "Rezept von Anna Muster", "Ein Rezept von Anna
// Muster", "Recipe by Jane Roe" (session 47, probe66 H1: lexicon section byline). Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "classify.hpp"

#include <optional>
#include <string>
#include <tuple>
#include <vector>

using namespace archive;

using Names = std::optional<std::vector<std::string>>;

TEST_CASE("a recipe's label names its cook", "[classify][byline][recipe_labels]") {
    for (const auto& [line, lang, name] : {std::tuple{"Rezept von Gerlinde Aufhauser", "de", "Gerlinde Aufhauser"},
                                           std::tuple{"Ein Rezept von Gerlinde Aufhauser", "de", "Gerlinde Aufhauser"},
                                           std::tuple{"Recipe by Priya Ramanathan", "en", "Priya Ramanathan"},
                                           std::tuple{"Recette de Anne Roux", "fr", "Anne Roux"},
                                           std::tuple{"Receta de Ana Ruiz", "es", "Ana Ruiz"}}) {
        INFO(line);
        CHECK(byline_authors(line, lang) == Names(std::vector<std::string>{name}));
    }
}
