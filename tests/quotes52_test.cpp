// Quotes left by probe6: a body named with the place it is of ("le conseil municipal de Rimouski") speaks as the
// body, not the place alone.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using quote_rows::PageRow;

TEST_CASE("a body in lower case with the place it is of speaks, not the place", "[quotes][bodies][quotes52]") {
    quote_rows::check_quotes({
        {"fr",
         {"Le conseil municipal de Val-Brûlé a annoncé mardi qu'il reporterait la rénovation du quai à l'automne."},
         "il reporterait la rénovation du quai à l'automne",
         "conseil municipal de Val-Brûlé",
         "Le conseil municipal de Val-Brûlé"},
        {"it",
         {"Il consiglio comunale di Ponte Vedro ha annunciato che la piscina resterà chiusa fino a marzo."},
         "la piscina resterà chiusa fino a marzo",
         "consiglio comunale di Ponte Vedro",
         "Il consiglio comunale di Ponte Vedro"},
        {"en",
         {"The town council of Marlow Cross said that the ferry would not run before April."},
         "the ferry would not run before April",
         "town council of Marlow Cross",
         "The town council of Marlow Cross"},
        {"es",
         {"El concejo municipal de Villa Serena anunció que el mercado abrirá los domingos."},
         "el mercado abrirá los domingos",
         "concejo municipal de Villa Serena",
         "El concejo municipal de Villa Serena"},
    });
}

TEST_CASE("a person known by a title stays the speaker after a body's lower-case noun", "[quotes][bodies][quotes52]") {
    // (the office of someone the text calls a senator: the person, as before)
    quote_rows::check_quotes({
        {"en",
         {"Senator Ada Quell visited the harbour on Monday.",
          "The office of Ada Quell said that the visit had been planned for weeks."},
         "the visit had been planned for weeks",
         "Ada Quell"},
    });
}

TEST_CASE("the one tried in court, named with that role before, speaks as the role later", "[quotes][roles][quotes52]") {
    quote_rows::check_quotes({
        {"fr",
         {"Le prévenu, Bastien Morvan, 27 ans, comparaissait mardi pour une collision sur la route du port.",
          "Les parents du cycliste blessé étaient assis au premier rang de la salle.",
          "« Je roulais doucement, la chaussée était mouillée », a assuré le prévenu à la barre."},
         "Je roulais doucement, la chaussée était mouillée",
         "Bastien Morvan",
         "le prévenu"},
        {"en",
         {"The defendant, Colin Harte, 44, appeared on Tuesday on a charge of dangerous driving near the quay.",
          "Relatives of the injured cyclist sat in the front row of the public gallery.",
          "\"I was driving slowly, the road was wet,\" the defendant said."},
         "I was driving slowly, the road was wet",
         "Colin Harte",
         "the defendant"},
        {"it",
         {"L'imputato, Sandro Vitali, 38 anni, è comparso martedì per un incidente sulla strada del porto.",
          "I genitori del ciclista ferito sedevano in prima fila nell'aula.",
          "«Andavo piano, la strada era bagnata», ha ripetuto l'imputato in aula."},
         "Andavo piano, la strada era bagnata",
         "Sandro Vitali",
         "l'imputato"},
        {"es",
         {"El acusado, Álvaro Quintana, de 52 años, compareció el martes por un atropello junto al puerto.",
          "Los padres del ciclista herido ocupaban la primera fila de la sala.",
          "«Iba despacio, el suelo estaba mojado», repitió el acusado ante el juez."},
         "Iba despacio, el suelo estaba mojado",
         "Álvaro Quintana",
         "el acusado"},
    });
}

TEST_CASE("a gerund clause after the speaker's name is no part of the mention", "[quotes][mentions][quotes52]") {
    quote_rows::check_quotes({
        {"it",
         {"«La pena è adeguata alla gravità dei fatti», ha detto il giudice Renato Bernasconi leggendo la sentenza."},
         "La pena è adeguata alla gravità dei fatti",
         "Renato Bernasconi",
         "il giudice Renato Bernasconi"},
        {"es",
         {"«La pena se ajusta a la gravedad de los hechos», dijo la jueza Marta Ordóñez leyendo el fallo."},
         "La pena se ajusta a la gravedad de los hechos",
         "Marta Ordóñez",
         "la jueza Marta Ordóñez"},
        {"en",
         {"\"The sentence fits the gravity of the offence,\" said Judge Helen Marsh reading the verdict."},
         "The sentence fits the gravity of the offence",
         "Helen Marsh",
         "Judge Helen Marsh"},
        {"en",
         {"\"We will reopen the pier in April,\" said Mayor Tom Vale speaking to reporters."},
         "We will reopen the pier in April",
         "Tom Vale",
         "Mayor Tom Vale"},
    });
}

TEST_CASE("a word ending like a gerund that a noun follows stays in the mention", "[quotes][mentions][quotes52]") {
    // ("building" before "manager": a compound's word, not a clause; the mention runs on as before)
    quote_rows::check_quotes({
        {"en",
         {"\"The lifts will be fixed by Friday,\" said Ann Roe's building manager."},
         "The lifts will be fixed by Friday",
         "",
         "Ann Roe's building manager"},
    });
}
