// Tests of a numbered item's title that trails off in an ellipsis ("5. And finally..."), as a morning briefing closes
// its list of items: it heads its item as the numbered titles before it do. Invented pages in several languages.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <optional>
#include <string>
#include <vector>

using namespace archive;

namespace {

bool has_heading(const Article& a, const std::string& heading) {
    for (const auto& s : a.sections)
        if (s.heading == std::optional<std::string>(heading))
            return true;
    return false;
}

} // namespace

TEST_CASE("a numbered item's title trailing off in an ellipsis heads its item", "[classify][heading]") {
    struct Row {
        const char* items[4];
        const char* last;
        const char* closing;
    };
    const Row rows[] = {
        {{"1. Ferry timetable changes from Monday",
          "The harbour company will run two crossings fewer each weekday until the spring, to repair the slipway.",
          "2. New cycle lane opens on Quay Road",
          "The lane links the station with the old town and was finished three weeks ahead of the schedule."},
         "3. And finally...",
         "The market on the square welcomed its hundred thousandth visitor on Friday, a record for the town."},
        {{"1. Les horaires du bac changent lundi",
          "La compagnie du port supprime deux traversées par jour jusqu'au printemps pour réparer la cale.",
          "2. Une nouvelle piste cyclable rue du Quai",
          "La piste relie la gare à la vieille ville et a été achevée trois semaines avant la date prévue."},
         "3. Et pour finir…",
         "Le marché de la place a accueilli vendredi son cent millième visiteur, un record pour la ville."},
        {{"1. Neuer Fahrplan der Fähre ab Montag",
          "Die Hafengesellschaft streicht bis zum Frühjahr zwei Fahrten am Tag, um die Rampe zu reparieren.",
          "2. Neuer Radweg an der Hafenstraße",
          "Der Radweg verbindet den Bahnhof mit der Altstadt und wurde drei Wochen früher fertig als geplant."},
         "3. Und zum Schluss ...",
         "Der Markt auf dem Platz begrüßte am Freitag seinen hunderttausendsten Besucher, ein Rekord für die Stadt."},
    };
    for (const auto& r : rows) {
        INFO(r.last);
        std::string page = "Morning briefing\n";
        for (const char* line : r.items)
            page += std::string(line) + "\n";
        page += std::string(r.last) + "\n" + r.closing + "\n";
        const Article a = parse(page);
        CHECK(has_heading(a, r.items[2]));
        CHECK(has_heading(a, r.last));
    }
}

TEST_CASE("a line trailing off is no heading without a number, nor with a sentence before its dots",
          "[classify][heading]") {
    for (const char* last : {"And finally...", "3. The council said it would wait. And then..."}) {
        INFO(last);
        std::string page = "Morning briefing\n"
                           "1. Ferry timetable changes from Monday\n"
                           "The harbour company will run two crossings fewer each weekday until the spring, to repair "
                           "the slipway.\n"
                           "2. New cycle lane opens on Quay Road\n"
                           "The lane links the station with the old town and was finished three weeks ahead of the "
                           "schedule.\n";
        page += std::string(last) + "\n";
        page += "The market on the square welcomed its hundred thousandth visitor on Friday, a record for the town.\n";
        CHECK_FALSE(has_heading(parse(page), last));
    }
}
