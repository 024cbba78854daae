// The notices that is_boilerplate_phrase finds by their pieces wherever they stand in a line (rights, affiliate and
// comment notices, the copyright mark): a line of fewer than 50 spaces is first searched for the pieces' rare bytes,
// sixteen at a step, and skips the byte pairs when it holds none of the pieces (holds_notice_piece, boilerplate.cpp).
// The pieces are looked for at every place in the line, across the steps' edges and in the last bytes, and a line
// holding a byte of a piece but not the piece keeps its answer. Every line is invented.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"

#include <string>
#include <vector>

using namespace archive;

namespace {

// The same notice after `pad` bytes of words that hold none of the pieces' rare bytes ("a", "b", ...), as a line and
// as the block segment() makes of it.
std::string padded(const std::string& notice, std::size_t pad) {
    std::string out;
    while (out.size() < pad)
        out += out.size() % 4 == 3 ? ' ' : 'a';
    return out.empty() ? notice : out + " " + notice;
}

bool block_boilerplate(const std::string& line) {
    const std::vector<Block> blocks = segment(line + "\n");
    REQUIRE(blocks.size() == 1);
    return blocks.front().boilerplate;
}

} // namespace

TEST_CASE("a rights notice is found wherever its piece stands in a short line", "[boilerplate][notice_prefilter]") {
    for (const std::string notice : {"Alle Rechte vorbehalten", "All rights reserved", "Tous droits réservés",
                                     "Tutti i diritti riservati", "Todos los derechos reservados"}) {
        // (each offset of the piece in a step of sixteen bytes, and in the line's last bytes)
        for (std::size_t pad = 0; pad < 40; ++pad) {
            const std::string line = padded(notice, pad) + " · Hafenblatt Verlag";
            INFO(line);
            CHECK(is_boilerplate_phrase(line));
            CHECK(block_boilerplate(line));
            CHECK(is_boilerplate_phrase(padded(notice, pad)));
        }
    }
}

TEST_CASE("an affiliate or comment notice is found wherever its piece stands", "[boilerplate][notice_prefilter]") {
    for (const std::string notice :
         {"We may earn a commission from links on this page", "Wir erhalten ggf. eine kleine Provision vom Händler",
          "Nous touchons une commission sur les achats", "You must be logged in to post a comment",
          "Zum Kommentieren bitte anmelden", "Para comentar debes registrarte"}) {
        for (std::size_t pad = 0; pad < 36; ++pad) {
            const std::string line = padded(notice, pad);
            INFO(line);
            CHECK(is_boilerplate_phrase(line));
            CHECK(block_boilerplate(line));
        }
    }
}

TEST_CASE("a copyright mark is found in a short line at any place", "[boilerplate][notice_prefilter]") {
    for (std::size_t pad = 0; pad < 36; ++pad) {
        const std::string line = padded("© Hafenblatt Verlag", pad);
        INFO(line);
        CHECK(is_boilerplate_phrase(line));
        CHECK(block_boilerplate(line));
    }
    CHECK(is_boilerplate_phrase("Copyright Hafenblatt Verlag"));
    CHECK(is_boilerplate_phrase("Copyright Harbour Media Group"));
}

TEST_CASE("a line with the pieces' rare bytes but none of the notices stays text", "[boilerplate][notice_prefilter]") {
    // (the pieces' rare bytes, "v", "z", "f", "m", in many words, and some of the pieces, "serv", "commission": the
    // line's phrases are read, and none is there)
    for (const char* line : {"The ferry service will serve five villages from May.",
                             "Der Verband fordert vom Bezirk mehr Zeit für die Prüfung.",
                             "Le comité municipal visite le chantier mardi.",
                             "Il comune ha rinviato la commissione a venerdì.",
                             "Prowadzący zamknął zebranie po godzinie."}) {
        INFO(line);
        CHECK_FALSE(is_boilerplate_phrase(line));
        CHECK_FALSE(block_boilerplate(line));
    }
}
