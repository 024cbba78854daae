// A Dutch time printed with a dot ("om 09.14", "09.14 uur"): read as a time after "om" or before "uur", as
// "alle 10.40" is in Italian and "16.20 Uhr" in German. Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "dates.hpp"

#include <string>

namespace {

// A short Dutch page about a bridge: `lines` between its headline and its three paragraphs.
std::string bridge_page(const std::string& lines) {
    return "Nieuws\nDe oude brug over de rivier gaat in het voorjaar dicht voor herstel\n\n" + lines +
           "\n\nDe gemeente sluit de brug vanaf april voor fietsers en auto's, meldde een woordvoerder maandag.\n\n"
           "Het verkeer wordt omgeleid via de nieuwe brug aan de noordkant van de stad.\n\n"
           "De werken duren volgens de planning ongeveer vier maanden en kosten twee miljoen euro.\n";
}

} // namespace

TEST_CASE("a Dutch time with a dot after om or before uur", "[dates][nl]") {
    struct Row {
        const char* lines;
        const char* published;
    };
    const Row rows[] = {
        {"Door Sofie Claes\nwo 3 dec 2026 om 09.14", "2026-12-03T09:14"},
        {"Door Sofie Claes\n3 december 2026, 09.14 uur", "2026-12-03T09:14"},
        {"Door Sofie Claes\n12 maart 2026 om 17.45", "2026-03-12T17:45"},
        // (the colon as before)
        {"Door Sofie Claes\n12 maart 2026 om 17:45", "2026-03-12T17:45"},
    };
    for (const Row& r : rows) {
        INFO(r.lines);
        const archive::Article a = archive::parse(bridge_page(r.lines), "x");
        CHECK(a.published.value_or("") == r.published);
    }
    CHECK(archive::update_time_alone("Bijgewerkt om 15.47").value_or("") == "T15:47");
    CHECK(archive::update_time_alone("Bijgewerkt: 15.47 uur").value_or("") == "T15:47");
}
