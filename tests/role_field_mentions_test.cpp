// The word linking a role noun to its field ([role_field_words]) keeps the field and the name after it in the
// mention, although that word stops a mention elsewhere: "ha detto l'assessore alla Sicurezza Marco Rinaldi", "sagte
// der Minister für Gesundheit Karl Brenner". Invented lines.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a role's field after a linking word that stops mentions elsewhere, then a name", "[quotes][mentions]") {
    check_quotes({
        {"it",
         {"«È la terza volta quest'anno», ha detto l'assessore alla Sicurezza Marco Rinaldi durante un sopralluogo."},
         "È la terza volta quest'anno",
         "Marco Rinaldi",
         "l'assessore alla Sicurezza Marco Rinaldi"},
        {"it",
         {"«I conti tornano», ha spiegato l'assessora al Bilancio Marta Bianchi."},
         "I conti tornano",
         "Marta Bianchi",
         "l'assessora al Bilancio Marta Bianchi"},
        {"de",
         {"„So können wir nicht weitermachen“, sagte der Minister für Gesundheit Karl Brenner bei einem Besuch."},
         "So können wir nicht weitermachen",
         "Karl Brenner",
         "der Minister für Gesundheit Karl Brenner"},
        {"fr",
         {"« Nous ne pouvons pas continuer ainsi », a déclaré l'élue à la Culture Marie Roux lors d'une visite."},
         "Nous ne pouvons pas continuer ainsi",
         "Marie Roux",
         "l'élue à la Culture Marie Roux"},
    });
}

TEST_CASE("the linking word before a paper told or a lower-case phrase still ends the mention", "[quotes][mentions]") {
    // (the paper the words were said to, "al Corriere della Sera", is no field and name; nor "alla stampa locale")
    check_quotes({
        {"it",
         {"«Non ci fermeremo», ha detto il ministro al Corriere della Sera."},
         "Non ci fermeremo",
         "",
         "il ministro"},
        {"it",
         {"«Non ci fermeremo», ha detto l'assessore alla stampa locale."},
         "Non ci fermeremo",
         "",
         "l'assessore"},
        {"de",
         {"„Wir machen weiter“, sagte der Minister für die Presse."},
         "Wir machen weiter",
         "",
         "der Minister"},
    });
}
