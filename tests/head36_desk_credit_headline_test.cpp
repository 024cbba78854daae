// A newsroom credited under the title with a phrase of compiling, "A cura della redazione Esteri", "Elaborado por la
// Redacción Internacional", "Réalisé par la rédaction Monde" (desk_credit(): lexicon section desk_credit_phrases,
// then the newsroom's word), is no title: taken for one, it stood as the headline over a live page's title and
// standfirst, and the lede was lost. Every page is invented.
#include <catch2/catch.hpp>

#include "head36_rows.hpp"

using namespace archive;
using archive::test::HeadLedeRow;

TEST_CASE("a newsroom's credit under the standfirst is no headline", "[classify][headline][desk_credit][head36]") {
    const HeadLedeRow rows[] = {
        {
         "Vertice a Bruxelles, la giornata dei leader europei\n"
         "Sul tavolo gli aiuti e le spese per la difesa. Attesa per la conferenza stampa finale\n"
         "A cura della redazione Esteri\n"
         "24 Novembre 2026\n"
         "I capi di Stato e di governo sono arrivati al quartier generale questa mattina, tra le proteste davanti ai cancelli.\n"
         "La premier ha parlato con i giornalisti all arrivo e ha promesso che il governo manterrà gli impegni presi con gli alleati.\n",
         "it", "Vertice a Bruxelles, la giornata dei leader europei", "Sul tavolo gli aiuti e le spese per la difesa. Attesa per la conferenza stampa finale"},
        {
         "Cumbre en Bruselas, la jornada de los líderes europeos\n"
         "Sobre la mesa las ayudas y el gasto en defensa. Se espera la rueda de prensa final\n"
         "Elaborado por la Redacción Internacional\n"
         "24 de noviembre de 2026\n"
         "Los jefes de Estado y de Gobierno llegaron esta mañana a la sede, entre protestas ante las puertas del edificio.\n"
         "La presidenta habló con los periodistas a su llegada y prometió que el Gobierno cumplirá los compromisos con los aliados.\n",
         "es", "Cumbre en Bruselas, la jornada de los líderes europeos", "Sobre la mesa las ayudas y el gasto en defensa. Se espera la rueda de prensa final"},
        {
         "Sommet à Bruxelles, la journée des dirigeants européens\n"
         "Sur la table, les aides et les dépenses de défense. La conférence de presse finale est attendue\n"
         "Réalisé par la rédaction Monde\n"
         "24 novembre 2026\n"
         "Les chefs d État et de gouvernement sont arrivés ce matin au siège, sous les protestations devant les grilles.\n"
         "La présidente a parlé aux journalistes à son arrivée et a promis de tenir les engagements pris envers les alliés.\n",
         "fr", "Sommet à Bruxelles, la journée des dirigeants européens", "Sur la table, les aides et les dépenses de défense. La conférence de presse finale est attendue"},
        {
         "Gipfel in Brüssel: der Tag der europäischen Regierungschefs\n"
         "Auf dem Tisch liegen die Hilfen und die Ausgaben für die Verteidigung. Erwartet wird die Pressekonferenz\n"
         "Zusammengestellt von der Redaktion Ausland\n"
         "24. November 2026\n"
         "Die Staats- und Regierungschefs sind am Morgen am Hauptquartier eingetroffen, vor den Toren wurde protestiert.\n"
         "Die Kanzlerin sprach bei ihrer Ankunft mit den Journalisten und versprach, die Zusagen an die Verbündeten einzuhalten.\n",
         "de", "Gipfel in Brüssel: der Tag der europäischen Regierungschefs", "Auf dem Tisch liegen die Hilfen und die Ausgaben für die Verteidigung. Erwartet wird die Pressekonferenz"},
    };
    archive::test::check_head_ledes(rows);
}
