// A role within a party ("der FPÖ-Politiker", "de PvdA-wethouder"): it stands for the person of that party named
// before ("Karl Hofbauer (FPÖ)"), not for one described with the same role in another party; a demonym alone ("der
// Belgier", "le Belge") stands for a person known as one, not for a thing named as a sentence's subject; and a
// compound role noun of a short prefix ("der Baubürgermeister") is a role.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a party's role stands for the person of that party named before", "[quotes][quotes92]") {
    check_quotes({
        // (the party in brackets after the name; the other man, named last, is of another party)
        {"de",
         {"Finanzminister Torben Albrecht (SPD) gab sich gelassen.",
          "Auch Landesrat Karl Hofbauer (FPÖ) verteidigte die Reform.",
          "\u201EWir stehen zum Kompromiss\u201C, sagte der SPD-Politiker."},
         "Wir stehen zum Kompromiss", "Torben Albrecht", "der SPD-Politiker"},
        // (one described with the same role in another party is not meant)
        {"de",
         {"\u201EDas ist zu wenig\u201C, sagte der SPD-Politiker Torben Albrecht.",
          "Auch Gesundheitslandesrat Karl Hofbauer verteidigte die Reform.",
          "Man habe \u201Ealle Varianten geprüft\u201C, sagte der FPÖ-Politiker."},
         "alle Varianten geprüft", "Karl Hofbauer", "der FPÖ-Politiker"},
        {"nl",
         {"Wethouder Karel Jansen (PvdA) verdedigde het plan.", "Wethouder Piet de Vries (VVD) was kritisch.",
          "\u201EWe hebben alles bekeken\u201D, zei de PvdA-wethouder."},
         "We hebben alles bekeken", "Karel Jansen", "de PvdA-wethouder"},
    });
}

TEST_CASE("an acronym spelling the name before it is no party", "[quotes][quotes92]") {
    // ("Verein Deutsche Sprache (VDS)": the body's other name, by which it is found later)
    check_quotes({
        {"de",
         {"Der Verein Deutsche Sprache (VDS) kritisierte die Regel.",
          "\u201EDas ist unnötig\u201C, teilte der VDS mit."},
         "Das ist unnötig", "Verein Deutsche Sprache"},
    });
}

TEST_CASE("a demonym alone stands for a person known as one, not for a thing", "[quotes][quotes92]") {
    check_quotes({
        {"de",
         {"Bayern-Trainer Vincent Marchal haderte mit dem Platzverweis.",
          "Die Rote Karte sei \u201Eeine harte Entscheidung\u201C gewesen, meinte der Belgier."},
         "eine harte Entscheidung", "Vincent Marchal", "der Belgier"},
        {"de",
         {"Trainerin Anna Kowalska haderte mit dem Platzverweis.",
          "Die Gelbe Karte sei \u201Eunnötig\u201C gewesen, meinte die Polin."},
         "unnötig", "Anna Kowalska", "die Polin"},
        {"fr",
         {"L\u2019entraîneur Vincent Marchal a regretté l\u2019expulsion.",
          "La Carte Blanche était \u00AB une décision dure \u00BB, a estimé le Belge."},
         "une décision dure", "Vincent Marchal", "le Belge"},
    });
}

TEST_CASE("a German role compound of a short prefix is a role", "[quotes][quotes92]") {
    check_quotes({
        {"de",
         {"Diesen Zeitplan hat Baubürgermeister Frank Lindemann (Grüne) vorgestellt.",
          "Der Baubürgermeister räumte ein, dass es \u201Eimmer Risiken\u201C gebe."},
         "immer Risiken", "Frank Lindemann", "Der Baubürgermeister"},
    });
}

// (another person of another role named before: the generic noun must name the deputy's role to pass them over)
TEST_CASE("a French deputy mayor is one elected: l'élu stands for them", "[quotes][quotes92]") {
    check_quotes({
        {"fr",
         {"\u00AB Le sol est instable \u00BB, indique Solène Guérin, géologue au bureau d\u2019études.",
          "L\u2019adjoint aux travaux, Hervé Kerlan, veut rester optimiste.",
          "\u00AB Deux mois de retard, ce n\u2019est pas un drame \u00BB, reconnaît l\u2019élu."},
         "Deux mois de retard, ce n\u2019est pas un drame", "Hervé Kerlan", "l\u2019élu"},
        {"fr",
         {"\u00AB Les jeunes viennent \u00BB, indique Anne Dulac, directrice du musée.",
          "L\u2019adjointe à la culture, Maëlle Riou, a présenté le programme.",
          "\u00AB Nous avons doublé le budget \u00BB, assure l\u2019élue."},
         "Nous avons doublé le budget", "Maëlle Riou", "l\u2019élue"},
    });
}
