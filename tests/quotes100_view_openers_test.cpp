// Tests of a view's preposition opening a sentence before a quote ("Pour le municipal Jean Dufaux, « Q »"): one
// describing word the lists may not know may stand between its article and the name (quote_reader.cpp,
// opening_name). Invented lines.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

// (a named namespace: the file is compiled on its own, not in a batch of the unity build)
namespace archive::quotes100_view_openers {

using quote_rows::check_quotes;

TEST_CASE("a view's preposition, an article and a describing word before a name give that person's view",
          "[quotes][quotes100]") {
    check_quotes({
        {"fr", {"Pour le municipal Jean Dufaux, « le budget sera respecté jusqu'au dernier franc »."},
         "le budget sera respecté jusqu'au dernier franc", "Jean Dufaux"},
        {"es", {"Para el edil Tomás Urquiza, «el presupuesto se cumplirá hasta el último euro»."},
         "el presupuesto se cumplirá hasta el último euro", "Tomás Urquiza"},
        {"it", {"Per il municipale Marco Bini, «il bilancio sarà rispettato fino all'ultimo euro»."},
         "il bilancio sarà rispettato fino all'ultimo euro", "Marco Bini"},
        // (near misses: no person named after the preposition)
        {"fr", {"Pour la première fois, « le budget sera respecté jusqu'au dernier franc »."},
         "le budget sera respecté jusqu'au dernier franc", ""},
        {"fr", {"Pour le budget, « tout sera respecté jusqu'au dernier franc »."},
         "tout sera respecté jusqu'au dernier franc", ""},
        {"fr", {"Pour 2027, « le budget sera respecté jusqu'au dernier franc »."},
         "le budget sera respecté jusqu'au dernier franc", ""},
    });
}

} // namespace archive::quotes100_view_openers
