// A description by one word of a role finds the person described by another word of the same role
// ([role_synonyms]: "the boss" after "manager Tom Vale", "der Coach" after "Trainer Jan Roth").
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a role's other word in the description finds the person described by the role", "[quotes][quotes28]") {
    check_quotes({
        {"en", {"Rovers manager Tom Vale praised striker Ben Cole, who scored twice.",
                "\"We kept going until the very last minute,\" said the boss."},
         "We kept going until the very last minute", "Tom Vale"},
        {"de", {"Der Trainer Jan Roth war zufrieden. Der Stürmer Ben Kolb traf zweimal.",
                "„Wir haben bis zur letzten Minute gekämpft“, sagte der Coach."},
         "Wir haben bis zur letzten Minute gekämpft", "Jan Roth"},
        {"es", {"El entrenador Luis Mora elogió al delantero Pablo Gil, autor de dos goles.",
                "“Hemos luchado hasta el último minuto”, dijo el técnico."},
         "Hemos luchado hasta el último minuto", "Luis Mora"},
        {"pt", {"O treinador Rui Lopes ficou satisfeito. O avançado Pedro Sá marcou dois golos.",
                "“Lutámos até ao último minuto”, disse o técnico."},
         "Lutámos até ao último minuto", "Rui Lopes"},
        {"it", {"L'allenatore Marco Neri ha elogiato l'attaccante Paolo Gatti, autore di due gol.",
                "«Abbiamo lottato fino all'ultimo minuto», ha detto il tecnico."},
         "Abbiamo lottato fino all'ultimo minuto", "Marco Neri"},
        {"fr", {"L'entraîneur Paul Roux a salué l'attaquant Marc Petit, auteur d'un doublé.",
                "« Nous avons lutté jusqu'à la dernière minute », a dit le coach."},
         "Nous avons lutté jusqu'à la dernière minute", "Paul Roux"},
    });
}

TEST_CASE("a tie between two holders of one role goes to the more recent one described with a role noun",
          "[quotes][quotes28]") {
    check_quotes({
        {"it", {"«Abbiamo sofferto per un'ora intera», ha detto il tecnico di casa, Marco Neri, ai giornalisti.",
                "Più deluso il commento dell'allenatore ospite, Paolo Gatti: «Abbiamo sbagliato troppo in difesa». "
                "Il tecnico ha aggiunto che la squadra era stanca dopo il lungo viaggio."},
         "la squadra era stanca dopo il lungo viaggio", "Paolo Gatti"},
    });
}

TEST_CASE("a name set off by commas after the description of an according phrase is the speaker's, not what is said",
          "[quotes][quotes28]") {
    check_quotes({
        {"es", {"Según ha informado la consejera de Sanidad, Elena Prieto, el nuevo hospital abrirá sus puertas en "
                "primavera."},
         "el nuevo hospital abrirá sus puertas en primavera", "Elena Prieto", "la consejera de Sanidad, Elena Prieto"},
        {"fr", {"Selon le maire, Paul Roux, les travaux dureront encore deux mois au moins."},
         "les travaux dureront encore deux mois au moins", "Paul Roux", "le maire, Paul Roux"},
        {"it", {"Secondo l'assessore ai Trasporti, Marco Neri, i lavori finiranno entro la fine di marzo."},
         "i lavori finiranno entro la fine di marzo", "Marco Neri", "l'assessore ai Trasporti, Marco Neri"},
    });
}
