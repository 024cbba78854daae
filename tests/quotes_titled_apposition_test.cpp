// A description of the speaker after the cue, then a comma and the speaker's name behind a title or a role noun
// ("said the bill's sponsor, state Sen. Ann Roe (D-Ashby)", "afirmou o relator, o deputado João Lima"): the
// name is the speaker, as a bare name there is.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a name behind a title after a description and a comma is the speaker", "[quotes][titled_apposition]") {
    check_quotes({
        {"en", {"\"I will vote against it,\" said the bill's sponsor, state Sen. Harold Quince (R-Millbrook)."},
         "I will vote against it", "Harold Quince"},
        {"en", {"\"We need the money,\" said the panel's chair, former Rep. Dana Ostrowe."},
         "We need the money", "Dana Ostrowe"},
        {"pt", {"\"Não há dinheiro sobrando\", afirmou o relator do projeto, o deputado Heitor Vasconcelos (PRB-GO)."},
         "Não há dinheiro sobrando", "Heitor Vasconcelos"},
        {"pt", {"\"Não há dinheiro sobrando\", afirmou o relator do projeto, o deputado federal Heitor Vasconcelos."},
         "Não há dinheiro sobrando", "Heitor Vasconcelos"},
        {"es", {"\"No queda dinero\", afirmó el ponente del proyecto, el diputado Ramiro Echeverría (PRI)."},
         "No queda dinero", "Ramiro Echeverría"},
        {"es", {"\"No queda dinero\", afirmó el ponente del proyecto, el diputado Ramiro Echeverría."},
         "No queda dinero", "Ramiro Echeverría"},
        {"fr", {"« Il ne reste pas d’argent », a affirmé le rapporteur du projet, le député Lucien Brélaz (PS)."},
         "Il ne reste pas d’argent", "Lucien Brélaz"},
        {"fr", {"« Il ne reste pas d’argent », a affirmé le rapporteur du projet, le député Lucien Brélaz."},
         "Il ne reste pas d’argent", "Lucien Brélaz"},
        {"it", {"«Non restano soldi», ha affermato il relatore del progetto, il deputato Elio Sartori (Pd)."},
         "Non restano soldi", "Elio Sartori"},
        {"it", {"«Non restano soldi», ha affermato il relatore del progetto, il deputato Elio Sartori."},
         "Non restano soldi", "Elio Sartori"},
    });
}
