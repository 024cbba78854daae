// A body's name whose noun is joined to what it is of by a link longer than a particle ("Ministero della Cultura",
// "Ministère des Armées", "Department for Transport"): the run of the name goes on past the link, so a later "il
// Ministero" grows into the full name as "del" names do (session 41). Invented lines.
#include <catch2/catch.hpp>

#include "quote_checks.hpp"

using namespace archive;
using namespace archive::quote_checks;

TEST_CASE("a body's name goes on past a fused or long link", "[quotes][quotes76]") {
    check_names({
        {"it", "Il Ministero della Cultura ha annunciato l'apertura.", {"Ministero della Cultura"}},
        {"it", "Il Ministero dello Sport ha presentato il bando.", {"Ministero dello Sport"}},
        {"fr", "Le Ministère des Armées a annoncé la commande.", {"Ministère des Armées"}},
        {"en", "The Department for Transport announced the fares.", {"Department for Transport"}},
        // (a link after a word that is no body's noun ends the run: "Marco Neri della Lega" is no one name)
        {"it", "Marco Neri della Lega ha detto no.", {"Marco Neri"}},
    });
}

TEST_CASE("a body's head noun after its full name with a fused link is that body", "[quotes][quotes76]") {
    check_cues({
        {"it",
         {"Il Ministero della Cultura ha annunciato l'apertura dei musei il lunedì.",
          "\"Sarà un test di sei mesi\", ha spiegato il Ministero."},
         "Sarà un test di sei mesi", "ha spiegato", "Ministero della Cultura"},
        {"fr",
         {"Le Ministère des Armées a annoncé lundi la commande de vingt avions.",
          "« Ce sera un test de six mois », a expliqué le Ministère."},
         "Ce sera un test de six mois", "a expliqué", "Ministère des Armées"},
        {"en",
         {"The Department for Transport announced the new fares on Monday.",
          "\"It will be a six-month trial,\" the Department said."},
         "It will be a six-month trial", "said", "Department for Transport"},
    });
}
