// A photographer's name and the outlet after a slash, no label, right under the byline and over a caption's sentence
// ("By Kim Tran" / "Sam Vale/Harbour Times" / "The ferry leaves the harbour on a test run." / <paragraph>): the credit
// is printed over its caption, and both are the picture's; the author stays the byline's. A sentence reporting
// someone's words under it, or one no longer paragraph follows, stays the text's.
#include <catch2/catch.hpp>

#include "pipeline.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <string>

using namespace archive;
using archive::test::paragraphs_of;

namespace {

struct Page4 {
    const char* headline;
    const char* byline;
    const char* credit;
    const char* under; // the line under the credit
    const char* first;
    const char* last;
};

Article page_of(const Page4& r) {
    return parse(std::string(r.headline) + "\n" + r.byline + "\n" + r.credit + "\n" + r.under + "\n" + r.first + "\n" +
                     r.last + "\n",
                 "page.txt");
}

const char* const en_first = "The car ferry between Port Ellis and the island will run again from Monday, the harbour "
                             "board said on Friday, after four months of repairs to its engines.";
const char* const en_last = "Tickets bought for the winter crossings remain valid until the end of March.";
const char* const fr_first = "La liaison entre le port et l'île reprendra dès lundi, a indiqué vendredi la direction "
                             "du port, après quatre mois de réparations aux moteurs.";
const char* const fr_last = "Les billets achetés pour les traversées d'hiver restent valables jusqu'à fin mars.";
const char* const de_first = "Die Autofähre zwischen dem Hafen und der Insel fährt ab Montag wieder, wie die "
                             "Hafenverwaltung am Freitag mitteilte, nach vier Monaten Reparaturen an den Motoren.";
const char* const de_last = "Die Tickets für die Winterfahrten bleiben bis Ende März gültig.";

} // namespace

TEST_CASE("a name and an outlet after a slash under the byline credit the caption under them", "[classify][media31]") {
    const Page4 rows[] = {
        {"Harbour ferry returns after winter repairs", "By Kim Tran", "Sam Vale/Harbour Times",
         "The ferry Marigold leaves the harbour at Port Ellis on a test run, Friday.", en_first, en_last},
        {"Le traversier reprend du service", "Par Marie Lenoir", "Jean Roux/Le Courrier du Lac",
         "Le traversier Marigold quitte le port de Saint-Ellis pour un essai, vendredi.", fr_first, fr_last},
        {"Die Fähre fährt wieder", "Von Kim Tran", "Anna Muster/Der Seebote",
         "Die Fähre Marigold verlässt am Freitag den Hafen zu einer Probefahrt.", de_first, de_last},
    };
    for (const Page4& r : rows) {
        INFO(r.credit);
        const Article a = page_of(r);
        REQUIRE(a.media.size() == 1);
        CHECK(a.media[0].caption == std::optional<std::string>(r.under));
        CHECK(a.media[0].credit == std::optional<std::string>(r.credit));
        CHECK(a.authors.size() == 1);
        const auto paragraphs = paragraphs_of(a);
        CHECK(std::count(paragraphs.begin(), paragraphs.end(), std::string(r.under)) == 0);
        CHECK(std::count(paragraphs.begin(), paragraphs.end(), std::string(r.first)) == 1);
    }
}

TEST_CASE("a sentence reporting words, or with no longer paragraph under it, under a slashed credit stays text",
          "[classify][media31]") {
    const Page4 rows[] = {
        // (reported speech)
        {"Harbour ferry returns after winter repairs", "By Kim Tran", "Sam Vale/Harbour Times",
         "The harbour board said that the ferry would run again from Monday.", en_first, en_last},
        {"Le traversier reprend du service", "Par Marie Lenoir", "Jean Roux/Le Courrier du Lac",
         "La direction du port a déclaré que le traversier reprendrait lundi.", fr_first, fr_last},
        // (the paragraph under it is shorter: the sentence opens the text)
        {"Die Fähre fährt wieder", "Von Kim Tran", "Anna Muster/Der Seebote",
         "Die Autofähre zwischen dem Hafen und der Insel fährt ab Montag wieder, nach vier Monaten in der Werft und "
         "vielen Reparaturen an den beiden alten Motoren.",
         de_last, "Die Hafenverwaltung prüft zudem neue Fahrpläne für den Sommer, wie sie am Freitag mitteilte."},
    };
    for (const Page4& r : rows) {
        INFO(r.under);
        const Article a = page_of(r);
        CHECK(std::none_of(a.media.begin(), a.media.end(),
                           [&](const Media& m) { return m.caption && *m.caption == r.under; }));
        const auto paragraphs = paragraphs_of(a);
        CHECK(std::count(paragraphs.begin(), paragraphs.end(), std::string(r.under)) == 1);
    }
}
