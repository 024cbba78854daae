// Three small readers each of which two rules shared as copies and now call once: a list item's number
// (item_numbers.hpp: the short questions of lines.cpp and the numbered titles of sections_build.cpp), a picture's
// label opening a credit (credits.cpp opens_with_picture_label(): the credits under a dash and the pictures of
// media.cpp), and a line printed again with more after it (media_galleries.cpp printed_again_with_more(): the
// caption printed twice and the head's caption between the standfirst and the byline). Invented lines.
#include <catch2/catch.hpp>

#include "credits_parts.hpp"
#include "item_numbers.hpp"
#include "media_parts.hpp"

#include <string>

using namespace archive;

TEST_CASE("a list item's number is one or two figures, a dot or a bracket and a space", "[lines][s52]") {
    CHECK(item_number_length("3. When will the first payment arrive?") == 2);
    CHECK(item_number_length("2) Wer bekommt das Geld?") == 2);
    CHECK(item_number_length("12. Et enfin…") == 3);
    CHECK(item_number_length("4. Y ahora, ¿qué?") == 2);
    // (No number, three figures, a year, no space, no mark, nothing after the space.)
    CHECK(item_number_length("When will it arrive?") == 0);
    CHECK(item_number_length("123. Too many figures") == 0);
    CHECK(item_number_length("2026 wird alles anders") == 0);
    CHECK(item_number_length("3.5 Prozent mehr") == 0);
    CHECK(item_number_length("3: Les chiffres") == 0);
    CHECK(item_number_length("3. ") == 0);
    CHECK(item_number_length("") == 0);
}

TEST_CASE("a picture's label opens a credit in any case, its colon dropped", "[credits][s52]") {
    std::size_t after = 0;
    CHECK(opens_with_picture_label("Foto: Anna Muster/dpa", &after));
    CHECK(after == 5);
    CHECK(opens_with_picture_label("photo : afp"));
    CHECK(opens_with_picture_label("Bild: Keystone"));
    CHECK(opens_with_picture_label("FOTO Ansa"));
    CHECK_FALSE(opens_with_picture_label("Fotografía de una calle vacía"));
    CHECK_FALSE(opens_with_picture_label("Le photographe Jean Roux"));
    CHECK_FALSE(opens_with_picture_label("Der Bundesrat hat entschieden."));
    CHECK_FALSE(opens_with_picture_label(""));
}

TEST_CASE("a line printed again with more after a space", "[media][s52]") {
    CHECK(printed_again_with_more("Il ponte dal drone", "Il ponte dal drone Foto: Ansa"));
    CHECK(printed_again_with_more("El taller, en 2017.", "El taller, en 2017. PEDRO GÁLVEZ"));
    CHECK(printed_again_with_more("Das neue Depot", "Das neue Depot (Bild: Stadt Bern)"));
    // (The same line, a glued tail, another line, or one space alone after it.)
    CHECK_FALSE(printed_again_with_more("Il ponte dal drone", "Il ponte dal drone"));
    CHECK_FALSE(printed_again_with_more("Il ponte dal drone", "Il ponte dal droneFoto: Ansa"));
    CHECK_FALSE(printed_again_with_more("Le pont vu du ciel", "Le pont vu d'en bas Photo: AFP"));
    CHECK_FALSE(printed_again_with_more("Le pont", "Le pont "));
}
