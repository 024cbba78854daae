// Section headings of kinds a probe of invented pages found missed: a part's label and number cut by one dash from
// the part's title ("Schritt 2 – Die Aussaat"). Whole pages, one row per language.
#include <catch2/catch.hpp>

#include "test_pages.hpp"

using archive::test::check_heading_rows;

TEST_CASE("a part's label and number, a dash and the part's title head the text under them", "[classify][heading]") {
    check_heading_rows({
        {"de", R"(So legen Sie ein Kräuterbeet am Balkon an

Wer im Frühjahr mit dem Gärtnern beginnt, sollte sich vorher ein paar Gedanken über Licht und Erde machen.

Schritt 1 – Der richtige Platz

Kräuter brauchen viel Sonne, mindestens fünf Stunden am Tag, und Erde, die Wasser gut abgibt.

Schritt 2 – Die Aussaat

Die Samen kommen Ende April in flache Schalen und werden nur dünn mit Erde bedeckt, sagt der Gärtner.
)",
         {"Schritt 1 – Der richtige Platz", "Schritt 2 – Die Aussaat"}},
        {"en", R"(A week on the coast path

We set off from the old lighthouse on a grey Monday morning with two small packs and a paper map.

Day 1 - Cliffs and fog

The first stretch climbs steeply out of the harbour and follows the cliff edge for most of the afternoon.

Day 2 — The long beach

The tide was out when we reached the bay, so we walked the whole length of the sand to the next village.
)",
         {"Day 1 - Cliffs and fog", "Day 2 — The long beach"}},
        {"es", R"(Una semana por el camino de la costa

Salimos del viejo faro un lunes gris por la mañana con dos mochilas pequeñas y un mapa de papel.

Etapa 1 – Acantilados y niebla

El primer tramo sube con fuerza desde el puerto y sigue el borde del acantilado casi toda la tarde.
)",
         {"Etapa 1 – Acantilados y niebla"}},
    });
}

TEST_CASE("a line cut by a dash is no part's title without a label, a number and a capitalised title",
          "[classify][heading]") {
    check_heading_rows({
        // (A title opening lower-case, a range of pages, menus of several entries: text or boilerplate, no heading.)
        {"de", R"(So legen Sie ein Kräuterbeet am Balkon an

Wer im Frühjahr mit dem Gärtnern beginnt, sollte sich vorher ein paar Gedanken über Licht und Erde machen.

Schritt 2 – und dann warten

Kräuter brauchen viel Sonne, mindestens fünf Stunden am Tag, und Erde, die Wasser gut abgibt.

Seite 2 – 5

Die Samen kommen Ende April in flache Schalen und werden nur dünn mit Erde bedeckt, sagt der Gärtner.

Teil 1 – Teil 2 – Teil 3

Im Sommer wird geerntet, am besten am Morgen, wenn die Blätter noch frisch und voller Duft sind.
)",
         {}},
        {"en", R"(A week on the coast path

We set off from the old lighthouse on a grey Monday morning with two small packs and a paper map.

Day 1 - and more fog

The first stretch climbs steeply out of the harbour and follows the cliff edge for most of the afternoon.
)",
         {}},
    });
}
