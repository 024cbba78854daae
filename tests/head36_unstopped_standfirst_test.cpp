// A standfirst printed with no closing stop ("Nel 2027 saranno stanziati 300 milioni di euro in più. Le regioni
// dovranno contribuire in misura maggiore"), longer than the title over it, decks that title as a stopped one does:
// with the date, the update and the byline lines under it, a picture's caption under them (which repeats the body's
// words) no longer takes the headline. Every page is invented; the Spanish one was read right before too.
#include <catch2/catch.hpp>

#include "head36_rows.hpp"

using namespace archive;
using archive::test::HeadLedeRow;

TEST_CASE("an unstopped standfirst under the title keeps the title over the date, byline and caption",
          "[classify][headline][head36]") {
    const HeadLedeRow rows[] = {
        {
         "Notizie\n"
         "Info\n"
         "Sport\n"
         "Cultura\n"
         "Svizzera\n"
         "Il governo aumenta i sussidi per gli affitti degli studenti\n"
         "Nel 2027 saranno stanziati 300 milioni di euro in più. Le regioni dovranno contribuire in misura maggiore\n"
         "24 novembre 2026, 16:05\n"
         "Aggiornato: 24 novembre 2026, 18:20\n"
         "Di: Anna Bernasconi\n"
         "La ministra dell'Università Giulia Ferri a Roma\n"
         "Keystone\n"
         "Il governo ha deciso martedì di aumentare di 300 milioni di euro i sussidi per gli affitti degli studenti fuori sede a partire dal 2027.\n"
         "\"Le famiglie sono sotto pressione\", ha spiegato la ministra dell'Università Giulia Ferri in conferenza stampa a Roma. Secondo la ministra, le regioni dovranno però fare la loro parte.\n"
         "Nelle città universitarie, dove gli affitti sono tra i più alti del Paese, la misura è stata accolta con favore dalle associazioni degli studenti.\n",
         "it", "Il governo aumenta i sussidi per gli affitti degli studenti", "Nel 2027 saranno stanziati 300 milioni di euro in più. Le regioni dovranno contribuire in misura maggiore"},
        {
         "Noticias\n"
         "España\n"
         "Deportes\n"
         "Cultura\n"
         "Economía\n"
         "El Gobierno aumenta las ayudas al alquiler de los estudiantes\n"
         "En 2027 se destinarán 300 millones de euros más. Las comunidades deberán aportar una parte mayor\n"
         "24 de noviembre de 2026, 16:05\n"
         "Actualizado: 24 de noviembre de 2026, 18:20\n"
         "Por: Ana Ruiz\n"
         "La ministra de Universidades Lucía Serrano en Madrid\n"
         "EFE\n"
         "El Gobierno decidió el martes aumentar en 300 millones de euros las ayudas al alquiler de los estudiantes que viven fuera de casa a partir de 2027.\n"
         "\"Las familias están bajo presión\", explicó la ministra de Universidades Lucía Serrano en rueda de prensa en Madrid. Según la ministra, las comunidades deberán hacer su parte.\n"
         "En las ciudades universitarias, donde los alquileres están entre los más altos del país, la medida fue bien recibida por las asociaciones de estudiantes.\n",
         "es", "El Gobierno aumenta las ayudas al alquiler de los estudiantes", "En 2027 se destinarán 300 millones de euros más. Las comunidades deberán aportar una parte mayor"},
    };
    for (const Article& a : archive::test::check_head_ledes(rows)) {
        REQUIRE(a.media.size() == 1);
        CHECK(a.media.front().caption.has_value());
    }
}
