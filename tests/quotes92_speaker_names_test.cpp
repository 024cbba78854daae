// A speaker's name cut short or run long: a surname's capitalised particle that is a small word too ("Stefano Lo
// Russo", "Jean Le Goff"), a department capitalised after a role ("el concejal de Obras", "the head of Planning"), and
// a body's name opened by an elided preposition after the name ("Marta Conti nell'Istituto Tecnico Superiore").
// Invented lines.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a capitalised particle that is a small word too goes on to the surname", "[quotes][quotes92]") {
    check_quotes({
        {"it",
         {"«Vogliamo restituire questi spazi alle famiglie», ha detto il sindaco Stefano Lo Russo in conferenza."},
         "Vogliamo restituire questi spazi alle famiglie",
         "Stefano Lo Russo"},
        {"it",
         {"«Serve un controllo costante», ha spiegato Paolo Della Valle, presidente del comitato."},
         "Serve un controllo costante",
         "Paolo Della Valle"},
        {"it", {"«Abbiamo aspettato troppo», ha detto Giulia Dalla Costa."}, "Abbiamo aspettato troppo", "Giulia Dalla Costa"},
        {"fr",
         {"« Nous attendions ce lieu depuis dix ans », a déclaré le maire Jean Le Goff lors de l'inauguration."},
         "Nous attendions ce lieu depuis dix ans",
         "Jean Le Goff"},
        {"es",
         {"«Contrataremos a dos bibliotecarios más», dijo Ana De La Cruz, directora del centro."},
         "Contrataremos a dos bibliotecarios más",
         "Ana De La Cruz"},
        // (near misses: no surname's word after the particle, which ends the name or opens no name)
        {"it", {"Stefano Lo ha detto: «Il traffico sarà deviato»."}, "Il traffico sarà deviato", "Stefano"},
        {"fr",
         {"Selon Pierre, « Le marché reviendra au printemps »."},
         "Le marché reviendra au printemps",
         "Pierre"},
        // (a letter that took a dot ends its sentence: the capitalised particle opens the next one)
        {"fr",
         {"La commune n'a pas de plan B. La Rochelle attend toujours sa réponse.", "« Nous répondrons », a-t-il dit."},
         "Nous répondrons",
         ""},
    });
}
