// Table-driven tests of a quote spelling out words a name owns: a noun of someone's words ([owned_utterance_words])
// and its owner, a name in the genitive or possessive or after a linking word ([owner_link_words]), set off by a comma
// right before the quote ("Die Worte Holts, „Q“, nannte Roth einen Fehler"): the owner speaks, not the subject of the
// verb after the quote; on invented sentences.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("the owner of the words a quote spells out is its speaker", "[quotes][speakers]") {
    check_quotes({
        // the owner named before, in full
        {"de",
         {"Stadtrat Peter Holt sprach am Dienstag lange über den neuen Hafen von Kleinau.",
          "Die Worte Holts, „der Hafen ist zu teuer für unsere Stadt“, nannte Bürgermeisterin Anna Roth einen Fehler."},
         "der Hafen ist zu teuer für unsere Stadt", "Peter Holt", "Holts"},
        {"de",
         {"Stadtrat Peter Holt sprach am Dienstag lange über den neuen Hafen von Kleinau.",
          "Holts Worte, „der Hafen ist zu teuer für unsere Stadt“, nannte Bürgermeisterin Anna Roth einen Fehler."},
         "der Hafen ist zu teuer für unsere Stadt", "Peter Holt", "Holts"},
        {"de",
         {"Die Äußerung des Ministers Karl Holt, „die Bahn fährt bald wieder pünktlich“, wies Anna Roth zurück."},
         "die Bahn fährt bald wieder pünktlich", "Karl Holt"},
        {"en",
         {"Councillor Peter Holt spoke at length on Tuesday about the new harbour of Littleford.",
          "Holt's words, “the harbour is too costly for our town”, Mayor Anna Roth called a mistake."},
         "the harbour is too costly for our town", "Peter Holt", "Holt's"},
        {"en",
         {"The remarks of Peter Holt, “the trains will soon run on time again”, Anna Roth called wishful thinking."},
         "the trains will soon run on time again", "Peter Holt"},
        {"fr",
         {"Le conseiller Pierre Holt a longuement parlé mardi du nouveau port de Petiteville.",
          "Les mots de Holt, « le port coûte trop cher pour notre ville », la maire Anne Roth les a qualifiés "
          "d'erreur."},
         "le port coûte trop cher pour notre ville", "Pierre Holt", "Holt"},
        {"fr",
         {"Les propos du ministre Paul Holt, « les trains seront bientôt à l'heure », la maire Anne Roth les a "
          "qualifiés de naïfs."},
         "les trains seront bientôt à l'heure", "Paul Holt", "ministre Paul Holt"},
        {"it",
         {"Le parole di Paolo Holt, «il porto costa troppo per la nostra città», Anna Roth le ha definite un "
          "errore."},
         "il porto costa troppo per la nostra città", "Paolo Holt"},
        {"es",
         {"Las palabras de Pablo Holt, «el puerto cuesta demasiado para nuestra ciudad», Ana Roth las calificó "
          "de error."},
         "el puerto cuesta demasiado para nuestra ciudad", "Pablo Holt"},
    });
}

TEST_CASE("a comma before a quote after words nobody owns leaves the verb's subject the speaker", "[quotes][speakers]") {
    check_quotes({
        // no name after the noun: the words are the subject's own
        {"de",
         {"Bürgermeisterin Anna Roth wählte am Abend deutliche Worte, „der Hafen ist zu teuer“, sagte sie."},
         "der Hafen ist zu teuer", "Anna Roth"},
        {"en",
         {"Mayor Anna Roth chose her words with care, “the harbour is too costly”, she said."},
         "the harbour is too costly", "Anna Roth"},
        // a name after the comma, no noun of words before it
        {"fr",
         {"La maire Anne Roth a répondu à Pierre Holt, « le port coûte trop cher », a-t-elle dit."},
         "le port coûte trop cher", "Anne Roth"},
    });
}

TEST_CASE("the owner of the words is named without the ending of the genitive or possessive", "[quotes][speakers]") {
    check_quotes({
        // an owner the text names here first
        {"de",
         {"Die Worte Holts, „der Hafen ist zu teuer für unsere Stadt“, nannte Bürgermeisterin Anna Roth einen Fehler."},
         "der Hafen ist zu teuer für unsere Stadt", "Holt", "Holts"},
        {"en",
         {"Councillor Holt's remark, “the harbour is too costly for our town”, Anna Roth called a mistake."},
         "the harbour is too costly for our town", "Holt", "Councillor Holt's"},
        // a title, and a preposition opening the sentence, are no part of the name
        {"en",
         {"In Dr. Holt's words, “the harbour is too costly for our town”, and Anna Roth called that a mistake."},
         "the harbour is too costly for our town", "Holt", "Dr. Holt's"},
        // a linking word: the name keeps its last letter
        {"de",
         {"Die Aussage von Stadtrat Jens Klaus, „der Hafen ist zu teuer“, nannte Anna Roth einen Fehler."},
         "der Hafen ist zu teuer", "Jens Klaus"},
    });
}
