// A name's first surname used alone. Where names carry two surnames (Spanish, Portuguese; the Catalan names a
// Spanish page prints), the press names a person again by the first of them: "dijo Lema" after "Antón Lema Castro",
// "disse Costa" after "Rui Costa Almeida". Where the convention does not hold, or two people share the surname, the
// word stays as written.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a first surname alone names the person with two surnames", "[quotes][quotes104]") {
    check_quotes({
        {"es",
         {"El alcalde de la villa, Antón Lema Castro, pidió calma a los vecinos.",
          "\u00ABNadie se va a quedar sin casa\u00BB, dijo Lema."},
         "Nadie se va a quedar sin casa", "Antón Lema Castro"},
        {"es",
         {"La directora del hospital, Marta Ibáñez Soler, compareció por la tarde.",
          "\u201CLas urgencias funcionan con normalidad\u201D, aseguró Ibáñez."},
         "Las urgencias funcionan con normalidad", "Marta Ibáñez Soler"},
        {"pt",
         {"O presidente da câmara, Rui Costa Almeida, falou aos jornalistas.",
          "\u201CA ponte abre em março\u201D, disse Costa."},
         "A ponte abre em março", "Rui Costa Almeida"},
        // (guards: two people with that first surname, and a language whose names carry one surname)
        {"es",
         {"Antón Lema Castro y Xosé Lema Vidal firmaron el acuerdo.",
          "\u00ABNo hay vuelta atrás\u00BB, dijo Lema."},
         "No hay vuelta atrás", "Lema"},
        {"en",
         {"The mayor, John Lema Castro, met the families.", "\u201CNobody will lose their home,\u201D said Lema."},
         "Nobody will lose their home", "Lema"},
    });
}

// "afirmó la conselleira" after "La conselleira do Mar, Rosa Quintana Vidal": the Galician, Catalan and Basque names
// of an office, printed as they are in Spanish text, are role nouns (the kind is Spain's: no other language's press
// prints its co-official forms).
TEST_CASE("a co-official office's noun names its holder", "[quotes][quotes104]") {
    check_quotes({
        {"es",
         {"La conselleira de Sanidade, Rosa Pardo Vidal, visitó el centro.",
          "\u00ABAbriremos el servicio en enero\u00BB, afirmó la conselleira."},
         "Abriremos el servicio en enero", "Rosa Pardo Vidal"},
        {"es",
         {"El conseller de Territori, Jordi Mas Puig, presentó el plan.",
          "\u201CEl tren llegará a tiempo\u201D, aseguró el conseller."},
         "El tren llegará a tiempo", "Jordi Mas Puig"},
    });
}
