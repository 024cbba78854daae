// The cue of a verb of speaking and the preposition of what it names (session 40): "sprach von einem „Angriff“",
// "spoke of “an attack”", "a parlé de « trahison »" give the cue with its preposition, as NOTES write it ("sprach
// von"), not the bare verb. Invented lines.
#include <catch2/catch.hpp>

#include "quote_checks.hpp"

#include <string>
#include <tuple>
#include <vector>

using namespace archive;
using namespace archive::quote_checks;

TEST_CASE("a verb of speaking and the preposition of what it names are the cue", "[quotes][quotes72]") {
    for (const auto& [lang, paragraph, text, cue] : std::vector<std::tuple<const char*, const char*, const char*, const char*>>{
             {"de", "Innenminister Thomas Graf sprach von einem \u201EAngriff auf unsere Versorgung\u201C und kündigte Schritte an.",
              "Angriff auf unsere Versorgung", "sprach von"},
             {"de", "Gewerkschaftschefin Anna Roth spricht von einem \u201Eklaren Bruch aller Absprachen\u201C und fordert Gespräche.", "klaren Bruch aller Absprachen",
              "spricht von"},
             {"en", "Interior Minister Tom Graves spoke of \u201Can attack on our supply\u201D and announced steps.",
              "an attack on our supply", "spoke of"},
             {"fr", "Le ministre Thomas Graf a parlé de \u00AB trahison de la direction \u00BB et annoncé des mesures.",
              "trahison de la direction", "a parlé de"},
         }) {
        INFO(paragraph);
        const auto qs = extract_quotes(body(lang, {"Am Morgen begann die Sitzung.", paragraph}));
        const Quote* q = find_quote(qs, text);
        REQUIRE(q);
        CHECK(q->cue.value_or("") == cue);
    }
}
