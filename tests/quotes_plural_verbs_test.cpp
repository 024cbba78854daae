// A plural subject's speech verb ("dijeron los vecinos", "Os porta-vozes afirmaram:") is a cue in Spanish and
// Portuguese, and such a verb with no subject of its own carries no single speaker over from the sentence before.
#include <catch2/catch.hpp>

#include "quote_checks.hpp"

using namespace archive::quote_checks;

TEST_CASE("a plural subject's speech verb is a cue, after the quote and before it", "[quotes][cues]") {
    check_cues({
        {"es", {"«No vamos a ceder», dijeron los vecinos del barrio."}, "No vamos a ceder", "dijeron", "",
         "los vecinos del barrio"},
        {"es", {"Los portavoces del sindicato explicaron: «La huelga sigue hasta el lunes»."},
         "La huelga sigue hasta el lunes", "explicaron", "", "Los portavoces del sindicato"},
        {"pt", {"«Não vamos sair daqui», disseram os moradores da rua."}, "Não vamos sair daqui", "disseram", "",
         "os moradores da rua"},
        {"pt", {"Os porta-vozes do sindicato afirmaram: «A greve continua até segunda-feira»."},
         "A greve continua até segunda-feira", "afirmaram", "", "Os porta-vozes do sindicato"},
    });
}

TEST_CASE("a plural speech verb without a subject carries no single speaker over", "[quotes][speakers]") {
    // (no cue is read there: the quote stands alone; the singular carries the last speaker: "Luego añadió que «Q»"
    // after the minister's quote is hers)
    check_cues({
        {"es",
         {"«Vamos a firmar pronto», dijo la ministra Ana Ruiz tras reunirse con los estibadores.",
          "Finalmente, indicaron que «el acuerdo llegará antes del verano»."},
         "el acuerdo llegará antes del verano", "", "", ""},
        {"pt",
         {"«Vamos assinar em breve», disse o ministro Paulo Reis depois de falar com os estivadores.",
          "Depois, garantiram que «o acordo chega antes do verão»."},
         "o acordo chega antes do verão", "", "", ""},
        {"es",
         {"«Vamos a firmar pronto», dijo la ministra Ana Ruiz tras reunirse con los estibadores.",
          "Luego añadió que «el acuerdo llegará antes del verano»."},
         "el acuerdo llegará antes del verano", "añadió", "Ana Ruiz", ""},
    });
}
