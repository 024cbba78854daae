// British, Irish and Australian copy writes the short military and police ranks without their dot ("union president
// Capt Ann Roe", "Det Sgt Tom Vale", "Lt Col Ben Hart"): a title before the name, no part of the speaker's name, as
// "Capt." and "Sgt." are. Invented lines (session 51, quotes86).
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "quote_rows.hpp"

using archive::quote_rows::check_quotes;

TEST_CASE("an undotted rank before a name is a title, not the name's first word", "[quotes][quotes86]") {
    check_quotes({
        {"en",
         {"Union president Capt Mark Tighe said pilots had been left with no choice."},
         "pilots had been left with no choice",
         "Mark Tighe"},
        {"en",
         {"Det Sgt Anna Cole said officers had been called to the terminal before midnight."},
         "officers had been called to the terminal before midnight",
         "Anna Cole"},
        {"en", {"Lt Col Ben Hart said the base would stay open through the winter."},
         "the base would stay open through the winter",
         "Ben Hart"},
        {"en",
         {"Maj Gen Ruth Dale, who leads the relief effort, said the first convoys had reached the valley."},
         "the first convoys had reached the valley",
         "Ruth Dale"},
    });
}
