// "Video" / "<title>" high in the text, then "<caption>. Foto: Jan Feld" further down: the player's title (read by
// caption_under_marker()) and the picture's caption closed by its credit (read by the metadata pass) are the
// article's media in the order the page prints them, whichever pass found them first. Invented lines.
#include <catch2/catch.hpp>

#include "pipeline.hpp"

#include <string>

using namespace archive;

TEST_CASE("a player's title over a credited caption keeps its place among the media", "[media][order][sect30]") {
    struct Row {
        const char* language;
        const char* page;
        const char* first;
        const char* second;
    };
    const Row rows[] = {
        {"de", R"(Talblick
Gemeinderat senkt die Krippentarife ab Sommer

Veröffentlicht am 3. Mai 2026, 08:15 Uhr

Die Tarife sinken im Schnitt um einen Fünftel. Die Gemeinde rechnet mit Mehrkosten.

Der Gemeinderat hat am Dienstag beschlossen, die Tarife der Kinderkrippen ab dem Sommer deutlich zu senken.

Video
So wehrt sich die Linke gegen die Vorlage

Die Linke will im Herbst eine Volksinitiative lancieren, falls die Gebühren für alle Familien sinken sollten.

Die Kinderkrippe am Seeufer ist seit Jahren voll belegt. Foto: Jan Feld

Die Regierung hat sich noch nicht geäussert und will den Bericht des Stadtrats im Sommer abwarten.
)", "So wehrt sich die Linke gegen die Vorlage",
         "Die Kinderkrippe am Seeufer ist seit Jahren voll belegt."},
        {"en", R"(Lakeside
Council votes to cut childcare fees for families

Published 12 June 2026, 17:30

The council must now draft a bill. The opposition warns of lost income.

The city council on Wednesday passed a motion to cut childcare fees for families by 32 votes to 20.

Video
How the opposition fights the bill

The opposition wants to launch a petition in the autumn if fees are cut for all families alike.

The nursery on the lake shore has been full for years. Photo: Jane Roe

The government has not yet commented and will wait for the council's report in the summer.
)", "How the opposition fights the bill", "The nursery on the lake shore has been full for years."},
    };
    for (const Row& r : rows) {
        INFO(r.page);
        const Article a = classify(segment(r.page), r.language);
        REQUIRE(a.media.size() == 2);
        CHECK(a.media[0].caption == std::string(r.first));
        CHECK(!a.media[0].credit);
        CHECK(a.media[1].caption == std::string(r.second));
        CHECK(a.media[1].credit.has_value());
    }
}
