// Table-driven tests of a cue's subject followed by a relative clause set off by commas ("Mon voisin de Vic, qui
// fait ce métier depuis quarante ans, m'a dit :"): the noun phrase before the relative clause is the subject; on
// invented sentences in several languages.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a relative clause set off by commas before the cue leaves the noun phrase before it as the subject",
          "[quotes][mentions]") {
    check_quotes({
        {"fr",
         {"Mon voisin de Lavaur, qui fait ce métier depuis quarante ans, m'a dit : « Cette année, la récolte sera "
          "maigre. »"},
         "Cette année, la récolte sera maigre.", "", "Mon voisin de Lavaur"},
        {"fr",
         {"Mon voisin, qui fait ce métier depuis quarante ans, m'a dit : « Cette année, la récolte sera maigre. »"},
         "Cette année, la récolte sera maigre.", "", "Mon voisin"},
        {"en",
         {"My neighbour, who has farmed here for forty years, told me: \"This year the harvest will be thin.\""},
         "This year the harvest will be thin.", "", "My neighbour"},
        {"de",
         {"Mein Onkel, der seit vierzig Jahren Wein anbaut, hat mir gesagt: „Dieses Jahr wird die Ernte mager.“"},
         "Dieses Jahr wird die Ernte mager.", "", "Mein Onkel"},
        {"es",
         {"Mi vecino de Tudela, que cultiva viñas desde hace cuarenta años, me dijo: «Este año la cosecha será "
          "pobre»."},
         "Este año la cosecha será pobre", "", "Mi vecino de Tudela"},
        {"it",
         {"Il mio vicino di Bobbio, che coltiva la vigna da quarant'anni, mi ha detto: «Quest'anno il raccolto sarà "
          "scarso»."},
         "Quest'anno il raccolto sarà scarso", "", "Il mio vicino di Bobbio"},
    });
    // A name before the relative clause stays the speaker.
    check_quotes({
        {"fr",
         {"Paul Roux, qui fait ce métier depuis quarante ans, m'a dit : « Cette année, la récolte sera bonne. »"},
         "Cette année, la récolte sera bonne.", "Paul Roux"},
    });
}

TEST_CASE("a relative word after a comma leaves its antecedent as the mention", "[quotes][mentions]") {
    check_quotes({
        {"it",
         {"Più duro il capogruppo al Senato, che ha parlato di «una maggioranza che ha smesso di ascoltare»."},
         // (the assembly the leader sits in is no speaker, and the leader is not named: quotes92)
         "una maggioranza che ha smesso di ascoltare", "", "il capogruppo al Senato"},
        {"en",
         {"The plan drew fire from Mayor Ann Kosta, who called it \"a gift to the few\" on Monday."},
         "a gift to the few", "Ann Kosta", "Ann Kosta"},
        {"fr",
         {"Le match a été dur pour l'ailier Kévin Morel, qui regrette « deux ballons perdus bêtement »."},
         "deux ballons perdus bêtement", "Kévin Morel", "Kévin Morel"},
        {"es",
         {"Lo ha anunciado la secretaria de Estado de Turismo, Laura Pinedo, que ha explicado que la medida responde "
          "a una petición de los hoteleros."},
         "la medida responde a una petición de los hoteleros", "Laura Pinedo", "Laura Pinedo"},
    });
}
