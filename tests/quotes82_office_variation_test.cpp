// quotes82: the press names one person by several offices ("Bundesrätin Eva Roth ... sagte die Finanzministerin",
// "La conseillère fédérale Anne Roux ... a déclaré la ministre de la Justice"): another office in the cue after a
// quote is the one compatible person's, unless someone else is in view; on invented sentences.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("another office named in the cue after a quote is the one person's in view", "[quotes][quotes82]") {
    check_quotes({
        {"de",
         {"Bundesrätin Eva Roth sprach am Mittwoch vor den Medien in Bern.",
          "\u00ABWir sparen seit Jahren zu wenig\u00BB, sagte die Finanzministerin."},
         "Wir sparen seit Jahren zu wenig",
         "Eva Roth",
         "die Finanzministerin"},
        {"de",
         {"Parteichef Jonas Brandt sprach am Mittwoch im Landtag \u00FCber den Haushalt.",
          "\u201EWir haben geliefert\u201C, sagte der Ministerpr\u00E4sident."},
         "Wir haben geliefert",
         "Jonas Brandt",
         "der Ministerpr\u00E4sident"},
        {"fr",
         {"La conseill\u00E8re f\u00E9d\u00E9rale Anne Roux a pris la parole mardi.",
          "\u00AB Ces chiffres sont solides \u00BB, a d\u00E9clar\u00E9 la ministre de la Justice."},
         "Ces chiffres sont solides",
         "Anne Roux",
         "la ministre de la Justice"},
        {"en",
         {"Senator Ann Cole spoke to reporters on Monday.", "\"We will not back down,\" said the governor."},
         "We will not back down",
         "Ann Cole",
         "the governor"},
    });
}

TEST_CASE("another office with someone else in view, or as a sentence's subject, is not the person's",
          "[quotes][quotes82]") {
    check_quotes({
        // (two women of other offices: either may hold the third)
        {"de",
         {"Bundesr\u00E4tin Eva Roth und Nationalr\u00E4tin Lea Vogt sprachen am Mittwoch in Bern.",
          "\u00ABWir sparen seit Jahren zu wenig\u00BB, sagte die Finanzministerin."},
         "Wir sparen seit Jahren zu wenig",
         ""},
        {"fr",
         {"La conseill\u00E8re f\u00E9d\u00E9rale Anne Roux et la d\u00E9put\u00E9e Marie Blanc ont pris la parole.",
          "\u00AB Ces chiffres sont solides \u00BB, a d\u00E9clar\u00E9 la ministre de la Justice."},
         "Ces chiffres sont solides",
         ""},
        // (the other office opening its own sentence is someone new)
        {"en",
         {"Senator Ann Cole spoke to reporters on Monday.", "The governor said the budget was \"balanced at last\"."},
         "balanced at last",
         ""},
    });
}
