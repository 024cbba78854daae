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
