// join_wrapped() on a PDF's or an e-paper's text whose wrap split words at the lines' ends with a hyphen: the word is
// joined whole when its rest goes on in lower case, a compound's hyphen before "und", "et", "and" and a hyphen before
// a capital are kept.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "pipeline.hpp"
#include "test_pages.hpp"

#include <string>
#include <vector>

using namespace archive;
using archive::test::page_of;
using archive::test::texts_of;

TEST_CASE("a word split by a hyphen at a wrapped line's end is joined whole", "[segment]") {
    SECTION("de: Bundes- / mittel joined, Start- / und Landebahn and CDU- / Fraktion kept") {
        const std::vector<std::string> lines = {
            "Der Stadtrat von Lindenau hat am Dienstagabend die Bundes-",
            "mittel für die neue Brücke über den Mühlbach angenommen und",
            "zugleich beschlossen, die Planung für eine zweite Start-",
            "und Landebahn am Flugplatz im Westen der Stadt zu prüfen.",
            "",
            "Die Sitzung dauerte länger als geplant, weil die Fraktion der",
            "Grünen einen eigenen Antrag zur Finanzierung der Rad- und Fuß-",
            "wege vorgelegt hatte, über den erst im kommenden Monat ab-",
            "gestimmt werden soll, wie der Sprecher der CDU-",
            "Fraktion nach der Sitzung in einer Mitteilung erklärte.",
        };
        const std::string page = page_of(lines);
        CHECK(texts_of(segment(page)) ==
              std::vector<std::string>{
                  "Der Stadtrat von Lindenau hat am Dienstagabend die Bundesmittel für die neue Brücke über den "
                  "Mühlbach angenommen und zugleich beschlossen, die Planung für eine zweite Start- und Landebahn am "
                  "Flugplatz im Westen der Stadt zu prüfen.",
                  "Die Sitzung dauerte länger als geplant, weil die Fraktion der Grünen einen eigenen Antrag zur "
                  "Finanzierung der Rad- und Fußwege vorgelegt hatte, über den erst im kommenden Monat abgestimmt "
                  "werden soll, wie der Sprecher der CDU- Fraktion nach der Sitzung in einer Mitteilung erklärte.",
              });
        // Every line is still held by the record: the dropped hyphen after "Bundes" is no text lost.
        CHECK(lost_lines(parse(page, "x"), page).empty());
    }
    SECTION("fr: com- / plète and impa- / tience joined, pré- / et post-travaux kept") {
        const std::vector<std::string> lines = {
            "Le conseil municipal a voté vendredi soir la rénovation com-",
            "plète de la halle aux grains, fermée depuis l'incendie de",
            "l'hiver dernier, pour un montant de quatre millions d'euros",
            "financés en partie par la région et par le département.",
            "",
            "Les commerçants du marché, installés depuis des mois sous",
            "une tente provisoire, attendent la réouverture avec impa-",
            "tience, mais certains craignent une hausse des loyers pré-",
            "et post-travaux que la mairie n'a pas encore chiffrée.",
        };
        const std::string page = page_of(lines);
        CHECK(texts_of(segment(page)) ==
              std::vector<std::string>{
                  "Le conseil municipal a voté vendredi soir la rénovation complète de la halle aux grains, fermée "
                  "depuis l'incendie de l'hiver dernier, pour un montant de quatre millions d'euros financés en "
                  "partie par la région et par le département.",
                  "Les commerçants du marché, installés depuis des mois sous une tente provisoire, attendent la "
                  "réouverture avec impatience, mais certains craignent une hausse des loyers pré- et post-travaux "
                  "que la mairie n'a pas encore chiffrée.",
              });
        CHECK(lost_lines(parse(page, "x"), page).empty());
    }
    SECTION("en: foot- / bridge and coun- / cil's joined, mid- / to late kept") {
        const std::vector<std::string> lines = {
            "The county council agreed on Thursday to rebuild the foot-",
            "bridge over the river, which has been closed since a flood",
            "damaged its supports in the spring, at a cost that the coun-",
            "cil's engineers put at a little under two million pounds.",
            "",
            "Residents of the eastern villages, who have had to drive",
            "around by the ring road for months, hope to use it by mid-",
            "to late summer, although the work depends on the weather",
            "and on a permit that the river authority has yet to grant.",
        };
        const std::string page = page_of(lines);
        CHECK(texts_of(segment(page)) ==
              std::vector<std::string>{
                  "The county council agreed on Thursday to rebuild the footbridge over the river, which has been "
                  "closed since a flood damaged its supports in the spring, at a cost that the council's engineers "
                  "put at a little under two million pounds.",
                  "Residents of the eastern villages, who have had to drive around by the ring road for months, hope "
                  "to use it by mid- to late summer, although the work depends on the weather and on a permit that "
                  "the river authority has yet to grant.",
              });
        CHECK(lost_lines(parse(page, "x"), page).empty());
    }
}

TEST_CASE("a line's lone final hyphen after a piece the record holds is no text lost", "[lossless]") {
    Article a;
    a.sections.push_back(Section{std::nullopt, {"Le juge a suspendu vendredi l'arrêté du maire."}});
    CHECK(lost_lines(a, "Le juge a suspendu ven-\ndredi l'arrêté du maire.\n").empty());
    // Any other text after the piece is still lost.
    CHECK(lost_lines(a, "Le juge a suspendu ven-x\n") == std::vector<std::string>{"Le juge a suspendu ven-x"});
}
