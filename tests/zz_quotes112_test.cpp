// Speakers and mentions of invented lines: a role word opening a sentence before a name ("Raadslid Fatima Elmas wil
// dat", "Stadträtin Fatima Demirel will") is no part of the name the later surname stands for; a participle of
// asking set off by commas after the subject ("La Soprintendenza, interpellata, ha fatto sapere", "Le ministère,
// contacté, a indiqué", "Das Ministerium, angefragt, teilte mit") is no part of the subject. Invented lines.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a council member's role word before a name is no part of the name", "[quotes][quotes112b]") {
    check_quotes({
        {"nl",
         {"Ook de oppositie is kritisch. Raadslid Fatima Elmas wil dat het college een goedkoper plan zoekt.",
          "\"Helemaal sluiten is het slechtste wat je kunt doen\", aldus Elmas."},
         "Helemaal sluiten is het slechtste wat je kunt doen",
         "Fatima Elmas",
         "Elmas"},
        {"nl",
         {"Gemeenteraadslid Joris van Deelen wil een onderzoek naar de kosten van het nieuwe zwembad.",
          "\"Niemand weet wat het gaat kosten\", zei Van Deelen."},
         "Niemand weet wat het gaat kosten",
         "Joris van Deelen"},
        {"de",
         {"Auch die Opposition ist kritisch. Stadträtin Fatima Demirel will, dass die Verwaltung sparsamer plant.",
          "„Ganz zu schließen ist das Schlechteste“, sagte Demirel."},
         "Ganz zu schließen ist das Schlechteste",
         "Fatima Demirel",
         "Demirel"},
        {"it",
         {"Anche l'opposizione è critica. Consigliera Fatima Ruggeri vuole che la giunta cerchi un piano meno caro.",
          "«Chiudere del tutto è la cosa peggiore», ha detto Ruggeri."},
         "Chiudere del tutto è la cosa peggiore",
         "Fatima Ruggeri",
         "Ruggeri"},
        // (near miss: a capitalised word that is no role stays the name's, "Fatima" alone is no name's start here)
        {"nl",
         {"Ook de oppositie is kritisch. Fatima Elmas wil dat het college een goedkoper plan zoekt.",
          "\"Helemaal sluiten is het slechtste wat je kunt doen\", aldus Elmas."},
         "Helemaal sluiten is het slechtste wat je kunt doen",
         "Fatima Elmas",
         "Elmas"},
    });
}

TEST_CASE("a participle of asking set off by commas after the subject is no part of it", "[quotes][quotes112b]") {
    check_quotes({
        {"it",
         {"Il ponte di Varenna è chiuso da lunedì.",
          "La Soprintendenza, interpellata, ha fatto sapere: «I lavori partiranno il mese prossimo»."},
         "I lavori partiranno il mese prossimo",
         "Soprintendenza",
         "La Soprintendenza"},
        {"de",
         {"Die Brücke in Haldorf ist seit Montag gesperrt.",
          "Das Ministerium, angefragt, teilte mit: „Die Arbeiten beginnen im kommenden Monat.“"},
         "Die Arbeiten beginnen im kommenden Monat.",
         "Ministerium",
         "Das Ministerium"},
        {"fr",
         {"Le pont de Vernay est fermé depuis lundi.",
          "Le ministère, contacté, a indiqué : « Les travaux commenceront dès le mois prochain. »"},
         "Les travaux commenceront dès le mois prochain.",
         "",
         "Le ministère"},
        {"es",
         {"El puente de Varela está cerrado desde el lunes.",
          "El ministerio, consultado, señaló: «Las obras empezarán el mes que viene»."},
         "Las obras empezarán el mes que viene",
         "",
         "El ministerio"},
        // (near misses: a name set off by commas is the subject's, not dropped; an adjective is no participle of
        // asking and leaves the clause as it was)
        {"fr",
         {"Le pont de Vernay est fermé depuis lundi.",
          "Le maire, Paul Garnier, a indiqué : « Les travaux commenceront dès le mois prochain. »"},
         "Les travaux commenceront dès le mois prochain.",
         "Paul Garnier",
         "Le maire, Paul Garnier"},
        {"it",
         {"Il ponte di Varenna è chiuso da lunedì.",
          "Il sindaco, Paolo Ferri, ha fatto sapere: «I lavori partiranno il mese prossimo»."},
         "I lavori partiranno il mese prossimo",
         "Paolo Ferri",
         "Il sindaco, Paolo Ferri"},
    });
}
