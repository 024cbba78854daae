// A row of a box of facts ("Stations: 18", "Jahresabo ganzer Verbund: neu 2140 Franken") glued under another row is
// one more item of the box, no heading of the paragraph under it, whether blank lines set the page's lines apart or
// not. Invented lines.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <string>

using namespace archive;

namespace {

bool has_heading(const Article& a, const std::string& heading) {
    return std::any_of(a.sections.begin(), a.sections.end(),
                       [&](const Section& s) { return s.heading.value_or("") == heading; });
}

} // namespace

TEST_CASE("the last row of a box of facts heads no paragraph", "[sections][heading][facts]") {
    struct Row {
        const char* lang;
        const char* page;
        const char* last_row;
    };
    const Row rows[] = {
        {"en", R"(Harbour ferry to run every ten minutes from May
The harbour ferry will run every ten minutes from May, the council announced on Tuesday after a vote on the new timetable.
The two new boats were built at the yard on the north quay and will replace the old ones, which served for thirty years.
Passengers on the morning crossing have complained for years about crowded decks and long queues at the pier in summer.
Key figures
Crossing time: 12 minutes
Boats in service: 4 (2 new)
Passengers a day: about 6,000
Cost of the boats: 14 million pounds
The council expects the number of passengers to double within two years of the new timetable coming into force.
)", "Cost of the boats: 14 million pounds"},
        {"de", R"(Neue Fähre fährt ab Mai alle zehn Minuten über den See
Die Fähre über den See fährt ab Mai alle zehn Minuten, wie die Gemeinde am Dienstag nach der Abstimmung im Rat mitteilte.
Die zwei neuen Schiffe wurden auf der Werft am Nordufer gebaut und ersetzen die alten, die dreissig Jahre lang fuhren.
Fahrgäste beklagen sich seit Jahren über volle Decks und lange Warteschlangen am Steg, vor allem an Sommerabenden.
Die wichtigsten Zahlen
Fahrzeit bisher: 18 Minuten
Fahrzeit neu: 12 Minuten
Jahresabo 2 Zonen: neu 640 Franken
Jahresabo ganzes Ufer: neu 980 Franken (bisher 1120 Franken)
Die Gemeinde erwartet, dass sich die Zahl der Fahrgäste innert zwei Jahren nach dem neuen Fahrplan verdoppelt.
)", "Jahresabo ganzes Ufer: neu 980 Franken (bisher 1120 Franken)"},
    };
    for (const Row& r : rows) {
        INFO(r.last_row);
        const Article a = classify(segment(r.page), r.lang);
        CHECK_FALSE(has_heading(a, r.last_row));
    }
}

TEST_CASE("a label over text after a row of facts still heads it", "[sections][heading][facts]") {
    // One row alone is no box: a line "Label: value" under prose may be a heading (a term and its gloss), and a
    // heading with no colon after a row is no row.
    const char* page = R"(Harbour ferry to run every ten minutes from May
The harbour ferry will run every ten minutes from May, the council announced on Tuesday after a vote on the new timetable.
The two new boats were built at the yard on the north quay and will replace the old ones, which served for thirty years.
Crossing time: 12 minutes
What the passengers say
Passengers on the morning crossing have complained for years about crowded decks and long queues at the pier in summer.
The council expects the number of passengers to double within two years of the new timetable coming into force.
)";
    const Article a = classify(segment(page), "en");
    CHECK(has_heading(a, "What the passengers say"));
}
