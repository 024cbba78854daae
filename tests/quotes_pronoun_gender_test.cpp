// Table-driven tests of a gendered pronoun and the people it may stand for: never one known to be of the other
// gender (a trade's feminine or masculine form described her or him), and an unnamed role of its gender met since
// the last person named holds it; on invented sentences in several languages.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a trade's gendered form before a name keeps a pronoun of the other gender off her or him",
          "[quotes][speakers]") {
    check_quotes({
        {"fr",
         {"Apicultrice à Murat depuis vingt ans, Maëlle Durandeau dirige la coopérative du plateau.",
          "Il nous a expliqué que « les caisses sont vides jusqu'en 2028 », sans plus de détails."},
         "les caisses sont vides jusqu'en 2028", "", "Il"},
        {"it",
         {"Apicoltrice a Bobbio da vent'anni, Lucia Ferrandi guida la cooperativa della valle.",
          "Lui ci ha spiegato che «le casse sono vuote fino al 2028», senza altri dettagli."},
         "le casse sono vuote fino al 2028", "", "Lui"},
        {"es",
         {"Apicultora en Soria desde hace veinte años, Marta Quiroga dirige la cooperativa del valle.",
          "Él nos explicó que «las arcas están vacías hasta 2028», sin más detalles."},
         "las arcas están vacías hasta 2028", "", "Él"},
    });
    // The pronoun of her own gender still stands for her.
    check_quotes({
        {"fr",
         {"Apicultrice à Murat depuis vingt ans, Maëlle Durandeau dirige la coopérative du plateau.",
          "Elle nous a expliqué que « les caisses sont vides jusqu'en 2028 », sans plus de détails."},
         "les caisses sont vides jusqu'en 2028", "Maëlle Durandeau", "Elle"},
    });
}

TEST_CASE("an unnamed role of the pronoun's gender met since the last name holds the pronoun", "[quotes][speakers]") {
    check_quotes({
        {"fr",
         {"Dominique Arnaud dirige la coopérative depuis vingt ans. Le conseiller chargé du dossier nous a reçus en "
          "juin. Il nous a expliqué que « les caisses sont vides jusqu'en 2028 »."},
         "les caisses sont vides jusqu'en 2028", "", "Il"},
        {"it",
         {"Andrea Valli guida la cooperativa da vent'anni. Il consigliere delegato ci ha ricevuti a giugno. Lui ci ha "
          "spiegato che «le casse sono vuote fino al 2028»."},
         "le casse sono vuote fino al 2028", "", "Lui"},
        {"es",
         {"Guadalupe Ferrer dirige la cooperativa desde hace veinte años. El concejal responsable nos recibió en "
          "junio. Él nos explicó que «las arcas están vacías hasta 2028»."},
         "las arcas están vacías hasta 2028", "", "Él"},
        {"de",
         {"Maria Lindqvist führt seit Jahren das Museum am Fluss. Der Bürgermeister hat die Pläne am Montag vorgestellt.",
          "„Wir wollen das Ufer bis zum Sommer öffnen“, sagte er."},
         "Wir wollen das Ufer bis zum Sommer öffnen", "", "er"},
    });
    // The role was named before: its holder takes the pronoun.
    check_quotes({
        {"fr",
         {"La ministre de l'Agriculture, Hélène Vautrin, a visité la ferme mardi.",
          "« La route est dangereuse », a témoigné Lucie Brémond, éleveuse depuis vingt ans.",
          "Interrogée sur ce point, la ministre a promis une aide. « Personne ne sera oublié », a-t-elle affirmé."},
         "Personne ne sera oublié", "Hélène Vautrin", "elle"},
        {"es",
         {"La ministra de Agricultura, Elena Vautrin, visitó la granja el martes.",
          "«La carretera es peligrosa», dijo Lucía Bremón, ganadera desde hace veinte años.",
          "Preguntada por ello, la ministra prometió una ayuda. «Nadie será olvidado», afirmó ella."},
         "Nadie será olvidado", "Elena Vautrin", "ella"},
    });
    // A role met as an object, after its verb, is no subject that a pronoun stands for.
    check_quotes({
        {"de",
         {"Maria Lindqvist lebt seit Jahren in Ahrweiler. Der Preis überraschte die Autorin. Sie sagte: „Ich habe "
          "damit nicht gerechnet.“"},
         "Ich habe damit nicht gerechnet.", "Maria Lindqvist", "Sie"},
    });
    // The role is the named person's own: the pronoun stays hers or his.
    check_quotes({
        {"fr",
         {"Le conseiller Paul Roux dirige le dossier depuis juin. Le conseiller nous a reçus en juin. Il nous a "
          "expliqué que « les caisses sont vides jusqu'en 2028 »."},
         "les caisses sont vides jusqu'en 2028", "Paul Roux", "Il"},
    });
}

TEST_CASE("a verb of saying after a verb of meaning is no cue", "[quotes][cues]") {
    check_quotes({
        {"fr",
         {"Dominique Arnaud dirige la coopérative depuis vingt ans. Le conseiller chargé du dossier nous a reçus en "
          "juin. Il nous a expliqué que « les caisses sont vides jusqu'en 2028 », ce qui veut dire que rien ne "
          "bougera."},
         "les caisses sont vides jusqu'en 2028", "", "Il"},
        {"fr",
         {"Le maire a parlé longtemps. « Les caisses sont vides », ce qui voulait dire que rien ne bougerait."},
         "Les caisses sont vides", "", ""},
    });
}
