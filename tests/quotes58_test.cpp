// Names read wrong in quotes (quotes58): a conjunction or an adverb of time opening a sentence, capitalised there,
// glued to the surname after it ("Once Roe arrived" gave a person "Once Roe").
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;

TEST_CASE("an adverb or a conjunction opening a sentence is no given name of the surname after it",
          "[quotes][names][quotes58]") {
    // ("Once Fetter arrived", "Later Carter turned", "Danach Weber ging", "Quand Roux est arrivée", "Quando Rossi":
    // the name is the surname alone, and the pronoun after it the person named in full before)
    quote_rows::check_quotes({
        {"en",
         {"The engineer Ellen Marsh joined the laboratory in 1961 after a degree in mathematics.",
          "Once Marsh arrived in the building, the work began in earnest. \"He carried a lot in his head,\" she said."},
         "He carried a lot in his head",
         "Ellen Marsh",
         "she"},
        {"en",
         {"The lawyer Tom Carver spoke to the court for an hour on Tuesday about the case against the bank.",
          "Later Carver turned to the jury. \"This was a theft from every saver in town,\" he said."},
         "This was a theft from every saver in town",
         "Tom Carver",
         "he"},
        {"de",
         {"Die Ärztin Anna Wendler arbeitet seit zehn Jahren in der Klinik am Stadtrand.",
          "Danach Wendler ging nach Hause. „Wir hatten keine andere Wahl“, sagte sie."},
         "Wir hatten keine andere Wahl",
         "Anna Wendler",
         "sie"},
        {"fr",
         {"L'infirmière Claire Daubin travaille depuis dix ans à l'hôpital de la ville.",
          "Quand Daubin est arrivée, le service était vide. « Nous n'avions pas le choix », a-t-elle dit."},
         "Nous n'avions pas le choix",
         "Claire Daubin",
         "elle"},
        {"fr",
         {"L'infirmière Claire Daubin travaille depuis dix ans à l'hôpital de la ville.",
          "Lorsque Daubin est arrivée, le service était vide. « Nous n'avions pas le choix », a-t-elle dit."},
         "Nous n'avions pas le choix",
         "Claire Daubin"},
        {"it",
         {"L'avvocato Marco Ruspoli ha parlato per un'ora davanti alla corte d'appello della città.",
          "Quando Ruspoli è arrivato, l'aula era vuota. «Non avevamo nessuna scelta», ha detto."},
         "Non avevamo nessuna scelta",
         "Marco Ruspoli"},
    });
}

TEST_CASE("a capitalised opening word that is no adverb still opens a name", "[quotes][names][quotes58]") {
    // (guards: a given name opening the sentence stays the person's; a one-letter initial is no conjunction "E", "Y")
    quote_rows::check_quotes({
        {"en",
         {"Nora Pell arrived in the building at dawn. \"We had no choice at all,\" she said."},
         "We had no choice at all",
         "Nora Pell"},
        {"it",
         {"E. Lucio Ferrante ha parlato per un'ora. «Non avevamo nessuna scelta», ha detto Ferrante."},
         "Non avevamo nessuna scelta",
         "E. Lucio Ferrante"},
    });
}

TEST_CASE("a capitalised surname particle after a speech verb opens the surname", "[quotes][names][quotes58]") {
    // ("zei De Wilde", "ha detto Di Pietrangeli", "disse Dos Reis", "a dit Du Plessis": a surname first met alone
    // after its cue keeps its particle, no "Wilde")
    quote_rows::check_speakers({
        {"nl", "\"We moeten veel sneller handelen\", zei De Wilde na afloop van het bezoek.",
         "We moeten veel sneller handelen", "De Wilde"},
        {"it", "«Dobbiamo agire molto più in fretta», ha detto Di Pietrangeli alla fine.",
         "Dobbiamo agire molto più in fretta", "Di Pietrangeli"},
        {"pt", "\"Temos de agir muito mais depressa\", disse Dos Reis no fim da visita.",
         "Temos de agir muito mais depressa", "Dos Reis"},
        {"fr", "« Il faut agir beaucoup plus vite », a dit Du Plessis à la fin.", "Il faut agir beaucoup plus vite",
         "Du Plessis"},
    });
}

TEST_CASE("a capitalised article that is a particle too opens no name after a noun", "[quotes][names][quotes58]") {
    // ("fietsenwinkel De Spaak", "la librería De Luna": a shop or a paper named after a noun is no person, and the
    // speaker stays the one named before)
    quote_rows::check_quotes({
        {"nl",
         {"Ondernemer Joost Brink van fietsenwinkel De Trapper maakt zich zorgen. \"Mijn klanten komen juist over "
          "die brug\", zegt hij."},
         "Mijn klanten komen juist over die brug",
         "Joost Brink",
         "hij"},
        {"es",
         {"El librero Tomás Prieto, de la librería De Luna, está preocupado. «Mis clientes vienen por el puente», "
          "dijo él."},
         "Mis clientes vienen por el puente",
         "Tomás Prieto"},
    });
}
