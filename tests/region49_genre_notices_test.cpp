// The outlet's notices about the genre under an editorial or a letters page: the board's disclaimer ("Editorials
// represent the opinion of the board."), the line naming the board beside it, the letters page's rules and its call for
// letters ("Letters should be no longer than 300 words.", "Die Redaktion behält sich vor, Leserbriefe zu kürzen."). They
// leave the region with the closing notices (src/notices.cpp letters_notice(), board_members_line(); lexicon sections
// letters_words, letters_notice_phrases, board_member_openers, disclaimer_phrases). Invented lines and pages.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "region_pages.hpp"
#include "rows.hpp"
#include "test_pages.hpp"

#include <string>

using namespace archive;

TEST_CASE("a letters page's rules or call for letters is a letters notice in any language", "[notices][region49]") {
    for (const char* line : {"Letters must be no longer than 300 words and carry the writer's name and town.",
                             "The Harbour Weekly reserves the right to edit letters for length.",
                             "Got a view on this? Send a letter to the editor.",
                             "Die Redaktion behält sich vor, Leserbriefe zu kürzen.",
                             "Leserbriefe dürfen nicht länger als 2000 Zeichen sein.",
                             "La rédaction se réserve le droit de raccourcir les lettres des lecteurs.",
                             "Les lettres ne doivent pas dépasser 1500 signes.",
                             "La redacción se reserva el derecho de resumir las cartas de los lectores.",
                             "Le lettere non devono superare le 1500 battute."}) {
        INFO(line);
        CHECK(letters_notice(test::block_of(line)));
    }
    // A letter named in the article's sentence, and the rule's phrase with no letter.
    for (const char* line : {"In a letter to the council, the fishermen asked for a vote on the new quay before May.",
                             "The club reserves the right to edit the race calendar when the harbour is closed.",
                             "Der Verein behält sich vor, das Fest bei Sturm abzusagen."}) {
        INFO(line);
        CHECK_FALSE(letters_notice(test::block_of(line)));
    }
}

TEST_CASE("the line naming an editorial board opens with the board's phrase", "[notices][region49]") {
    CHECK(board_members_line(test::block_of("Members of the board are publisher Tom Ash and editor Mia Roe.")));
    CHECK(board_members_line(test::block_of("Le comité éditorial est composé de Paul Roux et de Anne Marchal.")));
    CHECK_FALSE(board_members_line(test::block_of("The members of the harbour board met on Monday to vote.")));
}

TEST_CASE("a letters page's closing notices leave the region, its last letter stays", "[region][region49]") {
    test::check_tail_leaves("en",
                            "Letters must be no longer than 300 words and carry the writer's name and town.\n"
                            "The Harbour Weekly reserves the right to edit letters for length.\nPrivacy\n",
                            "Letters must be no longer");
    test::check_tail_leaves("en",
                            "Letters must be no longer than 300 words and carry the writer's name and town.\n"
                            "The Harbour Weekly reserves the right to edit letters for length.\nPrivacy\n",
                            "The Harbour Weekly reserves");
    test::check_tail_leaves("de",
                            "Leserbriefe dürfen nicht länger als 2000 Zeichen sein.\n"
                            "Die Redaktion behält sich vor, Leserbriefe zu kürzen.\nDatenschutz\n",
                            "Die Redaktion behält sich vor");
}

namespace {
const char* const en_editorial =
    "Harbour Weekly\nOpinion\nEDITORIAL\nThe council should stop stalling on the ferry quay\n"
    "The Harbour Weekly Editorial Board\nMarch 12, 2025\n"
    "For the third winter in a row, the ferry to the islands has left from a quay that is closed half the week.\n"
    "The engineers' report is clear, and the money for a new quay was set aside in the budget last autumn.\n"
    "What is missing is a vote, and the council should hold one before the summer timetable begins.\n";
const char* const fr_editorial =
    "La Gazette du port\nOpinion\nÉDITORIAL\nLe conseil doit cesser de tergiverser sur le quai des ferries\n"
    "12 mars 2025\n"
    "Pour le troisième hiver d'affilée, le ferry des îles part d'un quai fermé la moitié de la semaine.\n"
    "Le rapport des ingénieurs est clair, et l'argent d'un nouveau quai a été réservé au budget de l'automne.\n"
    "Ce qui manque, c'est un vote, et le conseil devrait le tenir avant le début des horaires d'été.\n";
} // namespace

TEST_CASE("an editorial's disclaimer and the board's line beside it leave the region", "[region][region49]") {
    struct Row {
        const char* lang;
        const char* page;
        const char* last;
        const char* disclaimer;
        const char* board;
    };
    const Row rows[] = {
        {"en", en_editorial, "What is missing is a vote",
         "Editorials represent the opinion of the Harbour Weekly's editorial board, not of its reporters.",
         "Members of the board are publisher Tom Ash, editor Mia Roe and opinion editor Karl Lind."},
        {"fr", fr_editorial, "Ce qui manque, c'est un vote",
         "Les éditoriaux expriment l'opinion de la rédaction de La Gazette du port.",
         "Le comité éditorial est composé de Paul Roux, Anne Marchal et Luc Besson."},
    };
    for (const Row& r : rows) {
        INFO(r.lang);
        const std::string page = std::string(r.page) + r.disclaimer + "\n" + r.board + "\nContact\n";
        const Article a = classify(segment(page), r.lang);
        CHECK(test::has_paragraph_starting(a, r.last));
        CHECK(test::in_boilerplate(a, r.disclaimer));
        CHECK(test::in_boilerplate(a, r.board));
    }
}

TEST_CASE("the board's line with no disclaimer beside it stays the article's", "[region][region49]") {
    const std::string board = "Members of the board are elected by the harbour's fishermen every four years.";
    const Article a = classify(segment(std::string(en_editorial) + board + "\nContact\n"), "en");
    CHECK(test::in_text(a, board));
    CHECK_FALSE(test::in_boilerplate(a, board));
}
