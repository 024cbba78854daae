// A picture's credit opened by an en or em dash on the line under its caption (probe53 M2): "— F. Scheiber / SIPA",
// "— Photo: Reuters", "– Foto: dpa". The dash hid the credit (the caption and its credit went to the boilerplate, or
// the dash alone was taken for the caption). A dash before a name alone signs a text, before an agency alone tags it,
// before a name and a text agency signs it with the agency: no credit (credits.cpp, credit_after_dash()). Invented
// lines and pages.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "classify.hpp"
#include "media39_caption_rows.hpp"

#include <algorithm>
#include <string>
#include <utility>

using namespace archive;

TEST_CASE("a credit of one piece after a dash is a credit line", "[media][credit][media39]") {
    const std::pair<const char*, bool> rows[] = {
        {"\u2014 F. Scheiber / SIPA", true},
        {"\u2014 Jane Roe/HARBOUR PRESS", true},
        {"\u2013 Anna Muster / KEYSTONE", true},
        {"\u2014 Photo: Reuters", true},
        {"\u2014 Photo : Jean Roux / AFP", true},
        {"\u2013 Foto: dpa", true},
        {"\u2014 Foto: Anna Muster/dpa", true},
        {"\u2014 Bild: Hafenamt Kiel", true},
        // A text's signature, its agency tag, a name with a text agency, a label opening a sentence, a list's item.
        {"\u2014 Jane Roe", false},
        {"\u2014 AFP", false},
        {"\u2014 Jeanne Dupont / ATS", false},
        {"\u2014 Photos de vacances : envoyez-nous les vôtres avant dimanche, nous publierons les plus belles.", false},
        {"\u2014 le port / la digue", false},
        {"- F. Scheiber / SIPA", false},
    };
    test::check_credit_lines(rows);
}

TEST_CASE("a caption over a credit opened by a dash is the picture's", "[media][credit][media39]") {
    const test::CaptionPageRow rows[] = {
        {"fr",
         "Le Quotidien du Port\n\nUn phoque remonte la Rance jusqu'à Dinan\n\nPar Jeanne Morel\nPublié le "
         "03/12/2026 à 10:00\n\nL'animal a été aperçu mardi matin près du vieux pont, à trente kilomètres de la mer, "
         "selon les pompiers.\n\n",
         "Un phoque sur une plage de la côte (illustration).", "\u2014 F. Scheiber / SIPA",
         "Les curieux se sont pressés sur les quais toute la matinée pour apercevoir le phoque, qui semblait en "
         "bonne santé.\n\nUn vétérinaire doit l'examiner mercredi avant qu'il ne soit raccompagné vers l'estuaire.\n"},
        {"de",
         "Hafenblatt\n\nEine Robbe schwimmt die Elbe hinauf bis Lauenburg\n\nVon Anna Muster\n03.12.2026, 10.00 "
         "Uhr\n\nDas Tier wurde am Dienstagmorgen nahe der alten Brücke gesehen, weit entfernt vom Meer, wie die "
         "Feuerwehr mitteilte.\n\n",
         "Eine Robbe am Strand der Nordseeküste (Symbolbild).", "\u2013 Foto: Jan Feld/dpa",
         "Schaulustige drängten sich den ganzen Vormittag am Ufer, um die Robbe zu sehen, die gesund wirkte.\n\nEin "
         "Tierarzt soll sie am Mittwoch untersuchen, bevor sie zur Mündung zurückgebracht wird.\n"},
    };
    test::check_caption_pages(rows);
}

TEST_CASE("a name after a dash closing the text signs it and credits no picture", "[media][credit][media39]") {
    const char* const pages[] = {
        "Le Quotidien du Port\n\nLa digue du large rouvre aux promeneurs\n\nPublié le 03/12/2026 à 10:00\n\nLes "
        "travaux ont duré trois mois et la promenade est de nouveau ouverte depuis mardi, a annoncé la mairie.\n\nLes "
        "bancs ont été remplacés et un éclairage neuf a été posé tout le long de la jetée.\n\u2014 Jeanne Morel\n",
        "Harbour Post\n\nThe sea wall reopens to walkers\n\nPublished 3 December 2026\n\nThe works took three months "
        "and the promenade has been open again since Tuesday, the council said.\n\nThe benches were replaced and new "
        "lights now run the whole length of the pier.\n\u2014 Jane Roe / AFP\n",
    };
    for (const char* page : pages) {
        INFO(page);
        const Article a = parse(page);
        CHECK(a.media.empty());
    }
}
