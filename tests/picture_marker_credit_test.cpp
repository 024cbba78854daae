// The word a text copy prints alone where a picture stood ("Photo", "Foto") names nobody: no credit, and the
// paragraph over it no caption (collect_media() of media.cpp). A caption under such a word, its credit glued after a
// figure ("... in 2023.CreditJane Roe/Agency"), is one picture with its credit, the word left out (caption_under_marker()).
#include <catch2/catch.hpp>

#include "test_pages.hpp"

#include <algorithm>
#include <string>

using archive::test::credits_of;
using archive::test::PageRow;
using archive::test::paragraphs_of;

TEST_CASE("a picture's marker alone under a paragraph credits nothing", "[classify][media][picture_marker_credit]") {
    for (const PageRow& r : {
             PageRow{"en", R"(Ferries return to the old harbour after two years

By Jane Roe

The ferries of the bay returned to the old harbour on Monday after two years of work on the quays, and the first crossing left the pier at dawn with more than two hundred passengers on board.
The new quays were built on the old stones, which the masons numbered one by one before the work began.
Photo
The harbour master said the channel would be dredged again next winter, when the traffic is low and the tides are calm, and that the larger boats of the company would come back in the spring.
"We waited a long time for this morning," said Anna Field, who has crossed the bay every week for thirty years.
)",
                 "The new quays were built on the old stones, which the masons numbered one by one before the work began."},
             PageRow{"de", R"(Die Fähren kehren nach zwei Jahren in den alten Hafen zurück

Von Jana Roth

Die Fähren der Bucht sind am Montag nach zwei Jahren Bauzeit an den Kais in den alten Hafen zurückgekehrt, und die erste Überfahrt verließ den Anleger im Morgengrauen mit mehr als zweihundert Fahrgästen.
Die neuen Kais stehen auf den alten Steinen, die die Maurer vor Beginn der Arbeiten einzeln nummeriert hatten.
Foto
Der Hafenmeister sagte, die Fahrrinne werde im nächsten Winter erneut ausgebaggert, wenn wenig Verkehr herrsche und die Gezeiten ruhig seien, und die großen Schiffe kämen im Frühjahr zurück.
"Wir haben lange auf diesen Morgen gewartet", sagte Anna Feld, die seit dreißig Jahren jede Woche über die Bucht fährt.
)",
                 "Die neuen Kais stehen auf den alten Steinen, die die Maurer vor Beginn der Arbeiten einzeln nummeriert hatten."},
         }) {
        INFO(r.page);
        const archive::Article a = archive::classify(archive::segment(r.page), r.lang);
        CHECK(a.media.empty());
        const auto paragraphs = paragraphs_of(a);
        CHECK(std::find(paragraphs.begin(), paragraphs.end(), r.line) != paragraphs.end());
    }
}

TEST_CASE("a caption under a picture's marker with its credit glued after a figure is one picture",
          "[classify][media][picture_marker_credit]") {
    struct Row {
        const char* lang;
        const char* page;
        const char* caption;
        const char* credit;
        const char* lede;
    };
    for (const Row& r : {
             Row{"en", R"(Interest on the harbour's debt will soon pass its budget for the quays

Rising rates and the cost of the new basin could make it harder to pay for the ferries in the years to come.

Image
The harbour's interest payments could pass its budget for the quays in 2027.CreditAnna Roe/Reuters

By Jane Roe

Each year the harbour board now hands its lenders a larger sum than it puts into the quays, the ferries or the channel, the town's auditors found in figures out on Monday.
The board borrowed heavily to build the new basin, and the rates it pays have doubled since the work began.
)",
                 "The harbour's interest payments could pass its budget for the quays in 2027.",
                 "CreditAnna Roe/Reuters",
                 "Rising rates and the cost of the new basin could make it harder to pay for the ferries in the years to come."},
             Row{"de", R"(Die Zinsen des Hafens übersteigen bald sein Budget für die Kais

Steigende Zinsen und die Kosten des neuen Beckens könnten die Fähren in den nächsten Jahren teurer machen.

Bild
Die Zinslast des Hafens könnte sein Budget für die Kais im Jahr 2027 übersteigen.FotoJana Roth/dpa

Von Anna Feld

Die Hafenverwaltung könnte bald mehr für die Zinsen ihrer Schulden zahlen als für die Kais, die Fähren oder die Fahrrinne, wie die Prüfer der Stadt am Montag mitteilten.
Die Verwaltung hat für das neue Becken viel Geld geliehen, und die Zinsen haben sich seit Beginn der Arbeiten verdoppelt.
)",
                 "Die Zinslast des Hafens könnte sein Budget für die Kais im Jahr 2027 übersteigen.",
                 "FotoJana Roth/dpa",
                 "Steigende Zinsen und die Kosten des neuen Beckens könnten die Fähren in den nächsten Jahren teurer machen."},
         }) {
        INFO(r.page);
        const archive::Article a = archive::classify(archive::segment(r.page), r.lang);
        REQUIRE(a.media.size() == 1);
        CHECK(a.media.front().caption == std::optional<std::string>(r.caption));
        CHECK(credits_of(a) == std::vector<std::string>{r.credit});
        CHECK(a.lede == std::optional<std::string>(r.lede));
        for (const auto& s : a.sections)
            CHECK(s.heading != std::optional<std::string>(r.lang == std::string("en") ? "Image" : "Bild"));
    }
}
