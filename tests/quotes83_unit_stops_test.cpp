// A unit's symbol after a figure before a full stop ends the sentence (quotes83, probe72 Q5): "atteint 8 000 Pa.
// « Q », a indiqué X." is one sentence of the writer's and a quote with its cue, not one long sentence whose quote is
// partial. "M. Roux", "J. Smith" (a capital and a dot after a word) still do not end one. Invented lines.
#include <catch2/catch.hpp>

#include "quote_checks.hpp"
#include "quotes_parts.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;
using namespace archive::quote_checks;

TEST_CASE("a unit's symbol after a figure closes the sentence before a quote", "[quotes][quotes83]") {
    const std::vector<std::pair<const char*, std::string>> pages = {
        {"fr", "Le constructeur précise que le moteur développe 2 400 W. \u00AB C'est le plus puissant de la gamme, "
               "conçu pour les grands jardins \u00BB, a expliqué Lucie Marchand, responsable du produit."},
        {"fr", "Selon la fiche, la pression monte à 12 000 Pa. \u00AB Nous avons testé chaque appareil pendant un "
               "mois entier \u00BB, a précisé Lucie Marchand."},
        {"de", "Die Leistung des Motors liegt bei 1800 W. \u201EDas reicht auch für große Wohnungen und "
               "lange Teppiche\u201C, sagte Produktchefin Lucie Marchand."},
        {"en", "The maker says the pump reaches 9 000 Pa. \u201CIt is the strongest model we have ever built for "
               "homes,\u201D said Lucie Marchand, the product manager."},
    };
    for (const auto& [lang, p] : pages) {
        INFO(p);
        const auto qs = extract_quotes(body(lang, {"Un appareil testé.", p}));
        const auto direct =
            std::find_if(qs.begin(), qs.end(), [](const Quote& q) { return q.kind == QuoteKind::direct; });
        REQUIRE(direct != qs.end());
        CHECK(direct->speaker == std::optional<std::string>("Lucie Marchand"));
    }
}

TEST_CASE("a capital and a dot after a word, no figure before it, still do not close the sentence",
          "[quotes][quotes83]") {
    // ("M. Roux" after a word: the title's dot)
    const auto qs = extract_quotes(body("fr", {"Les travaux ont commencé.",
                                               "\u00AB Le chantier avance bien et nous tiendrons les délais \u00BB, a "
                                               "assuré hier M. Roux, le maire de la commune."}));
    REQUIRE(qs.size() == 1);
    CHECK(qs[0].speaker == std::optional<std::string>("Roux"));
}
