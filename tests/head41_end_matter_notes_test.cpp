// A wiki's last heading of the end matter over fewer notes than a list of notes needs ("Einzelnachweise" / two notes):
// the notes are its paragraphs, as three would be, no empty section over notes left in the boilerplate. Every line
// is invented.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;

TEST_CASE("two notes under the wiki's last heading are its paragraphs", "[sections][head41]") {
    struct Row {
        const char* lang;
        const char* heading;
        const char* page;
    };
    const std::vector<Row> rows = {
        {"de", "Einzelnachweise",
        "Ortswiki Seetal\n"
        "Hauptseite\n"
        "Zufälliger Artikel\n"
        "Hilfe\n"
        "Artikel\n"
        "Diskussion\n"
        "Bearbeiten\n"
        "Versionsgeschichte\n"
        "Suche\n"
        "Seeblick (Aussichtsturm)\n"
        "aus Ortswiki Seetal, dem freien Ortslexikon\n"
        "Der Aussichtsturm Seeblick ist ein 28 Meter hoher Turm aus Holz am Nordufer des Seetaler Sees, den ein Verein pflegt.[1]\n"
        "Inhaltsverzeichnis\n"
        "1 Geschichte\n"
        "2 Bauwerk\n"
        "3 Heutige Nutzung\n"
        "4 Einzelnachweise\n"
        "Geschichte\n"
        "Der Verschönerungsverein ließ den Turm 1912 nach Plänen eines örtlichen Zimmermanns errichten. Bis 1970 war er das beliebteste Ausflugsziel am See.\n"
        "Nach einem Sturm im Winter 1983 blieb die Plattform lange gesperrt, bis die Gemeinde das Geld für die Reparatur fand.\n"
        "Bauwerk\n"
        "Der Turm steht auf einem Sockel aus Bruchstein, die Plattform trägt ein kleines Zeltdach aus Schindeln und eine Fahne.\n"
        "Heutige Nutzung\n"
        "Seit 2001 kümmert sich ein Förderverein um den Turm. An Sonntagen im Sommer ist die Plattform für Besucher geöffnet.[2]\n"
        "Einzelnachweise\n"
        "↑ Gemeindearchiv Seetal, Akte Verschönerungsverein 1910–1914.\n"
        "↑ Förderverein Seeblick: Öffnungszeiten, abgerufen am 4. Mai 2024.\n"
        "Kategorien: Aussichtsturm im Seetal | Holzbauwerk | Erbaut in den 1910er Jahren\n"
        "Diese Seite wurde zuletzt am 4. Mai 2024 um 10:12 Uhr bearbeitet.\n"
        "Der Inhalt ist verfügbar unter CC BY-SA 4.0.\n"
        "Datenschutz\n"
        "Über Ortswiki Seetal\n"
        "Impressum\n"
        },
        {"en", "References",
        "Valleywiki\n"
        "Main page\n"
        "Random article\n"
        "Help\n"
        "Article\n"
        "Talk\n"
        "Edit\n"
        "View history\n"
        "Search\n"
        "Lakeview Tower\n"
        "From Valleywiki, the free local encyclopedia\n"
        "Lakeview Tower is a wooden lookout tower 28 metres high on the north shore of Lake Millbrook, looked after by a society.[1]\n"
        "Contents\n"
        "1 History\n"
        "2 Structure\n"
        "3 Use today\n"
        "4 References\n"
        "History\n"
        "The town's improvement society had the tower built in 1912 to plans by a local carpenter. Until 1970 it was the most popular outing on the lake.\n"
        "After a storm in the winter of 1983 the platform stayed closed for years, until the town found the money to repair it.\n"
        "Structure\n"
        "The tower stands on a base of rubble stone, and the platform carries a small shingled roof and a flag.\n"
        "Use today\n"
        "Since 2001 a friends' society has looked after the tower. On summer Sundays the platform is open to visitors.[2]\n"
        "References\n"
        "^ Millbrook town archive, improvement society file 1910–1914.\n"
        "^ Friends of Lakeview Tower: opening hours, retrieved 4 May 2024.\n"
        "Categories: Lookout towers in Millbrook | Wooden buildings | Built in the 1910s\n"
        "This page was last edited on 4 May 2024, at 10:12.\n"
        "Content is available under CC BY-SA 4.0.\n"
        "Privacy\n"
        "About Valleywiki\n"
        "Imprint\n"
        },
    };
    for (const Row& r : rows) {
        INFO(r.lang);
        const Article a = classify(segment(r.page), r.lang);
        REQUIRE_FALSE(a.sections.empty());
        const Section& last = a.sections.back();
        CHECK(last.heading.value_or("") == r.heading);
        REQUIRE(last.paragraphs.size() == 2);
        CHECK(last.paragraphs[0].rfind(r.lang == std::string("de") ? "\u2191 " : "^ ", 0) == 0);
        for (const std::string& line : a.boilerplate)
            CHECK(line.find("Akte Verschönerungsverein") == std::string::npos);
    }
    // a heading of the end matter over a list of links, no note, gets none
    const std::string links = "Lakeview Tower\nFrom Valleywiki, the free local encyclopedia\n"
                              "Lakeview Tower is a wooden lookout tower on the north shore of Lake Millbrook, looked "
                              "after by a society of friends since the year 2001.\n"
                              "Contents\n1 History\n2 External links\n"
                              "History\nThe town's improvement society had the tower built in 1912 to plans by a local "
                              "carpenter. Until 1970 it was the most popular outing on the lake.\n"
                              "External links\nFriends of Lakeview Tower\nMillbrook town archive\n";
    const Article plain = classify(segment(links), "en");
    for (const Section& s : plain.sections)
        CHECK(s.paragraphs.end() == std::find(s.paragraphs.begin(), s.paragraphs.end(), "Friends of Lakeview Tower"));
}
