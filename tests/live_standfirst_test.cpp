// A live blog's standfirst under its title, over the share button printed under every entry and the first entry's
// time stamp, is the lede, no paragraph of the first entry (mark_opening() of classify_head.cpp).
#include <catch2/catch.hpp>

#include "test_pages.hpp"

using archive::test::PageRow;

TEST_CASE("a live blog's standfirst over a share button and the first stamp is the lede",
          "[classify][lede][live_standfirst]") {
    for (const PageRow& r : {
             PageRow{"de", R"(Sturm an der Küste: Der Liveblog

Der Sturm erreicht am Morgen die Küste, die Fähren bleiben im Hafen und die Behörden sperren die Uferstraße.
Teilen
14:20 Uhr
Strom fällt in drei Vierteln aus
In Teilen der Altstadt und am Deich ist seit dem Mittag der Strom weg, meldet der Versorger, der mit vier Trupps unterwegs ist.
Teilen
13:55 Uhr
Zug nach Norden fährt nicht
Die Bahn hat die Strecke über den Damm gesperrt, Reisende sollen auf die Busse ausweichen, die ab dem Bahnhof jede Stunde fahren.
Teilen
13:10 Uhr
Markt wird abgesagt
Der Wochenmarkt auf dem Rathausplatz fällt morgen aus, weil die Stände im Wind nicht sicher stehen, teilte die Stadt am Nachmittag mit.
Teilen
)",
                     "Der Sturm erreicht am Morgen die Küste, die Fähren bleiben im Hafen und die Behörden sperren die "
                     "Uferstraße."},
             PageRow{"en", R"(Storm on the coast: live updates

The storm reached the coast this morning, the ferries are staying in the harbour and the town has closed the shore road.
Share
2:20 pm
Ferries stay in the harbour
The ferry company has cancelled every crossing for the afternoon, as the wind keeps rising on the pier and the waves grow higher.
Share
1:55 pm
Fire brigade closes the shore road
After several trees fell, the road between the harbour and the lighthouse has been closed until further notice, the town said.
Share
1:10 pm
Schools close early
The schools of the town end lessons at noon today, so that the children are home before the storm reaches its peak tonight.
Share
)",
                     "The storm reached the coast this morning, the ferries are staying in the harbour and the town has "
                     "closed the shore road."},
         }) {
        INFO(r.page);
        const archive::Article a = archive::classify(archive::segment(r.page), r.lang);
        CHECK(a.lede == std::optional<std::string>(r.line));
    }
}
