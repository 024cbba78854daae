// Table-driven tests of an impersonal phrase between an opinion lead's mention and its quote ("Per X si tratta di
// «Q»"), on invented sentences.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("an impersonal phrase closes an opinion lead's mention before the quote", "[quotes][according]") {
    // "Per X si tratta di «Q»", "Para X se trata de «Q»", "Pour X il s'agit d'« Q »": the mention is X; the phrase
    // is the clause's own verb, no part of who holds the opinion.
    check_quotes({
        {"it",
         {"Il governo ha presentato ieri la legge di bilancio per il prossimo anno.",
          "Per il leader del Pd Mario Rossi si tratta di \"una manovra senza alcun futuro per il paese\"."},
         "una manovra senza alcun futuro per il paese",
         "Mario Rossi",
         "il leader del Pd Mario Rossi"},
        {"es",
         {"El Gobierno presentó anoche los presupuestos del próximo año.",
          "Para el líder del PSOE Mario Ruiz se trata de \"un presupuesto sin ningún futuro para el país\"."},
         "un presupuesto sin ningún futuro para el país",
         "Mario Ruiz",
         "el líder del PSOE Mario Ruiz"},
        {"fr",
         {"Le gouvernement a présenté hier soir le budget de l'année prochaine.",
          "Pour le chef du PS Marc Rivière il s'agit d'« un budget sans aucun avenir pour le pays »."},
         "un budget sans aucun avenir pour le pays",
         "Marc Rivière",
         "le chef du PS Marc Rivière"},
    });
    // The quote right after the mention is read as before.
    check_quotes({
        {"it",
         {"Il governo ha presentato ieri la legge di bilancio per il prossimo anno.",
          "Per il leader del Pd Mario Rossi \"una manovra senza alcun futuro per il paese\"."},
         "una manovra senza alcun futuro per il paese",
         "Mario Rossi",
         "il leader del Pd Mario Rossi"},
    });
}
