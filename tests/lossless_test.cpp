// The lossless contract itself (lost_lines): the golden test, the stress test and the fuzzer all trust it to find a
// line the record lost, so it must find one.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "pipeline.hpp"

#include <string>
#include <vector>

using namespace archive;

namespace {

// A record holding a kicker, a headline, a caption and its credit, one paragraph and one line of boilerplate.
Article harbour_record() {
    Article a;
    a.kicker = "Hafen";
    a.headline = "Die Fähre fährt wieder";
    a.media.push_back(Media{"Le quai de Lorval au matin.", "Photo: Jean Dupont"});
    a.sections.push_back(Section{std::nullopt, {"The ferry to the islands runs again from the eastern pier."}});
    a.boilerplate = {"Share"};
    return a;
}

} // namespace

TEST_CASE("a line the record holds whole or in a few pieces is not lost, any other line is", "[lossless]") {
    const Article a = harbour_record();
    // Held whole, with its white space collapsed, or glued of up to four pieces (a kicker and its headline, a
    // caption and its credit).
    CHECK(lost_lines(a, "  The ferry to   the islands runs again from the eastern pier.\n\nShare\n").empty());
    CHECK(lost_lines(a, "HafenDie Fähre fährt wieder\n").empty());
    CHECK(lost_lines(a, "Le quai de Lorval au matin. Photo: Jean Dupont\n").empty());
    CHECK(lost_lines(a, "Hafen Share Die Fähre fährt wieder Photo: Jean Dupont").empty());
    // A mark between a caption and its credit, on a page whose record holds another character sharing the mark's
    // first bytes ("–" and "—" share two of their three): the mark is typography, not half a character found.
    Article dashes = harbour_record();
    dashes.boilerplate.push_back("2026 – Lorval");
    CHECK(lost_lines(dashes, "Le quai de Lorval au matin. — Photo: Jean Dupont\n").empty());
    CHECK(lost_lines(dashes, "Le quai de Lorval au matin. — Photo: Jean Roe\n") ==
          std::vector<std::string>{"Le quai de Lorval au matin. — Photo: Jean Roe"});
    // Lost: a line the record does not hold, one of five pieces it holds, one ending in words it does not hold.
    CHECK(lost_lines(a, "Share\nComments\n") == std::vector<std::string>{"Comments"});
    CHECK(lost_lines(a, "Hafen Share Hafen Share Hafen\n") == std::vector<std::string>{"Hafen Share Hafen Share Hafen"});
    CHECK(lost_lines(a, "The ferry to the islands runs again. Update 12:30") ==
          std::vector<std::string>{"The ferry to the islands runs again. Update 12:30"});
}

TEST_CASE("a line given a one-line field's role is held when that field or another one-line field holds it", "[lossless]") {
    Article a;
    a.kicker = "Ville";
    a.headline = "Le tram passera par la gare dès 2028";
    a.dateline = "LORVAL";
    a.source_tag = SourceTag{"Keystone-ATS", {"ats"}};
    // classify() keeps such a line in the boilerplate unless one of these fields holds it: held whole, in a field
    // holding more (a headline of two lines), or glued of pieces of several (a kicker glued to its headline).
    CHECK(held_by_line_fields(a, "Le tram passera par la gare dès 2028"));
    CHECK(held_by_line_fields(a, "dès 2028"));
    CHECK(held_by_line_fields(a, "VilleLe tram passera par la gare dès 2028"));
    CHECK(held_by_line_fields(a, "Keystone-ATS"));
    // Not held: a second agency line when the record's source tag is another one (the fuzzer's find), a line of
    // another field.
    CHECK_FALSE(held_by_line_fields(a, "Europa Press"));
    CHECK_FALSE(held_by_line_fields(a, "Von Jana Roth, dpa"));
    Article none;
    CHECK_FALSE(held_by_line_fields(none, "Keystone-SDA"));
}

TEST_CASE("a hyphen closing a line is typography only after a word's letter (a word split at the wrap)", "[lossless]") {
    Article a;
    a.sections.push_back(Section{std::nullopt, {"Le vendredi l'arrêté entre en vigueur, score final 3 à 1.",
                                                "Der Bundesrat tagt am Montag. Tabelle 2026 zu Ende."}});
    // "ven-" over "dredi …", "Bundes-" over "rat …": joined without the hyphen into the paragraph.
    CHECK(lost_lines(a, "Le ven-\ndredi l'arrêté entre en vigueur, score final 3 à 1.\n").empty());
    CHECK(lost_lines(a, "Der Bundes-\nrat tagt am Montag.\nTabelle 2026 zu Ende.\n").empty());
    // A dash after a digit or a space is no split word's: the record that drops it lost a character.
    CHECK(lost_lines(a, "score final 3 -\n") == std::vector<std::string>{"score final 3 -"});
    CHECK(lost_lines(a, "Tabelle 2026-\n") == std::vector<std::string>{"Tabelle 2026-"});
}
