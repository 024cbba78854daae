// A caption with its picture's credit glued on the same line (probe42 M1, probe44 M1): a photographer's name and the
// outlet the picture was taken for in a parenthesis after the caption's stop ("... on Nov. 30. (Jane Roe for The
// Daily Record)"), the same credit in capitals with the outlet between quotation marks ("... le 3 mai. JEANNE MOREL
// POUR « LE QUOTIDIEN »"), and the outlet's name in capitals after a bar or a slash ("... mercredi. | LA GAZETTE-DU-
// VAL"). The line was read as a body paragraph or as boilerplate. Invented lines.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "credits_parts.hpp"

#include <string>
#include <utility>

using namespace archive;

namespace {

void check_split(const char* line, const char* caption, const char* credit) {
    INFO(line);
    const auto split = split_trailing_credit(std::string_view(line));
    REQUIRE(split.has_value());
    CHECK(split->first == caption);
    CHECK(split->second == credit);
}

} // namespace

TEST_CASE("a photographer's credit for an outlet in a parenthesis after the caption's stop", "[media][credit][media34]") {
    check_split("Mayor Ellen Hart speaks to reporters in Dayton on Dec. 2. (Sam Ortiz for The Valley Herald)",
                "Mayor Ellen Hart speaks to reporters in Dayton on Dec. 2.", "(Sam Ortiz for The Valley Herald)");
    check_split("La maire, Claire Dubois, à Quimper, le 3 mai 2026. (Jeanne Morel pour Le Quotidien)",
                "La maire, Claire Dubois, à Quimper, le 3 mai 2026.", "(Jeanne Morel pour Le Quotidien)");
    check_split("Der Bürgermeister am neuen Steg, im Mai. (Anna Muster für Die Seezeitung)",
                "Der Bürgermeister am neuen Steg, im Mai.", "(Anna Muster für Die Seezeitung)");
    // A parenthesis of the text naming what a person did for a group is no credit: no stop before it, or no name.
    for (const char* line : {"The council thanked the volunteers (Jane Roe for The Harbour Trust)",
                             "He wrote the report in May. (It was meant for The Board)"}) {
        INFO(line);
        CHECK_FALSE(split_trailing_credit(std::string_view(line)).has_value());
    }
}

TEST_CASE("a photographer's credit for an outlet in capitals after the caption's stop", "[media][credit][media34]") {
    check_split("Claire Dubois, à Quimper (Finistère), le 3 mai 2026. JEANNE MOREL POUR \u00ab LE QUOTIDIEN \u00bb",
                "Claire Dubois, à Quimper (Finistère), le 3 mai 2026.", "JEANNE MOREL POUR \u00ab LE QUOTIDIEN \u00bb");
    check_split("Mayor Ellen Hart at the harbour, on Monday. SAM ORTIZ FOR \u201cTHE VALLEY HERALD\u201d",
                "Mayor Ellen Hart at the harbour, on Monday.", "SAM ORTIZ FOR \u201cTHE VALLEY HERALD\u201d");
    CHECK(photographer_for_outlet("Jeanne Morel pour \u00ab Le Quotidien \u00bb"));
    // A sentence after the stop, in capitals or not, is no credit: the outlet's words all open with a capital.
    CHECK_FALSE(photographer_for_outlet("Jeanne Morel pour \u00ab le reste \u00bb"));
    CHECK_FALSE(photographer_for_outlet("JEANNE MOREL POUR \u00ab \u00bb"));
}

TEST_CASE("an outlet in capitals after a bar or a slash closing a caption", "[media][credit][media34]") {
    check_split("Yann Le Goff devant sa boutique inondée, mercredi. | LA GAZETTE-DU-VAL",
                "Yann Le Goff devant sa boutique inondée, mercredi.", "LA GAZETTE-DU-VAL");
    check_split("The flooded shop on Harbour Street, on Wednesday. / HARBOUR NEWS",
                "The flooded shop on Harbour Street, on Wednesday.", "HARBOUR NEWS");
    check_split("Der überflutete Laden an der Hafenstraße, am Mittwoch. | SEEBLATT",
                "Der überflutete Laden an der Hafenstraße, am Mittwoch.", "SEEBLATT");
    CHECK(capital_outlet("OUEST-VAL"));
    // Small letters, figures, a dash standing alone or too many words: no outlet's name.
    for (const char* credit : {"Accueil", "TOP 10", "NEWS - SPORT", "A B C D E", "TV", "-VAL-"}) {
        INFO(credit);
        CHECK_FALSE(capital_outlet(credit));
    }
    // A dash after the stop leads to a text's signature, no credit.
    CHECK_FALSE(split_trailing_credit(std::string_view("The shop reopened on Wednesday. \u2014 HARBOUR NEWS")).has_value());
}
