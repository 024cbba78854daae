// Table-driven tests of an according phrase whose verb names the paper or person told before its subject: "según
// dijeron a La Voz dos fuentes", "secondo quanto riferito al Giornale da una fonte", "selon ce qu'a dit au Courrier
// un proche": the subject after the paper is the speaker, never the words before the according phrase; on invented
// sentences.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("the subject after the paper told is an according phrase's mention", "[quotes][speakers]") {
    check_quotes({
        // after the quote, a place with capitals between
        {"es",
         {"La patronal cree que el gremio busca un “choque frontal” en el muelle de Puerto Claro, según dijeron a "
          "La Gaceta dos fuentes ministeriales."},
         "choque frontal", "", "dos fuentes ministeriales"},
        {"es",
         {"La naviera teme una “huelga larga” en la terminal de Bahía Honda, según explicó a El Faro el portavoz "
          "Julián Ortega."},
         "huelga larga", "Julián Ortega", "el portavoz Julián Ortega"},
        {"it",
         {"La società teme uno “sciopero lungo” nel porto di Cala Verde, secondo quanto riferito al Gazzettino da "
          "una fonte del ministero."},
         "sciopero lungo", "", "una fonte del ministero"},
        {"fr",
         {"La direction craint une « grève longue » sur le quai de Port-Clair, selon ce qu'a dit au Courrier un "
          "proche du ministre."},
         "grève longue", "", "un proche du ministre"},
        // before the quote
        {"es",
         {"Según dijo a El Faro una fuente del ministerio, la naviera teme una “huelga larga”."},
         "huelga larga", "", "una fuente del ministerio"},
        {"it",
         {"Secondo quanto riferito al Gazzettino da Paolo Neri, la società teme uno “sciopero lungo”."},
         "sciopero lungo", "Paolo Neri", "Paolo Neri"},
        {"fr",
         {"Selon ce qu'ont dit à La Vigie deux sources ministérielles, la direction craint une « grève longue »."},
         "grève longue", "", "deux sources ministérielles"},
        {"pt",
         {"Segundo disse ao Farol uma fonte do ministério, a empresa teme uma “greve longa”."},
         "greve longa", "", "uma fonte do ministério"},
    });
}


TEST_CASE("a paper told and its subject's name in one run of capitals are split after the paper", "[quotes][speakers]") {
    check_quotes({
        {"es",
         {"La naviera teme una “huelga larga” en la terminal, según dijo a El Faro Julián Ortega, portavoz del "
          "gremio."},
         "huelga larga", "Julián Ortega", "Julián Ortega"},
        {"es",
         {"Según explicó a Vanguardia Lucía Prado Gil, la naviera teme una “huelga larga”."},
         "huelga larga", "Lucía Prado Gil", "Lucía Prado Gil"},
        {"it",
         {"La società teme uno “sciopero lungo” nel porto, secondo quanto riferito al Gazzettino Paolo Neri, "
          "portavoce del sindacato."},
         "sciopero lungo", "Paolo Neri", "Paolo Neri"},
        {"pt",
         {"Segundo disse ao Farol Rita Moura Sá, a empresa teme uma “greve longa”."},
         "greve longa", "Rita Moura Sá", "Rita Moura Sá"},
    });
}
