// Table-driven tests of a description by an office written as another compound of the office a person holds ("die
// Integrationsministerin" after "Bundesministerin Clara Holt"), and of a name joined to the name before it by "und",
// "and": the role before the first name is not the second's; on invented sentences.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("another compound of an office held describes its holder", "[quotes][speakers][offices]") {
    check_quotes({
        // the holder named first, a woman with another role named after her
        {"de",
         {"Bundesministerin Clara Holt sprach am Montag mit Arbeitsminister Jan Roth und Landesgeschäftsführerin Eva "
          "Berg über die neuen Pläne für die Betreuung.",
          "Es fehlen in vielen Städten Plätze für die Kleinsten.",
          "Die Integrationsministerin betonte, es gehe darum, „allen Kindern einen guten Start zu geben“."},
         "allen Kindern einen guten Start zu geben", "Clara Holt"},
        {"de",
         {"Staatsministerin Ulrike Sommer besuchte am Freitag mit Geschäftsführerin Petra Lind die neue Klinik in "
          "Kirchberg.",
          "Das Haus hat hundert Betten und zwei Operationssäle.",
          "Die Gesundheitsministerin sagte, die Klinik sei „ein Gewinn für die ganze Region“."},
         "ein Gewinn für die ganze Region", "Ulrike Sommer"},
    });
}

TEST_CASE("a role before a name is not the role of the next name joined to it", "[quotes][speakers][offices]") {
    check_quotes({
        {"en",
         {"The foundation invited Culture Minister Nora Blum and gallery director Vera Krohn to the opening of the "
          "museum.",
          "The exhibition shows paintings from three centuries.",
          "The minister praised the show as “a window into the past”."},
         "a window into the past", "Nora Blum"},
    });
}

TEST_CASE("a firm's manager is described by her role", "[quotes][speakers][offices]") {
    check_quotes({
        {"de",
         {"Geschäftsführerin Petra Lind eröffnete am Freitag die neue Halle der Spedition in Kirchberg.",
          "Auch Landrat Otto Frey kam zur Feier und lobte die neuen Arbeitsplätze.",
          "„Wir stellen bis zum Herbst zwanzig Leute ein“, sagte die Geschäftsführerin."},
         "Wir stellen bis zum Herbst zwanzig Leute ein", "Petra Lind"},
    });
}
