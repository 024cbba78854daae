// "Apfelstrudel wie in Wien / 4,6 / (97 Bewertungen) / Rezept von Lore Winkler": a recipe's or product's star
// rating between its title and its byline (a lone mark of five, its count of ratings, stars) is page furniture: the
// title over it stays the headline. Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <string>

using namespace archive;

TEST_CASE("a star rating between the title and the byline is no headline", "[classify][headline][de76]") {
    struct Row {
        const char* page;
        const char* headline;
    };
    const Row rows[] = {
        {"Küchenfreude\nRezepte\nBacken\nKochen\nEinloggen\nStartseite\nBacken\nStrudel\n"
         "Apfelstrudel wie in Wien\n4,6\n(97 Bewertungen)\nRezept von Lore Winkler\n"
         "Zuletzt aktualisiert am 14.11.2026\n"
         "Hauchdünner Teig, saftige Äpfel und Rosinen: So gelingt der Strudel auch zu Hause ohne Mühe.\n"
         "Für den Teig Mehl, Öl, Wasser und eine Prise Salz zu einem glatten Teig verkneten und ruhen lassen.\n"
         "Die Äpfel schälen, in dünne Scheiben schneiden und mit Zucker, Zimt und Rosinen mischen.\n",
         "Apfelstrudel wie in Wien"},
        {"Küchenfreude\nRezepte\nBacken\nKochen\nEinloggen\nStartseite\nKochen\nSuppen\n"
         "Kürbissuppe mit Ingwer\n★★★★☆ 4,2 von 5 Sternen (41)\nVon Lore Winkler\n"
         "Zuletzt aktualisiert am 14.11.2026\n"
         "Cremig, wärmend und in einer halben Stunde fertig: Die Suppe schmeckt an kalten Abenden am besten.\n"
         "Den Kürbis würfeln, mit Zwiebeln und Ingwer anbraten und mit Brühe aufgießen.\n"
         "Alles zwanzig Minuten köcheln lassen, fein pürieren und mit Sahne abschmecken.\n",
         "Kürbissuppe mit Ingwer"},
        {"Kitchen Corner\nRecipes\nBaking\nCooking\nSign in\nHome\nBaking\nBread\n"
         "Easy Rye Sourdough Loaf\n★★★★☆ 4.2 (88 reviews)\nRecipe by Maggie Doyle\nUpdated 14 November 2026\n"
         "A dark, tangy loaf that needs little kneading and keeps fresh for most of a week.\n"
         "Mix the starter with warm water, then stir in the rye flour and the salt until no dry flour is left.\n"
         "Leave the dough covered overnight and bake it in a hot oven the next morning.\n",
         "Easy Rye Sourdough Loaf"},
        {"Kitchen Corner\nRecipes\nBaking\nCooking\nSign in\nHome\nBaking\nCakes\n"
         "Lemon Drizzle Traybake\n4.5 out of 5 stars\n(120 ratings)\nRecipe by Maggie Doyle\n"
         "Updated 14 November 2026\n"
         "A light sponge soaked in a sharp lemon syrup, cut into squares for the school fair.\n"
         "Beat the butter and the sugar until pale, then add the eggs one at a time with a spoon of flour.\n"
         "Pour the syrup over the sponge while it is still warm from the oven.\n",
         "Lemon Drizzle Traybake"},
        {"Cuisine Facile\nRecettes\nDesserts\nPlats\nConnexion\nAccueil\nDesserts\nTartes\n"
         "Tarte fine aux poires\n4,5/5\n(63 avis)\nRecette de Claire Morel\nMis à jour le 14/11/2026\n"
         "Une pâte feuilletée, des poires fondantes et un peu de miel : un dessert simple pour le dimanche.\n"
         "Étaler la pâte, la piquer à la fourchette et la garnir de fines tranches de poires.\n"
         "Napper de miel et cuire vingt-cinq minutes dans un four bien chaud.\n",
         "Tarte fine aux poires"},
    };
    for (const Row& r : rows) {
        INFO(r.headline);
        const Article a = parse(r.page, "x");
        CHECK(a.headline.value_or("") == r.headline);
    }
}
