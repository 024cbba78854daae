// A caption closed by the name of the agency or the distributor in capitals after its last stop, on the line over
// the text's first paragraph (probe53 M2, the p11 form): "... de Léa Morand. PYRAMIDE DISTRIBUTION". Without a slash
// or a credit word the tail went with the caption into the text's first paragraph (media.cpp,
// captions_closed_by_capitals()). Words in capitals closing a sentence in the text's run ("... on Friday. WHAT COMES
// NEXT") or a teaser's flag with no paragraph under it are no credit. Invented pages.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "body_checks.hpp"

#include <algorithm>
#include <string>

using namespace archive;
using archive::test::has_media;

namespace {

const char* const en_head = "The Harbour Post\n\nFilm review: a quiet winter on the last farm in the valley\n\n"
                            "By Jane Roe\nDec. 3, 2026\n\n";
const char* const en_text =
    "The subject is a familiar one, but rarely filmed with this much restraint: a farmer who must sell his herd "
    "after forty winters on the same hillside.\n\nThe director, herself a farmer's daughter, avoids every easy "
    "effect and lets the long silences of the kitchen table tell the story.\n";
const char* const fr_head = "Le Courrier du Val\n\nCritique : un dernier hiver à la ferme, filmé avec pudeur\n\n"
                            "Par Jeanne Morel\nPublié le 03/12/2026 à 10:00\n\n";
const char* const fr_text =
    "Le sujet est connu, mais rarement filmé avec autant de retenue : un éleveur doit vendre son troupeau après "
    "quarante hivers passés sur le même coteau.\n\nLa cinéaste, elle-même fille d'agriculteurs, évite tous les "
    "effets faciles et laisse les longs silences de la cuisine raconter l'histoire.\n";
// (A paragraph printed once: a line printed twice is a duplicate, no paragraph of the text.)
const char* const en_more = "The farm itself may yet survive: a young couple from the coast has asked the council "
                            "to lease the land and the barn for ten years, with an option to buy.\n";
const char* const fr_more = "La ferme elle-même pourrait survivre : un jeune couple venu de la côte a demandé au "
                            "conseil de louer les terres et la grange pour dix ans, avec une option d'achat.\n";

} // namespace

TEST_CASE("a caption closed by a distributor's name in capitals over the text is the first picture's",
          "[media][credit][media40]") {
    struct Row {
        const char* head;
        const char* caption;
        const char* credit;
        const char* text;
    };
    const Row rows[] = {
        {en_head, "Tom Hale and Ruth Olsen in “The Last Winter”, directed by Anna Berg.", "HARBOUR PICTURES", en_text},
        {fr_head, "Paul Girard et Lise Aubry dans « Le Dernier Hiver », de Claire Roux.", "LES FILMS DU VAL", fr_text},
    };
    for (const Row& r : rows) {
        INFO(r.caption);
        const std::string line = std::string(r.caption) + " " + r.credit;
        const Article a = parse(std::string(r.head) + line + "\n" + r.text);
        CHECK(has_media(a, r.caption, r.credit));
        REQUIRE_FALSE(a.sections.empty());
        REQUIRE_FALSE(a.sections[0].paragraphs.empty());
        CHECK(a.sections[0].paragraphs[0] != line);
    }
}

TEST_CASE("words in capitals closing a sentence in the text or a teaser credit no picture", "[media][credit][media40]") {
    const std::string pages[] = {
        // The line stands under the paragraphs of the text: a heading glued to the sentence over it.
        std::string(en_head) + en_text + "The council will decide on the farm's future on Friday. WHAT COMES NEXT\n" +
            en_more,
        std::string(fr_head) + fr_text + "Le conseil décidera de l'avenir de la ferme vendredi. LA SUITE DU DOSSIER\n" +
            fr_more,
        // No paragraph of the text under it: a teaser's flag.
        std::string(en_head) + "New cases of flu reported in the city. NEW FIGURES\nFerry fares to rise in spring\n" +
            en_text,
        // No small letter before the stop: a line in capitals.
        std::string(en_head) + "THE LAST WINTER ON THE FARM. HARBOUR PICTURES\n" + en_text,
    };
    for (const std::string& page : pages) {
        INFO(page);
        const Article a = parse(page);
        CHECK(a.media.empty());
    }
}

// A person's name in capitals closing the caption's sentence right under the head's date line or byline, over a
// first paragraph shorter than twenty words ("... di Portovalle. ANNA FERRI"): the rule above wanted a long paragraph
// under it, so the caption became the text's first heading (media99). Words of emphasis in capitals are no name.
TEST_CASE("a name in capitals closing the caption under the head's date line is its credit",
          "[media][credit][media99]") {
    struct Row {
        const char* head;
        const char* caption;
        const char* credit;
        const char* first; // the text's first paragraph, shorter than twenty words
    };
    const Row rows[] = {
        {"Cultura\nMarta Olivieri: «Scrivo per capire il porto di mio nonno»\nLa scrittrice pubblica il suo terzo "
         "romanzo, ambientato a Portovalle\nTesto: Luca Bertoni\nDomenica 6 dicembre 2026, 00:15\n",
         "La scrittrice Marta Olivieri in una libreria di Portovalle.", "ANNA FERRI",
         "Marta Olivieri arriva all'incontro con una copia del suo romanzo. Dice che non l'ha mai corretto."},
        {"Culture\nClaire Dumoulin : « J'écris pour comprendre le port de mon grand-père »\nLa romancière publie "
         "son troisième livre, situé à Portvallon\nPar Luc Berthier\nPublié le 6 décembre 2026 à 00:15\n",
         "La romancière Claire Dumoulin dans une librairie de Portvallon.", "JEAN MARCHAND",
         "Claire Dumoulin arrive avec un exemplaire annoté de son roman. Elle dit le corriger encore."},
        {"Kultur\nLena Brandt: «Ich schreibe, um den Hafen meines Großvaters zu verstehen»\nDie Autorin "
         "veröffentlicht ihren dritten Roman, der in Seehafen spielt\nVon Jonas Keller\n6. Dezember 2026, 00:15 Uhr\n",
         "Die Schriftstellerin Lena Brandt in einer Buchhandlung in Seehafen.", "ANNA MEIER",
         "Lena Brandt kommt mit einem markierten Exemplar ihres Romans. Sie korrigiere ihn bis heute."},
        {"Culture\nRuth Calder: 'I write to understand my grandfather's harbour'\nThe novelist publishes her third "
         "book, set in a cannery in Port Ellery\nBy Tom Hale\nDecember 6, 2026\n",
         "The novelist Ruth Calder in a bookshop in Port Ellery.", "KATE MORROW",
         "Ruth Calder arrives with a marked-up copy of her novel. She says she never stopped correcting it."},
    };
    const std::string more = "\nA second paragraph of the text, long enough to be read as one, closes the page.\n";
    for (const Row& r : rows) {
        INFO(r.caption);
        const std::string line = std::string(r.caption) + " " + r.credit;
        const Article a = parse(std::string(r.head) + line + "\n" + r.first + more);
        CHECK(has_media(a, r.caption, r.credit));
        REQUIRE_FALSE(a.sections.empty());
        CHECK_FALSE(a.sections[0].heading.has_value());
        REQUIRE_FALSE(a.sections[0].paragraphs.empty());
        CHECK(a.sections[0].paragraphs[0] == r.first);
    }
}

TEST_CASE("words of emphasis in capitals closing the first paragraph credit no picture", "[media][credit][media99]") {
    const char* const pages[] = {
        // Words of emphasis, no person's name.
        ("Cronaca\nIl sindaco: basta con i cantieri infiniti\nIl primo cittadino interviene sui lavori al porto\n"
         "Di Luca Bertoni\nDomenica 6 dicembre 2026, 00:15\n"
         "Il sindaco lo ha ripetuto tre volte davanti al consiglio. MAI PIÙ\n"
         "Il cantiere del molo nord è fermo da due anni e i pescatori non usano la banchina.\n"
         "La giunta discuterà il caso martedì prossimo, ha annunciato il sindaco.\n"),
        ("Local\nMayor: no more endless roadworks\nThe mayor of Port Ellery speaks on the harbour works\n"
         "By Tom Hale\nDecember 6, 2026\n"
         "The mayor said it three times in front of the council. NEVER AGAIN\n"
         "The north pier has been closed for two years and the fishermen cannot use the quay.\n"
         "The council will discuss the case next Tuesday, the mayor announced.\n"),
        // A name in capitals, but no paragraph of the text under it: a teaser's flag over a menu.
        ("Kultur\nEin Abend mit Lena Brandt\nDie Autorin liest in Seehafen\nVon Jonas Keller\n6. Dezember 2026\n"
         "Die Schriftstellerin Lena Brandt liest aus ihrem Roman. ANNA MEIER\nMehr Kultur\n"),
    };
    for (const char* page : pages) {
        INFO(page);
        const Article a = parse(page);
        CHECK(a.media.empty());
    }
}
