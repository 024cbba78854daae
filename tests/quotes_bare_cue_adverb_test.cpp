// A postposed cue with no subject ("«Q», dijo luego.") keeps its cue when a time or sentence adverb stands between
// the verb and the closing mark; an adverb followed by a name still leaves the name as the subject. Invented lines.
#include <catch2/catch.hpp>

#include "quote_checks.hpp"

using namespace archive;
using namespace archive::quote_checks;

TEST_CASE("a time adverb between a subjectless cue and the mark keeps the cue", "[quotes][cues]") {
    check_cues({
        {"pt",
         {"O pescador Tomé Vasconcelos voltou ao porto ao fim da tarde. “O mar estava bravo demais”, contou depois."},
         "O mar estava bravo demais",
         "contou",
         "Tomé Vasconcelos"},
        {"es",
         {"La alcaldesa Irene Cabrales inauguró el mercado el sábado. «Aquí cabe todo el barrio», dijo luego."},
         "Aquí cabe todo el barrio",
         "dijo",
         "Irene Cabrales"},
        {"it",
         {"Il sindaco Paolo Ferraris ha visitato la scuola lunedì. «Riapriremo a settembre», ha aggiunto poi."},
         "Riapriremo a settembre",
         "ha aggiunto",
         "Paolo Ferraris"},
        {"pt",
         {"A engenheira Clara Moutinho mediu a ponte em março. “A estrutura aguenta”, afirmou então."},
         "A estrutura aguenta",
         "afirmou",
         "Clara Moutinho"},
    });
}

TEST_CASE("a name after the adverb is still the subject of the cue", "[quotes][cues]") {
    check_cues({
        {"es",
         {"La alcaldesa Irene Cabrales inauguró el mercado el sábado. «Falta la luz», dijo luego Ramiro Ortega."},
         "Falta la luz",
         "dijo",
         "Ramiro Ortega"},
        {"pt",
         {"O pescador Tomé Vasconcelos voltou ao porto. “Falta gelo”, disse depois Joana Ribeiro."},
         "Falta gelo",
         "disse",
         "Joana Ribeiro"},
    });
}
