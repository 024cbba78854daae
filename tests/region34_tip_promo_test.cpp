// "Tipp: Hören Sie den Podcast «...» jeden Samstag.": a tip's label opening a promo for the page's show is a promo
// notice (lexicon common [promo_words] podcast, [promo_context_words] tipp/tip/astuce/wskazówka), and leaves the text
// it stands in; "Tipp:" opening real advice in a how-to stays text. Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "classify.hpp"
#include "region_pages.hpp"

#include <string>

using namespace archive;

TEST_CASE("a tip advertising the page's podcast is a promo notice, a tip of advice is not", "[region][region34]") {
    for (const char* line : {"Tipp: Hören Sie den Podcast «Klangwelt» jeden Samstag.",
                             "Astuce : écoutez notre podcast « Sons du monde » chaque samedi.",
                             "Tip: listen to our podcast “Soundscape” every Saturday.",
                             "Wskazówka: posłuchaj naszego podcastu „Dźwięki” w każdą sobotę."}) {
        INFO(line);
        CHECK(is_promo_notice(std::string_view(line)));
    }
    for (const char* line : {"Tipp: Lassen Sie den Teig über Nacht im Kühlschrank ruhen.",
                             "Astuce : laissez reposer la pâte une nuit au réfrigérateur.",
                             "Tip: let the dough rest overnight in the fridge.",
                             "Der Podcast des Chors erscheint seit dem Frühling jeden Monat mit einer neuen Folge."}) {
        INFO(line);
        CHECK_FALSE(is_promo_notice(std::string_view(line)));
    }
}

TEST_CASE("a tip advertising a podcast between two paragraphs leaves the text", "[region][region34]") {
    const std::string de = "Radio Stadt\nKultur\nDer Chor singt wieder im Dom\n"
                           "Nach zwei Jahren Pause tritt der Knabenchor am Sonntag wieder im Dom auf, wie die Leitung "
                           "am Montag mitteilte.\n"
                           "Tipp: Hören Sie den Podcast «Klangwelt» jeden Samstag.\n"
                           "Die Proben laufen seit dem Sommer, der Chor hat dafür eigens zwölf neue Sänger aus der "
                           "ganzen Region aufgenommen.\n"
                           "Der Eintritt ist frei, eine Kollekte kommt der Renovation der Orgel zugute.\n";
    const std::string en = "City Radio\nCulture\nThe choir sings again in the cathedral\n"
                           "After a two-year break the boys' choir will sing in the cathedral again on Sunday, its "
                           "director said on Monday.\n"
                           "Tip: listen to our podcast “Soundscape” every Saturday.\n"
                           "Rehearsals have been going on since the summer, and the choir has taken on twelve new "
                           "singers from across the region.\n"
                           "Entry is free, and a collection will go to the repair of the organ.\n";
    for (const auto* page : {&de, &en}) {
        const Article a = parse(*page);
        CHECK(test::has_paragraph_starting(a, page == &de ? "Die Proben laufen" : "Rehearsals have been"));
        CHECK_FALSE(test::has_paragraph_starting(a, page == &de ? "Tipp:" : "Tip:"));
    }
}
