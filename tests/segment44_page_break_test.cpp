// join_wrapped() on a PDF's text whose running header (or footer) is printed again at a page break, inside a paragraph
// the break cut: the line repeated with only its number changed is set aside, the paragraph joined across it, and the
// header kept as a block of its own after the paragraph.
#include <catch2/catch.hpp>

#include "pipeline.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;
using archive::test::page_of;
using archive::test::texts_of;

TEST_CASE("a running header repeated at a page break is no part of the paragraph it cuts", "[segment]") {
    SECTION("de: Seite 4 / Seite 5") {
        const auto blocks = segment(page_of({
            "Talbote Nord · Dienstag, 14. Mai 2024 · Seite 4",
            "Die Stadtwerke von Lindenau wollen im kommenden Jahr die alten",
            "Gasleitungen unter der Hauptstraße ersetzen lassen. Der Stadtrat",
            "hat die Planung am Montagabend ohne Gegenstimme gebilligt und",
            "die ersten Aufträge bereits an zwei Firmen aus der Region",
            "Talbote Nord · Dienstag, 14. Mai 2024 · Seite 5",
            "vergeben. Die Arbeiten beginnen im März und dauern bis Ende Juli.",
            "Während der Bauzeit wird die Straße abschnittsweise gesperrt, die",
            "Busse der Linie drei fahren eine Umleitung über den Bahnhof und",
            "die Haltestellen am Markt werden für einige Wochen verlegt.",
        }));
        CHECK(texts_of(blocks) ==
              std::vector<std::string>{
                  "Talbote Nord · Dienstag, 14. Mai 2024 · Seite 4",
                  "Die Stadtwerke von Lindenau wollen im kommenden Jahr die alten Gasleitungen unter der Hauptstraße "
                  "ersetzen lassen. Der Stadtrat hat die Planung am Montagabend ohne Gegenstimme gebilligt und die "
                  "ersten Aufträge bereits an zwei Firmen aus der Region vergeben. Die Arbeiten beginnen im März und "
                  "dauern bis Ende Juli. Während der Bauzeit wird die Straße abschnittsweise gesperrt, die Busse der "
                  "Linie drei fahren eine Umleitung über den Bahnhof und die Haltestellen am Markt werden für einige "
                  "Wochen verlegt.",
                  "Talbote Nord · Dienstag, 14. Mai 2024 · Seite 5",
              });
    }
    SECTION("en: a footer with the page's number, the paragraph goes on in lower case") {
        const auto blocks = segment(page_of({
            "Westmoor Gazette, 12 March 2024, page 2 of 9",
            "The county council agreed on Thursday to reopen the old swimming",
            "baths on Mill Lane, which have stood empty since the roof failed",
            "an inspection six years ago. The work will cost about four million",
            "Westmoor Gazette, 12 March 2024, page 3 of 9",
            "pounds and should take a little under two years to complete.",
            "Councillors said the baths would again host school lessons and",
            "the town's swimming club, which now travels to a pool twenty",
            "miles away for its training sessions twice every single week.",
        }));
        CHECK(texts_of(blocks) ==
              std::vector<std::string>{
                  "Westmoor Gazette, 12 March 2024, page 2 of 9",
                  "The county council agreed on Thursday to reopen the old swimming baths on Mill Lane, which have "
                  "stood empty since the roof failed an inspection six years ago. The work will cost about four "
                  "million pounds and should take a little under two years to complete. Councillors said the baths "
                  "would again host school lessons and the town's swimming club, which now travels to a pool twenty "
                  "miles away for its training sessions twice every single week.",
                  "Westmoor Gazette, 12 March 2024, page 3 of 9",
              });
    }
}

TEST_CASE("a line with other numbers after a sentence's end is not set aside", "[segment]") {
    // A live blog's time stamps: the line before each ends its sentence, so no paragraph goes on across it (though
    // the entry under it opens in lower case) and it stays where it stands, between the entries.
    const auto blocks = segment(page_of({
        "The council said the roads would reopen by the end of the week,",
        "once the water had gone down and the engineers had checked them.",
        "21:40 Mary Quinn",
        "e-scooters are banned from the riverside path until further notice,",
        "the police said, after two riders were hurt there on Sunday evening.",
        "21:15 Mary Quinn",
        "eBay sellers in the valley say parcels are again being collected,",
        "though the depot at Hollins Cross is still closed to the public.",
    }));
    const auto texts = texts_of(blocks);
    const auto first = std::find(texts.begin(), texts.end(), "21:40 Mary Quinn");
    const auto second = std::find(texts.begin(), texts.end(), "21:15 Mary Quinn");
    REQUIRE(first != texts.end());
    REQUIRE(second != texts.end());
    CHECK(first != texts.begin());
    CHECK((first + 1)->starts_with("e-scooters"));
    CHECK((second + 1)->starts_with("eBay"));
}
