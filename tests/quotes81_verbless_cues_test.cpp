// Cues with no verb ([verbless_cues], quotes81, session 50): German "so", Italian "così", Dutch "aldus" after a
// quote and its comma name the speaker after them; elsewhere they are the language's small words. Invented lines.
#include <catch2/catch.hpp>

#include "quote_checks.hpp"

using namespace archive;
using namespace archive::quote_checks;

TEST_CASE("a verbless cue after a quote and its comma names the speaker", "[quotes][quotes81]") {
    check_cues({
        {"it",
         {"\u00ABNon lasceremo sola la valle\u00BB, cos\u00EC il ministro dell'Ambiente Paolo Neri."},
         "Non lasceremo sola la valle",
         "cos\u00EC",
         "Paolo Neri",
         "il ministro dell'Ambiente Paolo Neri"},
        {"it",
         {"\u00ABI conti tengono, nessun taglio alle pensioni\u00BB, cos\u00EC Giulia Ferraresi."},
         "I conti tengono, nessun taglio alle pensioni",
         "cos\u00EC",
         "Giulia Ferraresi",
         "Giulia Ferraresi"},
        {"de",
         {"\u201EWir lassen die Stadt nicht allein\u201C, so der Sprecher Jan Roth."},
         "Wir lassen die Stadt nicht allein",
         "so",
         "Jan Roth",
         nullptr},
        {"nl",
         {"\u201EWe laten de stad niet in de steek\u201D, aldus wethouder Pieter van Dam."},
         "We laten de stad niet in de steek",
         "aldus",
         "Pieter van Dam",
         "wethouder Pieter van Dam"},
    });
}

TEST_CASE("a verbless cue elsewhere is the language's adverb", "[quotes][quotes81]") {
    // ("Così ha spiegato X": the verb after it is the cue)
    check_cues({
        {"it",
         {"\u00ABIl ponte riaprir\u00E0 a marzo\u00BB. Cos\u00EC ha spiegato il sindaco Luca Bassi ai cronisti."},
         "Il ponte riaprir\u00E0 a marzo",
         "ha spiegato",
         "Luca Bassi",
         nullptr},
    });
    // (no comma before it, or no name after it: "così come", "così tanto")
    for (const char* p : {"La giunta ha chiesto un \u00ABpiano serio\u00BB cos\u00EC come aveva promesso in aprile.",
                          "Lo chiamano \u00ABil ponte dei sospiri\u00BB, cos\u00EC tanto atteso dai residenti."}) {
        INFO(p);
        for (const auto& q : extract_quotes(body("it", {p})))
            CHECK(q.cue.value_or("") != "cos\u00EC");
    }
    for (const char* p : {"Der Minister nannte die so genannte \u201EReform\u201C einen Fehler.",
                          "Das ist \u201Eeine gute Idee\u201C, so einfach ist das."}) {
        INFO(p);
        for (const auto& q : extract_quotes(body("de", {p})))
            CHECK(q.cue.value_or("") != "so");
    }
}
