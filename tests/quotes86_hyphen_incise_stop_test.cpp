// The wires' incise set off by spaced hyphens after a full sentence closes with the hyphen glued to the stop ("«Q1 - ha
// ammesso il capitano X -. Q2»", "«Q1 - dijo el técnico X -, q2»"): read as the spaced form and the dash's "—. " are,
// one quote with the incise's cue and mention, the incise out of its words. Invented lines (session 51, quotes86).
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using archive::quote_rows::check_only_quotes;

TEST_CASE("a hyphen incise closed by the hyphen glued to a stop attributes the quote and leaves its words",
          "[quotes][quotes86]") {
    check_only_quotes(
        {
            {"it",
             "\u00ABAbbiamo sbagliato troppo nel primo tempo - ha ammesso il capitano Luca Neri -. Nella ripresa la "
             "squadra ha reagito bene\u00BB.",
             "Abbiamo sbagliato troppo nel primo tempo. Nella ripresa la squadra ha reagito bene", "ha ammesso",
             "il capitano Luca Neri"},
            {"it",
             "\u00ABAbbiamo sbagliato troppo - ha detto l'allenatore Paolo Sala -, ma la squadra ha reagito "
             "bene\u00BB.",
             "Abbiamo sbagliato troppo ma la squadra ha reagito bene", "ha detto", "l'allenatore Paolo Sala"},
            {"es",
             "\u00ABFallamos demasiado en la primera parte - admitió el capitán Luis Navas -. En la segunda el equipo "
             "reaccionó bien\u00BB.",
             "Fallamos demasiado en la primera parte. En la segunda el equipo reaccionó bien", "admitió",
             "el capitán Luis Navas"},
        },
        QuoteKind::direct);
}
