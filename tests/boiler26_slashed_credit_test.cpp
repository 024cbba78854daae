// "Sacha Bittel/Le Nouvelliste", "20min/Marvin Ancian": the shape of a photographer's name and the outlet joined by a
// slash, which credits a picture only under a caption's sentence (the rows that take it are in
// media_outlet_credit_test.cpp); here, the lines of other shapes and places that it leaves alone.
#include <catch2/catch.hpp>

#include "credits_parts.hpp"
#include "pipeline.hpp"

#include <string>

using namespace archive;

TEST_CASE("a slashed line that is no name and outlet, or under no caption's sentence, credits no picture",
          "[media][credit][boiler26]") {
    // The shape alone: a slash joining two words, a bare name on one side.
    CHECK(person_outlet_credit("Sacha Bittel/Le Nouvelliste"));
    CHECK(person_outlet_credit("20min/Marvin Ancian"));
    CHECK_FALSE(person_outlet_credit("Redaktion Lokales / Katrin Mayer")); // a desk's byline, a spaced slash
    CHECK_FALSE(person_outlet_credit("Pain / Anesthetics"));                // a menu's entry
    CHECK_FALSE(person_outlet_credit("Hans Muster/Anna Meier, Bern"));      // a comma: no credit's shape
    CHECK_FALSE(person_outlet_credit("Zürich/Bern"));                       // two places, no name
    // A heading between paragraphs over the slashed line: no caption's sentence over it.
    const std::string page = R"(Seeblatt
Region
Der alte Kran am Hafen wird restauriert
Von Claudia Berger
3. Dezember 2026
Die Stadt lässt den über hundert Jahre alten Kran am Hafenbecken bis zum Frühling vollständig restaurieren.
Die Kosten und der Zeitplan
Seeblatt/Anna Muster
Die Kosten von rund 400'000 Franken teilen sich die Stadt und der kantonale Denkmalfonds.
Im Mai soll der Kran wieder für Führungen offen stehen, wie die Stadt am Dienstag mitteilte.
)";
    const Article a = classify(segment(page), "de");
    CHECK(a.media.empty());
}
