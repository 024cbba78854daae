// quotes110: a mention opened by an indefinite article ("zegt een woordvoerder", "a spokesman said", "sagte ein
// Sprecher", "ein Kollege aus dem Radclub") brings in someone the text does not name: neither one named later with the
// same role, nor its capitalised noun (probe59 Q3, probe63 Q4). And Dutch role nouns (a Flemish
// "schepen", a team's roles) and mention stops ("ter zitting", "vanochtend", "toen"): probe59 Q4. Invented lines.
#include <catch2/catch.hpp>

#include "quote_checks.hpp"

using namespace archive;
using namespace archive::quote_checks;

TEST_CASE("an indefinite role takes no name from a spokesman named later", "[quotes][quotes110]") {
    check_cues({
        {"nl",
         {"De vervoerder laat weten dat er geen treinen meer rijden. „Het is te gevaarlijk”, zegt een woordvoerder.",
          "Het energiebedrijf meldt storingen. „Onze monteurs werken overal”, aldus woordvoerder Kees Brand."},
         "Het is te gevaarlijk",
         "zegt",
         "",
         "een woordvoerder"},
        {"en",
         {"The rail operator stopped all trains. \"It is too dangerous,\" a spokesman said.",
          "The power company reported outages. \"Our engineers are out everywhere,\" said spokesman Kevin Brand."},
         "It is too dangerous",
         "said",
         "",
         "a spokesman"},
        {"de",
         {"Die Bahn stellte den Verkehr ein. „Es ist zu gefährlich“, sagte ein Sprecher.",
          "Der Stromversorger meldete Ausfälle. „Unsere Techniker sind überall im Einsatz“, sagte Sprecher Kai "
          "Brandt."},
         "Es ist zu gefährlich",
         "sagte",
         "",
         "ein Sprecher"},
        {"fr",
         {"La compagnie a suspendu les trains. « C'est trop dangereux », a déclaré un porte-parole.",
          "Le fournisseur signale des pannes. « Nos techniciens sont partout », a déclaré le porte-parole Marc Brun."},
         "C'est trop dangereux",
         "a déclaré",
         "",
         "un porte-parole"},
        {"es",
         {"La empresa suspendió los trenes. «Es demasiado peligroso», dijo un portavoz.",
          "La eléctrica informó de cortes. «Nuestros técnicos están en todas partes», dijo el portavoz Marcos Bravo."},
         "Es demasiado peligroso",
         "dijo",
         "",
         "un portavoz"},
    });
}

TEST_CASE("an indefinite mention names no one by its capitalised noun", "[quotes][quotes110]") {
    check_cues({
        {"de",
         {"Ich hatte elf Platten im Jahr. Ein Kollege aus dem Radclub meinte nur: „Mach Milch rein, dann hast du "
          "Ruhe.“"},
         "Mach Milch rein, dann hast du Ruhe.",
         "meinte",
         ""},
        {"de",
         {"Die Straße blieb gesperrt. Eine Nachbarin aus dem Dorf sagte: „Das haben wir noch nie erlebt.“"},
         "Das haben wir noch nie erlebt.",
         "sagte",
         ""},
    });
}

TEST_CASE("Dutch role nouns of a Flemish alderman and of a team name the person again", "[quotes][quotes110]") {
    check_cues({
        {"nl",
         {"Schepen van Mobiliteit Annick De Ridder stelde het plan voor.",
          "„De trams rijden vanaf maart vaker”, beloofde de schepen."},
         "De trams rijden vanaf maart vaker",
         "beloofde",
         "Annick De Ridder",
         "de schepen"},
        {"nl",
         {"Brian Brobbey maakte twee doelpunten.", "„Dit is waarom je voetballer wordt”, zei de spits na afloop."},
         "Dit is waarom je voetballer wordt",
         "zei",
         "Brian Brobbey",
         "de spits"},
        {"nl",
         {"Trainer Peter Bosman was niet blij met de scheidsrechter.",
          "„We verdienden meer dan een punt”, zei de trainer."},
         "We verdienden meer dan een punt",
         "zei",
         "Peter Bosman",
         "de trainer"},
    });
}

TEST_CASE("a Dutch time or place of the saying ends the mention", "[quotes][quotes110]") {
    check_cues({
        {"nl",
         {"De man stond terecht voor de steekpartij. „Ik zag rood”, verklaarde hij ter zitting."},
         "Ik zag rood",
         "verklaarde",
         "",
         "hij"},
        {"nl",
         {"„We beginnen in maart”, zei wethouder Lotte Kramer vanochtend."},
         "We beginnen in maart",
         "zei",
         "Lotte Kramer",
         "wethouder Lotte Kramer"},
        {"nl",
         {"„Dit kan zo niet langer”, zei bestuursvoorzitter Liesbeth Vermeer toen."},
         "Dit kan zo niet langer",
         "zei",
         "Liesbeth Vermeer",
         "bestuursvoorzitter Liesbeth Vermeer"},
    });
}
