// A review's label of a list ("Vorteile", "Pros", "Points forts", "Technische Daten") heads the short items under it,
// though they are no sentences; a line of the same shape that is no such label, over the same items, heads nothing.
// Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <string>
#include <vector>

namespace {

struct Review {
    const char* headline;
    const char* intro; // two paragraphs of text, a blank line between them
    const char* label;
    const char* items; // three short items, one a line
    const char* closing;
};

std::string page_of(const Review& r) {
    return std::string(r.headline) + "\n\n" + r.intro + "\n\n" + r.label + "\n" + r.items + "\n\n" + r.closing + "\n";
}

bool has_heading(const archive::Article& a, const std::string& heading) {
    for (const auto& s : a.sections)
        if (s.heading.value_or("") == heading)
            return true;
    return false;
}

} // namespace

TEST_CASE("a review's label of a list heads its short items", "[sections][heading]") {
    const Review rows[] = {
        {"Die neue Kaffeemühle im Test",
         "Die Mühle mahlt gleichmäßig und lässt sich leicht reinigen, wie wir nach zwei Wochen im Büro feststellen.\n\n"
         "Das Mahlwerk ist aus Stahl, der Behälter fasst genug Bohnen für eine ganze Woche im Haushalt.",
         "Vorteile", "gleichmäßiger Mahlgrad\nleicht zu reinigen\nsolides Mahlwerk",
         "Wer täglich mahlt, bekommt für den Preis eine gute Mühle, die lange halten dürfte."},
        {"The new coffee grinder, tested",
         "The grinder gives an even grind and is easy to clean, as we found after two weeks in the office.\n\n"
         "Its burrs are steel, and the hopper holds enough beans for a whole week at home.",
         "Pros", "even grind\neasy to clean\nsolid burrs",
         "Anyone who grinds every day gets a good machine for the price, one that should last."},
        {"Le nouveau moulin à café à l'essai",
         "Le moulin donne une mouture régulière et se nettoie facilement, comme nous l'avons vu en deux semaines.\n\n"
         "Les meules sont en acier et le réservoir contient assez de grains pour une semaine entière.",
         "Points forts", "mouture régulière\nnettoyage facile\nmeules solides",
         "Qui moud chaque jour trouvera là un bon appareil pour son prix, qui devrait durer longtemps."},
        {"Probamos el nuevo molinillo de café",
         "El molinillo muele de forma uniforme y se limpia con facilidad, como vimos tras dos semanas de uso.\n\n"
         "Las muelas son de acero y el depósito guarda granos suficientes para toda una semana en casa.",
         "Ficha técnica", "Precio: 129 euros\nPeso: 1,4 kg\nDepósito: 250 gramos",
         "Quien muele a diario tiene aquí una buena máquina por su precio, que debería durar años."},
    };
    for (const Review& r : rows) {
        INFO(r.label);
        const archive::Article a = archive::parse(page_of(r), "x");
        CHECK(a.headline.value_or("") == r.headline);
        CHECK(has_heading(a, r.label));
    }
}

TEST_CASE("a short line that labels no list does not head short items", "[sections][heading]") {
    Review r{"The new coffee grinder, tested",
             "The grinder gives an even grind and is easy to clean, as we found after two weeks in the office.\n\n"
             "Its burrs are steel, and the hopper holds enough beans for a whole week at home.",
             "Coffee beans", "even grind\neasy to clean\nsolid burrs",
             "Anyone who grinds every day gets a good machine for the price, one that should last."};
    const archive::Article a = archive::parse(page_of(r), "x");
    CHECK_FALSE(has_heading(a, r.label));
}
