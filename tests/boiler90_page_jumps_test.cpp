// A newspaper's jump to or from the page where its article goes on ("Fortsetzung Seite 4", "Suite de la page 7"),
// printed between the paragraphs of a PDF's or an e-paper's text, is the page's, no paragraph (boilerplate.cpp
// page_jump, lexicon section page_jumps).
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "classify.hpp"
#include "pipeline.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;
using archive::test::page_of;

TEST_CASE("a page jump with its page's number is a line of boilerplate", "[boilerplate]") {
    SECTION("de") {
        CHECK(is_boilerplate_phrase("Fortsetzung Seite 4"));
        CHECK(is_boilerplate_phrase("Fortsetzung von Seite 1"));
        CHECK(is_boilerplate_phrase("Weiter auf Seite 12"));
    }
    SECTION("fr") {
        CHECK(is_boilerplate_phrase("Suite en page 9"));
        CHECK(is_boilerplate_phrase("Suite de la page 7"));
        CHECK(is_boilerplate_phrase("Lire la suite en page 3"));
    }
    SECTION("en") {
        CHECK(is_boilerplate_phrase("Continued on Page 4"));
        CHECK(is_boilerplate_phrase("Continued from page 1."));
    }
    SECTION("it") {
        CHECK(is_boilerplate_phrase("Segue a pagina 2"));
        CHECK(is_boilerplate_phrase("Continua da pagina 11"));
    }
    SECTION("a sentence, a jump without its number, a number no page's are not") {
        CHECK_FALSE(is_boilerplate_phrase("Continued on page 4 of the report, the figures show a rise."));
        CHECK_FALSE(is_boilerplate_phrase("Fortsetzung Seite"));
        CHECK_FALSE(is_boilerplate_phrase("Suite en page 2026"));
        CHECK_FALSE(is_boilerplate_phrase("Die Fortsetzung folgt am Montag 4"));
    }
}

TEST_CASE("a page jump between two paragraphs goes to the boilerplate, the paragraphs stay", "[boilerplate]") {
    const Article a = parse(page_of({
        "Neue Brücke über den Mühlbach",
        "",
        "Der Stadtrat von Lindenau hat am Dienstag die Mittel für die neue Brücke über den Mühlbach bewilligt.",
        "",
        "Fortsetzung Seite 4",
        "",
        "Die Arbeiten sollen im kommenden Frühjahr beginnen und bis zum Herbst abgeschlossen sein, sagte der "
        "Bürgermeister.",
    }));
    CHECK(std::find(a.boilerplate.begin(), a.boilerplate.end(), "Fortsetzung Seite 4") != a.boilerplate.end());
    std::size_t paragraphs = 0;
    for (const auto& s : a.sections)
        for (const auto& p : s.paragraphs) {
            CHECK(p.find("Fortsetzung") == std::string::npos);
            ++paragraphs;
        }
    CHECK(paragraphs == 2);
}

TEST_CASE("a page jump inside a wrapped run is not joined into the paragraph under it", "[segment]") {
    SECTION("fr") {
        const auto blocks = segment(page_of({
            "Suite de la page 7",
            "Selon les associations, une trentaine de personnes ont reçu",
            "une amende depuis l'entrée en vigueur de l'arrêté municipal,",
            "pour des montants qui vont de trente à cinquante euros chacun.",
            "",
            "La mairie, qui n'a pas encore décidé de faire appel, rappelle",
            "que l'arrêté visait les rues commerçantes de l'hypercentre et",
            "qu'il devait prendre fin au lendemain des fêtes de fin d'année.",
        }));
        REQUIRE(blocks.size() == 3);
        CHECK(blocks[0].text == "Suite de la page 7");
        CHECK(blocks[1].text.starts_with("Selon les associations, une trentaine de personnes ont reçu une amende"));
    }
    SECTION("en") {
        const auto blocks = segment(page_of({
            "Continued from page 1",
            "councillors said the baths would again host school lessons and",
            "the town's swimming club, which now travels to a pool twenty",
            "miles away for its training sessions twice every single week.",
            "",
            "The baths were built in the years before the war and were long",
            "the pride of the town, with a glass roof over the main pool and",
            "a café on the gallery that was open to swimmers and visitors.",
        }));
        REQUIRE(blocks.size() == 3);
        CHECK(blocks[0].text == "Continued from page 1");
        CHECK(blocks[1].text.starts_with("councillors said the baths would again host school lessons and the town"));
    }
}
