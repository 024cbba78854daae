// A name after a lower-case noun of a kind of place ("la région Haute-Vallée de Sorne", "the parish of Long Marston",
// "la regione Valle Dora") is a place's: no role noun nor pronoun later stands for it.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a place named after its kind's noun is no one a role or a pronoun stands for", "[quotes][quotes85]") {
    check_quotes({
        {"fr",
         {"En dix ans, un quart des maternités de la région Haute-Vallée de Sorne ont fermé.",
          "Le ministre de la santé a affirmé en janvier que « chaque fermeture est compensée par des transports »."},
         "chaque fermeture est compensée par des transports",
         ""},
        {"en",
         {"In 1842 the overseer of the poor in the parish of Long Marston began a new ledger.",
          "He noted names and ages, and whether the children \"appeared to be in want of schooling.\""},
         "appeared to be in want of schooling.",
         ""},
        {"it",
         {"In dieci anni un quarto dei reparti della regione Valle Dora ha chiuso.",
          "Il ministro ha affermato a gennaio che «ogni chiusura è compensata dai trasporti».",
          "Lui ha detto che «nessuno resterà senza cure»."},
         "nessuno resterà senza cure",
         ""},
        {"it",
         {"In dieci anni un quarto dei reparti della regione Valle Dora ha chiuso.",
          "Il ministro ha affermato a gennaio che «ogni chiusura è compensata dai trasporti»."},
         "ogni chiusura è compensata dai trasporti",
         ""},
    });
}

TEST_CASE("a person named after a place keeps the role and the pronoun", "[quotes][quotes85]") {
    check_quotes({
        {"fr",
         {"Dans la région Haute-Vallée de Sorne, le ministre Paul Favre a visité la maternité.",
          "Le ministre a affirmé que « chaque fermeture est compensée par des transports »."},
         "chaque fermeture est compensée par des transports",
         "Paul Favre"},
        {"en",
         {"In the parish of Long Marston, overseer Tom Hale began a new ledger.",
          "He noted whether the children \"appeared to be in want of schooling.\""},
         "appeared to be in want of schooling.",
         "Tom Hale"},
    });
}
