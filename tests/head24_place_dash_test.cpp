// "Chiavenna - Il sindaco ...", "Tudela - El ...", "Barcelos - A Câmara ...": an Italian, Spanish or Portuguese local
// paper's place in small letters and a spaced dash opening the text, an article after the dash (small_place_dash()).
#include <catch2/catch.hpp>

#include "press_datelines.hpp"

#include <string>

using namespace archive;

TEST_CASE("a local paper's place in small letters, a dash and an article open the text as its dateline",
          "[classify][dateline][small_place_dash][head24]") {
    struct Row {
        const char* paragraph;
        const char* lang;
        const char* place; // "" for none
    };
    const Row rows[] = {
        {"Morbegno - Il consiglio comunale ha approvato ieri sera il nuovo piano per i parcheggi del centro.", "it",
         "Morbegno"},
        {"Tirano - L'assessore ai lavori pubblici ha annunciato la riapertura della strada entro la fine del mese.",
         "it", "Tirano"},
        {"Estella - La Policía Foral ha detenido a dos jóvenes por el robo de varias bicicletas en el polideportivo.",
         "es", "Estella"},
        {"Guimarães – O município vai investir dois milhões de euros na requalificação do mercado municipal.", "pt",
         "Guimarães"},
        // no article after the dash: a label or a name opens such a text as often as a place does
        {"Sucesos - Dos vecinos de la localidad resultaron heridos tras caer desde un andamio en la obra.", "es", ""},
        {"Morbegno - Ieri sera il consiglio comunale ha approvato il nuovo piano per i parcheggi.", "it", ""},
        // a label of a notice, a stopword, no sentence after the dash, two words before it
        {"Aggiornamento - La strada è stata riaperta al traffico nel pomeriggio dopo i controlli.", "it", ""},
        {"Como - Il lago è tornato a salire dopo le piogge dei giorni scorsi sulla sponda ovest.", "es", ""},
        {"Tirano - Il nuovo mercato coperto", "it", ""},
        {"Alta Valle - Il consiglio comunale ha approvato ieri sera il nuovo piano per i parcheggi.", "it", ""},
        // in capitals: plain_dateline()'s
        {"MORBEGNO - Il consiglio comunale ha approvato ieri sera il nuovo piano per i parcheggi del centro.", "it",
         ""},
        // French and English pages keep no such rule: a name or a label before a dash
        {"Vireval - Le quai restera fermé jusqu'au printemps pour la réparation des pieux.", "fr", ""},
    };
    for (const Row& r : rows) {
        INFO(r.paragraph);
        CHECK(small_place_dash(r.paragraph, r.lang).value_or("") == r.place);
    }
}
