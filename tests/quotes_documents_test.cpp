// Table-driven tests of the quotes stage: impersonal cues ([impersonal_cues]) quote a document, not a person: their
// cue holds the phrase's words, their mention is the document without its preposition, and they have no speaker.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "quote_checks.hpp"

using namespace archive;
using archive::quote_checks::check_cues;

TEST_CASE("an impersonal cue quotes a document and names no speaker", "[quotes][documents]") {
    check_cues({
        // reported words after the cue's comma, the document fronted before the cue
        {"de", {"Bürgermeister Jan Keller besuchte die Baustelle.",
                "In der Mitteilung der Stadtwerke heißt es, die Preise für Fernwärme würden im Herbst um zehn Prozent steigen."},
         "die Preise für Fernwärme würden im Herbst um zehn Prozent steigen", "heißt es", "", "der Mitteilung der Stadtwerke"},
        // the cue after the quote, the document after the cue
        {"de", {"Bürgermeister Jan Keller besuchte die Baustelle.",
                "„Wir bedauern den Ausfall der Leitung sehr“, hieß es in dem Schreiben an die Kunden."},
         "Wir bedauern den Ausfall der Leitung sehr", "hieß es", "", "dem Schreiben an die Kunden"},
        // the cue before a colon, a contracted preposition opening the document
        {"de", {"Im Bericht heißt es: „Die Leitung war seit Jahren marode und hätte ersetzt werden müssen.“"},
         "Die Leitung war seit Jahren marode und hätte ersetzt werden müssen.", "heißt es", "", "Bericht"},
        // a place after the cue names no group that speaks
        {"de", {"Nun heißt es im Rathaus, man wolle die Kunden entschädigen, sobald die Leitung repariert sei."},
         "man wolle die Kunden entschädigen, sobald die Leitung repariert sei", "heißt es", "", "Rathaus"},
        // the cue closing the sentence after the reported words
        {"de", {"Die Leitung sei seit Jahren marode gewesen und hätte längst ersetzt werden müssen, hieß es."},
         "Die Leitung sei seit Jahren marode gewesen und hätte längst ersetzt werden müssen", "hieß es", "", ""},
        // a capitalised adverb opening the clause is no speaker, nor the word "es"
        {"de", {"Zuletzt hieß es, dass die Arbeiten bis zum Winter dauern könnten und der Betrieb ruhen müsse."},
         "die Arbeiten bis zum Winter dauern könnten und der Betrieb ruhen müsse", "hieß es", "", ""},
        // a person named in the document's phrase does not say its words
        {"fr", {"« Les travaux dureront au moins six mois et coûteront deux millions d'euros », peut-on lire dans la lettre du maire Paul Roux."},
         "Les travaux dureront au moins six mois et coûteront deux millions d'euros", "peut-on lire", "",
         "la lettre du maire Paul Roux"},
        // a comma sets off the document opening the sentence
        {"fr", {"La maire Claire Dubois a visité le chantier lundi.",
                "Dans la lettre aux usagers, on peut lire : « Nous regrettons cette fermeture imprévue du bassin. »"},
         "Nous regrettons cette fermeture imprévue du bassin.", "on peut lire", "", "la lettre aux usagers"},
        {"it", {"Il sindaco Marco Bellini ha visitato il cantiere lunedì.",
                "«I lavori dureranno almeno sei mesi e costeranno due milioni di euro», si legge nella nota del comune."},
         "I lavori dureranno almeno sei mesi e costeranno due milioni di euro", "si legge", "", "nota del comune"},
        {"it", {"Il sindaco Marco Bellini ha visitato il cantiere lunedì.",
                "Nel comunicato si legge: «Ci scusiamo per la chiusura improvvisa della vasca grande.»"},
         "Ci scusiamo per la chiusura improvvisa della vasca grande.", "si legge", "", "comunicato"},
    });
}
