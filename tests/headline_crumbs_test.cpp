// Headline tests of a breadcrumb whose separators the page's text lost ("Home Climate <title>"): it prints the title
// again, as a breadcrumb with its separators does, so the title outscores a line under the breadcrumb whose words the
// article repeats (an institute's name, its acronym in brackets, credited over the title).
#include "headline.hpp"
#include "headline_rows.hpp"
#include "page.hpp"
#include "pipeline.hpp"

#include <iterator>
#include <set>
#include <string>
#include <string_view>
#include <vector>

using archive::test::HeadlineRow;

TEST_CASE("a breadcrumb without separators is labels of the page and then the whole title", "[headline]") {
    const std::set<std::string_view> labels = {"Home", "News", "Climate", "Latin America", "Startseite", "Klima",
                                               "Accueil", "Climat"};
    auto label = [&](std::string_view piece) { return labels.count(piece) > 0; };
    CHECK(archive::crumb_trail("Home Climate Old oaks keep the valley cool", "Old oaks keep the valley cool", label));
    CHECK(archive::crumb_trail("Home News Latin America Old oaks keep the valley cool", "Old oaks keep the valley cool",
                               label));
    CHECK(archive::crumb_trail("Startseite Klima Alte Eichen kühlen das Tal", "Alte Eichen kühlen das Tal", label));
    CHECK(archive::crumb_trail("Accueil Climat Les vieux chênes rafraîchissent la vallée",
                               "Les vieux chênes rafraîchissent la vallée", label));
    // One label is a kicker glued to the title, not a breadcrumb; a word that is no label of the page is the
    // title's own; the title must end the line after a space.
    CHECK_FALSE(archive::crumb_trail("Climate Old oaks keep the valley cool", "Old oaks keep the valley cool", label));
    CHECK_FALSE(archive::crumb_trail("Home Climate Why Old oaks keep the valley cool", "Old oaks keep the valley cool",
                                     label));
    CHECK_FALSE(archive::crumb_trail("Home Climate Old oaks keep the valley cool today",
                                     "Old oaks keep the valley cool", label));
    CHECK_FALSE(
        archive::crumb_trail("Home ClimateOld oaks keep the valley cool", "Old oaks keep the valley cool", label));
    CHECK_FALSE(archive::crumb_trail("Old oaks keep the valley cool", "Old oaks keep the valley cool", label));
}

TEST_CASE("the page's lines that print a title after its labels are found by their endings", "[headline]") {
    // CrumbTrails lists the page's lines of four words or more by their last four bytes once, and compares a title only
    // with those ending as it does (a title shorter than four bytes with all of them).
    const std::vector<archive::Block> blocks = archive::segment("Home\nNews\nClimate\nStartseite\nKlima\n"
                                                                "Home Climate Old oaks keep the valley cool\n"
                                                                "Home News Climate Tea\n"
                                                                "Startseite Klima Alte Eichen kühlen das Tal\n"
                                                                "Old oaks keep the valley cool\n");
    archive::Page p{blocks, "en", {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}};
    archive::CrumbTrails crumbs(p);
    CHECK(crumbs.prints("Old oaks keep the valley cool"));
    CHECK(crumbs.prints("Alte Eichen kühlen das Tal"));
    CHECK(crumbs.prints("Tea"));
    // The same last bytes, but a word that is no label of the page before the title; no line ends with the title.
    CHECK_FALSE(crumbs.prints("keep the valley cool"));
    CHECK_FALSE(crumbs.prints("eichen kühlen das Tal"));
    CHECK_FALSE(crumbs.prints("Les vieux chênes rafraîchissent la vallée"));
    CHECK_FALSE(crumbs.prints("ea"));
}

TEST_CASE("a title printed again in a breadcrumb without separators is the headline, not the credit under it",
          "[headline]") {
    const HeadlineRow rows[] = {
        {"breadcrumb, institute credited with its acronym, section label, title, byline (en)", "en", R"(Home
News
Climate
Science
Contact
Home Climate Old Oaks Keep the Valley Cool Through Summer
Harbour Institute for Forest Studies (HIFS)
Climate
Old Oaks Keep the Valley Cool Through Summer
By
The Valley Post
-
March 4, 2024
Facebook
Twitter
Email

Courtesy of Valley News

Written by: Jane Roe

Researchers at the Harbour Institute for Forest Studies measured the shade of the old oaks along the river for two years.

The Harbour Institute for Forest Studies found that the ground under the oaks stays four degrees cooler in the summer.

"The shade of a tall tree is worth more than a fountain in the valley," said a researcher of the institute.

The forest studies of the institute will go on next year with a grant from the region.
)", "Old Oaks Keep the Valley Cool Through Summer"},
        {"breadcrumb, institute credited with its acronym, section label, title, byline (de)", "de", R"(Startseite
Nachrichten
Klima
Wissenschaft
Kontakt
Startseite Klima Alte Eichen kühlen das ganze Tal im Sommer
Hafeninstitut für Waldforschung und Landschaft (HIWL)
Klima
Alte Eichen kühlen das ganze Tal im Sommer
Von
Die Talpost
-
4. März 2024
Facebook
Twitter
E-Mail

Mit freundlicher Genehmigung von Talnachrichten

Geschrieben von: Anna Berg

Forscher am Hafeninstitut für Waldforschung und Landschaft haben zwei Jahre lang den Schatten der alten Eichen am Fluss gemessen.

Das Hafeninstitut für Waldforschung und Landschaft fand heraus, dass der Boden unter den Eichen im Sommer vier Grad kühler bleibt.

„Der Schatten eines hohen Baumes ist im Tal mehr wert als ein Brunnen“, sagte eine Forscherin des Instituts.

Die Waldforschung des Instituts geht im nächsten Jahr mit Geld der Region und der Landschaft weiter.
)", "Alte Eichen kühlen das ganze Tal im Sommer"},
        {"breadcrumb, institute credited with its acronym, section label, title, byline (fr)", "fr", R"(Accueil
Actualités
Climat
Sciences
Contact
Accueil Climat Les vieux chênes rafraîchissent la vallée tout l'été
Institut portuaire de recherche forestière (IPRF)
Climat
Les vieux chênes rafraîchissent la vallée tout l'été
Par
Le Courrier de la vallée
-
4 mars 2024
Facebook
Twitter
E-mail

Avec l'aimable autorisation de Vallée Infos

Écrit par : Jeanne Morel

Les chercheurs de l'Institut portuaire de recherche forestière ont mesuré pendant deux ans l'ombre des vieux chênes le long de la rivière.

L'Institut portuaire de recherche forestière a constaté que le sol sous les chênes reste quatre degrés plus frais pendant l'été.

« L'ombre d'un grand arbre vaut plus qu'une fontaine dans la vallée », a déclaré une chercheuse de l'institut portuaire.

La recherche forestière de l'institut se poursuivra l'an prochain grâce à une subvention de la région.
)", "Les vieux chênes rafraîchissent la vallée tout l'été"},
    };
    archive::test::check_headlines(std::begin(rows), std::end(rows));
}
