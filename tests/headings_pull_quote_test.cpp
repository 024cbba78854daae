// A pull quote, the words closing the paragraph above printed again on a line of their own, heads no section and
// is no paragraph.
#include <catch2/catch.hpp>

#include "test_pages.hpp"

#include <algorithm>
#include <string>

using archive::test::check_heading_rows;

TEST_CASE("a line repeating the words that close the paragraph above is a pull quote, no heading",
          "[classify][heading][pull_quote]") {
    check_heading_rows({
        {"en", R"(Harbour of the town reopens after two years of work

The harbour of the town reopened on Monday after two years of work on its old quays and its new basin.

The ferries moor at the new northern quay now, and that makes the old pier the best place in town to watch the boats come in.

The best place in town to watch the boats come in

The first year went to the channel, which had silted up since the war and kept the larger boats out of the bay.

The old stones were taken down one by one, numbered, and put back on a new concrete core by local masons.
)",
         {}},
        {"de", R"(Der Hafen der Stadt öffnet nach zwei Jahren Bauzeit wieder

Der Hafen der Stadt wurde am Montag nach zwei Jahren Arbeit an den alten Kais und dem neuen Becken wieder eröffnet.

Die Fähren legen jetzt am neuen Nordkai an, und so ist die alte Mole der schönste Ort der Stadt für einen Blick auf die Boote.

Der schönste Ort der Stadt für einen Blick auf die Boote

Das erste Jahr galt der Fahrrinne, die seit dem Krieg verschlammt war und die größeren Boote aus der Bucht hielt.

Die alten Steine wurden einzeln abgetragen, nummeriert und auf einem neuen Betonkern wieder aufgesetzt.
)",
         {}},
        {"fr", R"(Le port de la ville rouvre après deux ans de travaux

Le port de la ville a rouvert lundi après deux années de travaux sur ses vieux quais et son nouveau bassin.

Les ferries accostent désormais au nouveau quai nord, et la vieille jetée est devenue le meilleur endroit pour regarder les bateaux rentrer au port.

Le meilleur endroit pour regarder les bateaux rentrer au port

La première année a été consacrée au chenal, qui s'était envasé depuis la guerre et fermait la baie aux bateaux.

Les vieilles pierres ont été démontées une à une, numérotées, puis remontées sur un nouveau noyau de béton.
)",
         {}},
    });
}

TEST_CASE("a short heading naming a thing the paragraph above lists still heads its section",
          "[classify][heading][pull_quote]") {
    check_heading_rows({
        {"en", R"(Harbour of the town reopens after two years of work

The harbour of the town reopened on Monday after two years of work on its old quays and its new basin.

Two kinds of boats use the new basin: the ferries of the bay and the fishing boats.

The fishing boats

The fishing boats land their catch on the old quay every morning, and the fish market opens at six o'clock.

The old stones were taken down one by one, numbered, and put back on a new concrete core by local masons.
)",
         {"The fishing boats"}},
    });
}

TEST_CASE("a quoted line repeating a sentence above it without its stop is a pull quote, no paragraph",
          "[classify][pull_quote]") {
    const archive::test::PageRow rows[] = {
        {"en", R"(Harbour of the town reopens after two years of work

The harbour of the town reopened on Monday after two years of work on its old quays and its new basin.

"We waited a long time for this day," the harbour master said. "But the old pier is now the best place in town to watch the boats come in."

The first year went to the channel, which had silted up since the war and kept the larger boats out of the bay.

"The old pier is now the best place in town to watch the boats come in"

The old stones were taken down one by one, numbered, and put back on a new concrete core by local masons.
)",
         "\"The old pier is now the best place in town to watch the boats come in\""},
        {"de", R"(Der Hafen der Stadt öffnet nach zwei Jahren Bauzeit wieder

Der Hafen der Stadt wurde am Montag nach zwei Jahren Arbeit an den alten Kais und dem neuen Becken wieder eröffnet.

„Wir haben lange auf diesen Tag gewartet", sagte der Hafenmeister. „Aber die alte Mole ist jetzt der schönste Ort der Stadt für einen Blick auf die Boote."

Das erste Jahr galt der Fahrrinne, die seit dem Krieg verschlammt war und die größeren Boote aus der Bucht hielt.

„Die alte Mole ist jetzt der schönste Ort der Stadt für einen Blick auf die Boote"

Die alten Steine wurden einzeln abgetragen, nummeriert und auf einem neuen Betonkern wieder aufgesetzt.
)",
         "„Die alte Mole ist jetzt der schönste Ort der Stadt für einen Blick auf die Boote\""},
        {"fr", R"(Le port de la ville rouvre après deux ans de travaux

Le port de la ville a rouvert lundi après deux années de travaux sur ses vieux quais et son nouveau bassin.

« Nous avons longtemps attendu ce jour, a dit le capitaine du port. Mais la vieille jetée est devenue le meilleur endroit pour regarder les bateaux rentrer au port. »

La première année a été consacrée au chenal, qui s'était envasé depuis la guerre et fermait la baie aux bateaux.

« La vieille jetée est devenue le meilleur endroit pour regarder les bateaux rentrer au port »

Les vieilles pierres ont été démontées une à une, numérotées, puis remontées sur un nouveau noyau de béton.
)",
         "« La vieille jetée est devenue le meilleur endroit pour regarder les bateaux rentrer au port »"},
    };
    for (const auto& r : rows) {
        INFO(r.page);
        const archive::Article a = archive::classify(archive::segment(r.page), r.lang);
        const auto paragraphs = archive::test::paragraphs_of(a);
        CHECK(paragraphs.size() == 4);
        CHECK(std::find(a.boilerplate.begin(), a.boilerplate.end(), std::string(r.line)) != a.boilerplate.end());
    }
}
