// A trade before a name ([trade_words]) is no part of the speaker's name, and an unnamed person brought in with a
// trade is someone a pronoun after the quote may stand for.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a trade opening a name is no part of the speaker's name", "[quotes][trades]") {
    check_quotes({
        {"fr", {"L'ingénieure Claire Dumesnil inspecte la digue. « Elle tiendra encore dix ans », admet-elle."},
         "Elle tiendra encore dix ans", "Claire Dumesnil"},
        {"en", {"Architect Nora Pellwood drew the new wing. \"It will need more light,\" she said."},
         "It will need more light", "Nora Pellwood"},
        {"en", {"Nurse Tilda Brannock works nights. \"We are always short,\" she said."}, "We are always short",
         "Tilda Brannock"},
        {"es", {"Arquitecto Tomás Ezquerra, autor del proyecto. «Falta una escalera», dijo."}, "Falta una escalera",
         "Tomás Ezquerra"},
        {"it", {"L'infermiera Sara Bellotti lavora di notte. «Siamo sempre in pochi», ha detto."},
         "Siamo sempre in pochi", "Sara Bellotti"},
    });
}

TEST_CASE("a pronoun after someone unnamed brought in with a trade is not the last person named", "[quotes][trades]") {
    check_quotes({
        {"fr", {"Odile Kervran a tenu la boutique trente ans.",
                "Un technicien de la mairie, qui préfère ne pas être cité, reconnaît que le dossier a traîné. "
                "« On a oublié les habitants », admet-il."},
         "On a oublié les habitants", ""},
        {"es", {"Marta Irigoyen llevó la tienda treinta años.",
                "Un enfermero del hospital, que pidió no ser nombrado, reconoce que la espera es larga. "
                "«Rechazamos a pacientes», admite él."},
         "Rechazamos a pacientes", ""},
    });
}
