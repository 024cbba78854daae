// Table-driven tests of a source named by a phrase opened by a preposition ([source_preposition_words]), after the
// verb of saying or opening its clause: "Fanno sapere da Palazzo Chigi che «Q»", "Dal ministero fanno sapere che
// «Q»": the body speaks; on invented sentences.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a source after the verb of saying, opened by a preposition, is the speaker", "[quotes][speakers]") {
    check_quotes({
        {"it",
         {"Fanno sapere da Palazzo Vermiglio che «non ci sono nuove tasse in arrivo»."},
         "non ci sono nuove tasse in arrivo", "Palazzo Vermiglio", "da Palazzo Vermiglio"},
        {"it",
         {"Fanno sapere dal ministero che «la gara sarà bandita entro l'estate»."},
         "la gara sarà bandita entro l'estate", "ministero", "dal ministero"},
        {"it",
         {"Dal ministero fanno sapere che «la gara sarà bandita entro l'estate»."},
         "la gara sarà bandita entro l'estate", "ministero", "Dal ministero"},
    });
    // A time opened by the same preposition names no source.
    check_quotes({
        {"it",
         {"Dal 2019 fanno sapere che «la gara sarà bandita entro l'estate»."},
         "la gara sarà bandita entro l'estate", ""},
    });
}
