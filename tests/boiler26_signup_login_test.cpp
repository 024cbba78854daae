// "Newsletter" / "Zürich heute" / "Erhalten Sie die wichtigsten Nachrichten aus der Stadt." / "Einloggen": a
// newsletter's box between two paragraphs whose button asks a reader who is not logged in to log in (lexicon section
// signup_box_pieces) leaves the body as a box with a sign-up button does. Invented lines.
#include <catch2/catch.hpp>

#include "pipeline.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;

namespace {

bool in_paragraphs(const Article& a, const std::string& line) {
    const auto paragraphs = test::paragraphs_of(a);
    return std::find(paragraphs.begin(), paragraphs.end(), line) != paragraphs.end();
}

} // namespace

TEST_CASE("a newsletter's box closed by a log-in button leaves the body", "[signup][boiler26]") {
    struct Row {
        const char* page;
        std::vector<std::string> box;
        const char* after;
    };
    const Row rows[] = {
        {R"(Stadt will zwei Spuren der Seebrücke für Velos opfern

Der Stadtrat plant einen breiten Veloweg auf der Seebrücke, wie er am Mittwoch vor den Medien bekannt gab.

Die Seebrücke ist eine der meistbefahrenen Strassen der Stadt. Täglich überqueren sie rund 30'000 Fahrzeuge.

Newsletter
Seestadt heute
Erhalten Sie die wichtigsten Nachrichten aus der Stadt.
Einloggen

Der Gemeinderat wird im Herbst über das Projekt entscheiden. Bis dahin will der Stadtrat mit den Verbänden reden.
)",
         {"Newsletter", "Seestadt heute", "Erhalten Sie die wichtigsten Nachrichten aus der Stadt.", "Einloggen"},
         "Der Gemeinderat wird im Herbst über das Projekt entscheiden. Bis dahin will der Stadtrat mit den Verbänden reden."},
        {R"(La commune veut fermer deux voies du pont aux voitures

La municipalité prévoit une large piste cyclable sur le pont du Lac, a-t-elle annoncé mercredi devant la presse.

Le pont du Lac est l'un des axes les plus fréquentés de la ville, emprunté chaque jour par 30 000 véhicules.

Newsletter
La Ville ce soir
Chaque soir, l'essentiel de l'actualité de votre ville.
Se connecter

Le conseil communal se prononcera cet automne. D'ici là, la municipalité veut rencontrer les associations.
)",
         {"Newsletter", "La Ville ce soir", "Chaque soir, l'essentiel de l'actualité de votre ville.", "Se connecter"},
         "Le conseil communal se prononcera cet automne. D'ici là, la municipalité veut rencontrer les associations."},
    };
    for (const Row& r : rows) {
        INFO(r.page);
        const Article a = parse(r.page, "page.txt");
        for (const std::string& line : r.box) {
            INFO(line);
            CHECK_FALSE(in_paragraphs(a, line));
            CHECK(std::find(a.boilerplate.begin(), a.boilerplate.end(), line) != a.boilerplate.end());
        }
        CHECK(in_paragraphs(a, r.after));
    }
}
