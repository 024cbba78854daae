// Tests of the subject after the one told ("a déclaré à l'AFP son avocat, Me Paul Roux", "dijo a EFE su abogado"): a
// possessive, or a noun after an elided article, opens the subject as an article does. Invented sentences.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a possessive after the one told opens the speaker's description", "[quotes][speakers]") {
    check_quotes({
        {"fr",
         {"« Mon client conteste fermement les faits qui lui sont reprochés », a déclaré à l'AFP son avocat, "
          "Me Paul Durand."},
         "Mon client conteste fermement les faits qui lui sont reprochés",
         "Paul Durand",
         "son avocat, Me Paul Durand"},
        {"fr",
         {"« La société ne fera aucun commentaire avant l'audience », a indiqué à l’AFP sa porte-parole, Anne Morel."},
         "La société ne fera aucun commentaire avant l'audience",
         "Anne Morel",
         "sa porte-parole, Anne Morel"},
        {"es",
         {"«Mi cliente no ha cometido ningún delito», dijo a Efe su abogado, Pedro Ledesma."},
         "Mi cliente no ha cometido ningún delito",
         "Pedro Ledesma",
         "su abogado, Pedro Ledesma"},
    });
}

TEST_CASE("a noun after an elided article past the one told opens the speaker's description", "[quotes][speakers]") {
    check_quotes({
        {"fr",
         {"« Nous ferons appel dès lundi », a déclaré à l'AFP l'avocat Paul Durand."},
         "Nous ferons appel dès lundi",
         "Paul Durand",
         "l'avocat Paul Durand"},
    });
}
