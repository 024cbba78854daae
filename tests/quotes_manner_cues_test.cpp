// Table-driven tests of the quotes stage: a verb of the manner of speaking ([manner_cue_words]: joking, laughing,
// sighing, smiling) is a cue where it opens the clause right after a closing quote and its comma, and nowhere else.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "pipeline.hpp"
#include "quote_checks.hpp"
#include "quotes.hpp"

#include <string>
#include <tuple>

using namespace archive;
using namespace archive::quote_checks;

TEST_CASE("a verb of the manner of speaking after a quote and its comma is the cue", "[quotes][manner_cues]") {
    check_cues({
        {"de", {"„Den Schlüssel habe ich wieder verlegt“, scherzt Lotte Brinkmann am Tor."},
         "Den Schlüssel habe ich wieder verlegt", "scherzt", "Lotte Brinkmann"},
        {"de", {"„Beim dritten Mal klappt es immer“, seufzte Jonas Kühnel nach dem Spiel."},
         "Beim dritten Mal klappt es immer", "seufzte", "Jonas Kühnel"},
        {"en", {"\"The ferry has never once been on time,\" laughs Martha Quill on the pier."},
         "The ferry has never once been on time", "laughs", "Martha Quill"},
        {"en", {"\"Nobody reads the minutes anyway,\" sighed Dennis Harrow after the vote."},
         "Nobody reads the minutes anyway", "sighed", "Dennis Harrow"},
        {"fr", {"« Mon vélo connaît le chemin mieux que moi », plaisante Odile Vernet devant la mairie."},
         "Mon vélo connaît le chemin mieux que moi", "plaisante", "Odile Vernet"},
        {"it", {"«La mia bicicletta conosce la strada da sola», sorride Beatrice Lanza davanti al municipio."},
         "La mia bicicletta conosce la strada da sola", "sorride", "Beatrice Lanza"},
        {"es", {"«Mi bicicleta conoce el camino mejor que yo», bromea Lucía Arrabal frente al ayuntamiento."},
         "Mi bicicleta conoce el camino mejor que yo", "bromea", "Lucía Arrabal"},
    });
}

TEST_CASE("a verb of the manner of speaking away from a quote is no cue", "[quotes][manner_cues]") {
    // Someone who laughs or smiles before a quote says nothing by it: the verb is not the quote's cue.
    for (const auto& [lang, para, text, verb] : {
             // before the quote: a smile at a word quoted is no saying of it
             std::tuple{"de", "Lotte Brinkmann lacht über das Wort „Kultstatus“ auf dem Etikett.", "Kultstatus", "lacht"},
             std::tuple{"en", "Martha Quill smiled at the word “vintage” on the label.", "vintage", "smiled"},
             std::tuple{"fr", "Odile Vernet sourit devant le mot « authentique » sur l'étiquette.", "authentique",
                        "sourit"},
         }) {
        INFO(para);
        const auto qs = extract_quotes(body(lang, {para}));
        const Quote* q = find_quote(qs, text);
        if (q != nullptr)
            CHECK(q->cue.value_or("") != verb);
    }
}
