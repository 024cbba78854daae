// A press release's dateline with the state, the province or the country after the place ("AUSTIN, Texas, Dec. 5,
// 2026 /PRNewswire/ --", "Lindenau, Sachsen, 5. Dezember 2026 –"), a wire's name in brackets after the day ("(GLOBE
// NEWSWIRE) --"), and Business Wire's "AUSTIN, Texas--(BUSINESS WIRE)--": the place is the dateline, without the
// region, as without a region in brackets (head61; probe63 H5). Every line is invented.
#include <catch2/catch.hpp>

#include "press_datelines.hpp"

#include <optional>
#include <string>

using namespace archive;

TEST_CASE("a region between the place and the day leaves the place the dateline", "[classify][dateline][head61]") {
    struct Row {
        const char* lang;
        const char* line;
        std::optional<PressDateline> dateline;
    };
    const Row rows[] = {
        {"en", "AUSTIN, Texas, Dec. 5, 2026 /PRNewswire/ -- Kestrel Pumps today opened a plant by the river.",
         PressDateline{"AUSTIN", "2026-12-05"}},
        {"en", "ROTTERDAM, Netherlands, Dec. 5, 2026 /PRNewswire/ -- Kestrel Pumps today opened a plant by the river.",
         PressDateline{"ROTTERDAM", "2026-12-05"}},
        {"en", "SAN JOSE, Calif., Dec. 5, 2026 /PRNewswire/ -- Kestrel Pumps today opened a plant by the river.",
         PressDateline{"SAN JOSE", "2026-12-05"}},
        {"en", "VANCOUVER, British Columbia, Dec. 05, 2026 (GLOBE NEWSWIRE) -- Kestrel Pumps today opened a plant.",
         PressDateline{"VANCOUVER", "2026-12-05"}},
        {"en", "MILLBROOK, Dec. 05, 2026 (GLOBE NEWSWIRE) -- Kestrel Pumps today opened a plant by the river.",
         PressDateline{"MILLBROOK", "2026-12-05"}},
        {"de", "Lindenau, Sachsen, 5. Dezember 2026 – Die Stadtwerke eröffnen ein neues Wasserwerk am Fluss.",
         PressDateline{"Lindenau", "2026-12-05"}},
        {"fr", "Lyon, France, le 5 décembre 2026 – La société Berger ouvre une nouvelle usine près de la gare.",
         PressDateline{"Lyon", "2026-12-05"}},
        // Guards: a name and a job title before the day are a byline's; a word in brackets that is no wire's.
        {"en", "Jane Roe, Senior Editor, Dec. 5, 2026 -- Kestrel Pumps today opened a plant by the river.",
         std::nullopt},
        {"en", "MILLBROOK, Dec. 5, 2026 (Video) -- Kestrel Pumps today opened a plant by the river.", std::nullopt},
        // A label, an outlet and a day on a line of their own, no mark after the day: no region's dateline.
        {"de", "Im Gespräch, Hafenradio, 02. November 2026", std::nullopt},
        {"en", "In Focus, Harbour Radio, November 2, 2026", std::nullopt},
    };
    for (const Row& r : rows) {
        INFO(r.lang << ": " << r.line);
        const auto d = press_dateline(r.line, r.lang);
        REQUIRE(d.has_value() == r.dateline.has_value());
        if (d) {
            CHECK(d->place == r.dateline->place);
            CHECK(d->iso == r.dateline->iso);
        }
    }
}

TEST_CASE("Business Wire's place glued to the wire's name is a dateline", "[classify][dateline][head61]") {
    const auto with_day = press_dateline("AUSTIN, Texas--(BUSINESS WIRE)--Dec. 5, 2026-- Kestrel Pumps today opened a "
                                         "plant by the river.",
                                         "en");
    REQUIRE(with_day);
    CHECK(with_day->place == "AUSTIN");
    CHECK(with_day->iso == "2026-12-05");
    const auto no_day = press_dateline("SAN FRANCISCO--(BUSINESS WIRE)--Kestrel Pumps today opened a plant.", "en");
    REQUIRE(no_day);
    CHECK(no_day->place == "SAN FRANCISCO");
    CHECK(no_day->iso.empty());
    // Guards: a bracket of no wire's name, a sentence in small letters after the marks.
    CHECK_FALSE(press_dateline("AUSTIN--(Video)--Kestrel Pumps today opened a plant.", "en"));
    CHECK_FALSE(press_dateline("AUSTIN--(BUSINESS WIRE)--today a plant opened.", "en"));
}
