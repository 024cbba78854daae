// The byte pairs that settle the searches for the pieces of notices (notices_parts.hpp).
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "notices_parts.hpp"

#include <random>
#include <string>
#include <vector>

using namespace archive;

TEST_CASE("a piece searched for by a rarer byte is found where a plain search finds it", "[notices]") {
    const std::string line = "some rights reserved by the harbour weekly, servers and observers";
    for (std::size_t most : {line.size(), std::size_t{0}}) { // the pairs gathered, or not (a paragraph)
        const BytePairs pairs(line, most);
        CAPTURE(most);
        CHECK(pairs.holds("serv", 3));
        CHECK(pairs.holds("rights", 5));
        CHECK(pairs.holds("some", 0)); // at the line's start
        CHECK(pairs.holds("observers", 8)); // at its end, the anchor its last byte
        CHECK_FALSE(pairs.holds("vorbehalt", 0));
        CHECK_FALSE(pairs.holds("servo", 3));
    }
    // "v" of "serv" at a place where the piece would start before the line or end after it.
    CHECK(BytePairs("v servant", 0).holds("serv", 3)); // (the first "v" stands too early to be one)
    CHECK_FALSE(BytePairs("erv", 0).holds("serv", 3));
    CHECK_FALSE(BytePairs("serv", 0).holds("servo", 3));
    CHECK(BytePairs("serv", 0).holds("serv", 3));
    CHECK_FALSE(BytePairs("", 0).holds("serv", 3));
}

TEST_CASE("the byte pairs and a search by any byte of a piece agree with a plain search on random lines", "[notices]") {
    // Lines of a few letters, so that the pieces are often there, in part or whole.
    const std::vector<std::string> pieces = {"s", "e", "r", "v", "se", "rv", "serv", " ", "vorbehalt", "ver", "z"};
    const std::vector<std::string> searched = {"serv", "vorbehalt", "rve", "vv", "zastrze"};
    std::mt19937 rng(20261201);
    for (int n = 0; n < 5000; ++n) {
        std::string line;
        const auto count = std::uniform_int_distribution<std::size_t>(0, 30)(rng);
        for (std::size_t k = 0; k < count; ++k)
            line += pieces[std::uniform_int_distribution<std::size_t>(0, pieces.size() - 1)(rng)];
        CAPTURE(line);
        for (std::size_t most : {line.size(), std::size_t{0}}) {
            const BytePairs pairs(line, most);
            for (const std::string& piece : searched) {
                const bool found = line.find(piece) != std::string::npos;
                REQUIRE(pairs.holds(piece) == found); // (a pair the gathering missed would say false)
                for (std::size_t anchor = 0; anchor < piece.size(); ++anchor)
                    REQUIRE(pairs.holds(piece, anchor) == found);
            }
        }
    }
}

TEST_CASE("a paragraph holding a rights notice among words of serving is found, one without it is not", "[notices]") {
    // Fifty spaces or more: the paragraph's pairs are gathered only once a piece of the notices is found in it.
    std::string served;
    for (int k = 0; k < 12; ++k)
        served += "The harbour office served the crews and reserved berths. ";
    CHECK_FALSE(is_boilerplate_phrase(served));
    CHECK(is_boilerplate_phrase(served + "Some rights reserved by the Kelp Bay Gazette"));
    std::string vorbehalt;
    for (int k = 0; k < 12; ++k)
        vorbehalt += "Das Hafenamt hat sich die Vergabe der Liegeplätze vorbehalten. ";
    CHECK_FALSE(is_boilerplate_phrase(vorbehalt));
    CHECK(is_boilerplate_phrase(vorbehalt + "Alle Rechte vorbehalten, Tangbucht Verlag"));
}

TEST_CASE("a word is found where it stands between two spaces, not inside a word or at the line's ends", "[notices]") {
    CHECK(spaced_word_at("the harbour agency is an independent news service", "is") == 19);
    CHECK(spaced_word_at("this harbour agency is an independent service", "is") == 20); // not in "this"
    CHECK(spaced_word_at("die agentur ist eine unabhängige nachrichtenagentur", "ist") == 12);
    CHECK(spaced_word_at("l'agence est une agence de presse", "est") == 9);
    CHECK(spaced_word_at("is the first word", "is") == std::string_view::npos); // at the start
    CHECK(spaced_word_at("the last word is", "is") == std::string_view::npos);  // at the end
    CHECK(spaced_word_at("photo by jane roe for the daily harbour", "for") == 18);
    CHECK(spaced_word_at("photo by jane roe, former harbour pilot", "for") == std::string_view::npos);
}
