// A live blog entry's time stamp alone on its line (entry_stamp() of region_live.cpp), shared by the region's
// weights and the section loop's stamped entries: a time of day with the clock's word or none ("14:20 Uhr", "14h20")
// and a post's age ("vor 5 Minuten", "Il y a 12 min", "12 min ago").
#include <catch2/catch.hpp>

#include "region_parts.hpp"
#include "test_pages.hpp"

using archive::test::check_heading_rows;

TEST_CASE("a time stamp alone on its line, with its clock word or as a post's age, stamps an entry",
          "[classify][live][entry_stamp]") {
    for (const char* line : {"14:20", "14:20 Uhr", "14h20", "vor 5 Minuten", "Il y a 12 min", "12 min ago",
                             "hace 3 minutos", "7 minuti fa"}) {
        INFO(line);
        CHECK(archive::entry_stamp(archive::segment(line).front()));
    }
    // A figure and a unit with no marker, a reading time, a sentence: no stamp.
    for (const char* line : {"5 Minuten", "Lesezeit 5 Minuten", "vor 5 Minuten gelesen", "12 min read",
                             "Der Zug kam vor 5 Minuten.", "Il y a 12 min."}) {
        INFO(line);
        CHECK_FALSE(archive::entry_stamp(archive::segment(line).front()));
    }
}

TEST_CASE("the title under a stamp with its clock word or a post's age heads its entry", "[classify][live][entry_stamp]") {
    // Under the lead picture's credit, the first entry's stamp with the clock's word.
    const char* de_clock = R"(Sturm an der Küste: Der Liveblog

Von Jana Roth

Der Sturm hat am Morgen die Küste erreicht, und die Behörden rufen die Bewohner der Uferstraßen auf, ihre Häuser nicht zu verlassen.
Wellen schlagen am Morgen über die Mole des alten Hafens.
Foto: Anna Feld
14:20 Uhr
Fähren bleiben im Hafen
Die Reederei hat alle Überfahrten für den Nachmittag abgesagt, weil der Wind an der Mole weiter zunimmt und die Wellen höher werden.
Teilen
13:55 Uhr
Feuerwehr sperrt die Uferstraße
Nach mehreren umgestürzten Bäumen ist die Uferstraße zwischen dem Hafen und dem Leuchtturm bis auf Weiteres gesperrt worden.
Teilen
)";
    // Between entries, a post's age as each one's stamp.
    const char* de_age = R"(Sturm an der Küste: Der Liveblog

Ticker der Lokalredaktion

vor 5 Minuten
Fähren bleiben im Hafen
Die Reederei hat alle Überfahrten für den Nachmittag abgesagt, weil der Wind an der Mole weiter zunimmt und die Wellen höher werden.
Teilen
vor 18 Minuten
Feuerwehr sperrt die Uferstraße
Nach mehreren umgestürzten Bäumen ist die Uferstraße zwischen dem Hafen und dem Leuchtturm bis auf Weiteres gesperrt worden.
Teilen
vor 40 Minuten
Schulen schließen früher
Die Schulen der Stadt beenden den Unterricht heute um zwölf Uhr, damit die Kinder vor dem Höhepunkt des Sturms zu Hause sind.
Teilen
)";
    const char* en_age = R"(Storm on the coast: live updates

Local news desk

5 min ago
Ferries stay in the harbour
The ferry company has cancelled every crossing for the afternoon, as the wind keeps rising on the pier and the waves grow higher.
Share
18 min ago
Fire brigade closes the shore road
After several trees fell, the road between the harbour and the lighthouse has been closed until further notice, the town said.
Share
40 min ago
Schools close early
The schools of the town end lessons at noon today, so that the children are home before the storm reaches its peak tonight.
Share
)";
    check_heading_rows({
        {"de", de_clock, {"Fähren bleiben im Hafen", "Feuerwehr sperrt die Uferstraße"}},
        // (The first entry's title too, though its stamp is read as the page's relative date: entry_over_region().)
        {"de", de_age, {"Fähren bleiben im Hafen", "Feuerwehr sperrt die Uferstraße", "Schulen schließen früher"}},
        {"en", en_age, {"Ferries stay in the harbour", "Fire brigade closes the shore road", "Schools close early"}},
    });
}
