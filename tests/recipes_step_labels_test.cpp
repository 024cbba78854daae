// A recipe's method printed one step under a label of its own ("Étape 1", "Schritt 2", "Step 3:"): the labels head
// nothing and part nothing, the method's title over the first one heads the steps, and every step's text is kept
// (sections_build.cpp step_label(), lexicon section step_label_words; probe72 R4). Invented pages.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;

namespace {

struct Row {
    const char* lang;
    const char* page;
    const char* method;    // the method's title, a heading
    const char* label;     // a step's label, neither heading nor paragraph
    const char* last_step; // the last step's text, a paragraph of the method's section
};

bool has(const std::vector<std::string>& v, const std::string& s) {
    return std::find(v.begin(), v.end(), s) != v.end();
}

} // namespace

TEST_CASE("a recipe step's label heads nothing and the method's title heads the steps", "[recipes][sections]") {
    const Row rows[] = {
        {"fr", R"(Cuisine du dimanche
Recettes
Gratin de courge aux noisettes
Par Léonie Berthaud
Un gratin doux et croquant, prêt en une heure, pour accompagner une volaille ou un rôti de porc.
Ingrédients
1 courge butternut
2 oignons
50 g de noisettes
20 cl de crème
Préparation
Étape 1
Épluchez la courge, retirez les graines et coupez la chair en cubes de la taille d'une noix.
Étape 2
Faites fondre les oignons émincés dix minutes dans une poêle, puis ajoutez la courge et salez.
Étape 3
Versez le tout dans un plat, nappez de crème, parsemez de noisettes concassées et enfournez quarante minutes.
)",
         "Préparation", "Étape 2",
         "Versez le tout dans un plat, nappez de crème, parsemez de noisettes concassées et enfournez quarante "
         "minutes."},
        {"de", R"(Heimküche
Rezepte
Kürbisauflauf mit Haselnüssen
Von Jonas Reichert
Ein milder Auflauf mit knuspriger Kruste, in einer Stunde fertig, zu Geflügel oder einem Braten.
Zutaten
1 Butternusskürbis
2 Zwiebeln
50 g Haselnüsse
200 ml Sahne
Zubereitung
Schritt 1
Den Kürbis schälen, die Kerne entfernen und das Fruchtfleisch in walnussgroße Würfel schneiden.
Schritt 2
Die Zwiebeln in Streifen zehn Minuten in einer Pfanne dünsten, dann den Kürbis dazugeben und salzen.
Schritt 3
Alles in eine Form geben, mit Sahne übergießen, mit gehackten Nüssen bestreuen und vierzig Minuten backen.
)",
         "Zubereitung", "Schritt 2",
         "Alles in eine Form geben, mit Sahne übergießen, mit gehackten Nüssen bestreuen und vierzig Minuten backen."},
        {"en", R"(Sunday Kitchen
Recipes
Squash Gratin with Hazelnuts
By Leonie Bertram
A mild gratin with a crisp top, ready in an hour, to go with a roast chicken or a joint of pork.
Ingredients
1 butternut squash
2 onions
50 g hazelnuts
200 ml cream
Method
Step 1:
Peel the squash, scoop out the seeds and cut the flesh into cubes about the size of a walnut.
Step 2:
Soften the sliced onions for ten minutes in a frying pan, then add the squash and season it.
Step 3:
Tip everything into a dish, pour over the cream, scatter with chopped nuts and bake for forty minutes.
)",
         "Method", "Step 2:",
         "Tip everything into a dish, pour over the cream, scatter with chopped nuts and bake for forty minutes."},
    };
    for (const Row& r : rows) {
        INFO(r.page);
        const Article a = classify(segment(r.page), r.lang);
        const auto headings = test::headings_of(a);
        CHECK(has(headings, r.method));
        CHECK_FALSE(has(headings, r.label));
        CHECK_FALSE(has(test::paragraphs_of(a), r.label));
        REQUIRE_FALSE(a.sections.empty());
        const auto& method = a.sections.back();
        REQUIRE(method.heading);
        CHECK(*method.heading == r.method);
        CHECK(method.paragraphs.size() == 3);
        CHECK(has(method.paragraphs, r.last_step));
    }
}

TEST_CASE("a line naming a step in a sentence stays text", "[recipes][sections]") {
    // A step's word and a number that say more than a label: the line is the text's own.
    const Article a = classify(segment(R"(The council's plan for the harbour, step by step
By Alan Shaw
The council published on Monday the plan it will follow to rebuild the harbour wall over the next three years.
Step 1 is a survey of the old wall, which the engineers will start in the spring when the tides are lowest.
The second step, the new foundations, waits on the survey and on the money the government promised last year.
)"),
                               "en");
    CHECK(has(test::paragraphs_of(a),
              "Step 1 is a survey of the old wall, which the engineers will start in the spring when the tides are "
              "lowest."));
}
