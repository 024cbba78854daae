// "«…», m'a confié l'un d'eux": an object pronoun elided before the cue's auxiliary (m', t', l') belongs to the cue,
// and the mention is the subject after it, never the clitic with its auxiliary. Invented lines.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("an object clitic elided before the auxiliary belongs to the cue", "[quotes][elided_clitic]") {
    check_only_quotes(
        {
            {"fr", "«Le jour où le train s'arrête, on devient un village de vacances», m'a confié l'un d'eux, élu "
                   "depuis vingt ans.",
             "Le jour où le train s'arrête, on devient un village de vacances", "m'a confié", "l'un d'eux"},
            {"fr", "«Nous y retournerons au printemps», l'a assuré le maire du village, Paul Girard.",
             "Nous y retournerons au printemps", "l'a assuré", "le maire du village, Paul Girard"},
            {"it", "«Nessuno ci ha avvisati della chiusura», m'ha detto uno di loro, residente da vent'anni.",
             "Nessuno ci ha avvisati della chiusura", "m'ha detto", "uno di loro"},
        },
        QuoteKind::direct);
}
