// A long caption closed by its credit ("Photograph: <caption>. Photograph: Jane Roe/Agency") right under a paragraph
// of the text weighs in the article's region as a short line (region.cpp, main_region()): the entry under it stays in
// the article, the caption and credit become the picture's. Invented lines and pages.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "pipeline.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <string>

using namespace archive;
using archive::test::paragraphs_of;

TEST_CASE("a long caption closed by its credit under a paragraph stays in the region", "[media][region][media37]") {
    // (The en page lost its last entry, the caption weighing against it; the de page, its caption shorter against
    // its entry, is read right either way.)
    const std::string en =
        "The Harbour Ledger\n"
        "World\n"
        "UK\n"
        "Sign in\n"
        "LIVE\n"
        "Harbour election live: counting under way as polls close across the district\n"
        "Follow the latest updates as votes are counted in all 40 wards\n"
        "Key events\n"
        "Updated 3m ago\n"
        "By Jane Roe and Tom Ashe\n"
        "Thu 5 Dec 2026 23.58 GMT\n"
        "3m ago\n"
        "Harbour ward declares first\n"
        "The ferry party holds the harbour ward with a reduced majority of 1,204. Turnout was 51.3%, down four points.\n"
        "22.41 GMT\n"
        "Share\n"
        "Turnout appears to be lower in the town wards, according to early reports from the counting hall.\n"
        "22.00 GMT\n"
        "Exit poll published\n"
        "The exit poll has been published. It gives the ferry party 31 seats, short of the 33 needed.\n"
        "Photograph: Ballot boxes arrive at the count in the old harbour hall. Photograph: Sam Vale/Harbour Images\n"
        "21.45 GMT\n"
        "Good evening and welcome to our live coverage of election night. Polls close at 10pm.\n"
        "Load more updates\n"
        "Most viewed\n"
        "Comments (312)\n"
        "© 2026 The Harbour Ledger\n";
    const std::string de =
        "Hafenblatt\n"
        "Politik\n"
        "Region\n"
        "Anmelden\n"
        "LIVE\n"
        "Wahlabend am Hafen: Die Auszählung läuft, die Lokale sind geschlossen\n"
        "Verfolgen Sie die neuesten Ergebnisse aus allen 40 Bezirken\n"
        "Wichtigste Ereignisse\n"
        "Aktualisiert vor 3 Min.\n"
        "Von Anna Muster und Jan Feld\n"
        "Do 5. Dez. 2026, 23.58 Uhr\n"
        "vor 3 Min.\n"
        "Hafenviertel meldet als erstes\n"
        "Die Fährpartei hält das Hafenviertel mit einer knappen Mehrheit von 1204 Stimmen. Die Beteiligung lag bei 51 Prozent.\n"
        "22.41 Uhr\n"
        "Teilen\n"
        "Die Beteiligung scheint in der Stadt tiefer zu liegen, wie erste Meldungen aus der Halle zeigen.\n"
        "22.00 Uhr\n"
        "Prognose veröffentlicht\n"
        "Die Prognose ist veröffentlicht. Sie gibt der Fährpartei 31 Sitze, zwei zu wenig für die Mehrheit.\n"
        "Foto: Wahlurnen werden in die alte Hafenhalle zur Auszählung getragen. Foto: Sam Vale/Hafenbild\n"
        "21.45 Uhr\n"
        "Guten Abend und willkommen zu unserem Ticker zum Wahlabend. Die Lokale schliessen um 22 Uhr.\n"
        "Weitere Einträge laden\n"
        "Meistgelesen\n"
        "Kommentare (312)\n"
        "© 2026 Hafenblatt\n";
    const struct {
        const std::string* page;
        const char* caption;
        const char* credit;
        const char* entry;
    } rows[] = {
        {&en, "Ballot boxes arrive at the count in the old harbour hall.", "Photograph: Sam Vale/Harbour Images",
         "Good evening and welcome to our live coverage of election night. Polls close at 10pm."},
        {&de, "Wahlurnen werden in die alte Hafenhalle zur Auszählung getragen.", "Foto: Sam Vale/Hafenbild",
         "Guten Abend und willkommen zu unserem Ticker zum Wahlabend. Die Lokale schliessen um 22 Uhr."},
    };
    for (const auto& r : rows) {
        INFO(r.caption);
        const Article a = parse(*r.page, "page.txt");
        CHECK(std::any_of(a.media.begin(), a.media.end(), [&](const Media& m) {
            return m.caption == std::string(r.caption) && m.credit == std::string(r.credit);
        }));
        const auto paragraphs = paragraphs_of(a);
        CHECK(std::find(paragraphs.begin(), paragraphs.end(), std::string(r.entry)) != paragraphs.end());
        CHECK(std::find(a.boilerplate.begin(), a.boilerplate.end(), std::string(r.entry)) == a.boilerplate.end());
    }
}
