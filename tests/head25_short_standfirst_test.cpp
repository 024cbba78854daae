// "<headline> / Het bad blijft minstens zes weken dicht. / <the article's link> / <body>": a standfirst too short to
// rate as prose (under 60 characters) right under the headline, outside the body's region, with no byline under it
// (short_standfirst()).
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <string>

using namespace archive;

TEST_CASE("a short standfirst right under the headline over the body is the lede, no boilerplate",
          "[classify][lede][short_standfirst][head25]") {
    struct Row {
        const char* page;
        const char* lang;
        const char* lede;
    };
    const Row rows[] = {
        {
        "Home\n"
        "Regio\n"
        "Gemeente sluit de bibliotheek in het centrum\n"
        "De bieb blijft drie maanden dicht voor een verbouwing.\n"
        "https://www.voorbeeld.nl/regio/2025/03/11/gemeente-sluit-bibliotheek\n"
        "De openbare bibliotheek aan het Marktplein gaat vanaf maandag dicht omdat het dak en de verwarming worden vernieuwd, meldt de gemeente.\n"
        "Leden kunnen hun boeken tot het einde van de maand inleveren bij het tijdelijke loket in het gemeentehuis aan de Kerkstraat.\n"
        "Door Lotte Jansen\n"
        "Delen\n",
        "nl", "De bieb blijft drie maanden dicht voor een verbouwing."},
        {
        "Startseite\n"
        "Region\n"
        "Stadt schließt die Bücherei am Marktplatz\n"
        "Die Bücherei bleibt drei Monate für den Umbau zu.\n"
        "https://www.beispiel.de/region/2025/03/11/stadt-schliesst-buecherei\n"
        "Die Stadtbücherei am Marktplatz schließt ab Montag, weil das Dach und die Heizung erneuert werden, teilte die Stadt am Dienstag mit.\n"
        "Leser können ihre Bücher bis zum Monatsende an einem Schalter im Rathaus in der Kirchstraße zurückgeben, hieß es weiter.\n"
        "Von Lotte Jansen\n"
        "Teilen\n",
        "de", "Die Bücherei bleibt drei Monate für den Umbau zu."},
        {
        "Home\n"
        "Local\n"
        "Council shuts the library on Market Square\n"
        "The library will stay shut three months for works.\n"
        "https://www.example.com/local/2025/03/11/council-shuts-library\n"
        "The public library on Market Square will close from Monday while its roof and heating are replaced, the council said on Tuesday.\n"
        "Members can return their books until the end of the month at a desk in the town hall on Church Street, the council added.\n"
        "By Lotte Jansen\n"
        "Share\n",
        "en", "The library will stay shut three months for works."},
    };
    for (const Row& r : rows) {
        INFO(r.page);
        const Article a = parse(r.page);
        CHECK(a.language == r.lang);
        CHECK(a.lede.value_or("") == r.lede);
        REQUIRE(a.sections.size() == 1);
        CHECK(a.sections.front().paragraphs.size() == 2);
    }
}

TEST_CASE("a menu's line right under the headline is no short standfirst", "[classify][lede][short_standfirst][head25]") {
    // No stop closes it: a label, no sentence.
    const Article a = parse(
        "Home\n"
        "Regio\n"
        "Gemeente sluit de bibliotheek in het centrum\n"
        "Meer nieuws uit de regio en het land\n"
        "https://www.voorbeeld.nl/regio/2025/03/11/gemeente-sluit-bibliotheek\n"
        "De openbare bibliotheek aan het Marktplein gaat vanaf maandag dicht omdat het dak en de verwarming worden vernieuwd, meldt de gemeente.\n"
        "Leden kunnen hun boeken tot het einde van de maand inleveren bij het tijdelijke loket in het gemeentehuis aan de Kerkstraat.\n"
        "Door Lotte Jansen\n"
        "Delen\n");
    CHECK_FALSE(a.lede);
}

TEST_CASE("a short first paragraph inside the body's region stays the body's",
          "[classify][lede][short_standfirst][head25]") {
    const Article a = parse("Open the ledgers, mayor; the harbour fund needs light\n"
                            "Mayor Roe, I have a small offer for you today.\n"
                            "Your ledgers for the harbour fund sit with the auditors this spring, and you would rather "
                            "nobody in the council saw them yet.\n"
                            "Your aide says the boxes of receipts fill a whole cellar under the town hall and would bore "
                            "any ratepayer.\n"
                            "Still, three plain figures from them would settle the matter, and the harbour towns would "
                            "remember it in May.\n");
    CHECK_FALSE(a.lede);
    REQUIRE_FALSE(a.sections.empty());
    CHECK(a.sections.front().paragraphs.front() == "Mayor Roe, I have a small offer for you today.");
}
