// A complement between the cue and the colon: "said outside court:", "said in a statement:", "a déclaré dans un
// communiqué :", "sagte in einer Mitteilung:", "ha detto davanti alla stazione:". The words a preposition opens after
// the verb say where or how it was said; they are no mention. Where no subject follows the complement, the name
// before the cue speaks (here a name in apposition, its age after it); a subject after the complement ("dijo en la
// rueda de prensa el alcalde Tomás Vidal:") and the one told ("told Radio Kent on Monday:") stay as they were.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a complement before the colon is no mention", "[quotes][quotes105]") {
    check_quotes({
        {"en",
         {"Rail fares will rise in March on every line of the coast.",
          "One of the commuters, nurse Alma Whitcombe, 44, said outside the station: \u201CWe pay more every year for "
          "fewer trains.\u201D"},
         "We pay more every year for fewer trains.", "Alma Whitcombe",
         "One of the commuters, nurse Alma Whitcombe, 44"},
        {"es",
         {"Las tarifas subirán en marzo en todas las líneas de la costa.",
          "Una de las usuarias, la enfermera Alma Quiroga, de 44 años, dijo en un comunicado: \u00ABPagamos más cada año "
          "por menos trenes.\u00BB"},
         "Pagamos más cada año por menos trenes.", "Alma Quiroga",
         "Una de las usuarias, la enfermera Alma Quiroga, de 44 años"},
        {"it",
         {"Le tariffe aumenteranno a marzo su tutte le linee della costa.",
          "Una delle pendolari, l'infermiera Alma Ferraris, 44 anni, ha detto davanti alla stazione: \u00ABPaghiamo di "
          "più ogni anno per meno treni.\u00BB"},
         "Paghiamo di più ogni anno per meno treni.", "Alma Ferraris",
         "Una delle pendolari, l'infermiera Alma Ferraris, 44 anni"},
        {"de",
         {"Die Preise steigen im März auf allen Linien der Küste.",
          "Eine der Pendlerinnen, die Pflegerin Alma Kessler, 44, sagte in einer Mitteilung: \u201EWir zahlen jedes Jahr "
          "mehr für weniger Züge.\u201C"},
         "Wir zahlen jedes Jahr mehr für weniger Züge.", "Alma Kessler",
         "Eine der Pendlerinnen, die Pflegerin Alma Kessler, 44"},
        {"fr",
         {"Les tarifs augmenteront en mars sur toutes les lignes de la côte.",
          "Une des usagères, l'infirmière Alma Girard, 44 ans, a déclaré dans un communiqué : \u00AB Nous payons plus "
          "chaque année pour moins de trains. \u00BB"},
         "Nous payons plus chaque année pour moins de trains.", "Alma Girard",
         "Une des usagères, l'infirmière Alma Girard, 44 ans"},
        // (near misses: a subject after the complement, and the one told before a time)
        {"es",
         {"Las tarifas subirán en marzo en todas las líneas de la costa.",
          "Dijo en la rueda de prensa el alcalde Tomás Vidal: \u00ABPagamos más cada año por menos trenes.\u00BB"},
         "Pagamos más cada año por menos trenes.", "Tomás Vidal", "el alcalde Tomás Vidal"},
        {"fr",
         {"Les tarifs augmenteront en mars sur toutes les lignes de la côte.",
          "A déclaré devant la presse le maire Paul Girard : \u00AB Nous payons plus chaque année pour moins de "
          "trains. \u00BB"},
         "Nous payons plus chaque année pour moins de trains.", "Paul Girard", "le maire Paul Girard"},
        {"en",
         {"Rail fares will rise in March on every line of the coast.",
          "Mayor Tom Vale told Radio Kent on Monday: \u201CWe pay more every year for fewer trains.\u201D"},
         "We pay more every year for fewer trains.", "Tom Vale", "Mayor Tom Vale"},
    });
}
