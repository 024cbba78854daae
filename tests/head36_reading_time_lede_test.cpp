// The article's reading time between the standfirst and the byline, "Lectura: 3 min", "Tempo di lettura: 4 minuti",
// "Lesezeit: 3 Min.", "3 min read" (reading_aid()), a boilerplate line already, does not end the standfirst: the
// byline under it does, and the standfirst stays the lede (it was lost when a picture's caption and credit followed
// the date). Every page is invented.
#include <catch2/catch.hpp>

#include "head36_rows.hpp"

using namespace archive;
using archive::test::HeadLedeRow;

TEST_CASE("a reading time between the standfirst and the byline keeps the lede", "[classify][lede][head36]") {
    const HeadLedeRow rows[] = {
        {
         "El juez cita al alcalde de Puerto Llano por el contrato de la piscina municipal\n"
         "La Fiscalía aprecia indicios de prevaricación en la adjudicación de las obras de 2024\n"
         "Lectura: 3 min\n"
         "Por Ana Ruiz y Pedro Gil\n"
         "Madrid\n"
         "24/11/2026 16:05\n"
         "El alcalde, en una imagen de archivo.\n"
         "EL DIARIO\n"
         "El juzgado de instrucción número dos ha citado como investigado al alcalde por la adjudicación de la piscina municipal.\n"
         "Según la Fiscalía, el contrato se adjudicó sin concurso a una empresa de un familiar del concejal de Urbanismo.\n",
         "es", nullptr, "La Fiscalía aprecia indicios de prevaricación en la adjudicación de las obras de 2024"},
        {
         "Il giudice indaga il sindaco di Porto Chiaro per il contratto della piscina comunale\n"
         "La procura ipotizza un abuso d ufficio nell appalto dei lavori assegnati nel 2024\n"
         "Tempo di lettura: 4 minuti\n"
         "di Anna Bianchi\n"
         "Roma\n"
         "24/11/2026 16:05\n"
         "Il sindaco in una foto d'archivio.\n"
         "LA GAZZETTA\n"
         "Il giudice per le indagini preliminari ha iscritto il sindaco nel registro degli indagati per l appalto della piscina.\n"
         "Secondo la procura, il contratto fu assegnato senza gara a una ditta di un parente dell assessore ai lavori pubblici.\n",
         "it", nullptr, "La procura ipotizza un abuso d ufficio nell appalto dei lavori assegnati nel 2024"},
        {
         "Richter ermittelt gegen den Bürgermeister von Seehafen wegen des Schwimmbads\n"
         "Die Staatsanwaltschaft sieht Hinweise auf Untreue bei der Vergabe der Bauarbeiten von 2024\n"
         "Lesezeit: 3 Min.\n"
         "Von Anna Muster\n"
         "Hamburg\n"
         "24.11.2026, 16:05 Uhr\n"
         "Der Bürgermeister auf einem Archivbild.\n"
         "DER KURIER\n"
         "Das Amtsgericht hat ein Verfahren gegen den Bürgermeister wegen der Vergabe des Schwimmbads eröffnet.\n"
         "Nach Angaben der Staatsanwaltschaft ging der Auftrag ohne Ausschreibung an eine Firma eines Verwandten des Baudezernenten.\n",
         "de", nullptr, "Die Staatsanwaltschaft sieht Hinweise auf Untreue bei der Vergabe der Bauarbeiten von 2024"},
        {
         "Judge summons the mayor of Harbourton over the swimming pool contract\n"
         "Prosecutors see signs of misconduct in the award of the building works in 2024\n"
         "3 min read\n"
         "By Jane Roe\n"
         "London\n"
         "November 24, 2026 4:05 pm\n"
         "The mayor in a file picture.\n"
         "THE COURIER\n"
         "The district court has named the mayor as a suspect over the award of the municipal swimming pool contract.\n"
         "According to prosecutors, the contract went without a tender to a firm owned by a relative of the planning councillor.\n",
         "en", nullptr, "Prosecutors see signs of misconduct in the award of the building works in 2024"},
    };
    archive::test::check_head_ledes(rows);
}
