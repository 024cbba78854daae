// A deck under the byline, the date and the source's lines, over the lead picture, with the body under the picture
// opening with its dateline ("Reuters —", "HAFENSTADT (dpa) -"), which a second paragraph never does: the deck is the
// lede, however short (deck_over_picture()). Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <string>

TEST_CASE("a deck under the date line and over the picture, the body opening with its dateline, is the lede",
          "[classify][lede][head40]") {
    struct Row {
        const char* page;
        const char* deck;
    };
    const Row rows[] = {
        {"Harbour Network\n"
         "Politics\n"
         "World\n"
         "Watch\n"
         "Listen\n"
         "Sign in\n"
         "Read the transcript of the Harbourshire Council debate\n"
         "By Harbour Network Staff\n"
         "Updated 11:02 PM EST, Tue December 1, 2026\n"
         "Source: Reuters\n"
         "The vote ends a dispute of ten years over the site.\n"
         "The old ferry terminal on the east quay has stood empty since 2015.\n"
         "Jane Roe/Reuters\n"
         "Reuters —\n"
         "The town council voted on Tuesday night to sell the old ferry terminal on the east quay to a hotel group for 4.2 million pounds, ending a dispute that has divided the town for a decade.\n"
         "The hotel group plans to keep the terminal's clock tower and open a restaurant on the ground floor, its director said after the vote.\n"
         "Residents who had asked for a market hall on the site said they would keep campaigning until the sale is signed.\n",
         "The vote ends a dispute of ten years over the site."},
        {"Hafennetz\n"
         "Politik\n"
         "Welt\n"
         "Video\n"
         "Audio\n"
         "Anmelden\n"
         "Lesen Sie das Protokoll der Debatte im Rat von Hafenstadt\n"
         "Von Hafennetz-Redaktion\n"
         "Aktualisiert am 1. Dezember 2026, 23:02 Uhr\n"
         "Quelle: dpa\n"
         "Die Abstimmung beendet einen zehnjährigen Streit um das Gelände.\n"
         "Das alte Fährterminal am Ostkai steht seit 2015 leer.\n"
         "Foto: Jane Roe/dpa\n"
         "HAFENSTADT (dpa) - Der Stadtrat hat am Dienstagabend beschlossen, das alte Fährterminal am Ostkai für 4,2 Millionen Euro an eine Hotelgruppe zu verkaufen, und damit einen Streit beendet, der die Stadt zehn Jahre lang gespalten hat.\n"
         "Die Hotelgruppe will den Uhrturm des Terminals erhalten und im Erdgeschoss ein Restaurant eröffnen, sagte ihr Direktor nach der Abstimmung.\n"
         "Anwohner, die eine Markthalle auf dem Gelände gefordert hatten, wollen weiter kämpfen, bis der Verkauf unterschrieben ist.\n",
         "Die Abstimmung beendet einen zehnjährigen Streit um das Gelände."},
    };
    for (const Row& r : rows) {
        INFO(r.deck);
        const archive::Article a = archive::parse(r.page, "x");
        CHECK(a.lede.value_or("") == r.deck);
        REQUIRE_FALSE(a.sections.empty());
        REQUIRE_FALSE(a.sections[0].paragraphs.empty());
        CHECK(a.sections[0].paragraphs[0] != r.deck);
    }
}

TEST_CASE("an advertisement's questions to the reader over its picture are no deck", "[classify][lede][head40]") {
    const char* const page = "Hafennetz\nPolitik\nWelt\nAnmelden\n"
                             "Stadtrat verkauft das alte Fährterminal an eine Hotelgruppe\n"
                             "Von: Anna Berger | 03.12.26\n"
                             "Sie suchen eine Wohnung am Hafen?\n"
                             "Sie möchten Ihr Boot verkaufen?\n"
                             "Foto: Hafennetz\n"
                             "HAFENSTADT: Der Stadtrat hat am Dienstagabend beschlossen, das alte Fährterminal am Ostkai für 4,2 Millionen Euro an eine Hotelgruppe zu verkaufen.\n"
                             "Die Hotelgruppe will den Uhrturm des Terminals erhalten und im Erdgeschoss ein Restaurant eröffnen, sagte ihr Direktor.\n"
                             "Anwohner, die eine Markthalle auf dem Gelände gefordert hatten, wollen weiter kämpfen, bis der Verkauf unterschrieben ist.\n";
    const archive::Article a = archive::parse(page, "x");
    CHECK(a.lede.value_or("") != "Sie suchen eine Wohnung am Hafen?");
}
