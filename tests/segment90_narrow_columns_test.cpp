// join_wrapped() on an e-paper's or a PDF's narrow columns (under 40 characters a line): a page whose wrap split
// words at the lines' ends with a hyphen is read as wrapped at its column's width, its paragraphs joined, German
// ones too, whose wrapped lines often go on with a capital.
#include <catch2/catch.hpp>

#include "pipeline.hpp"
#include "test_pages.hpp"

#include <string>
#include <vector>

using namespace archive;
using archive::test::page_of;
using archive::test::texts_of;

TEST_CASE("a narrow column whose wrap split words is joined into paragraphs", "[segment]") {
    SECTION("de: nouns go on with a capital") {
        CHECK(texts_of(segment(page_of({
                  "Der Gemeinderat von Lindenau hat",
                  "am Dienstag die Sanierung der al-",
                  "ten Schule beschlossen. Die Kos-",
                  "ten von vier Millionen Euro trägt",
                  "zur Hälfte das Land, den Rest die",
                  "Gemeinde.",
                  "Die Bauarbeiten sollen im Früh-",
                  "jahr beginnen. Während der Arbei-",
                  "ten werden die Schüler in Contai-",
                  "nern auf dem Sportplatz unterrich-",
                  "tet, sagte der Bürgermeister.",
              }))) ==
              std::vector<std::string>{
                  "Der Gemeinderat von Lindenau hat am Dienstag die Sanierung der alten Schule beschlossen. Die "
                  "Kosten von vier Millionen Euro trägt zur Hälfte das Land, den Rest die Gemeinde.",
                  "Die Bauarbeiten sollen im Frühjahr beginnen. Während der Arbeiten werden die Schüler in "
                  "Containern auf dem Sportplatz unterrichtet, sagte der Bürgermeister.",
              });
    }
    SECTION("fr") {
        CHECK(texts_of(segment(page_of({
                  "Le conseil municipal de Lorval a",
                  "voté mardi la rénovation de l'an-",
                  "cienne école du centre. Les tra-",
                  "vaux coûteront quatre millions",
                  "d'euros, dont la moitié à la charge",
                  "de la région.",
                  "Les élèves seront accueillis pen-",
                  "dant le chantier dans des salles",
                  "provisoires installées sur le ter-",
                  "rain de sport, a précisé le maire.",
              }))) ==
              std::vector<std::string>{
                  "Le conseil municipal de Lorval a voté mardi la rénovation de l'ancienne école du centre. Les "
                  "travaux coûteront quatre millions d'euros, dont la moitié à la charge de la région.",
                  "Les élèves seront accueillis pendant le chantier dans des salles provisoires installées sur le "
                  "terrain de sport, a précisé le maire.",
              });
    }
    SECTION("en") {
        CHECK(texts_of(segment(page_of({
                  "The town council of Westmoor voted",
                  "on Tuesday to repair the old pri-",
                  "mary school on Mill Lane. The work",
                  "will cost four million pounds, paid",
                  "by the county.",
                  "Pupils will be taught in tempo-",
                  "rary classrooms on the playing",
                  "field while the builders are on",
                  "site, the council's leader said.",
              }))) ==
              std::vector<std::string>{
                  "The town council of Westmoor voted on Tuesday to repair the old primary school on Mill Lane. The "
                  "work will cost four million pounds, paid by the county.",
                  "Pupils will be taught in temporary classrooms on the playing field while the builders are on "
                  "site, the council's leader said.",
              });
    }
}

TEST_CASE("short lines without split words are no narrow column", "[segment]") {
    // A list of short items, none split by the wrap: each line stays a block.
    const std::vector<std::string> lines = {
        "Opening hours of the town library",
        "Monday to Friday from nine to six",
        "and on Saturday from ten to one",
        "closed on Sundays and public holidays",
    };
    CHECK(texts_of(segment(page_of(lines))) == lines);
}
