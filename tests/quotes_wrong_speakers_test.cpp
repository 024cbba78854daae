// Kinds of mention that named the wrong speaker: the owner of a possessive before the apposition that names the
// speaker, a place after an unnamed person's noun, a sentence adverb opening the clause.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a name set off after a possessive body's role noun is the speaker, not the body", "[quotes][speak23]") {
    check_quotes({
        {"en", {"At the launch, Harlow Bakeries' head baker, Nina Castell, said the oven was \"a bit temperamental\"."},
         "a bit temperamental", "Nina Castell"},
        {"en", {"In a letter, Brightwater Rail's chief engineer, Owen Pratley, said the bridge was \"sound for now\"."},
         "sound for now", "Owen Pratley"},
        {"fr", {"Le directeur de Verlac Transports, Jean Exemple, a dit que la ligne était « trop chère »."},
         "trop chère", "Jean Exemple"},
        {"de", {"Der Chef von Almwerk Bau, Hans Muster, sagte, die Halle sei „längst zu klein“."},
         "längst zu klein", "Hans Muster"},
        {"it", {"Il direttore di Vetri Moroni, Mario Rossi, ha detto che il forno è «troppo vecchio»."},
         "troppo vecchio", "Mario Rossi"},
    });
}

TEST_CASE("a place after an unnamed person's noun is no speaker", "[quotes][speak23]") {
    check_quotes({
        {"it", {"Un pastore di Valdrena mi ha detto che la neve «arriva sempre tardi»."}, "arriva sempre tardi", ""},
        {"en", {"A farmer from Ashley Cross told me the hedges were \"older than the church\"."},
         "older than the church", ""},
        {"fr", {"Un berger de Sarvenac a dit que l'herbe était « trop courte cette année »."},
         "trop courte cette année", ""},
        {"fr", {"Un berger de Sarvenac m'a dit que l'herbe était « rase et jaune »."}, "rase et jaune", ""},
        {"fr", {"La maire, Odile Marchand, visite le port.", "La maire m'a expliqué que la digue était « trop basse »."},
         "trop basse", "Odile Marchand"},
        // (but a text's noun is no person: its author speaks)
        {"es", {"Según un comunicado de Navieras Oca, el puerto «sigue abierto»."}, "sigue abierto", "Navieras Oca"},
        {"de", {"Ein Schäfer aus Wilbrunn sagte mir, die Weide sei „zu nass für die Herde“."},
         "zu nass für die Herde", ""},
    });
}

TEST_CASE("a sentence adverb opening the clause is no speaker", "[quotes][speak23]") {
    check_quotes({
        {"de", {"Die Firma Kranwerk Nord bestreitet die Vorwürfe.",
                "Dennoch räumt sie Fehler ein und gibt an, die Prüfung sei „nicht gründlich genug“ gewesen."},
         "nicht gründlich genug", "Kranwerk Nord"},
        {"de", {"Der Bürgermeister Paul Brecht lehnt den Plan ab.",
                "Trotzdem sagte er, der Platz sei „ein guter Ort“."},
         "ein guter Ort", "Paul Brecht"},
        {"en", {"The mayor, Clara Whitfield, opposed the plan.",
                "However, she said the square was \"a good place\"."},
         "a good place", "Clara Whitfield"},
        {"fr", {"La maire, Odile Marchand, s'oppose au projet.",
                "Pourtant elle a dit que la place était « un bon endroit »."},
         "un bon endroit", "Odile Marchand"},
        {"es", {"La alcaldesa, Lucía Gómez, se opone al proyecto.",
                "Asimismo dijo que la plaza era «un buen lugar»."},
         "un buen lugar", "Lucía Gómez"},
        {"it", {"La sindaca, Giulia Conti, si oppone al progetto.",
                "Tuttavia ha detto che la piazza è «un bel posto»."},
         "un bel posto", "Giulia Conti"},
    });
}

TEST_CASE("capitalised words counted by a number or presented by the clause are no person a pronoun stands for",
          "[quotes][speak23]") {
    check_quotes({
        {"de", {"Die Imkerin Greta Holm lebt am Waldrand.", "Sie hält seit dreißig Jahren Bienen.",
                "„Die Völker sind ruhig“, sagt sie."},
         "Die Völker sind ruhig", "Greta Holm"},
        {"de", {"Der Fischer Jonas Brandt fährt früh hinaus.", "Er fängt mit zwei Netzen Forellen.",
                "„Das Wasser ist kalt“, sagt er."},
         "Das Wasser ist kalt", "Jonas Brandt"},
        {"de", {"Der Gärtner Paul Lenz steht im Beet.", "Er pflanzt 40 Sorten Tulpen.",
                "„Der Boden ist gut“, sagt er."},
         "Der Boden ist gut", "Paul Lenz"},
        {"en", {"The keeper, Tom Vale, stood in the yard.", "He breeds two Shire Horses.",
                "\"They are calm,\" he said."},
         "They are calm", "Tom Vale"},
        // after the verb of a clause opened by a subject that only presents them
        {"de", {"Der Förster Karl Lindner zeigt auf den Hang.", "Es sind Dunkle Bienen.",
                "„Sie mögen den Wald“, sagt er."},
         "Sie mögen den Wald", "Karl Lindner"},
        {"de", {"Die Försterin Eva Lind zeigt auf den Baum.", "Das sind Rote Waldameisen.",
                "„Sie bauen hohe Hügel“, sagt sie."},
         "Sie bauen hohe Hügel", "Eva Lind"},
        {"en", {"The keeper, Tom Vale, stood by the gate.", "There are Shire Horses in the field.",
                "\"They are calm,\" he said."},
         "They are calm", "Tom Vale"},
    });
}
