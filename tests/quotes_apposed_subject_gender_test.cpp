// Table-driven tests of a name set off by commas after a role noun's phrase opening its sentence ("Son secrétaire
// général, Luc Favre, parle d'une mesure"): the words after the name are the sentence's verb and object, whose
// gender is not the person's, so a later pronoun of the person's gender still stands for them.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a name apposed to a role's phrase takes no gender from the verb's object after it", "[quotes][speakers]") {
    check_quotes({
        {"fr",
         {"Le conseiller d'Etat Paul Mercier a présenté mardi un projet de taxe. « Nous n'avons plus le choix », a "
          "déclaré Paul Mercier.",
          "Du côté des propriétaires, le ton est vif. Son secrétaire général, Luc Favre, parle d'une mesure « "
          "symbolique et inefficace ». « On s'attaque aux mauvaises personnes », estime-t-il."},
         "On s'attaque aux mauvaises personnes",
         "Luc Favre"},
        {"fr",
         {"Le conseiller d'Etat Paul Mercier a présenté mardi un projet de taxe. « Nous n'avons plus le choix », a "
          "déclaré Paul Mercier.",
          "Sa déléguée centrale, Anne Rossi, juge le projet trop lent. « Les locataires attendent depuis des années »,"
          " observe-t-elle."},
         "Les locataires attendent depuis des années",
         "Anne Rossi"},
        {"en",
         {"Councillor Paul Mercer presented a tax on empty flats on Tuesday. \"We have no choice,\" Paul Mercer said.",
          "The landlords were angry. Their general secretary, Luke Farrow, called the tax a \"symbolic\" gesture. "
          "\"They are punishing the wrong people,\" he said."},
         "They are punishing the wrong people",
         "Luke Farrow"},
    });
}
