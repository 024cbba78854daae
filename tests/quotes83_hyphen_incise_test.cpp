// An agency's plain text types a hyphen between spaces for the incise's dashes inside the marks ("«La scuola - ha
// detto il ministro X - deve restare aperta»"): read as the en dash's incise is, one quote with the cue and mention
// of the words between the hyphens. A hyphen of a compound or a score ("Roma - Napoli") with no cue after it stays in
// the quote's words. Invented lines (session 41, quotes83).
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using archive::quote_rows::check_only_quotes;

TEST_CASE("a spaced hyphen incise inside the marks attributes the quote and leaves its words", "[quotes][quotes83]") {
    check_only_quotes(
        {
            {"it", "\u00ABLa scuola - ha detto il ministro Paolo Conti - deve restare aperta\u00BB.",
             "La scuola deve restare aperta", "ha detto", "il ministro Paolo Conti"},
            {"it", "\u00ABLa partita Roma - Lazio - ha spiegato il prefetto Carlo Sala - si giocherà di sera\u00BB.",
             "La partita Roma - Lazio si giocherà di sera", "ha spiegato", "il prefetto Carlo Sala"},
            {"es", "\u00ABLa escuela - dijo la ministra Elena Ruiz - debe seguir abierta\u00BB.",
             "La escuela debe seguir abierta", "dijo", "la ministra Elena Ruiz"},
        },
        QuoteKind::direct);
}

TEST_CASE("a spaced hyphen inside the marks with no cue after it is the quote's own", "[quotes][quotes83]") {
    check_only_quotes(
        {
            {"it", "Il ministro Paolo Conti ha detto: \u00ABIl tratto Roma - Napoli sarà pronto nel 2027\u00BB.",
             "Il tratto Roma - Napoli sarà pronto nel 2027", "ha detto", "Il ministro Paolo Conti"},
            {"es", "La ministra Elena Ruiz dijo: \u00ABEl tramo Madrid - Toledo estará listo en 2027\u00BB.",
             "El tramo Madrid - Toledo estará listo en 2027", "dijo", "La ministra Elena Ruiz"},
        },
        QuoteKind::direct);
}
