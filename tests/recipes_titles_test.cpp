// Tests of a recipe's list read in the shapes of es and pl recipe sites (espl77): a group's label over the list's
// first ingredient, the food printed over its quantity ("dynia" / "400 gramów"), and the titles of the ingredients
// and of the method kept with the text (recipes.cpp ingredient_lines, region.cpp ingredients_over). Invented lines.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "region_pages.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;

namespace {

std::vector<bool> marks_of(const std::string& text) { return ingredient_lines(segment(text)); }

std::size_t marked(const std::vector<bool>& v) {
    return static_cast<std::size_t>(std::count(v.begin(), v.end(), true));
}

} // namespace

TEST_CASE("a group's label over the list's first ingredient opens the list", "[recipes]") {
    // pl, es, en: the label and its ingredients; the title over it ("Składniki") is no ingredient.
    auto pl = marks_of("Składniki\nNa ciasto:\n500 g mąki\n1 szklanka wody\n2 łyżki oleju\nNa farsz:\n1 kg kapusty\n");
    CHECK_FALSE(pl[0]);
    CHECK(pl[1]);
    CHECK(marked(pl) == 6);
    auto es = marks_of("Ingredientes\nPara la masa:\n2 tazas de harina\n1 cucharadita de sal\n3 huevos\n");
    CHECK_FALSE(es[0]);
    CHECK(es[1]);
    CHECK(marked(es) == 4);
    CHECK(marked(marks_of("For the sauce:\n2 cups milk\n1 tbsp butter\n2 tbsp flour\n")) == 4);
    // A label over too short a list stays out with it.
    CHECK(marked(marks_of("Na farsz:\n1 kg kapusty\nSmacznego!\n")) == 0);
}

TEST_CASE("a food printed over its quantity alone is an ingredient of the list", "[recipes]") {
    // pl, es, de: "food / figure and unit" pairs, under the list's title.
    auto pl = marks_of("Składniki\ndynia\n400 gramów\ncebula\n1 sztuka\nmasło\n2 łyżki\nSposób przygotowania\n");
    CHECK_FALSE(pl[0]);
    CHECK(marked(pl) == 6);
    CHECK_FALSE(pl[7]);
    auto es = marks_of("Ingredientes\nharina\n250 gramos\nazúcar\n2 cucharadas\nleche\n1 taza\nPreparación\n");
    CHECK(marked(es) == 6);
    CHECK_FALSE(es[0]);
    auto de = marks_of("Zutaten\nMehl\n250 g\nZucker\n2 EL\nMilch\n1 Tasse\nZubereitung\n");
    CHECK(de[1]);
    CHECK_FALSE(de[7]);
    CHECK(marked(de) == 6);
    // Quantities first under the list's title: the title is no food ("Zutaten / 120 g / Butter").
    auto first = marks_of("Zutaten\n120 g\nButter\n2 EL\nZucker\n3 Stück\nÄpfel\n");
    CHECK_FALSE(first[0]);
    CHECK(marked(first) == 6);
    // One pair is no list; a figure without a unit under a name is a table's row ("Ostkai Rovers / 2").
    CHECK(marked(marks_of("dynia\n400 gramów\nZobacz też\n")) == 0);
    CHECK(marked(marks_of("Ostkai Rovers\n2\nWendle United\n3\nHarbour Athletic\n4\n")) == 0);
}

TEST_CASE("the titles of a recipe's ingredients and method head their parts", "[recipes][sections]") {
    const std::string es = R"(Cocina de Casa
Inicio
Recetas
Lentejas estofadas con verduras
Por Marta Gil
Un guiso de cuchara sencillo, con verduras de temporada y un toque de pimentón de la Vera.
Ingredientes
300 g de lentejas pardinas
1 zanahoria grande
2 dientes de ajo
1 cucharadita de pimentón
Sal al gusto
Preparación
Pon las lentejas en remojo la noche anterior y escúrrelas bien antes de empezar a cocinar.
Sofríe el ajo y la zanahoria picados en una cazuela con un chorro de aceite durante cinco minutos.
Añade las lentejas, el pimentón y agua hasta cubrir, y deja cocer a fuego lento cuarenta minutos.
)";
    Article a = classify(segment(es), "es");
    const auto es_heads = test::headings_of(a);
    CHECK(std::find(es_heads.begin(), es_heads.end(), "Ingredientes") != es_heads.end());
    CHECK(std::find(es_heads.begin(), es_heads.end(), "Preparación") != es_heads.end());
    CHECK(test::has_paragraph_starting(a, "300 g de lentejas"));
    const std::string pl = R"(Smaczna Kuchnia
Przepisy
Zupy
Zupa ogórkowa babci Heleny
Autor: Anna Nowak
Kwaśna i rozgrzewająca zupa z kiszonych ogórków, najlepsza w chłodne jesienne dni.
Składniki
Na zupę:
1 l bulionu
4 ogórki kiszone
3 ziemniaki
2 łyżki śmietany
Sposób przygotowania
Ziemniaki obierz, pokrój w kostkę i gotuj w bulionie przez piętnaście minut na małym ogniu.
Ogórki zetrzyj na tarce i dodaj do zupy razem z odrobiną zalewy, gotuj jeszcze dziesięć minut.
Zupę zabiel śmietaną i podawaj od razu, posypaną świeżym koperkiem.
)";
    Article b = classify(segment(pl), "pl");
    const auto pl_heads = test::headings_of(b);
    CHECK(std::find(pl_heads.begin(), pl_heads.end(), "Składniki") != pl_heads.end());
    CHECK(std::find(pl_heads.begin(), pl_heads.end(), "Sposób przygotowania") != pl_heads.end());
    CHECK(test::has_paragraph_starting(b, "Na zupę:"));
    const std::string en = R"(Harbour Kitchen
Recipes
Baked Cod with Lemon Crumbs
Ready in 35 minutes
Ingredients
4 cod fillets
2 slices stale bread
1 tbsp olive oil
1 lemon, zested
Method
Heat the oven to 200 degrees and lay the fillets in an oiled dish with a little room between them.
Rub the bread into crumbs, mix them with the oil and the lemon zest, and press them onto the fish.
Bake for fifteen minutes until the crumbs are golden and the fish flakes when you push a fork in.
)";
    const auto en_heads = test::headings_of(classify(segment(en), "en"));
    CHECK(std::find(en_heads.begin(), en_heads.end(), "Ingredients") != en_heads.end());
    CHECK(std::find(en_heads.begin(), en_heads.end(), "Method") != en_heads.end());
}
