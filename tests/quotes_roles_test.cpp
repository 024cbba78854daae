// Table-driven tests of speakers given by a pronoun, a role noun or no cue at all after a medium or a body spoke,
// and of the words around an "according to" that name no one, on invented sentences in several languages.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

#include <vector>

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a pronoun or a role noun after a news agency's quote is the person's and not the agency's",
          "[quotes][speakers]") {
    check_quotes({
        {"de",
         {"Innenminister Karl Brenner besuchte am Montag die Baustelle am Hafen.",
          "„Die Regierung hat den Bau längst beschlossen“, berichtete die Nachrichtenagentur Reuters.",
          "„Wir geben den Hafen niemals auf“, sagte er am Abend vor Journalisten."},
         "Wir geben den Hafen niemals auf", "Karl Brenner", "er"},
        {"de",
         {"Die Ministerin Clara Holt besuchte am Montag die Baustelle am Hafen.",
          "„Die Regierung hat den Bau längst beschlossen“, berichtete die Nachrichtenagentur AFP.",
          "„Wir geben den Hafen niemals auf“, sagte sie am Abend vor Journalisten."},
         "Wir geben den Hafen niemals auf", "Clara Holt", "sie"},
        {"en",
         {"Karl Brenner visited the building site at the harbour on Monday.",
          "\"The government decided on the works long ago,\" the news agency Reuters reported.",
          "\"We will never give up the port,\" the minister said in the evening."},
         "We will never give up the port", "Karl Brenner", "the minister"},
        {"fr",
         {"Le ministre Karl Brenner a visité lundi le chantier du port.",
          "« Le gouvernement a décidé des travaux depuis longtemps », a rapporté l'agence Reuters.",
          "« Nous n'abandonnerons jamais le port », a-t-il déclaré le soir."},
         "Nous n'abandonnerons jamais le port", "Karl Brenner"},
        {"es",
         {"El ministro Karl Brenner visitó el lunes las obras del puerto.",
          "«El Gobierno decidió las obras hace tiempo», informó la agencia Reuters.",
          "«Nunca abandonaremos el puerto», dijo el ministro por la tarde."},
         "Nunca abandonaremos el puerto", "Karl Brenner"},
    });
}

TEST_CASE("a quote with no cue after a news agency's quote goes on with the person its paragraph speaks of",
          "[quotes][speakers]") {
    check_quotes({
        {"de",
         {"„Der Bau ist längst beschlossen“, berichtete die Nachrichtenagentur Reuters am Morgen.",
          "Am Abend warb Karl Brenner im Landtag erneut um Zustimmung. Es sei ein „Plan für die ganze Region und "
          "ihre Zukunft“, der Arbeit bringe."},
         "Plan für die ganze Region und ihre Zukunft", "Karl Brenner"},
        {"de",
         {"„Die Pläne liegen seit Monaten vor“, berichtete die Agentur AFP am Mittag.",
          "Die Ministerin Clara Holt verteidigte den Ausbau am Abend vor dem Stadtrat. Es gebe „keine Alternative für "
          "die Stadt und ihre Arbeiter“."},
         "keine Alternative für die Stadt und ihre Arbeiter", "Clara Holt"},
        // (the agency's own report goes on with the agency where no person is spoken of)
        {"de",
         {"„Der Bau ist längst beschlossen“, berichtete die Nachrichtenagentur Reuters am Morgen.",
          "Die Kosten seien „deutlich höher als bisher von allen angenommen“."},
         "deutlich höher als bisher von allen angenommen", "Nachrichtenagentur Reuters"},
    });
}

TEST_CASE("a day or a month after the words of a report names no speaker", "[quotes][mentions]") {
    check_quotes({
        {"en", {"According to a media report published Monday, the port will close for \"at least three months\"."},
         "at least three months", ""},
        {"en", {"According to a study released in March, the port will close for \"three months or more\"."},
         "three months or more", ""},
        {"fr", {"Selon un rapport publié Lundi, le port fermera « au moins trois mois » l'an prochain."},
         "au moins trois mois", ""},
        {"de", {"Laut einem Bericht vom Montag soll der Hafen „mindestens drei Monate“ geschlossen werden."},
         "mindestens drei Monate", ""},
        {"es", {"Según un informe publicado el Lunes, el puerto cerrará «al menos tres meses» el próximo año."},
         "al menos tres meses", ""},
        {"it", {"Secondo un rapporto pubblicato Lunedì, il porto chiuderà «almeno tre mesi» l'anno prossimo."},
         "almeno tre mesi", ""},
        // (a name is still a name: "according to Mayor Ann Roe")
        {"en", {"According to Mayor Ann Roe, the port will close for \"at least three months\"."},
         "at least three months", "Ann Roe"},
    });
}

TEST_CASE("a German role noun goes to the person described with it or to no one", "[quotes][speakers]") {
    check_quotes({
        {"de", {"„Die Lage ist ruhig“, erklärte die Ministerin am Abend."}, "Die Lage ist ruhig", "", "die Ministerin"},
        {"de", {"„Die Lage ist ruhig“, so der Kandidat."}, "Die Lage ist ruhig", ""},
        {"de", {"Die Stadt schloss das Bad, was der Bürgermeister als „längst überfällig“ bezeichnete."},
         "längst überfällig", ""},
        {"de",
         {"Der Hafen von Nordstadt soll nach dem Willen der Regierung erweitert werden.",
          "„Die Lage ist ruhig“, sagte ein Polizeisprecher."},
         "Die Lage ist ruhig", ""},
        {"de",
         {"Polizeisprecher Jonas Keller war am Dienstag am Hafen von Nordstadt.",
          "„Die Lage ist ruhig“, sagte ein Polizeisprecher am Abend."},
         "Die Lage ist ruhig", "Jonas Keller"},
        {"de",
         {"Verkehrsministerin Clara Holt war am Dienstag am Hafen von Nordstadt.",
          "„Die Lage ist ruhig“, erklärte die Ministerin am Abend."},
         "Die Lage ist ruhig", "Clara Holt"},
        {"de",
         {"Der Kandidat der Grünen, Jonas Keller, besuchte am Dienstag die Baustelle.",
          "„Die Lage ist ruhig“, so der Kandidat."},
         "Die Lage ist ruhig", "Jonas Keller"},
        // (a role nobody was described with still goes to the one person spoken of)
        {"de",
         {"Peter Roth besuchte am Dienstag die Baustelle am Hafen.", "„Die Lage ist ruhig“, erklärte der Minister."},
         "Die Lage ist ruhig", "Peter Roth"},
        {"en",
         {"Anna Roth visited the building site at the harbour of Northfield on Tuesday.",
          "\"The situation is calm,\" the minister said in the evening."},
         "The situation is calm", "Anna Roth"},
    });
}

TEST_CASE("the complement of a role noun after the cue runs on to the name set off by commas",
          "[quotes][mentions]") {
    check_quotes({
        {"en", {"\"We need new rules for the harbour,\" said the president of the union, Ute Vogt."},
         "We need new rules for the harbour", "Ute Vogt", "the president of the union, Ute Vogt"},
        {"en", {"\"We need new rules for the harbour,\" said the chairwoman of the port authority, Ute Vogt, on Monday."},
         "We need new rules for the harbour", "Ute Vogt", "the chairwoman of the port authority, Ute Vogt"},
        {"de", {"„Wir brauchen neue Regeln für den Hafen“, sagt die Präsidentin der HBN, Ute Vogt."},
         "Wir brauchen neue Regeln für den Hafen", "Ute Vogt", "die Präsidentin der HBN, Ute Vogt"},
        {"fr", {"« Il nous faut de nouvelles règles pour le port », a déclaré la présidente du syndicat, Ute Vogt."},
         "Il nous faut de nouvelles règles pour le port", "Ute Vogt"},
        {"es", {"«Necesitamos nuevas reglas para el puerto», dijo la presidenta del sindicato, Ute Vogt."},
         "Necesitamos nuevas reglas para el puerto", "Ute Vogt"},
        {"it", {"«Servono nuove regole per il porto», ha detto la presidente del sindacato, Ute Vogt."},
         "Servono nuove regole per il porto", "Ute Vogt"},
        // (no name after the comma: the role and what it is of stay the mention)
        {"en", {"\"We need new rules for the harbour,\" said the president of the union, adding that talks would go on."},
         "We need new rules for the harbour", "", "the president of the union"},
    });
}
