// goals_token(): the one reader of a team's goals in a result line, shared by the headline's result lines
// (goals_after_teams(), score_line()) and the match box's score line (score_between_teams()). Every line is invented.
#include <catch2/catch.hpp>

#include "goals_token.hpp"
#include "headline.hpp"

using namespace archive;

TEST_CASE("goals_token: one or two figures, nothing else", "[goals_token]") {
    for (const char* t : {"0", "3", "12", "99"})
        CHECK(goals_token(t));
    // Near misses: three figures (a year's end, a minute), a letter, a sign, nothing.
    for (const char* t : {"", "123", "2a", "a2", "2-1", "1.", "+1", "\xc2\xb2"})
        CHECK(!goals_token(t));
}

TEST_CASE("goals_token: the result lines that read it", "[goals_token]") {
    // en, de, fr, it, es: each side's goals after its name.
    for (const char* line : {"Harwick Rovers 2 Dunmore Athletic 1", "Rotweiß Varnau 3 Eintracht Kelm 10",
                             "Olympique Brésac 0 Stade Morlan 2", "Valdora 1 Pievelunga 12", "Valdeluz 2 Montvert 1"})
        CHECK(goals_after_teams(line));
    for (const char* line : {"Harwick Rovers 123 Dunmore Athletic 1", "Rotweiß Varnau 3a Eintracht Kelm 1"})
        CHECK(!goals_after_teams(line));
    CHECK(score_line("Harwick Rovers 2 (Tamsin 12, Orrell 80) Dunmore Athletic 1 (Pask 44)"));
    CHECK(!score_line("Harwick Rovers 200 (Tamsin 12, Orrell 80) Dunmore Athletic 1 (Pask 44)"));
}
