// Corrections and editor's notes ("Correction:", "Editor's note:", "Rectificatif :", "Korrektur:", "Fe de errores:",
// "Nota della redazione:") are the publication's own statement about the article: a paragraph of its text where they
// stand, at the top or at the end, never boilerplate (lexicon common.txt update_notes, read by update_note();
// classify_lede.cpp drop_author_note() leaves such a note in the text). Invented pages.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "region_pages.hpp"
#include "test_pages.hpp"

#include <string>

using namespace archive;

TEST_CASE("an editor's note or a correction opens a note on the article in any language", "[notices][region45]") {
    for (const char* line : {"Editor's note: This article has been updated to correct the year the lamp was lit.",
                             "Note de la rédaction : une version précédente de cet article donnait une date erronée.",
                             "Fe de errores: Una versión anterior de este artículo daba un año equivocado.",
                             "Nota della redazione: questo articolo è stato aggiornato per correggere l'anno.",
                             "Anmerkung der Redaktion: In einer früheren Fassung stand ein falsches Jahr."}) {
        INFO(line);
        CHECK(update_note(line));
    }
    // A sentence of the article naming the editor's note, not opening with it.
    CHECK_FALSE(update_note("The mayor read the editor's note: he said it was unfair to the harbour staff."));
}

TEST_CASE("a correction or an editor's note is a paragraph of the text where it stands", "[region][region45]") {
    struct Row {
        const char* lang;
        const char* head;
        const char* body;
        const char* note;
        bool top;
    };
    const char* en_head = "Harbour Weekly\nLocal\nNew lighthouse lamp for the northern cape\nBy Jane Roe\nMarch 12, 2025\n";
    const char* en_body =
        "The old lamp of the northern cape was taken down on Monday after ninety years of service to the fishing fleet.\n"
        "Engineers fitted a lamp that uses a tenth of the power and can be seen from twice as far out at sea.\n"
        "The keepers' cottage will become a small museum of the coast, with the old lamp at the centre of its room.\n";
    const char* de_head = "Hafenblatt\nLokales\nNeue Lampe für den Leuchtturm am Nordkap\nVon Jana Roth\n12. März 2025\n";
    const char* de_body =
        "Die alte Lampe am Nordkap wurde am Montag nach neunzig Jahren im Dienst der Fischereiflotte abgebaut.\n"
        "Techniker setzten eine Lampe ein, die ein Zehntel des Stroms braucht und doppelt so weit zu sehen ist.\n"
        "Das Wärterhaus wird ein kleines Museum der Küste, mit der alten Lampe in der Mitte seines einzigen Raums.\n";
    const char* fr_head = "La Gazette du port\nActualités\nUn nouveau feu pour le phare du cap nord\nPar Jeanne Roux\n"
                          "12 mars 2025\n";
    const char* fr_body = "L'ancienne lanterne du cap nord a été démontée lundi après quatre-vingt-dix ans de service.\n"
                          "Les techniciens ont installé une lanterne qui consomme dix fois moins et se voit plus loin.\n"
                          "La maison des gardiens deviendra un petit musée de la côte, avec l'ancienne lanterne.\n";
    const char* es_head = "Gaceta del Puerto\nLocal\nNueva lámpara para el faro del cabo norte\nPor Juana Ruiz\n"
                          "12 de marzo de 2025\n";
    const char* es_body = "La antigua lámpara del cabo norte fue retirada el lunes tras noventa años de servicio.\n"
                          "Los técnicos instalaron una lámpara que gasta diez veces menos y se ve el doble de lejos.\n"
                          "La casa de los fareros será un pequeño museo de la costa, con la antigua lámpara en el centro.\n";
    const char* it_head = "Gazzetta del Porto\nCronaca\nUna nuova lampada per il faro del capo nord\nDi Giovanna Rossi\n"
                          "12 marzo 2025\n";
    const char* it_body = "La vecchia lampada del capo nord è stata smontata lunedì dopo novant'anni di servizio.\n"
                          "I tecnici hanno installato una lampada che consuma dieci volte meno e si vede più lontano.\n"
                          "La casa dei guardiani diventerà un piccolo museo della costa, con la vecchia lampada.\n";
    const Row rows[] = {
        {"en", en_head, en_body, "Editor's note: This article has been updated to correct the year the lamp was lit.",
         true},
        {"en", en_head, en_body, "Correction: The first version of this report gave the wrong year for the lamp.",
         false},
        {"de", de_head, de_body, "Korrektur: In einer früheren Fassung dieses Artikels stand ein falsches Jahr.", true},
        {"fr", fr_head, fr_body, "Rectificatif : une version précédente de cet article indiquait une date erronée.",
         false},
        {"es", es_head, es_body, "Fe de errores: Una versión anterior de este artículo daba un año equivocado.", false},
        {"it", it_head, it_body, "Nota della redazione: questo articolo è stato aggiornato per correggere l'anno.",
         true},
    };
    for (const Row& r : rows) {
        INFO(r.lang << ": " << r.note);
        const std::string page = std::string(r.head) + (r.top ? std::string(r.note) + "\n" + r.body
                                                             : std::string(r.body) + r.note + "\n") +
                                 "Privacy\n";
        const Article a = classify(segment(page), r.lang);
        CHECK(test::in_text(a, r.note));
        CHECK_FALSE(test::in_boilerplate(a, r.note));
        CHECK_FALSE(a.lede == std::optional<std::string>(r.note));
    }
}
