// A box of players' marks under its label whose rows glue the mark to the words on the game with a space alone
// ("Conti 6 Attento nelle uscite."): the rows and the box of facts under them stay in the text. Invented lines.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;

TEST_CASE("a box of marks with no dash after the mark stays in the text under its label", "[classify][match][it79]") {
    struct MarksRow {
        const char* lang;
        const char* page;
        const char* label;
        const char* row;  // a row of marks
        const char* fact; // a row of the facts box under the marks
    };
    const MarksRow rows[] = {
        {"it",
         "Gazzetta del Lago\nSport\n\nIl Porto Alto batte il Valrossa nel finale\n\n"
         "Il Porto Alto ha battuto sabato sera il Valrossa con un gol arrivato negli ultimi minuti di una partita "
         "molto tesa.\n\n"
         "L'allenatore ha detto di essere orgoglioso dei suoi ragazzi, che non hanno mai smesso di crederci.\n\n"
         "Le pagelle\n"
         "Conti 6 Attento nelle uscite, mai davvero impegnato.\n"
         "De Santis 7 Spinge sulla fascia per tutta la partita.\n"
         "Galli 7,5 Il gol partita e tanta corsa per la squadra.\n\n"
         "Il tabellino\n"
         "PORTO ALTO (4-4-2): Conti; Bruno, Greco, Marino, De Santis; Lombardi, Moretti, Barbieri, Fontana; Ferri, "
         "Galli.\n"
         "Arbitro: Neri di Pavia.\n"
         "Marcatori: 88' Galli.\n\n"
         "Leggi anche\nBasket, la Virtus vince ancora in casa\nContatti\n",
         "Le pagelle", "De Santis 7 Spinge sulla fascia per tutta la partita.", "Arbitro: Neri di Pavia."},
        {"en",
         "Harbour Gazette\nSport\n\nRovers snatch late win at Millbrook\n\n"
         "Harbour Rovers came from behind to beat Millbrook Town on Saturday with two goals in the last ten "
         "minutes.\n\n"
         "The manager said afterwards that his side had shown the patience he had asked of them all week.\n\n"
         "Player ratings\n"
         "Jones 6 Solid without having much to do.\n"
         "Van Dijk 8 Scored the winner and ran the midfield.\n"
         "Patel 5.5 Struggled with the pace of the wingers.\n\n"
         "Line-ups\n"
         "Rovers (4-4-2): Jones; Smith, Brown, Wilson, Taylor; Evans, Van Dijk, Patel, Hughes; Green, Hall.\n"
         "Referee: Tom Ward.\n"
         "Scorers: Hall 81, Van Dijk 88.\n\n"
         "Most read\nCouncil approves new ferry timetable\nContact us\n",
         "Player ratings", "Van Dijk 8 Scored the winner and ran the midfield.", "Referee: Tom Ward."},
    };
    for (const MarksRow& r : rows) {
        INFO(r.lang);
        const Article a = classify(segment(r.page), r.lang);
        const std::vector<std::string> headings = test::headings_of(a);
        CHECK(std::find(headings.begin(), headings.end(), std::string(r.label)) != headings.end());
        const std::vector<std::string> body = test::paragraphs_of(a);
        CHECK(std::find(body.begin(), body.end(), std::string(r.row)) != body.end());
        CHECK(std::find(body.begin(), body.end(), std::string(r.fact)) != body.end());
        CHECK(std::find(body.begin(), body.end(), std::string("Council approves new ferry timetable")) == body.end());
    }
}
