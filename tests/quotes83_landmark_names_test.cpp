// A landmark's or a site's name of several words holding a word of its kind ([place_name_words]: "le Château de
// Vauclair", "la Pointe du Moulin", "Kloster Seewinkel", "Bahnhof Neustadt") is no antecedent of "il"/"er" (quotes83,
// probe72 Q2): the pronoun goes to the person named before it, or to no one. Invented lines.
#include <catch2/catch.hpp>

#include "quote_checks.hpp"
#include "quotes_parts.hpp"

#include <string>
#include <vector>

using namespace archive;
using namespace archive::quote_checks;

TEST_CASE("a pronoun after a landmark's name stands for the person named before it", "[quotes][quotes83]") {
    const std::vector<std::pair<const char*, std::vector<std::string>>> pages = {
        {"fr",
         {"Le guide Paul Lemaire nous attend au parking.",
          "Après une heure de marche, on aperçoit le Château de Vauclair sur son rocher. \u00AB Le sentier a été "
          "refait cet automne, il est bien plus sûr \u00BB, nous explique-t-il."}},
        {"fr",
         {"Le guide Paul Lemaire nous attend au parking.",
          "Au bout du chemin, on atteint la Pointe du Moulin. \u00AB Par grand vent, on ferme l'accès aux "
          "falaises \u00BB, dit-il."}},
        {"de",
         {"Der Wanderführer Paul Lehmann wartet am Parkplatz.",
          "Nach einer Stunde erreichen wir das Kloster Seewinkel. \u201EDer Weg wurde im Herbst neu angelegt und "
          "ist jetzt viel sicherer\u201C, sagt er."}},
        {"de",
         {"Der Wanderführer Paul Lehmann wartet am Parkplatz.",
          "Wir steigen am Bahnhof Neustadt aus. \u201EVon hier sind es noch zwei Stunden bis zum Gipfel\u201C, "
          "sagt er."}},
    };
    for (const auto& [lang, paragraphs] : pages) {
        INFO(paragraphs.back());
        const auto qs = extract_quotes(body(lang, paragraphs));
        REQUIRE(qs.size() == 1);
        CHECK(qs[0].speaker == std::optional<std::string>(std::string(lang) == "fr" ? "Paul Lemaire" : "Paul Lehmann"));
    }
}
