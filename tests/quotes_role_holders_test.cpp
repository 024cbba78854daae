// Table-driven tests of a role noun that no name was given with: the person named after the role was met is not its
// holder, on invented sentences in several languages.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a role met with no name is not the role of a person named after it", "[quotes][speakers]") {
    // The role comes first, with an article and no name; a person of no known role is named next; the role noun
    // again is the one the text did not name, not that person.
    check_quotes({
        {"en",
         {"The city's mayor presented a plan on Tuesday to build a new wall along the old quay.",
          "\"It is about time,\" said Peter Johns, who has lived by the quay for years.",
          "\"The wall will be finished in 2030,\" the mayor said."},
         "The wall will be finished in 2030", ""},
        {"nl",
         {"De minister van Verkeer presenteerde dinsdag een plan voor drie nieuwe sluizen.",
          "\"Het wordt tijd\", zei Piet Jansen, die al jaren aan het kanaal woont.",
          "\"Het plan kost vierhonderd miljoen euro\", zei de minister."},
         "Het plan kost vierhonderd miljoen euro", ""},
        {"de",
         {"Der Bürgermeister stellte am Dienstag einen Plan für eine neue Mauer am Kai vor.",
          "„Es wird Zeit“, sagte Peter Jansen, der seit Jahren am Kai wohnt.",
          "„Die Mauer ist 2030 fertig“, sagte der Bürgermeister."},
         "Die Mauer ist 2030 fertig", ""},
        {"fr",
         {"Le maire a présenté mardi un projet de nouveau mur le long du vieux quai.",
          "« Il était temps », a déclaré Pierre Janin, qui habite près du quai depuis des années.",
          "« Le mur sera prêt en 2030 », a dit le maire."},
         "Le mur sera prêt en 2030", ""},
        {"es",
         {"El alcalde presentó el martes un plan para un nuevo muro junto al viejo muelle.",
          "«Ya era hora», dijo Pedro Jiménez, que vive junto al muelle desde hace años.",
          "«El muro estará listo en 2030», dijo el alcalde."},
         "El muro estará listo en 2030", ""},
    });
    // Named first, the person may still be the one the role noun speaks of later ("a dit François Hollande. [...] a
    // souligné le chef de l'Etat"), even when the role is met with no name in between.
    check_quotes({
        {"en",
         {"\"It is about time,\" said Peter Johns on Tuesday.",
          "The mayor later walked along the old quay with the workers.",
          "\"The wall will be finished in 2030,\" the mayor said."},
         "The wall will be finished in 2030", "Peter Johns"},
        {"de",
         {"„Es wird Zeit“, sagte Peter Jansen am Dienstag.", "Der Bürgermeister ging danach mit den Arbeitern am Kai entlang.",
          "„Die Mauer ist 2030 fertig“, sagte der Bürgermeister."},
         "Die Mauer ist 2030 fertig", "Peter Jansen"},
        {"fr",
         {"« Il était temps », a déclaré Pierre Janin mardi.", "Le maire a ensuite longé le vieux quai avec les ouvriers.",
          "« Le mur sera prêt en 2030 », a dit le maire."},
         "Le mur sera prêt en 2030", "Pierre Janin"},
    });
}

TEST_CASE("a role noun goes to a person, or to the only name met as a subject, else to no one", "[quotes][speakers]") {
    // The names before the role are of unknown kind (a pier, a card; a street's name is a place: quotes57_test; a
    // radio's a medium: quotes59_test) and there are two of them: the most recent is no person the role could describe.
    check_quotes({
        {"en",
         {"Blue Harbour Card is valid on all the buses of the town from Monday morning.",
          "Vale Pier stayed closed for the whole day and the ferries did not sail.",
          "\"We will not give in to the owners of the port,\" the union leader said."},
         "We will not give in to the owners of the port", ""},
        {"de",
         {"Die Blau-Gelb Karte gilt seit Montag in allen Bussen der Stadt und kostet zehn Euro.",
          "Am Dienstag blieb Hafen Nord den ganzen Tag geschlossen, und die Fähren fuhren nicht.",
          "„Wir geben den Eigentümern des Hafens nicht nach“, sagte der Gewerkschaftschef."},
         "Wir geben den Eigentümern des Hafens nicht nach", ""},
        {"fr",
         {"Carte Bleu Norland est valable depuis lundi dans tous les bus de la ville.",
          "Port Vale est resté fermé toute la journée et les ferries ne sont pas partis.",
          "« Nous ne céderons pas aux propriétaires du port », a déclaré le dirigeant syndical."},
         "Nous ne céderons pas aux propriétaires du port", ""},
        {"es",
         {"Tarjeta Azul Norland es válida desde el lunes en todos los autobuses de la ciudad.",
          "Muelle Vale permaneció cerrado todo el día y los transbordadores no zarparon.",
          "«No cederemos ante los dueños del puerto», dijo el dirigente sindical."},
         "No cederemos ante los dueños del puerto", ""},
    });
    // The only name met as a subject may hold the role.
    check_quotes({
        {"en",
         {"Tom Vale opened the new pier at the port on Monday morning.",
          "\"We will not give in to the owners of the port,\" the union leader said."},
         "We will not give in to the owners of the port", "Tom Vale"},
        {"de",
         {"Anna Roth eröffnete am Montag den neuen Anleger im Hafen.",
          "„Wir geben den Eigentümern des Hafens nicht nach“, sagte die Gewerkschaftschefin."},
         "Wir geben den Eigentümern des Hafens nicht nach", "Anna Roth"},
    });
}

TEST_CASE("a civil servant's noun after a quoted official is that official", "[quotes][speakers]") {
    // "La funcionaria explicó que ...": the noun of a civil servant, with no name, speaks again of the person of a
    // role quoted just before, as "the official" does in English.
    check_quotes({
        {"es",
         {"«El puente abrirá en marzo», afirmó la secretaria de Obras, Marta Ríos Pardo.",
          "La funcionaria explicó que el peaje costará lo mismo que el del puente viejo."},
         "el peaje costará lo mismo que el del puente viejo", "Marta Ríos Pardo"},
        {"it",
         {"«Il ponte aprirà a marzo», ha detto l'assessora ai Lavori pubblici, Marta Rossi.",
          "La funzionaria ha spiegato che il pedaggio costerà come quello del ponte vecchio."},
         "il pedaggio costerà come quello del ponte vecchio", "Marta Rossi"},
        {"pt",
         {"«A ponte abre em março», afirmou a secretária de Obras, Marta Ribeiro.",
          "A funcionária explicou que a portagem vai custar o mesmo que a da ponte velha."},
         "a portagem vai custar o mesmo que a da ponte velha", "Marta Ribeiro"},
        {"fr",
         {"« Le pont ouvrira en mars », a déclaré la directrice des travaux, Marthe Rivière.",
          "La fonctionnaire a expliqué que le péage coûtera autant que celui du vieux pont."},
         "le péage coûtera autant que celui du vieux pont", "Marthe Rivière"},
        {"de",
         {"„Die Brücke öffnet im März“, sagte die Leiterin des Bauamts, Martha Reiter.",
          "Die Beamtin erklärte, die Maut werde so viel kosten wie auf der alten Brücke."},
         "die Maut werde so viel kosten wie auf der alten Brücke", "Martha Reiter"},
        {"nl",
         {"\"De brug gaat in maart open\", zei de directeur van de dienst, Maarten de Rijk.",
          "De ambtenaar zei dat de tol even hoog wordt als op de oude brug."},
         "de tol even hoog wordt als op de oude brug", "Maarten de Rijk"},
    });
}
