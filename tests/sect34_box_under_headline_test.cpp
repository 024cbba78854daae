// A box of key points right under the headline, its label glued over its short sentences ("Das Wichtigste in Kürze",
// "L'essentiel", "Key points", "Lo más importante"), then the byline and the text: the label opens the region and heads
// the box, the text under it goes on in a section of no heading (region_body_drops.cpp heading_over_region(),
// sections_headings.cpp list_label(), which takes a box's label of four or five words too). Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "region_pages.hpp"
#include "rows.hpp"
#include "test_pages.hpp"

#include <string>
#include <vector>

using namespace archive;

namespace {

struct Row {
    const char* lang;
    std::string page;
    std::string label;
    std::vector<std::string> items;
    std::string first_text; // the text's first paragraph, under the byline
};

std::vector<Row> rows() {
    return {
        {"de",
         "Der Talbote\nStartseite\nRegion\nSport\nVerkehr\n"
         "Neue Seilbahn auf den Hausberg kommt ein Jahr später\n"
         "Das Wichtigste in Kürze\n"
         "Die Seilbahn fährt frühestens im Herbst 2028.\n"
         "Der Hang unter der Bergstation muss gesichert werden.\n"
         "Die Kosten steigen auf 41 Millionen Euro.\n"
         "Von Laura Brenner\n"
         "Mi, 9. April 2025, 16:20 Uhr\n"
         "Die neue Seilbahn auf den Hausberg wird ein Jahr später fertig als geplant. Das hat die Betreibergesellschaft "
         "am Mittwoch mitgeteilt. Grund sind Rutschungen am Hang unter der künftigen Bergstation.\n"
         "Geologen hatten im Winter Risse im Boden entdeckt. Der Hang soll nun mit Ankern und einer Stützmauer "
         "gesichert werden, was mehrere Monate dauert.\n"
         "Kontakt\nImpressum\n",
         "Das Wichtigste in Kürze",
         {"Die Seilbahn fährt frühestens im Herbst 2028.", "Der Hang unter der Bergstation muss gesichert werden.",
          "Die Kosten steigen auf 41 Millionen Euro."},
         "Die neue Seilbahn auf den Hausberg wird ein Jahr später fertig als geplant. Das hat die Betreibergesellschaft "
         "am Mittwoch mitgeteilt. Grund sind Rutschungen am Hang unter der künftigen Bergstation."},
        {"fr",
         "Le Courrier des Alpes\nAccueil\nRégion\nSport\nTransports\n"
         "Le nouveau téléphérique du Salève aura un an de retard\n"
         "L'essentiel\n"
         "Le téléphérique ne roulera pas avant l'automne 2028.\n"
         "Le versant sous la gare d'arrivée doit être consolidé.\n"
         "Le coût grimpe à 41 millions d'euros.\n"
         "Par Laure Brenier\n"
         "Publié le 9 avril 2025 à 16h20\n"
         "Le nouveau téléphérique du Salève sera terminé un an plus tard que prévu. La société d'exploitation l'a "
         "annoncé mercredi. En cause, des glissements de terrain sous la future gare d'arrivée.\n"
         "Des géologues avaient découvert des fissures dans le sol cet hiver. Le versant sera consolidé par des "
         "ancrages et un mur de soutènement, ce qui prendra plusieurs mois.\n"
         "Contact\nMentions légales\n",
         "L'essentiel",
         {"Le téléphérique ne roulera pas avant l'automne 2028.", "Le versant sous la gare d'arrivée doit être consolidé.",
          "Le coût grimpe à 41 millions d'euros."},
         "Le nouveau téléphérique du Salève sera terminé un an plus tard que prévu. La société d'exploitation l'a "
         "annoncé mercredi. En cause, des glissements de terrain sous la future gare d'arrivée."},
        {"en",
         "The Dale Herald\nHome\nNews\nSport\nTransport\n"
         "New cable car up the fell will open a year late\n"
         "Key points\n"
         "The cable car will not run before autumn 2028.\n"
         "The slope under the top station has to be shored up.\n"
         "The cost has risen to 41 million pounds.\n"
         "By Laura Brennan\n"
         "Wednesday 9 April 2025 16:20\n"
         "The new cable car up the fell will be finished a year later than planned, its operator said on Wednesday. "
         "Landslips on the slope under the future top station are to blame.\n"
         "Geologists found cracks in the ground over the winter. The slope is to be shored up with anchors and a "
         "retaining wall, which will take several months.\n"
         "Contact\nTerms\n",
         "Key points",
         {"The cable car will not run before autumn 2028.", "The slope under the top station has to be shored up.",
          "The cost has risen to 41 million pounds."},
         "The new cable car up the fell will be finished a year later than planned, its operator said on Wednesday. "
         "Landslips on the slope under the future top station are to blame."},
    };
}

} // namespace

TEST_CASE("a box of key points under the headline: its label heads its sentences", "[region][sect34]") {
    for (const Row& r : rows()) {
        INFO(r.lang);
        const Article a = parse(r.page);
        REQUIRE(a.sections.size() >= 2);
        CHECK(a.sections[0].heading == std::optional<std::string>(r.label));
        CHECK(a.sections[0].paragraphs == r.items);
        // (The text goes on under the box in a section of no heading.)
        CHECK_FALSE(a.sections[1].heading.has_value());
        REQUIRE_FALSE(a.sections[1].paragraphs.empty());
        CHECK(a.sections[1].paragraphs.front() == r.first_text);
        CHECK_FALSE(test::in_boilerplate(a, r.label));
    }
}

TEST_CASE("a line under the headline that names no box of key points does not open the text", "[region][sect34]") {
    // (Another short line over the same sentences, "Worum es geht", "Ce qui change": no box's label, no heading.)
    const std::vector<std::string> others = {"Worum es geht", "Ce qui change", "Where things stand"};
    const std::vector<Row> all = rows();
    for (std::size_t i = 0; i < all.size(); ++i) {
        INFO(all[i].lang);
        const Article a = parse(test::replaced(all[i].page, all[i].label + "\n", others[i] + "\n"));
        for (const Section& s : a.sections)
            CHECK(s.heading != std::optional<std::string>(others[i]));
    }
}

TEST_CASE("a question glued under a box's points heads the next part, no point of the box", "[region][sect34]") {
    // "... / Das Wichtigste in Kürze: / <points> / Was ist Leasing? / <blank> / <text>": the box's points tell; the
    // question under them is the title of the text below.
    struct Page {
        const char* lang;
        std::string page;
        std::string question;
    };
    const Page pages[] = {
        {"de",
         "Ratgeber Auto\n\nLeasing oder Kredit: Was passt besser?\n\n"
         "Wer ein neues Auto möchte, kann es kaufen, finanzieren oder leasen. Welche Form besser passt, hängt vom "
         "Einkommen, von der Fahrleistung und von den eigenen Plänen ab.\n\n"
         "Das Wichtigste in Kürze:\n"
         "Beim Leasing mietet man das Auto für einige Jahre.\n"
         "Bei einem Kredit gehört das Auto am Ende dem Käufer.\n"
         "Beide Wege kosten Zinsen.\n"
         "Was ist ein Autokredit?\n\n"
         "Ein Autokredit ist ein Darlehen, das an den Kauf eines Fahrzeugs gebunden ist. Die Bank zahlt den Händler, "
         "und der Käufer zahlt die Raten über drei bis sechs Jahre zurück.\n\n"
         "Oft verlangt die Bank den Fahrzeugbrief als Sicherheit, bis die letzte Rate bezahlt ist.\n",
         "Was ist ein Autokredit?"},
        {"en",
         "Car Guide\n\nLease or loan: which suits you better?\n\n"
         "Anyone who wants a new car can buy it, finance it or lease it. Which suits you better depends on your "
         "income, the miles you drive and your own plans.\n\n"
         "Key points:\n"
         "With a lease you rent the car for a few years.\n"
         "With a loan the car is yours at the end.\n"
         "Both ways cost interest.\n"
         "What is a car loan?\n\n"
         "A car loan is a loan tied to the purchase of a vehicle. The bank pays the dealer, and the buyer pays the "
         "instalments back over three to six years.\n\n"
         "The bank often keeps the logbook as security until the last instalment is paid.\n",
         "What is a car loan?"},
    };
    for (const Page& x : pages) {
        INFO(x.lang);
        const Article a = parse(x.page);
        CHECK(test::contains(test::headings_of(a), x.question));
        CHECK_FALSE(test::contains(test::paragraphs_of(a), x.question));
    }
}
