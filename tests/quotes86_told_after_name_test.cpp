// Table-driven tests of the one told after the speaker's name, an elided preposition of [addressee_preposition_words]
// joined to it and closing the clause ("..., ha detto il sindaco Marco Pieroni all'ANSA."): no part of the mention.
// Invented sentences.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("an elided preposition of the one told after the name closes the mention", "[quotes][mentions]") {
    check_quotes({
        {"it",
         {"«Al momento non ci sono segnalazioni di danni alle case», ha detto il sindaco Marco Pieroni all'ANSA."},
         "Al momento non ci sono segnalazioni di danni alle case",
         "Marco Pieroni",
         "il sindaco Marco Pieroni"},
        {"it",
         {"«Le scuole resteranno chiuse fino a lunedì», ha spiegato l'assessora Anna Neri all’Ansa."},
         "Le scuole resteranno chiuse fino a lunedì",
         "Anna Neri",
         "l'assessora Anna Neri"},
    });
}
