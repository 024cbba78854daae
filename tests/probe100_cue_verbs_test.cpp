// Tests of speech verbs of the River Plate's, Ticino's and German-language press that were missing from
// [speech_verbs]: "graficó", "retrucó", "acotó"; "ha auspicato", "ha esordito", "ha confidato"; "schwärmte",
// "monierte", "gestand". Invented sentences (probe100).
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

#include <string>
#include <utility>
#include <vector>

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("verbs of illustrating, retorting and adding after a quote are its cue (es)", "[quotes][cues][probe100]") {
    check_only_quotes(
        {
            {"es", "\"Es como pagar el alquiler de una casa vacía\", graficó el ministro Julián Ocampo.",
             "Es como pagar el alquiler de una casa vacía", "graficó", "el ministro Julián Ocampo"},
            {"es", "\"Nadie les pidió opinión a los vecinos\", retrucó la diputada Marta Iriarte.",
             "Nadie les pidió opinión a los vecinos", "retrucó", "la diputada Marta Iriarte"},
            {"es", "\"La obra va a estar lista en marzo\", acotó Ramiro Quesada, intendente de Villa Serrana.",
             "La obra va a estar lista en marzo", "acotó", "Ramiro Quesada"},
        },
        QuoteKind::direct);
}

TEST_CASE("verbs of hope, opening and confidence after a quote are their cue (it)", "[quotes][cues][probe100]") {
    check_only_quotes(
        {
            {"it", "«Spero che la strada riapra prima di Natale», ha auspicato il sindaco Elio Ferrari.",
             "Spero che la strada riapra prima di Natale", "ha auspicato", "il sindaco Elio Ferrari"},
            {"it", "«È stata una stagione difficile per tutti», ha esordito l'allenatore Mirko Sala.",
             "È stata una stagione difficile per tutti", "ha esordito", "l'allenatore Mirko Sala"},
            {"it", "«Non dormo da tre notti», ha confidato Anna Cattaneo.", "Non dormo da tre notti", "ha confidato",
             "Anna Cattaneo"},
        },
        QuoteKind::direct);
}

TEST_CASE("verbs of enthusing, faulting and admitting after a quote are their cue (de)", "[quotes][cues][probe100]") {
    check_only_quotes(
        {
            {"de", "„So eine Stimmung habe ich noch nie erlebt“, schwärmte Trainerin Karin Wolf.",
             "So eine Stimmung habe ich noch nie erlebt", "schwärmte", "Trainerin Karin Wolf"},
            {"de", "„Die Fristen wurden nicht eingehalten“, monierte Anwalt Peter Krebs.",
             "Die Fristen wurden nicht eingehalten", "monierte", "Anwalt Peter Krebs"},
            {"de", "„Ich hatte am Anfang große Angst“, gestand die Wirtin Lea Franke.",
             "Ich hatte am Anfang große Angst", "gestand", "die Wirtin Lea Franke"},
        },
        QuoteKind::direct);
}

TEST_CASE("the same verbs in a sentence telling of no speech make no quote", "[quotes][cues][probe100]") {
    // Near misses: the verbs used without any quotation or reported clause.
    for (const auto& [lang, paragraph] : std::vector<std::pair<std::string, std::string>>{
             {"es", "El ministro graficó la caída de las ventas en un cuadro durante la conferencia."},
             {"it", "La squadra ha esordito in campionato con una vittoria sul campo del Lugano."},
             {"de", "Die Wirtin gestand den Diebstahl erst nach drei Wochen vor Gericht."},
             {"es", "El intendente acotó el horario de los bares del centro durante el verano."},
         }) {
        INFO(paragraph);
        CHECK(extract_quotes(page(lang, "", {paragraph})).empty());
    }
}
