// A page saved twice into one file ("<menu> / <headline> / <standfirst> / <paragraphs> / <footer>" written two times):
// the first copy is the article, the second copy's headline, standfirst and paragraphs go to the boilerplate
// (region_edges.cpp cut_second_copy()). Invented lines.
#include <catch2/catch.hpp>

#include "region_pages.hpp"
#include "test_pages.hpp"

#include <string>
#include <vector>

using namespace archive;

namespace {

const char* const fr_page = R"(Accueil
Régions
Le port de Kerlouan rouvre son quai nord après deux ans de travaux
Les pêcheurs retrouvent leurs anciens emplacements dès lundi matin.
Par Anne Le Goff
Le quai nord du port de Kerlouan rouvrira lundi, après deux ans de travaux financés par la région et la commune.
Les nouveaux pontons peuvent accueillir quarante bateaux, soit douze de plus qu'avant le chantier.
« Nous attendions ce jour depuis longtemps », raconte Yann Kerbrat, patron pêcheur depuis vingt ans.
La commune prévoit une fête du port le premier samedi de juillet pour célébrer la réouverture.
Mentions légales
)";

const char* const de_page = R"(Startseite
Region
Die Fähre nach Lindholm fährt wieder nach dem Sommerfahrplan
Nach drei Wochen Pause ist das Schiff aus der Werft zurück.
Von Jens Petersen
Die Fähre zwischen Dagebüll und Lindholm fährt seit Montag wieder nach dem gewohnten Sommerfahrplan.
In der Werft in Husum wurden der Motor überholt und die Rampe für Fahrräder verbreitert.
„Die Gäste haben lange genug gewartet“, sagte Reederei-Sprecherin Maren Thies am Montag.
Im Herbst soll das zweite Schiff der Reederei ebenfalls in die Werft gehen.
Impressum
)";

} // namespace

TEST_CASE("the second copy of a page saved twice is no part of the article", "[region][region44]") {
    struct Row {
        const char* lang;
        const char* page;
        const char* last; // the article's last paragraph
    };
    for (const Row& r : {Row{"fr", fr_page, "La commune prévoit une fête du port le premier samedi de juillet pour "
                                            "célébrer la réouverture."},
                         Row{"de", de_page, "Im Herbst soll das zweite Schiff der Reederei ebenfalls in die Werft "
                                            "gehen."}}) {
        INFO(r.lang);
        const Article once = classify(segment(r.page), r.lang);
        const Article twice = classify(segment(std::string(r.page) + r.page), r.lang);
        const std::vector<std::string> once_paragraphs = test::paragraphs_of(once);
        REQUIRE(test::in_text(once, r.last));
        // The same paragraphs, once: the second copy's headline and standfirst are no paragraphs either.
        CHECK(test::paragraphs_of(twice) == once_paragraphs);
        CHECK(twice.headline == once.headline);
    }
}

TEST_CASE("a paragraph printed twice inside an article does not cut it", "[region][region44]") {
    // A pull quote printed again between two paragraphs, then text that is new: one paragraph repeats, no run.
    const std::string en = test::article_with_tail(
        "en", "Engineers fitted a lamp that uses a tenth of the power and can be seen from twice as far out at sea.\n"
              "The lamp will be lit for the first time at the harbour festival on the last Saturday of June.\n"
              "The old lens will go on show in the keepers' cottage once the museum opens its doors next year.\n");
    const Article a = classify(segment(en), "en");
    CHECK(test::has_paragraph_starting(a, "The lamp will be lit for the first time"));
    CHECK(test::has_paragraph_starting(a, "The old lens will go on show"));
}
