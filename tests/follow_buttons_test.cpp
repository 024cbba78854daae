// A button calling the reader to follow the site ("Follow Us", "Folge uns auf Google News", "Suivez-nous") is a
// share_button(), though it names no channel: furniture, no heading of the text under it. Invented lines.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <string>

using namespace archive;

TEST_CASE("a call to follow the site is a share button", "[classify][share_buttons][follow]") {
    struct Row {
        const char* line;
        bool button;
    };
    const Row rows[] = {
        {"Follow Us", true},                         // en
        {"Follow us on Google News", true},          // en
        {"Folge uns auf Google News", true},         // de
        {"Suivez-nous", true},                       // fr
        {"Suivez-nous sur Google Actualités", true}, // fr
        {"Join us", true},                           // en
        // one word of a call is a noun too ("Folgen": consequences); a call word before other words is a title
        {"Folgen", false},
        {"Follow the money", false},
        {"Write your own loader", false},
        {"Follow us on the harbour walk", false},
        {"Suivez le guide", false},
        {"Follow us to the harbour, said the mayor.", false},
    };
    for (const Row& r : rows) {
        INFO(r.line);
        CHECK(share_button(segment(r.line).front()) == r.button);
    }
}

TEST_CASE("a follow button between the date line and the text heads no section", "[classify][share_buttons][follow]") {
    struct Row {
        const char* lang;
        const char* page;
        const char* button;
    };
    const Row rows[] = {
        {"en", R"(Home
News
Harbour ferry to run every ten minutes from May
The council says the new boats will carry twice as many passengers as the old ones on the crossing to the islands
By Jane Roe
March 3, 2026 10:42 AM
Follow Us
The harbour ferry will run every ten minutes from May, the council announced on Tuesday after a vote on the new timetable.
The two new boats were built at the yard on the north quay and will replace the old ones, which served for thirty years.
Passengers on the morning crossing have complained for years about crowded decks and long queues at the pier in summer.
The council expects the number of passengers to double within two years of the new timetable coming into force.
)", "Follow Us"},
        {"de", R"(Startseite
Region
Neue Fähre fährt ab Mai alle zehn Minuten über den See
Die Gemeinde rechnet mit doppelt so vielen Fahrgästen wie bisher auf der Strecke zwischen den beiden Ufern des Sees
Von Anna Muster
03.03.2026, 10:42 Uhr
Folge uns auf Google News
Die Fähre über den See fährt ab Mai alle zehn Minuten, wie die Gemeinde am Dienstag nach der Abstimmung im Rat mitteilte.
Die zwei neuen Schiffe wurden auf der Werft am Nordufer gebaut und ersetzen die alten, die dreissig Jahre lang fuhren.
Fahrgäste beklagen sich seit Jahren über volle Decks und lange Warteschlangen am Steg, vor allem an Sommerabenden.
Die Gemeinde erwartet, dass sich die Zahl der Fahrgäste innert zwei Jahren nach dem neuen Fahrplan verdoppelt.
)", "Folge uns auf Google News"},
    };
    for (const Row& r : rows) {
        INFO(r.button);
        const Article a = classify(segment(r.page), r.lang);
        CHECK(std::none_of(a.sections.begin(), a.sections.end(),
                           [&](const Section& s) { return s.heading == std::optional<std::string>(r.button); }));
        CHECK(std::find(a.boilerplate.begin(), a.boilerplate.end(), r.button) != a.boilerplate.end());
    }
}
