// A name after a preposition and a word of the part of a land ([region_adjective_words], quotes81, session 50): "in
// northern Sierra Leone", "im nördlichen Burkina Faso" name a place, which no later "she told us" stands for.
// Invented lines.
#include <catch2/catch.hpp>

#include "quote_checks.hpp"

using namespace archive;
using namespace archive::quote_checks;

TEST_CASE("a name after a preposition and a region's adjective is no pronoun's antecedent", "[quotes][quotes81]") {
    const OneQuoteRow rows[] = {
        {"en",
         "Every morning Amina Yusuf walked two hours to the river from a village of 600 people in northern Sierra "
         "Leone. \"The water made the children sick,\" she told us.",
         "The water made the children sick", "Amina Yusuf"},
        {"en",
         "Tom Vale spent ten years on the farms of rural Costa Rica and across southern Burkina Faso. \"Nobody "
         "came back for the pumps,\" he said.",
         "Nobody came back for the pumps", "Tom Vale"},
        {"de",
         "Jeden Morgen ging Amina Yusuf zwei Stunden zum Fluss, in einem Dorf von 600 Menschen im n\u00F6rdlichen "
         "Burkina Faso. \u201EDas Wasser hat die Kinder krank gemacht\u201C, sagte sie.",
         "Das Wasser hat die Kinder krank gemacht", "Amina Yusuf"},
    };
    check_said_by(rows);
}
