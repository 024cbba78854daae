// "La gobernadora de Sonora, Patricia Elizondo, celebró la medida, aunque advirtió que «Q»": a cue joined by a
// conjunction right after a comma shares the subject of the clause the comma closes (a name opening it, or a name set
// off by commas before its verb, with its description); the last speaker is not carried over. Invented lines.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a cue joined after a comma shares the subject of the clause before", "[quotes][shared_subject]") {
    check_quotes({
        {"es",
         {"El dirigente campesino Héctor Manríquez pidió apoyos \"antes de que los bancos se queden con las tierras\".",
          "La gobernadora de Sonora, Patricia Elizondo, celebró la medida, aunque advirtió que \"los recursos no "
          "alcanzan si no llegan rápido\"."},
         "los recursos no alcanzan si no llegan rápido",
         "Patricia Elizondo",
         "La gobernadora de Sonora, Patricia Elizondo"},
        {"es",
         {"El dirigente campesino Héctor Manríquez pidió apoyos \"antes de que los bancos se queden con las tierras\".",
          "Patricia Elizondo celebró la medida, aunque advirtió que \"los recursos no alcanzan si no llegan rápido\"."},
         "los recursos no alcanzan si no llegan rápido",
         "Patricia Elizondo",
         "Patricia Elizondo"},
        {"en",
         {"Union leader Mark Aubry called for \"a quick inquiry\".",
          "The governor of the state, Patricia Elizondo, welcomed the measure, but warned that \"the money will not be "
          "enough\"."},
         "the money will not be enough",
         "Patricia Elizondo",
         "The governor of the state, Patricia Elizondo"},
        {"it",
         {"Il sindacalista Marco Aubri ha chiesto \"un'indagine rapida\".",
          "La presidente della regione, Paola Ferri, ha accolto la misura, ma ha avvertito che \"i fondi non bastano\"."},
         "i fondi non bastano",
         "Paola Ferri",
         "La presidente della regione, Paola Ferri"},
    });
}

TEST_CASE("a cue joined right after a quote still has the last speaker", "[quotes][shared_subject]") {
    check_quotes({
        {"es",
         {"\"No hay agua para todos\", dijo el alcalde Ramón Ortiz, y añadió que \"la presa está vacía\"."},
         "la presa está vacía",
         "Ramón Ortiz"},
    });
}
