// A wiki's title printed under its tabs ("Lesen / Bearbeiten / Suche / <title> / aus Heimatwiki ..."), not above them
// as a full encyclopedia page prints it: the wiki's tagline under the title (wiki_tagline()) is never the headline,
// whatever stands over the title. Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <string>

TEST_CASE("a wiki's tagline under a title printed under the tabs is no headline", "[headline][wiki][head40]") {
    struct Row {
        const char* page;
        const char* tagline;
        const char* title;
    };
    const Row rows[] = {
        {"Hafenwiki Nordsee\n"
         "Hauptseite\n"
         "Zufälliger Artikel\n"
         "Letzte Änderungen\n"
         "Artikel\n"
         "Diskussion\n"
         "Lesen\n"
         "Bearbeiten\n"
         "Versionsgeschichte\n"
         "Suche\n"
         "Alter Leuchtturm\n"
         "aus Hafenwiki Nordsee, dem freien Ortslexikon\n"
         "Der Alte Leuchtturm ist ein 28 Meter hoher Turm aus rotem Backstein am Nordkai, dem ältesten Hafen der Nordsee in der Gegend. Er wurde 1887 errichtet.\n"
         "Inhaltsverzeichnis\n"
         "1 Geschichte\n"
         "Geschichte\n"
         "Bis 1962 wies der Turm den Schiffen der Nordsee den Weg in den Hafen. Danach stand er lange leer und verfiel.\n"
         "Heute beherbergt der Turm eine kleine Ausstellung über die Geschichte des Hafens an der Nordsee und seiner Lotsen.\n",
         "aus Hafenwiki Nordsee, dem freien Ortslexikon", "Alter Leuchtturm"},
        {"Harbourwiki North Sea\n"
         "Main page\n"
         "Random article\n"
         "Recent changes\n"
         "Article\n"
         "Talk\n"
         "Read\n"
         "Edit\n"
         "View history\n"
         "Search\n"
         "Old lighthouse\n"
         "From Harbourwiki North Sea, the free local encyclopedia\n"
         "The Old lighthouse is a tower of red brick, 28 metres high, on the north quay, the oldest harbour on the North Sea in the area. It was built in 1887.\n"
         "Contents\n"
         "1 History\n"
         "History\n"
         "Until 1962 the tower guided the ships of the North Sea into the harbour. Then it stood empty for a long time and decayed.\n"
         "Today the tower houses a small exhibition on the history of the harbour on the North Sea and of its pilots.\n",
         "From Harbourwiki North Sea, the free local encyclopedia", "Old lighthouse"},
    };
    for (const Row& r : rows) {
        INFO(r.title);
        const archive::Article a = archive::parse(r.page, "x");
        CHECK(a.headline.value_or("") != r.tagline);
        CHECK(a.headline.value_or("") == r.title);
    }
}
