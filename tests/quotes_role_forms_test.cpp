// Table-driven tests of a woman named first with the masculine or common form of her role, then with its feminine
// form, on invented sentences in several languages.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a feminine role names the only person given that role's masculine form", "[quotes][speakers]") {
    check_quotes({
        {"it",
         {"Il sindaco Anna Rossi ha inaugurato ieri il nuovo parco nel quartiere nord.",
          "\"Questo parco è un regalo ai bambini\", ha detto la prima cittadina durante la cerimonia."},
         "Questo parco è un regalo ai bambini", "Anna Rossi"},
        {"es",
         {"El alcalde Ana Ruiz inauguró ayer el nuevo parque del barrio norte.",
          "\"Este parque es un regalo para los niños\", dijo la alcaldesa durante la ceremonia."},
         "Este parque es un regalo para los niños", "Ana Ruiz"},
        {"fr",
         {"Le ministre Claire Dubois a présenté mercredi une nouvelle loi sur l'eau potable.",
          "« Cette loi protège nos rivières », a déclaré la ministre devant les députés."},
         "Cette loi protège nos rivières", "Claire Dubois"},
        {"pt",
         {"O prefeito Marta Lopes inaugurou ontem o novo parque do bairro norte.",
          "\"Este parque é um presente para as crianças\", disse a prefeita durante a cerimónia."},
         "Este parque é um presente para as crianças", "Marta Lopes"},
    });
    // Two people hold the role: the feminine form names neither of them.
    check_quotes({
        {"es",
         {"El alcalde Ana Ruiz y el alcalde Pedro Gil firmaron ayer un acuerdo sobre el agua del valle.",
          "\"Este acuerdo llega tarde\", dijo la alcaldesa durante la firma."},
         "Este acuerdo llega tarde", ""},
        {"it",
         {"Il sindaco Anna Rossi e il sindaco Marco Bianchi hanno firmato ieri un accordo sull'acqua.",
          "\"Questo accordo arriva tardi\", ha detto la sindaca durante la firma."},
         "Questo accordo arriva tardi", ""},
    });
}
