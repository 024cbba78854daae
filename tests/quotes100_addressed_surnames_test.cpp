// Tests of an interview whose questions address the interviewee by surname alone or by a title and surname, with no
// pronoun of address (Italian and Spanish drop it): the answers under them are that person's (quotes.cpp,
// addressed_role_holder). Invented lines.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("answers under questions with no pronoun of address are the addressed person's", "[quotes][quotes100]") {
    check_quotes({
        {"it",
         {"Porto Lauro. Paolo Ermanni ci riceve nella casa dell'argine, fuori piove ancora.",
          "Ermanni, come sta l'argine dopo la tempesta?", "«Ha tenuto. È la cosa principale per tutti noi.»"},
         "Ha tenuto. È la cosa principale per tutti noi.",
         "Paolo Ermanni"},
        // (a later question of the interview with no name nor pronoun: its answer is the same person's)
        {"it",
         {"Porto Lauro. Paolo Ermanni ci riceve nella casa dell'argine, fuori piove ancora.",
          "Ermanni, come sta l'argine dopo la tempesta?", "«Ha tenuto. È la cosa principale per tutti noi.»",
          "Ha avuto paura?", "«Sì. La notte è stata lunga e non abbiamo dormito.»"},
         "Sì. La notte è stata lunga e non abbiamo dormito.",
         "Paolo Ermanni"},
        {"es",
         {"Puerto Llano. Tomás Urquiza nos recibe en la casa del dique, fuera sigue lloviendo.",
          "Señor Urquiza, ¿cómo está el dique después del temporal?", "«Aguantó. Es lo principal para todos.»",
          "¿Tuvo miedo?", "«Sí. La noche fue larga y apenas dormimos.»"},
         "Sí. La noche fue larga y apenas dormimos.",
         "Tomás Urquiza"},
        {"es",
         {"Puerto Llano. Tomás Urquiza nos recibe en la casa del dique, fuera sigue lloviendo.",
          "Urquiza, ¿cómo está el dique después del temporal?", "«Aguantó. Es lo principal para todos.»"},
         "Aguantó. Es lo principal para todos.",
         "Tomás Urquiza"},
        {"de",
         {"Süderwarf. Ole Harmsen empfängt uns im Deichhaus, draußen regnet es noch immer.",
          "Harmsen, wie geht es dem Deich nach dem Sturm?", "„Er hat gehalten. Das ist die Hauptsache für uns alle.“"},
         "Er hat gehalten. Das ist die Hauptsache für uns alle.",
         "Ole Harmsen"},
        // (near misses: a place or a common noun opening the question addresses no one, and a short question with no
        // vocative before it on the page opens no interview)
        {"it",
         {"Valdorna. Il sindaco Paolo Ermanni ha presentato ieri il nuovo piano del traffico.",
          "Valdorna, cosa cambia adesso per chi abita in centro?", "«Niente auto in centro dalle otto alle venti.»"},
         "Niente auto in centro dalle otto alle venti.",
         ""},
        {"es",
         {"Puerto Llano. Tomás Urquiza nos recibe en la casa del dique, fuera sigue lloviendo.",
          "Vecinos, ¿cómo está el dique después del temporal?", "«Aguantó. Es lo principal para todos.»"},
         "Aguantó. Es lo principal para todos.",
         ""},
        {"it",
         {"Porto Lauro. Paolo Ermanni ci riceve nella casa dell'argine, fuori piove ancora.",
          "Che cosa cambia adesso per chi abita sull'argine?", "«Niente, per ora resta tutto come prima.»"},
         "Niente, per ora resta tutto come prima.",
         ""},
    });
}
