// Tests of a recipe's ingredient lines without a quantity ("Sal y pimienta al gusto", "kromka chleba") inside or at
// the end of the list, and of the titles around the ingredients (recipes.cpp ingredient_lines, region.cpp).
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "region_pages.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;
using archive::test::has_paragraph_starting;

namespace {

std::size_t ingredient_count(const std::string& text) {
    auto marks = ingredient_lines(segment(text));
    return static_cast<std::size_t>(std::count(marks.begin(), marks.end(), true));
}

} // namespace

TEST_CASE("an ingredient without a quantity, seasoned to taste, closes the list", "[recipes]") {
    // The last line names no quantity: es, pl, en, de.
    CHECK(ingredient_count("2 tazas de arroz\n1 cebolla morada\n3 dientes de ajo\n1 litro de caldo\n"
                           "Sal y pimienta al gusto\nPreparación\n") == 5);
    CHECK(ingredient_count("500 g ziemniaków\n2 łyżki masła\n1 cebula\nsól, pieprz do smaku\nPrzygotowanie\n") == 4);
    CHECK(ingredient_count("2 cups rice\n1 tbsp butter\n3 cloves garlic\nSalt and pepper to taste\nMethod\n") == 4);
    CHECK(ingredient_count("300 g Linsen\n2 EL Olivenöl\n1 Zwiebel\nSalz und Pfeffer nach Geschmack\nZubereitung\n") ==
          4);
    // A short line without a quantity at the end, not seasoned, is no ingredient of the list.
    CHECK(ingredient_count("2 cups rice\n1 tbsp butter\n3 cloves garlic\nMethod\n") == 3);
}

TEST_CASE("an ingredient without a quantity inside the list keeps the list whole", "[recipes]") {
    // "kromka chleba", "media cebolla": a short line between two quantities, and a group's label under it.
    CHECK(ingredient_count("1 kg buraków\n3 ząbki czosnku\nkromka chleba żytniego\nNa wywar:\n2 marchewki\n"
                           "1 łyżka cukru\n") == 6);
    CHECK(ingredient_count("2 tazas de harina\nmedia cebolla picada\n1 cucharadita de sal\n3 huevos\n") == 4);
    CHECK(ingredient_count("200 g Mehl\neine Handvoll Rosinen\n2 EL Zucker\n3 Eier\n") == 4);
    // Three lines without a quantity end the list; a sentence ends it too.
    CHECK(ingredient_count("2 cups flour\npeeled apples\nbrown sugar\nfresh mint\n1 tbsp honey\n3 eggs\n") == 0);
    CHECK(ingredient_count("2 cups flour\nStir the flour well.\n1 tbsp honey\n3 eggs\n") == 0);
}

TEST_CASE("a recipe's ingredients closed by a line without a quantity stay its text", "[recipes]") {
    const std::string es = R"(Cocina de Casa
Inicio
Recetas
Arroz con verduras de la huerta
Ingredientes
2 tazas de arroz
1 pimiento rojo
3 dientes de ajo
1 litro de caldo de verduras
Sal y pimienta al gusto
Preparación
Sofríe el ajo y el pimiento en una cazuela amplia con un chorro de aceite durante cinco minutos.
Añade el arroz, remueve un minuto y vierte el caldo caliente; deja cocer a fuego medio veinte minutos.
Deja reposar el arroz tapado cinco minutos antes de servirlo con un poco de perejil picado por encima.
)";
    Article a = classify(segment(es), "es");
    CHECK(has_paragraph_starting(a, "2 tazas de arroz"));
    CHECK(has_paragraph_starting(a, "Sal y pimienta al gusto"));
}
