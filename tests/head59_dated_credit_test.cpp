// A publication's and an update's labelled date lines over the lead picture's caption and its credit (head59):
// "Gepubliceerd: <date>" / "Bijgewerkt: <date>" / <caption> / "Foto: ANP / Name" are three "label: value" rows, but
// the page's own dates and a picture's credit are no record of an event's facts: the dates are read and go to the
// boilerplate, as without the credit. Every line is invented.
#include "rows.hpp"
#include "test_pages.hpp"

#include <catch2/catch.hpp>

#include "pipeline.hpp"

#include <string>
#include <vector>

using namespace archive;

namespace {

struct DatedPage {
    const char* lang;
    const char* page;
};

const DatedPage dated_pages[] = {
    {"nl", "Het Dorpsblad\nNieuws\nSport\n"
           "Nieuwe fietsbrug over de Vecht gaat in het voorjaar open\n"
           "De gemeente opent de brug bij Zwartewater eerder dan gepland, omdat de bouwer sneller klaar is.\n"
           "Door Lotte Jansma\n"
           "Gepubliceerd: 5 december 2026, 14:32\n"
           "Bijgewerkt: 5 december 2026, 15:10\n\n"
           "De fietsbrug tijdens de bouw, vorige maand.\n"
           "Foto: ANP / Pieter Bakker\n\n"
           "De nieuwe fietsbrug over de Vecht gaat in april open voor fietsers en voetgangers, twee maanden eerder "
           "dan gepland.\n\n"
           "De bouwer had minder last van hoog water dan verwacht, meldt de gemeente. De brug kost ruim vier "
           "miljoen euro.\n\nDelen\n"},
    {"de", "Der Talbote\nNachrichten\nSport\n"
           "Neue Radbrücke über die Ilm öffnet schon im Frühjahr\n"
           "Die Stadt gibt die Brücke bei Kranichfeld früher frei als geplant, weil die Baufirma schneller fertig "
           "ist.\n"
           "Von Lena Fischer\n"
           "Veröffentlicht: 5. Dezember 2026, 14:32\n"
           "Aktualisiert: 5. Dezember 2026, 15:10\n\n"
           "Die Radbrücke während des Baus im vergangenen Monat.\n"
           "Foto: dpa / Peter Schmitt\n\n"
           "Die neue Radbrücke über die Ilm wird im April für Radfahrer und Fußgänger freigegeben, zwei Monate "
           "früher als geplant.\n\n"
           "Die Baufirma hatte weniger Ärger mit Hochwasser als erwartet, teilte die Stadt mit. Die Brücke kostet "
           "gut vier Millionen Euro.\n\nTeilen\n"},
    {"en", "The Valley Courier\nNews\nSport\n"
           "New cycle bridge over the river opens in the spring\n"
           "The council will open the bridge at Millford earlier than planned because the builder finished ahead "
           "of time.\n"
           "By Laura Finch\n"
           "Published: 5 December 2026, 14:32\n"
           "Updated: 5 December 2026, 15:10\n\n"
           "The cycle bridge during construction last month.\n"
           "Photo: Reuters / Peter Baker\n\n"
           "The new cycle bridge over the river will open to cyclists and walkers in April, two months earlier "
           "than planned.\n\n"
           "The builder had less trouble with high water than expected, the council said. The bridge cost just "
           "over four million pounds.\n\nShare\n"},
};

} // namespace

TEST_CASE("labelled publication and update lines over a credited picture are the page's dates",
          "[classify][dates][head59]") {
    for (const auto& d : dated_pages) {
        INFO(d.lang);
        const Article a = classify(segment(d.page), d.lang);
        CHECK(a.published == "2026-12-05T14:32");
        CHECK(a.updated == "2026-12-05T15:10");
        const std::vector<std::string> paragraphs = test::paragraphs_of(a);
        REQUIRE_FALSE(paragraphs.empty());
        // the body opens with its first sentence, no date line
        CHECK(std::string(paragraphs.front()).find("14:32") == std::string::npos);
        CHECK(std::string(paragraphs.front()).find("15:10") == std::string::npos);
        REQUIRE(a.media.size() == 1);
        CHECK(a.media[0].credit.has_value());
    }
}

TEST_CASE("an event's record of facts in the body stays the text", "[classify][dates][head59]") {
    // a record of three labels that are neither a publication's date nor a picture's credit
    const std::string page = "Der Talbote\nNachrichten\nKultur\n\n"
                             "Whisky-Abend in der Alten Schmiede\n\n"
                             "Die Alte Schmiede lädt im März wieder zu einer Verkostung ein, diesmal mit sechs "
                             "Whiskys von der Insel Islay.\n\n"
                             "Termin: 13.03.2026, 19 Uhr\n"
                             "Ort: Alte Schmiede, Kranichfeld\n"
                             "Eintritt: 58 Euro\n\n"
                             "Teilen\n";
    const Article a = classify(segment(page), "de");
    const std::vector<std::string> paragraphs = test::paragraphs_of(a);
    CHECK(test::contains(paragraphs, "Termin: 13.03.2026, 19 Uhr"));
    CHECK(test::contains(paragraphs, "Eintritt: 58 Euro"));
}
