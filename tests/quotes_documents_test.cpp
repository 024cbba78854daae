// Table-driven tests of the quotes stage: impersonal cues ([impersonal_cues]) quote a document, not a person: their
// cue holds the phrase's words, their mention is the document without its preposition, and they have no speaker.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "quote_checks.hpp"

#include <string>
#include <utility>
#include <vector>

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

TEST_CASE("a text's verb quotes the text named next to it", "[quotes][documents]") {
    check_cues({
        // a word pointing back at the text named before ([document_pointer_words]): the mention is that text
        {"de", {"Die Hafenbehörde verschickte am Montag einen Brief an alle Pächter. Darin steht: „Wir werden die "
                "Gebühren ab März um zwölf Prozent erhöhen müssen.“"},
         "Wir werden die Gebühren ab März um zwölf Prozent erhöhen müssen.", "steht", "", "einen Brief"},
        // the text in a phrase of [document_preposition_words] before the verb, words between the verb and the colon
        {"de", {"Kapitän Jens Ohlsen kam am Morgen an.",
                "In dem Schreiben der Behörde steht außerdem: „Wer nicht bis Ende Februar zahlt, verliert seinen Platz.“"},
         "Wer nicht bis Ende Februar zahlt, verliert seinen Platz.", "steht", "", "dem Schreiben der Behörde"},
        // the text's noun as the verb's subject, before the quote and after it
        {"en", {"Harbour master Jens Ohlsen arrived in the morning.",
                "The letter reads: \u201cWe will have to raise the fees by twelve percent from March onward.\u201d"},
         "We will have to raise the fees by twelve percent from March onward.", "reads", "", "The letter"},
        {"en", {"Harbour master Jens Ohlsen arrived in the morning.",
                "\u201cAnyone who has not paid by the end of February will lose their berth,\u201d the statement read."},
         "Anyone who has not paid by the end of February will lose their berth", "read", "", "the statement"},
        // the noun a relative word after a comma stands for
        {"en", {"Harbour master Jens Ohlsen arrived in the morning.",
                "The city also published an engineering report, which reads in part: \u201cThe quay wall may give way "
                "in three places.\u201d"},
         "The quay wall may give way in three places.", "reads", "", "an engineering report"},
    });
}

TEST_CASE("a text's verb with no text next to it is no cue", "[quotes][documents]") {
    for (const auto& [lang, paragraph] : std::vector<std::pair<std::string, std::string>>{
             {"de", "Der Trainer Jens Ohlsen steht am Spielfeldrand: „Wir müssen viel schneller spielen.“"},
             {"en", "Coach Jens Ohlsen reads the scores aloud: \u201cWe have to play much faster than that.\u201d"}}) {
        INFO(paragraph);
        for (const Quote& q : extract_quotes(archive::quote_checks::body(lang, {paragraph}))) {
            CHECK(q.cue.value_or("") != "steht");
            CHECK(q.cue.value_or("") != "reads");
        }
    }
}

TEST_CASE("impersonal cues apart, pointing back, and in more languages", "[quotes][documents]") {
    check_cues({
        // a relative clause whose verb comes last: "es" apart from "heißt", the text the one the clause follows
        {"de", {"Kapitän Jens Ohlsen kam am Morgen an.",
                "Die Stadt legte ein Gutachten vor, in dem es unter anderem heißt: „Die Kaimauer ist an drei Stellen "
                "einsturzgefährdet.“"},
         "Die Kaimauer ist an drei Stellen einsturzgefährdet.", "es heißt", "", "ein Gutachten"},
        {"fr", {"Le capitaine Jean Olivier est arrivé le matin.",
                "« Nous devrons augmenter les redevances de douze pour cent dès le mois de mars », lit-on dans le "
                "communiqué."},
         "Nous devrons augmenter les redevances de douze pour cent dès le mois de mars", "lit-on", "", "le communiqué"},
        // "y" points back at the text named before
        {"fr", {"La capitainerie a publié lundi un communiqué sur les tarifs. On peut y lire : « Celui qui n'aura pas "
                "payé avant la fin de février perdra son emplacement. »"},
         "Celui qui n'aura pas payé avant la fin de février perdra son emplacement.", "On peut y lire", "",
         "un communiqué"},
        {"es", {"El capitán Juan Olmedo llegó por la mañana.",
                "En el comunicado se lee: «Tendremos que subir las tasas un doce por ciento a partir de marzo.»"},
         "Tendremos que subir las tasas un doce por ciento a partir de marzo.", "se lee", "", "el comunicado"},
        {"es", {"El capitán Juan Olmedo llegó por la mañana.",
                "«Quien no haya pagado antes de finales de febrero perderá su amarre», se lee en el texto."},
         "Quien no haya pagado antes de finales de febrero perderá su amarre", "se lee", "", "el texto"},
    });
}
