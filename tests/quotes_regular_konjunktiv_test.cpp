// "Die Ministerin sagte, man plane ...", "Er betonte, die Stadt investiere ...": after a cue's comma, a subject in the
// singular and a verb in "-e" right after it, the Konjunktiv I of a regular verb, report what was said like "sei" or
// "habe" do. Invented lines.
#include <catch2/catch.hpp>

#include "quote_checks.hpp"

using namespace archive;
using namespace archive::quote_checks;

TEST_CASE("a regular verb's Konjunktiv I after a singular subject reports speech", "[quotes][konjunktiv]") {
    check_cues({
        {"de",
         {"Die Ministerin Anna Berg sagte, man plane den Ausbau der Strecke bis zum Jahr 2030."},
         "man plane den Ausbau der Strecke bis zum Jahr 2030",
         "sagte",
         "Anna Berg",
         "Die Ministerin Anna Berg"},
        {"de",
         {"Bürgermeister Karl Huber betonte, die Stadt investiere in den kommenden Jahren mehr Geld in Radwege."},
         "die Stadt investiere in den kommenden Jahren mehr Geld in Radwege",
         "betonte",
         "Karl Huber",
         "Bürgermeister Karl Huber"},
        {"de",
         {"Verbandschefin Lea Brandt erklärte, der Verband fordere eine schnelle Entscheidung der Regierung."},
         "der Verband fordere eine schnelle Entscheidung der Regierung",
         "erklärte",
         "Lea Brandt",
         "Verbandschefin Lea Brandt"},
    });
}

TEST_CASE("a past in -te or a clause with no verb after its subject is no Konjunktiv I", "[quotes][konjunktiv]") {
    const char* rows[] = {
        "Bürgermeister Karl Huber sagte, die Stadt plante den Ausbau schon seit vielen Jahren ohne Erfolg.",
        "Bürgermeister Karl Huber sagte, die Stadt Linz und der Verband hätten lange verhandelt.",
    };
    auto qs = extract_quotes(body("de", {rows[0]}));
    CHECK(qs.empty());
    qs = extract_quotes(body("de", {rows[1]}));
    REQUIRE(qs.size() == 1); // (by "hätten", Konjunktiv II: not by the noun "Linz" after the subject)
    CHECK(qs[0].text == "die Stadt Linz und der Verband hätten lange verhandelt");
}
