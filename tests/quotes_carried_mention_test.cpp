// Table-driven tests of a verb with no subject after a quote, in a paragraph whose quote before it was cued by someone
// the text does not name: the verb carries on that unnamed source, not a speaker of an earlier paragraph.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a subjectless cue after an unnamed source's quote in its paragraph is that source's", "[quotes][speakers]") {
    check_quotes({
        {"it",
         {"Il ponte è stato chiuso ieri dopo la scoperta di una crepa. «Nessun rischio di crollo», ha detto la sindaca "
          "Sara Bianchi.",
          "Secondo l'assessore ai lavori pubblici, la crepa si è allargata nella notte. «Abbiamo già vietato il "
          "transito ai camion», ha spiegato."},
         "Abbiamo già vietato il transito ai camion",
         "",
         "l'assessore ai lavori pubblici"},
        {"es",
         {"El puente fue cerrado ayer tras descubrirse una grieta. «No hay riesgo de derrumbe», dijo la alcaldesa Ana "
          "Gómez.",
          "Según el concejal de obras públicas, la grieta se amplió durante la noche. «Ya hemos prohibido el paso de "
          "camiones», "
          "explicó."},
         "Ya hemos prohibido el paso de camiones",
         "",
         "el concejal de obras públicas"},
    });
    // A source the text names goes on as before; and with no quote before it in its paragraph the verb carries on
    // the last speaker.
    check_quotes({
        {"it",
         {"Il ponte è stato chiuso ieri dopo la scoperta di una crepa. «Nessun rischio di crollo», ha detto la sindaca "
          "Sara Bianchi.",
          "Secondo l'assessore Marco Neri, la crepa si è allargata nella notte. «Abbiamo già vietato il transito ai "
          "camion», ha spiegato."},
         "Abbiamo già vietato il transito ai camion",
         "Marco Neri"},
        {"it",
         {"Il ponte è stato chiuso ieri dopo la scoperta di una crepa. «Nessun rischio di crollo», ha detto la sindaca "
          "Sara Bianchi.",
          "«Abbiamo già vietato il transito ai camion», ha spiegato."},
         "Abbiamo già vietato il transito ai camion",
         "Sara Bianchi"},
    });
}
