// A role's complement is no speaker (session 40): the body a president heads ("la presidente del Consiglio", "el
// presidente del Gobierno", "la présidente du Conseil"), a portfolio after its holder ("la titular de Vivienda");
// a minister's long field after "per" runs on to the apposed name; Swiss Italian "la ministra" is the federal
// councillor named before; an adverb between a body's name and its cue ("Aprovalencia ya ha anunciado") is no part of
// the name. Invented lines.
#include <catch2/catch.hpp>

#include "quote_checks.hpp"

using namespace archive;
using namespace archive::quote_checks;

TEST_CASE("the body a president heads and a holder's portfolio are no speakers", "[quotes][quotes74]") {
    check_cues({
        {"it", {"«Serve una svolta», ha detto la presidente del Consiglio."}, "Serve una svolta", "ha detto", ""},
        {"es", {"«Vamos a construir más viviendas», dijo el presidente del Gobierno."},
         "Vamos a construir más viviendas", "dijo", ""},
        {"fr", {"« Nous allons construire », a déclaré la présidente du Conseil."}, "Nous allons construire",
         "a déclaré", ""},
        {"es", {"«Vamos a construir más viviendas», subrayó la titular de Vivienda."}, "Vamos a construir más viviendas",
         "subrayó", ""},
        // (the person the role named before)
        {"it",
         {"La presidente del Consiglio Giulia Marra ha aperto il vertice.",
          "«Serve una svolta», ha detto la presidente del Consiglio."},
         "Serve una svolta", "ha detto", "Giulia Marra"},
        {"es",
         {"La ministra de Vivienda, Isabel Rodríguez, visitó la obra.",
          "«Vamos a construir más viviendas», subrayó la titular de Vivienda."},
         "Vamos a construir más viviendas", "subrayó", "Isabel Rodríguez"},
        // (the name apposed after the complement)
        {"it", {"«Serve una svolta», ha detto la presidente del Consiglio, Giulia Marra."}, "Serve una svolta",
         "ha detto", "Giulia Marra"},
        {"es", {"«Vamos a construir más viviendas», dijo el presidente del Gobierno, Pedro Lanza."},
         "Vamos a construir más viviendas", "dijo", "Pedro Lanza"},
    });
}

TEST_CASE("a minister's field after \"per\" runs on to the apposed name", "[quotes][quotes74]") {
    check_cues({
        {"it", {"«La legge arriva in aula», ha detto il ministro per i Rapporti con il Parlamento, Luca Ferri."},
         "La legge arriva in aula", "ha detto", "Luca Ferri",
         "il ministro per i Rapporti con il Parlamento, Luca Ferri"},
        {"it", {"«Servono più asili», ha detto la ministra per la Famiglia, Anna Rota."}, "Servono più asili",
         "ha detto", "Anna Rota"},
    });
}

TEST_CASE("Swiss Italian \"la ministra\" is the federal councillor named before", "[quotes][quotes74]") {
    check_cues({
        {"it",
         {"La consigliera federale Elisabeth Baume-Roth ha presentato il piano a Berna.",
          "«I costi sono sotto controllo», ha aggiunto la ministra."},
         "I costi sono sotto controllo", "ha aggiunto", "Elisabeth Baume-Roth"},
        {"it",
         {"Il consigliere federale Beat Lindner ha presentato il piano a Berna.",
          "«I costi sono sotto controllo», ha aggiunto il ministro."},
         "I costi sono sotto controllo", "ha aggiunto", "Beat Lindner"},
    });
}

TEST_CASE("an adverb between a body's name and its cue is no part of the name", "[quotes][quotes74]") {
    check_cues({
        {"es", {"La asociación de propietarios Aprovalencia ya ha anunciado que recurrirá la medida ante los tribunales."},
         "recurrirá la medida ante los tribunales", "ha anunciado", "Aprovalencia"},
        {"it", {"L'associazione dei proprietari Casaviva già ha annunciato che farà ricorso contro la misura."},
         "farà ricorso contro la misura", "ha annunciato", "Casaviva"},
    });
}
