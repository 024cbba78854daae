// A share button naming what it sends, a link or the article ("Email This Link", "Share this article", "Link
// kopieren", "Partager l'article", "Compartir enlace"), is a button's label: boilerplate, never a heading of the text
// under it. Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "classify.hpp"

#include <algorithm>
#include <string>

using namespace archive;

TEST_CASE("a share button naming its link or article is a button's label", "[boilerplate][share]") {
    for (const char* line : {"Email This Link", "Share this article", "Print this story", "Artikel teilen",
                             "Link kopieren", "Partager l'article", "Enregistrer l'article", "Compartir enlace",
                             "Condividi articolo", "Compartilhar matéria", "Artikel delen", "Udostępnij artykuł"}) {
        INFO(line);
        CHECK(is_boilerplate_phrase(line));
    }
    // A title naming a link or an article is no button: a word that is none of a button's.
    for (const char* line : {"The missing link", "Email from the mayor", "Share prices fall again",
                             "A story of two ferries"}) {
        INFO(line);
        CHECK_FALSE(is_boilerplate_phrase(line));
    }
}

TEST_CASE("a share button under the byline heads no section", "[boilerplate][share]") {
    struct Row {
        const char* head;   // kicker, headline, standfirst, byline and date
        const char* button; // under another share button, over the text
        const char* text;   // three paragraphs
    };
    const Row rows[] = {
        {"LOCAL NEWS\n\nIcy morning sends cars into ditches along the coast road\n\nDeputies say black ice formed "
         "before dawn on a stretch the county had not yet treated.\n\nBy Jane Roe\nPublished: Dec. 3, 2026 at 7:42 "
         "AM CST\nUpdated: 2 hours ago\n\nShare on X\n",
         "Email This Link",
         "A tow truck pulls a car out of a ditch near the harbour on Wednesday. (KHRB)\n\nHARBOUR TOWN (KHRB) - More "
         "than a dozen vehicles slid off the coast road early Wednesday as a thin layer of ice coated it, the sheriff "
         "said.\n\nTwo drivers were taken to hospital with injuries that were not considered life-threatening.\n\n"
         "Why the Road Was Not Treated\n\nThe county engineer said the salt trucks reached the coast road last, "
         "after the ice had formed.\n\nThe county said it would add a second truck to the route for the rest of the "
         "week.\n"},
        {"REGION\n\nGlatteis: Autos rutschen auf der Küstenstrasse in den Graben\n\nDie Polizei sagt, das Eis habe "
         "sich vor dem Morgengrauen gebildet.\n\nVon Anna Muster\n3. Dezember 2026\n\n",
         "Link kopieren",
         "Mehr als ein Dutzend Autos sind am Mittwochmorgen auf der Küstenstrasse von der Fahrbahn gerutscht, teilte "
         "die Polizei mit.\n\nZwei Fahrer wurden mit leichten Verletzungen ins Spital gebracht.\n\nDie Gemeinde will "
         "für den Rest der Woche ein zweites Streufahrzeug auf die Strecke schicken.\n"},
        {"RÉGION\n\nVerglas : des voitures dans le fossé sur la route côtière\n\nSelon la gendarmerie, la glace "
         "s'est formée avant l'aube sur un tronçon non traité.\n\nPar Jeanne Morel\n3 décembre 2026\n\n",
         "Partager l'article",
         "Plus d'une dizaine de voitures ont quitté la route côtière mercredi matin à cause d'une fine couche de "
         "glace, a indiqué la gendarmerie.\n\nDeux conducteurs ont été conduits à l'hôpital, légèrement "
         "blessés.\n\nLa commune enverra une deuxième saleuse sur la route pour le reste de la semaine.\n"},
    };
    for (const Row& r : rows) {
        const std::string page = std::string(r.head) + "Share on Facebook\n" + r.button + "\n\n" + r.text;
        INFO(page);
        const Article a = parse(page);
        REQUIRE_FALSE(a.sections.empty());
        CHECK_FALSE(a.sections.front().heading);
        CHECK(std::find(a.boilerplate.begin(), a.boilerplate.end(), r.button) != a.boilerplate.end());
    }
}
