// Speakers and mentions of invented lines: a role's capitalised field with a small lower-case word inside it, after
// a word that is an article and a preposition too (Portuguese "a secretária de Vigilância em Saúde, Cláudia Menezes"),
// runs on to the name in apposition. Invented lines.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a role's field with a small word inside runs on to the apposed name", "[quotes][quotes113c]") {
    check_quotes({
        {"pt",
         {"A prefeitura de Vila Serena abriu nesta segunda-feira a campanha contra a gripe.",
          "“Queremos vacinar todas as crianças do bairro”, afirmou a secretária de Vigilância em Saúde, Cláudia "
          "Menezes, durante entrevista coletiva."},
         "Queremos vacinar todas as crianças do bairro",
         "Cláudia Menezes",
         "a secretária de Vigilância em Saúde, Cláudia Menezes"},
        {"pt",
         {"A prefeitura de Vila Serena abriu nesta segunda-feira a campanha contra a gripe.",
          "“Os postos abrem às oito horas”, disse a diretora de Obras e Serviços, Marta Quintela."},
         "Os postos abrem às oito horas",
         "Marta Quintela",
         "a diretora de Obras e Serviços, Marta Quintela"},
        {"es",
         {"El ayuntamiento de Villaserena abrió este lunes la campaña contra la gripe.",
          "“Queremos vacunar a todos los niños”, dijo la consejera de Sanidad y Consumo, Marta Ruiz, en una rueda de "
          "prensa."},
         "Queremos vacunar a todos los niños",
         "Marta Ruiz",
         "la consejera de Sanidad y Consumo, Marta Ruiz"},
        {"it",
         {"Il comune di Valserena ha aperto lunedì la campagna contro l'influenza.",
          "«Vogliamo vaccinare tutti i bambini», ha detto l'assessore alla Sanità e Welfare, Paolo Neri, in conferenza "
          "stampa."},
         "Vogliamo vaccinare tutti i bambini",
         "Paolo Neri",
         "l'assessore alla Sanità e Welfare, Paolo Neri"},
        {"fr",
         {"La mairie de Valsereine a ouvert lundi la campagne contre la grippe.",
          "« Nous voulons vacciner tous les enfants », a déclaré la ministre de la Transition et de la Cohésion, Anne "
          "Roy, lors d'une conférence de presse."},
         "Nous voulons vacciner tous les enfants",
         "Anne Roy",
         "la ministre de la Transition et de la Cohésion, Anne Roy"},
        // (near miss: "a" before a word that is no role is a preposition, the words after it say how it was said,
        // and the name after the comma is not the speaker's)
        {"pt",
         {"A prima do pescador desaparecido falou ao fim da tarde.",
          "“Guardei o caderno dela durante três invernos”, escreveu a pedido do secretário de Obras em Vilar Alto, Rui "
          "Matos. Foi a prima quem entregou o caderno."},
         "Guardei o caderno dela durante três invernos",
         ""},
        // (near miss: a preposition opening the words, as before)
        {"pt",
         {"A prima do pescador desaparecido falou ao fim da tarde.",
          "“Guardei o caderno dela durante três invernos”, diz em vídeo publicado pelo secretário de Vigilância em "
          "Saúde, Rui Matos. Foi a prima quem entregou o caderno."},
         "Guardei o caderno dela durante três invernos",
         ""},
    });
}

TEST_CASE("a role, its complement and one noun of it, then a name, is the subject of a coordinated cue",
          "[quotes][quotes113c]") {
    check_quotes({
        {"pt",
         {"A câmara de Vila Serena aprovou nesta segunda-feira a nova taxa do lixo.",
          "O vereador da oposição Henrique Lopes votou contra e acusou o prefeito de tomar uma “medida "
          "eleitoralista”."},
         "medida eleitoralista",
         "Henrique Lopes",
         "O vereador da oposição Henrique Lopes"},
        {"en",
         {"The Millbrook council approved the new waste fee on Monday.",
          "The leader of the opposition Henry Lopes voted against and called the fee an “electoral stunt”."},
         "electoral stunt",
         "Henry Lopes",
         "The leader of the opposition Henry Lopes"},
        // (near miss: two lower-case words, a verb among them, before the name: the name is the verb's object)
        {"en",
         {"The Millbrook council approved the new waste fee on Monday.",
          "The head of the union met Henry Lopes and called the fee an “electoral stunt”."},
         "electoral stunt",
         ""},
    });
}
