// A credit's words among a page's masthead and menu ("Exclusive news and analytics for professionals" / "Reuters" /
// "World" / "Markets", "AP News" / "Menu" / "World", "Archiv" / "Neue Folgen" / "Alle Themen"): the site's name or a
// menu's entry, no picture and the line over it no caption (media.cpp, masthead_name()); and "Photo Credit:" after a
// caption's mark, the longer prefix opening the credit (credit_captions.cpp). Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "classify.hpp"
#include "region_pages.hpp"

#include <algorithm>
#include <string>

using namespace archive;

TEST_CASE("a credit's words over a menu's entries at the page's top are the site's name, no picture",
          "[media][credit][boiler28]") {
    struct Row {
        const char* lang;
        const char* page;
        const char* name;
    };
    const Row rows[] = {
        {"en",
         "Skip to main content\nExclusive news, data and analytics for market professionals\nReuters\nWorld\n"
         "Markets\nCopper climbs as port strike in Chile threatens supply\nBy Tom Lake\nDecember 3, 2026\nCopper "
         "prices rose on Wednesday as a strike at a major Chilean port threatened to delay shipments to smelters in "
         "Asia and Europe.\nThree-month copper on the London Metal Exchange was up 1.2% at $9,410 a metric ton, "
         "after touching its highest in two weeks.\nShare\n",
         "Reuters"},
        {"en",
         "AP News\nMenu\nWorld\nPolitics\nHarbour town votes to close old ferry pier after storm damage\nBy Sam "
         "Patel\nDecember 3, 2026\nThe town council voted on Tuesday to close the old ferry pier for at least a year "
         "after engineers found deep cracks in its concrete supports.\nRepairs would cost about $4 million, "
         "according to a report presented to councillors on Monday evening.\nShare\n",
         "AP News"},
        {"de",
         "Forschung zum Hören\nArchiv\nNeue Folgen\nAlle Themen\nWarum Zugvögel den Weg nach Süden finden\nVon "
         "Lena Berg\n03.12.2026\nZugvögel orientieren sich am Magnetfeld der Erde, an den Sternen und an Gerüchen, "
         "wie Forschende in einer neuen Studie zeigen.\nDie Tiere verbinden diese Hinweise offenbar zu einer Karte, "
         "die sie ihr Leben lang begleitet.\nTeilen\n",
         "Archiv"},
    };
    for (const Row& r : rows) {
        INFO(r.lang << ": " << r.name);
        const Article a = parse(r.page);
        CHECK(std::none_of(a.media.begin(), a.media.end(),
                           [&](const Media& m) { return m.credit == std::optional<std::string>(r.name); }));
        CHECK(std::find(a.boilerplate.begin(), a.boilerplate.end(), r.name) != a.boilerplate.end());
    }
}

TEST_CASE("a credit's words under a paragraph, over a menu's entries, still credit the picture",
          "[media][credit][boiler28]") {
    // Text over the credit on the page: a picture between the paragraphs, the buttons under it.
    const Article a =
        parse("Home\nNews\nHarbour town votes to close old ferry pier after storm damage\nBy Sam Patel\nDecember 3, "
              "2026\nThe town council voted on Tuesday to close the old ferry pier for at least a year after engineers "
              "found deep cracks in its concrete supports, and asked staff to look for state grants.\nWaves break over "
              "the damaged end of the pier on Monday.\nReuters\nShare\nTweet\nRepairs would cost about $4 million, "
              "according to a report presented to councillors on Monday evening by the town's engineers.\nShare\n");
    CHECK(std::any_of(a.media.begin(), a.media.end(),
                      [](const Media& m) { return m.credit == std::optional<std::string>("Reuters"); }));
}

TEST_CASE("a longer credit prefix before the one found opens the credit", "[media][credit][boiler28]") {
    auto split = split_trailing_credit(std::string_view(
        "Workers at the construction site of the new metro station. File | Photo Credit: The Hindu"));
    REQUIRE(split);
    CHECK(split->second == "Photo Credit: The Hindu");
    CHECK(split->first == "Workers at the construction site of the new metro station. File");
    auto fr = split_trailing_credit(std::string_view("Les ouvriers sur le chantier de la gare | Crédit photo : Ville"));
    REQUIRE(fr);
    CHECK(fr->second == "Crédit photo : Ville");
}
