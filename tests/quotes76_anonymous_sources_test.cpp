// An unnamed source heading a cue's subject ("Fuentes del Ayuntamiento señalaron", "des sources proches du dossier
// ont indiqué", "fonti del Viminale fanno sapere", "sources familiar with the talks said") names nobody who spoke:
// neither the body after it nor the person named before it (session 41). Invented lines.
#include <catch2/catch.hpp>

#include "quote_checks.hpp"

using namespace archive;
using namespace archive::quote_checks;

TEST_CASE("an unnamed source and the body it is of name no speaker", "[quotes][quotes76]") {
    check_cues({
        {"es",
         {"El alcalde, Tomás Ribera, presentó el plan el lunes.",
          "Fuentes del Ayuntamiento señalaron a este diario que el alcalde \"colaborará con los vecinos\"."},
         "colaborará con los vecinos", "señalaron", "", "Fuentes del Ayuntamiento"},
        {"es",
         {"El alcalde, Tomás Ribera, presentó el plan el lunes.",
          "Unas fuentes de Aguas del Norte dijeron que el corte \"durará dos días\"."},
         "durará dos días", "dijeron", ""},
        {"it",
         {"Il ministro Marco Neri ha presentato il piano a Roma.",
          "\"Non ci sono ancora le risorse\", fanno sapere fonti del Viminale."},
         "Non ci sono ancora le risorse", "fanno sapere", ""},
        {"fr",
         {"Le ministre Paul Garnier a présenté le plan à Berne.",
          "Des sources proches du Quai d'Orsay ont indiqué que « les positions restent éloignées »."},
         "les positions restent éloignées", "ont indiqué", ""},
        {"pt",
         {"O ministro Paulo Garcia apresentou o plano em Lisboa.",
          "Fontes do Ministério disseram que o texto \"está quase pronto\"."},
         "está quase pronto", "disseram", ""},
    });
}

TEST_CASE("an unnamed source takes no speaker from the sentence before", "[quotes][quotes76]") {
    check_cues({
        {"es",
         {"Fuentes del Ayuntamiento señalaron que el alcalde \"colaborará con los vecinos\".",
          "Fuentes municipales aseguraron que \"no habrá cortes de agua\"."},
         "no habrá cortes de agua", "aseguraron", ""},
        {"it",
         {"Il ministro Marco Neri ha presentato il piano a Roma.",
          "Fonti di governo hanno spiegato che \"il testo è quasi pronto\"."},
         "il testo è quasi pronto", "hanno spiegato", ""},
        {"en",
         {"Foreign Minister Paul Garner presented the plan in Geneva.",
          "Sources familiar with the talks said the sides were \"still far apart\"."},
         "still far apart", "said", ""},
    });
}

TEST_CASE("a surname spelt like a source's noun still names its person", "[quotes][quotes76]") {
    // ("Fuentes" after "Ana Fuentes" is her surname; "Fuentes Ruiz" a name, a capitalised word after the noun)
    check_cues({
        {"es",
         {"La portavoz Ana Fuentes presentó el plan el lunes.",
          "Fuentes aseguró que \"no habrá cortes de agua\"."},
         "no habrá cortes de agua", "aseguró", "Ana Fuentes"},
        {"es",
         {"La obra empezará en junio.", "Fuentes Ruiz aseguró que \"no habrá cortes de agua\"."},
         "no habrá cortes de agua", "aseguró", "Fuentes Ruiz"},
    });
}
