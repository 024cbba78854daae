// Table-driven tests of an outlet's name of two words told between a verb of saying and its subject: a name opening
// with an outlet's word ([outlet_opening_words]: Radio, Televisión, Corriere, Journal, Zeitung ...) is that word and
// the next, and the subject's name is the rest ("según dijo a Radio Nacional Juan Pérez" is Juan Pérez's); on
// invented sentences.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("an outlet's name opening with an outlet's word is two words before the subject", "[quotes][speakers]") {
    check_quotes({
        {"es",
         {"La naviera teme una “huelga larga” en la terminal, según dijo a Radio Nacional Julián Ortega, portavoz "
          "del gremio."},
         "huelga larga", "Julián Ortega", "Julián Ortega"},
        {"es",
         {"Según explicó a Televisión Isleña Lucía Prado, la naviera teme una “huelga larga”."},
         "huelga larga", "Lucía Prado", "Lucía Prado"},
        {"it",
         {"La società teme uno “sciopero lungo” nel porto, secondo quanto riferito al Corriere Adriatico Paolo Neri, "
          "portavoce del sindacato."},
         "sciopero lungo", "Paolo Neri", "Paolo Neri"},
        {"it",
         {"Secondo quanto riferito a Radio Laguna Paolo Neri, la società teme uno “sciopero lungo”."},
         "sciopero lungo", "Paolo Neri", "Paolo Neri"},
        {"fr",
         {"La direction craint une « grève longue » sur le quai, selon ce qu'a dit à Radio Littoral Paul Roux, "
          "porte-parole du syndicat."},
         "grève longue", "Paul Roux", "Paul Roux"},
        {"fr",
         {"Selon ce qu'a dit au Journal Côtier Paul Roux, la direction craint une « grève longue »."},
         "grève longue", "Paul Roux", "Paul Roux"},
        {"pt",
         {"Segundo disse à Rádio Costeira Rita Moura Sá, a empresa teme uma “greve longa”."},
         "greve longa", "Rita Moura Sá", "Rita Moura Sá"},
    });
}

TEST_CASE("a paper's name of one word still ends before the subject's name", "[quotes][speakers]") {
    check_quotes({
        // an outlet's word alone as the name: the rest, two words, is the subject
        {"es",
         {"Según explicó a Radio Lucía Prado, la naviera teme una “huelga larga”."},
         "huelga larga", "Lucía Prado", "Lucía Prado"},
        // no outlet's word: the paper is one word
        {"es",
         {"Según explicó a Vanguardia Lucía Prado Gil, la naviera teme una “huelga larga”."},
         "huelga larga", "Lucía Prado Gil", "Lucía Prado Gil"},
    });
}

TEST_CASE("an outlet's name of two words after a speech verb is no part of its subject", "[quotes][speakers]") {
    check_quotes({
        {"de",
         {"Gewerkschafter Jan Roth kam am Montag an den Hafen von Nordheim.",
          "„Der Streik wird lange dauern“, sagte der Zeitung Nordblatt Roth."},
         "Der Streik wird lange dauern", "Jan Roth", "Roth"},
        {"de",
         {"Gewerkschafter Jan Roth kam am Montag an den Hafen von Nordheim.",
          "„Der Streik wird lange dauern“, sagte Radio Nordwelle Roth."},
         "Der Streik wird lange dauern", "Jan Roth", "Roth"},
        {"de",
         {"„Der Streik wird lange dauern“, sagte Radio Nordwelle Jan Roth, Sprecher der Gewerkschaft."},
         "Der Streik wird lange dauern", "Jan Roth", "Jan Roth, Sprecher der Gewerkschaft"},
        {"de",
         {"Der Streik werde „noch viele Wochen dauern“, sagte der Zeitung Nordblatt Gewerkschafter Anna Roth."},
         "noch viele Wochen dauern", "Anna Roth", "Gewerkschafter Anna Roth"},
        {"es",
         {"«La huelga será larga», dijo a Radio Nacional Julián Ortega, portavoz del gremio."},
         "La huelga será larga", "Julián Ortega", "Julián Ortega"},
        {"it",
         {"«Lo sciopero sarà lungo», ha detto al Corriere Adriatico Paolo Neri, portavoce del sindacato."},
         "Lo sciopero sarà lungo", "Paolo Neri", "Paolo Neri"},
    });
}
