// quotes115: the cues of a plea in court ("submitted", "contended", "argumentierte", "a argué", "alegó",
// "ha argomentato"), after a quote and before a clause; on invented sentences.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a plea in court reports a clause", "[quotes][quotes115]") {
    check_only_quotes(
        {
            {"en", "The state's counsel, Anita Rao, submitted that the tariff had been approved after a full review.",
             "the tariff had been approved after a full review", "submitted", "The state's counsel, Anita Rao"},
            {"en", "Senior advocate Ravi Menon contended that the petition had been filed in time.",
             "the petition had been filed in time", "contended", "Senior advocate Ravi Menon"},
            {"de", "Verteidiger Jonas Brandt argumentierte, dass sein Mandant zur Tatzeit in Hamburg gewesen sei.",
             "sein Mandant zur Tatzeit in Hamburg gewesen sei", "argumentierte", "Verteidiger Jonas Brandt"},
            {"fr", "L'avocate Claire Dumas a argué que la procédure était entachée d'irrégularités.",
             "la procédure était entachée d'irrégularités", "a argué", "L'avocate Claire Dumas"},
            {"es", "La abogada Lucía Ferrer alegó que su cliente no había firmado el contrato.",
             "su cliente no había firmado el contrato", "alegó", "La abogada Lucía Ferrer"},
            {"it", "L'avvocata Chiara Neri ha argomentato che il contratto non era mai stato firmato.",
             "il contratto non era mai stato firmato", "ha argomentato", "L'avvocata Chiara Neri"},
        },
        QuoteKind::indirect);
}

TEST_CASE("a plea in court after the quote names its speaker", "[quotes][quotes115]") {
    check_quotes({
        {"en",
         {"Appearing for the farmers, senior advocate Ravi Menon argued that no hearing had been held.",
          "\"No notice was given to a single farmer before the new rates came into force,\" Mr. Menon submitted."},
         "No notice was given to a single farmer before the new rates came into force",
         "Ravi Menon",
         "Mr. Menon"},
        {"en",
         {"\"The delay was caused by the board itself,\" counsel for the petitioners, Anita Rao, contended."},
         "The delay was caused by the board itself",
         "Anita Rao",
         nullptr},
        {"es",
         {"\u00ABMi cliente nunca estuvo en el almac\u00E9n\u00BB, aleg\u00F3 el abogado Andr\u00E9s Molina."},
         "Mi cliente nunca estuvo en el almac\u00E9n",
         "Andr\u00E9s Molina",
         nullptr},
        {"de",
         {"\u201EDer Vertrag war von Anfang an nichtig\u201C, argumentierte die Anw\u00E4ltin Petra Lang."},
         "Der Vertrag war von Anfang an nichtig",
         "Petra Lang",
         nullptr},
    });
}

TEST_CASE("a plea's verb with a thing for object reports nothing", "[quotes][quotes115]") {
    // ("submitted its plans": a document handed in, no clause after the verb)
    const auto qs = extract_quotes(
        page("en", "", {"The harbour board submitted its plans for the new quay to the council on Monday."}));
    CHECK(qs.empty());
}
