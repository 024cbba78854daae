// A club's name between a coach's role and the coach's name ("el entrenador del Elche Pablo Sanz, que ...",
// "l'entraîneur du FC Sion Paul Girard") is no part of the speaker's name: a common given name opens the name after
// the club's word, even where a comma closes the run or an acronym opens the club's name. Every line is invented
// (session 52, quotes88).
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "quote_rows.hpp"

using archive::quote_rows::check_quotes;

TEST_CASE("a club's name before a coach's name set off by a comma is no part of the name",
          "[quotes][names][fields][quotes88]") {
    check_quotes({
        {"es",
         {"“Hemos competido bien”, dijo el entrenador del Villarreal Pablo Sanz, que pidió calma a la afición."},
         "Hemos competido bien",
         "Pablo Sanz",
         "el entrenador del Villarreal Pablo Sanz"},
        {"es",
         {"“El equipo está vivo”, aseguró el técnico del Getafe Luis Carrasco, tras el partido."},
         "El equipo está vivo",
         "Luis Carrasco"},
        {"it",
         {"«Abbiamo giocato bene», ha detto l'allenatore del Lecce Paolo Sala, che poi ha chiesto calma ai tifosi."},
         "Abbiamo giocato bene",
         "Paolo Sala"},
    });
}

TEST_CASE("a club's name opened by an acronym before a coach's name is no part of the name",
          "[quotes][names][fields][quotes88]") {
    check_quotes({
        {"fr",
         {"« Nous avons manqué de réalisme », a déclaré l'entraîneur du FC Sion Paul Girard après la rencontre."},
         "Nous avons manqué de réalisme",
         "Paul Girard"},
        {"es",
         {"“Nos faltó acierto arriba”, explicó el técnico del CD Leganés Pablo Ortega al final del encuentro."},
         "Nos faltó acierto arriba",
         "Pablo Ortega"},
        {"fr",
         {"« Il faudra réagir dès mercredi », a dit l'entraîneur du Servette Paul Girard."},
         "Il faudra réagir dès mercredi",
         "Paul Girard"},
    });
}
