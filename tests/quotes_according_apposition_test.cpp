// "Segundo o coronel Ricardo Amaral, coordenador estadual da Defesa Civil, a previsão é ...": after an "according to"
// mention, an apposition (a role noun opening the words up to the next comma) describes the speaker and is no part of
// what is said. Invented lines.
#include <catch2/catch.hpp>

#include "quote_checks.hpp"

using namespace archive::quote_checks;

TEST_CASE("an apposition after an according mention is not what is said", "[quotes][according_apposition]") {
    check_cues({
        {"pt",
         {"Segundo o coronel Ricardo Amaral, coordenador estadual da Defesa Civil, a previsão é de mais chuva."},
         "a previsão é de mais chuva",
         "Segundo",
         "Ricardo Amaral",
         "o coronel Ricardo Amaral"},
        {"es",
         {"Según Luis Mora, coordinador regional de Protección Civil, las lluvias seguirán hasta el viernes."},
         "las lluvias seguirán hasta el viernes",
         "Según",
         "Luis Mora",
         "Luis Mora"},
        {"en",
         {"According to Tom Vale, director of the port authority, the pier will reopen in May after repairs."},
         "the pier will reopen in May after repairs",
         "According to",
         "Tom Vale",
         "Tom Vale"},
    });
}

TEST_CASE("words after an according mention that open with no role noun are what is said",
          "[quotes][according_apposition]") {
    check_cues({
        {"es",
         {"Según Luis Mora, las lluvias seguirán hasta el viernes, y después llegará el frío a la costa."},
         "las lluvias seguirán hasta el viernes, y después llegará el frío a la costa",
         "Según",
         "Luis Mora",
         "Luis Mora"},
    });
}
