// A picture's credit naming the photographer by a role, by a kind of picture or in a parenthesis with a spaced slash
// (probe55 M1-M3): "Daniel Ruiz / Staff photographer", "Staff photo by Daniel Ruiz", "(Daniel Ruiz / The Ledger)".
// The role in small letters, the kind word before the label and the spaced slash inside the parenthesis hid the
// credit: the caption and the credit went to the boilerplate, or the kind word alone was taken for the caption
// (credits.cpp: photographer_role_credit(), kind_word_credit(), person_slash_outlet() in a parenthesis). Invented
// lines and pages.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "classify.hpp"
#include "media39_caption_rows.hpp"

#include <algorithm>
#include <string>
#include <utility>

using namespace archive;

TEST_CASE("a photographer's name and role is a credit line", "[media][credit][media40]") {
    const std::pair<const char*, bool> rows[] = {
        {"Daniel Ruiz / Staff photographer", true},
        {"Daniel Ruiz | Staff photographer", true},
        {"Daniel Ruiz/Contributing photographer", true},
        {"Jeanne Morel / photographe", true},
        {"Anna Muster | Fotografin", true},
        {"Marco Bianchi / fotografo", true},
        // A writer's role makes a byline; a sentence, a role alone, no name before the mark, two marks.
        {"Daniel Ruiz | Staff writer", false},
        {"Jeanne Morel / journaliste", false},
        {"Daniel Ruiz / Staff photographer.", false},
        {"Staff photographer", false},
        {"the new / staff photographer", false},
        {"Daniel Ruiz / Ledger / Staff photographer", false},
        {"Daniel Ruiz / Staff photographer since 2019", false},
    };
    test::check_credit_lines(rows);
}

TEST_CASE("a kind of picture before a credit's label is part of the credit", "[media][credit][media40]") {
    const std::pair<const char*, bool> rows[] = {
        {"Staff photo by Daniel Ruiz", true},
        {"File photo: Reuters", true},
        {"Pool photo by Jane Roe/AFP", true},
        {"Archiv Foto: Anna Muster", true},
        {"Archivio foto: Marco Bianchi", true},
        // A sentence opening with the word, the word before no credit.
        {"Staff shortages hit the county's hospitals", false},
        {"File a complaint by Friday", false},
        {"Archive photos of the old town hall", false},
        {"Archiv der Stadt Lindau", false},
    };
    test::check_credit_lines(rows);
}

TEST_CASE("a photographer and the outlet in a parenthesis with a spaced slash is a credit line",
          "[media][credit][media40]") {
    const std::pair<const char*, bool> rows[] = {
        {"(Daniel Ruiz / The Ledger)", true},
        {"(Daniel Ruiz/The Ledger)", true},
        {"(Jeanne Morel / Le Courrier du Val)", true},
        {"(Anna Muster / Hafenblatt)", true},
        {"(Jane Roe / Seattle Times)", true},
        // No name before the slash, a figure, a stop.
        {"(Paris / Berlin)", false},
        {"(Anna Muster/Karl Weber)", false},
        {"(voir / ci-dessous)", false},
        {"(Anna Muster / Hafenblatt 2026)", false},
        {"(Daniel Ruiz / The Ledger.)", false},
    };
    test::check_credit_lines(rows);
}

TEST_CASE("a caption over a photographer's role, kind or parenthesis is the picture's", "[media][credit][media40]") {
    const char* const en_head =
        "The Harbour Post\n\nCouncil votes to rebuild the old ferry pier\n\nBy Jane Roe\nDec. 3, 2026\n\n";
    const char* const en_text =
        "The council voted 7-2 on Tuesday night to rebuild the old ferry pier, which has been closed since a storm "
        "damaged it two winters ago.\n\nWork is due to start in the spring and take about eighteen months, the "
        "harbour master said.\n";
    const char* const fr_head =
        "Le Courrier du Val\n\nLe conseil vote la reconstruction du vieux ponton\n\nPar Jeanne Morel\nPublié le "
        "03/12/2026 à 10:00\n\n";
    const char* const fr_text =
        "Le conseil municipal a voté mardi soir la reconstruction du vieux ponton, fermé depuis qu'une tempête l'a "
        "endommagé il y a deux hivers.\n\nLes travaux doivent commencer au printemps et durer environ dix-huit "
        "mois, selon la capitainerie.\n";
    const test::CaptionPageRow rows[] = {
        {"en", en_head, "Residents listen during the council meeting on Tuesday night.",
         "Daniel Ruiz / Staff photographer", en_text},
        {"en", en_head, "Residents listen during the council meeting on Tuesday night.", "Staff photo by Daniel Ruiz",
         en_text},
        {"en", en_head, "Residents listen during the council meeting on Tuesday night.", "(Daniel Ruiz / The Ledger)",
         en_text},
        {"fr", fr_head, "Des habitants écoutent les débats du conseil municipal, mardi soir.",
         "Luc Ferrand / photographe", fr_text},
        {"fr", fr_head, "Des habitants écoutent les débats du conseil municipal, mardi soir.",
         "(Luc Ferrand / Le Courrier du Val)", fr_text},
    };
    test::check_caption_pages(rows);
}

TEST_CASE("a photographer's name and the paper after a spaced bar under a caption is its credit",
          "[media][credit][media40]") {
    const test::CaptionPageRow rows[] = {
        {"en", "The Harbour Post\n\nCouncil votes to rebuild the old ferry pier\n\nBy Jane Roe\nDec. 3, 2026\n\n",
         "Residents listen during the council meeting on Tuesday night.", "Daniel Ruiz | The Ledger",
         "The council voted 7-2 on Tuesday night to rebuild the old ferry pier, which has been closed since a storm "
         "damaged it two winters ago.\n\nWork is due to start in the spring, the harbour master said.\n"},
        {"de", "Hafenblatt\n\nDer Rat beschließt den Neubau des alten Fähranlegers\n\nVon Anna Muster\n03.12.2026, "
               "10.00 Uhr\n\n",
         "Anwohner verfolgen die Debatte im Gemeinderat am Dienstagabend.", "Karl Weber | Seeblatt",
         "Der Gemeinderat hat am Dienstagabend mit sieben zu zwei Stimmen beschlossen, den alten Fähranleger neu zu "
         "bauen, der seit einem Sturm vor zwei Wintern gesperrt ist.\n\nDie Arbeiten sollen im Frühjahr beginnen.\n"},
    };
    test::check_caption_pages(rows);
}
