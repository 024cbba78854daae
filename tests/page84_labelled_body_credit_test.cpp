// A picture's label with no colon, then the name of a body holding small particles ("Foto Comune di Borgoverde", "Foto
// Ayuntamiento de Villanueva", "Photo Ville de Villebrune"): a credit, as "Foto Anna Riva" is, and the gallery
// caption over it that credit's picture's. Invented lines and pages.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "classify.hpp"

#include <algorithm>
#include <string>
#include <utility>

TEST_CASE("a picture's label and a body's name with particles is a credit", "[credits][page84]") {
    const std::pair<const char*, bool> rows[] = {
        {"Foto Comune di Borgoverde", true}, {"Foto Ayuntamiento de Villanueva", true},
        {"Photo Ville de Villebrune", true}, {"Foto Anna Riva", true},
        {"Foto del giorno", false},          {"Foto Comune di Borgoverde.", false},
        {"Fotos aus der Region", false},
    };
    for (const auto& [line, credit] : rows) {
        INFO(line);
        CHECK(archive::is_credit_line(std::string_view(line)) == credit);
    }
}

TEST_CASE("a gallery caption over a body's credit with particles is the picture's", "[credits][media][page84]") {
    struct Row {
        const char* page;
        const char* caption;
        const char* credit;
    };
    const Row rows[] = {
        {R"(Fotogalería
Villanueva del Campo, la noche de los mosaicos
6 dic 2026
1 / 3
La iglesia iluminada para la velada inaugural del festival.
Foto Ana Ruiz
2 / 3
Un taller de mosaico para niños en el claustro.
Foto Ayuntamiento de Villanueva
3 / 3
La multitud en la plaza a medianoche.
Foto Ana Ruiz
Siguiente
)",
         "Un taller de mosaico para niños en el claustro.", "Foto Ayuntamiento de Villanueva"},
    };
    for (const Row& r : rows) {
        INFO(r.credit);
        const archive::Article a = archive::parse(r.page, "x");
        CHECK(std::any_of(a.media.begin(), a.media.end(), [&](const archive::Media& m) {
            return m.caption.value_or("") == r.caption && m.credit.value_or("") == r.credit;
        }));
    }
}
