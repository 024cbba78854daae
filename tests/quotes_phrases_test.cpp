// Table-driven tests of quote_phrases.cpp: words in quote marks that no cue attributes and no person claims, shown by
// the writer rather than reported (a label named or text to type, a sample sentence, a title in a list of
// references), are no quote; an uncued sentence of speech among the writer's prose stays one, with no speaker.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "pipeline.hpp"
#include "quote_checks.hpp"

#include <string>
#include <vector>

using namespace archive;
using namespace archive::quote_checks;

namespace {

struct PhraseRow {
    const char* lang;
    const char* paragraph;
    const char* text; // the words in quote marks
};

// Each paragraph, after one of the writer's with no one in it, holds the words `text` in quote marks.
template <std::size_t N>
void check_rows(const PhraseRow (&rows)[N], bool quote) {
    for (const auto& r : rows) {
        INFO(r.paragraph);
        const auto qs = extract_quotes(body(r.lang, {"Most of the page is the writer's own advice to the reader.",
                                                     r.paragraph}));
        const Quote* q = find_quote(qs, r.text);
        CHECK((q != nullptr) == quote);
        if (q != nullptr)
            CHECK(!q->speaker);
    }
}

} // namespace

TEST_CASE("words quoted right after a word naming them or asking the reader to type them are no quote",
          "[quotes][phrases]") {
    const PhraseRow rows[] = {
        {"en", "In the dashboard, press the button “save this view under another name” and close the window.",
         "save this view under another name"},
        {"en", "On the sign-up page, type “my first harbour project on the coast” in the name field and press Enter.",
         "my first harbour project on the coast"},
        {"en", "Under the picture the museum hung a sign “please do not touch the old boats here” for the visitors.",
         "please do not touch the old boats here"},
        {"de", "Im Menü klicken Sie dann auf die Schaltfläche „Dokument unter einem anderen Namen speichern“ und "
               "schließen das Fenster.",
         "Dokument unter einem anderen Namen speichern"},
        {"fr", "Dans le menu, cliquez sur le bouton « enregistrer le document sous un autre nom » puis fermez la "
               "fenêtre.",
         "enregistrer le document sous un autre nom"},
        {"it", "Nel menu premete il pulsante «salva il documento con un altro nome» e chiudete la finestra.",
         "salva il documento con un altro nome"},
        {"es", "En el menú pulsa el botón «guardar el documento con otro nombre» y cierra la ventana antes de salir.",
         "guardar el documento con otro nombre"},
    };
    check_rows(rows, false);
}

TEST_CASE("a sentence quoted after a phrase giving an example is a sample, no quote", "[quotes][phrases]") {
    const PhraseRow rows[] = {
        {"en", "Some writers pad every sentence with filler words. For example: “I literally waited an hour for the "
               "bus this morning.”",
         "I literally waited an hour for the bus this morning."},
        {"en", "Alerts should carry something useful, such as “the disk on the backup host will be full in four "
               "hours.”",
         "the disk on the backup host will be full in four hours."},
        {"de", "Oft übertreibt man mit Füllwörtern, die nichts zur Aussage beitragen. Zum Beispiel: „Ich habe heute "
               "Morgen buchstäblich eine Stunde auf den Bus gewartet.“",
         "Ich habe heute Morgen buchstäblich eine Stunde auf den Bus gewartet."},
        {"fr", "Certains auteurs abusent des mots de remplissage. Par exemple : « J'ai littéralement attendu le bus "
               "pendant une heure ce matin. »",
         "J'ai littéralement attendu le bus pendant une heure ce matin."},
        {"it", "Alcuni testi esagerano con parole di riempimento. Ad esempio: «Ho letteralmente aspettato l'autobus "
               "per un'ora stamattina.»",
         "Ho letteralmente aspettato l'autobus per un'ora stamattina."},
        {"es", "Algunos textos abusan de palabras de relleno. Por ejemplo: «Literalmente esperé el autobús durante una "
               "hora esta mañana.»",
         "Literalmente esperé el autobús durante una hora esta mañana."},
    };
    check_rows(rows, false);
}

TEST_CASE("a quoted title opening a line of references is no quote", "[quotes][phrases]") {
    const PhraseRow rows[] = {
        {"en", "^ “Harbour towns of the north coast and their ferries”. Coast Review. Retrieved 4 May 2012.",
         "Harbour towns of the north coast and their ferries"},
        {"de", "↑ „Die Häfen der Nordküste und ihre Fähren im Wandel“. Küstenblatt. Abgerufen am 4. Mai 2012.",
         "Die Häfen der Nordküste und ihre Fähren im Wandel"},
        {"fr", "↑ « Les ports de la côte nord et leurs bacs », Revue du littoral, consulté le 4 mai 2012.",
         "Les ports de la côte nord et leurs bacs"},
    };
    check_rows(rows, false);
}

TEST_CASE("an uncued sentence of speech stays a quote with no speaker", "[quotes][phrases]") {
    const PhraseRow rows[] = {
        // (no word of naming, no example right before: "The example of ..." opens the sentence before)
        {"en", "The example of the old harbour shows it well enough for everyone. “We were told nothing about the "
               "closure of the pier.”",
         "We were told nothing about the closure of the pier."},
        // (a word of naming before a colon introduces speech)
        {"en", "The old sailor died at home in the spring of that year. His last word: “Look after the harbour and "
               "the boats.”",
         "Look after the harbour and the boats."},
        {"de", "Der Rat tagte am Dienstag im alten Saal am Hafen. „Über die Schließung der Mole hat uns niemand etwas "
               "gesagt.“",
         "Über die Schließung der Mole hat uns niemand etwas gesagt."},
        {"fr", "Le conseil s'est réuni mardi soir dans la vieille salle du port. « Personne ne nous a rien dit sur la "
               "fermeture de la jetée. »",
         "Personne ne nous a rien dit sur la fermeture de la jetée."},
        // (a quote opening its line and followed by the writer's words is no title)
        {"de", "„Von allein ändert sich hier gar nichts“ resümiert die Leiterin der Werft im letzten Film der Reihe.",
         "Von allein ändert sich hier gar nichts"},
    };
    check_rows(rows, true);
}
