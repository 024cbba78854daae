// The subtitle printed under a headline (its deck) is no section heading: it is the lede over the longer paragraphs
// of the body (head93).
#include <catch2/catch.hpp>

#include "test_pages.hpp"

#include <string>

using archive::test::check_heading_rows;

namespace {

// The first paragraph of the article's first section, or "" when it has none.
std::string first_paragraph(const char* page, const char* lang) {
    const archive::Article a = archive::classify(archive::segment(page), lang);
    return a.sections.empty() || a.sections.front().paragraphs.empty() ? "" : a.sections.front().paragraphs.front();
}

// The lede of the article, or "" when it has none.
std::string lede(const char* page, const char* lang) {
    return archive::classify(archive::segment(page), lang).lede.value_or("");
}

} // namespace

TEST_CASE("a deck under the headline is the lede, no heading", "[classify][heading][deck]") {
    const char* en = R"(Harbour of the town reopens after two years of work

New quays and a wider channel for the ferries of the bay

The harbour of the town reopened on Monday after two years of work on its old quays and its new basin.

The first year went to the channel, which had silted up since the war and kept the larger boats out of the bay.

The old stones were taken down one by one, numbered, and put back on a new concrete core by local masons.
)";
    const char* de = R"(Der Hafen der Stadt öffnet nach zwei Jahren Bauzeit wieder

Neue Kais und eine breitere Fahrrinne für die Fähren der Bucht

Der Hafen der Stadt wurde am Montag nach zwei Jahren Arbeit an den alten Kais und dem neuen Becken wieder eröffnet.

Das erste Jahr galt der Fahrrinne, die seit dem Krieg verschlammt war und die größeren Boote aus der Bucht hielt.

Die alten Steine wurden einzeln abgetragen, nummeriert und auf einem neuen Betonkern wieder aufgesetzt.
)";
    const char* fr = R"(Le port de la ville rouvre après deux ans de travaux

De nouveaux quais et un chenal plus large pour les ferries de la baie

Le port de la ville a rouvert lundi après deux années de travaux sur ses vieux quais et son nouveau bassin.

La première année a été consacrée au chenal, qui s'était envasé depuis la guerre et fermait la baie aux bateaux.

Les vieilles pierres ont été démontées une à une, numérotées, puis remontées sur un nouveau noyau de béton.
)";
    check_heading_rows({{"en", en, {}}, {"de", de, {}}, {"fr", fr, {}}});
    // (The paragraphs under the deck are half again as long as it, or longer: the deck is the standfirst, the lede,
    // though no byline parts it from them (head93); the body opens with the paragraph under it.)
    CHECK(lede(en, "en") == "New quays and a wider channel for the ferries of the bay");
    CHECK(lede(de, "de") == "Neue Kais und eine breitere Fahrrinne für die Fähren der Bucht");
    // (Near miss: the French deck of fourteen words over a paragraph of twenty is the body's first paragraph.)
    CHECK(lede(fr, "fr").empty());
    CHECK(first_paragraph(fr, "fr") == "De nouveaux quais et un chenal plus large pour les ferries de la baie");
    CHECK(first_paragraph(en, "en") ==
          "The harbour of the town reopened on Monday after two years of work on its old quays and its new basin.");
}

TEST_CASE("a line of a deck's length under the first paragraph still heads its section", "[classify][heading][deck]") {
    check_heading_rows({
        {"en", R"(Harbour of the town reopens after two years of work

The harbour of the town reopened on Monday after two years of work on its old quays and its new basin.

New quays and a wider channel for the ferries of the bay

The first year went to the channel, which had silted up since the war and kept the larger boats out of the bay.

The old stones were taken down one by one, numbered, and put back on a new concrete core by local masons.
)",
         {"New quays and a wider channel for the ferries of the bay"}},
        {"de", R"(Der Hafen der Stadt öffnet nach zwei Jahren Bauzeit wieder

Der Hafen der Stadt wurde am Montag nach zwei Jahren Arbeit an den alten Kais und dem neuen Becken wieder eröffnet.

Neue Kais und eine breitere Fahrrinne für die Fähren der Bucht

Das erste Jahr galt der Fahrrinne, die seit dem Krieg verschlammt war und die größeren Boote aus der Bucht hielt.

Die alten Steine wurden einzeln abgetragen, nummeriert und auf einem neuen Betonkern wieder aufgesetzt.
)",
         {"Neue Kais und eine breitere Fahrrinne für die Fähren der Bucht"}},
    });
}
