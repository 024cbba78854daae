// Table-driven tests of the source an "according to" phrase names and of the runs of capitalised words read as a
// speaker's name, on invented sentences in several languages.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

#include <vector>

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a genitive after the noun of an according phrase belongs to its mention", "[quotes][mentions]") {
    // "Laut einem Bericht der Zeitung soll ...": the verb after the genitive is no part of the mention, and a
    // newspaper named by its noun alone is a medium, no speaker.
    check_quotes({
        {"de", {"Laut einem Bericht der Zeitung soll der Umbau mehr als zehn Millionen Euro kosten."},
         "soll der Umbau mehr als zehn Millionen Euro kosten", "", "einem Bericht der Zeitung"},
        {"de", {"Laut einer neuen Studie der Hafenbehörde liegt der Schaden bei zwei Millionen Euro."},
         "liegt der Schaden bei zwei Millionen Euro", "Hafenbehörde", "einer neuen Studie der Hafenbehörde"},
        {"de", {"Laut einer Umfrage der Handelskammer wollen die meisten Betriebe im Herbst neue Leute einstellen."},
         "wollen die meisten Betriebe im Herbst neue Leute einstellen", "Handelskammer",
         "einer Umfrage der Handelskammer"},
        {"de", {"Laut einem Bericht der Zeitung The Harbour Post soll der Hafen im Winter verkauft werden."},
         "soll der Hafen im Winter verkauft werden", "The Harbour Post", "einem Bericht der Zeitung The Harbour Post"},
        {"de", {"Laut einer neuen Studie soll der Schaden bei zwei Millionen Euro liegen."},
         "soll der Schaden bei zwei Millionen Euro liegen", "", "einer neuen Studie"},
    });
}

TEST_CASE("a speech verb's form in the source after an according phrase is a noun, no cue", "[quotes][cues]") {
    // "according to a recently published report": "report" names the source; the cue is the according phrase ("secondo
    // quanto dice": "dice" opens no mention of its own).
    check_quotes({
        {"en", {"The repairs will cost more than ten million dollars, according to a recently published report."},
         "The repairs will cost more than ten million dollars", "", "a recently published report"},
        {"en", {"The ferries will use the old quay until June, according to police reports."},
         "The ferries will use the old quay until June", "", "police reports"},
        {"fr", {"Les travaux coûteront plus de dix millions d'euros, selon une annonce publiée lundi."},
         "Les travaux coûteront plus de dix millions d'euros", "", "une annonce publiée"},
        {"it", {"«Il porto riaprirà a giugno», secondo quanto dice il sindaco Marco Bruni."}, "Il porto riaprirà a giugno",
         "Marco Bruni"},
    });
}

TEST_CASE("a role with its body in the genitive stands before the name", "[quotes][names]") {
    // "Rzecznik Kremla Dmitrij Pieskow": the role and the capitalised body it serves, then the name.
    check_quotes({
        {"pl", {"Rzecznik Zarządu Portu Adam Kowalski oświadczył, że prace potrwają co najmniej trzy miesiące."},
         "prace potrwają co najmniej trzy miesiące", "Adam Kowalski"},
        {"pl", {"Dyrektor Urzędu Morskiego Ewa Nowak powiedziała, że statki skorzystają ze starego nabrzeża."},
         "statki skorzystają ze starego nabrzeża", "Ewa Nowak"},
        {"pl", {"„Ambasador wróci do Pragi w czerwcu” – oświadczył szef MSZ Jan Wójcik."},
         "Ambasador wróci do Pragi w czerwcu", "Jan Wójcik"},
    });
}

TEST_CASE("a word and one capital letter name a product, no person", "[quotes][names]") {
    // "Sputnik V", "Model S": no one a later role noun may stand for.
    check_quotes({
        {"pl",
         {"Rząd rozważa zakup nowych promów Sonata X – minister infrastruktury oświadczył w poniedziałek, że ma wobec "
          "nich stosunek „neutralny”."},
         "neutralny", ""},
        {"en",
         {"The town council wants to buy the Harbour X ferry. The mayor said the ferry was “a good deal for everyone”."},
         "a good deal for everyone", ""},
        {"de",
         {"Die Stadt will die Fähre Nordlicht X kaufen. Der Bürgermeister nannte sie „ein gutes Geschäft“."},
         "ein gutes Geschäft", ""},
        {"fr",
         {"La ville veut acheter le ferry Aurore X. « C'est une bonne affaire pour tous », a déclaré le maire."},
         "C'est une bonne affaire pour tous", ""},
    });
}
