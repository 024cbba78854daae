// "Audio" / "Berner Grosser Rat will Familien entlasten" / "02:14 min, aus Regionaljournal Bern": an
// audio player copied between two paragraphs, its word alone (lexicon sections picture_markers and audio_markers),
// the title and the player's length line, which all leave the body with the marker. A sound is no picture
// (RECORD.md: media are photos and videos): the title is no media's caption (media36). Invented lines.
#include <catch2/catch.hpp>

#include "pipeline.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;

TEST_CASE("an audio player's title is no caption, and neither it nor its length line a paragraph", "[media][player][boiler26]") {
    struct Row {
        const char* language;
        const char* page;
        const char* title;
        const char* length;
    };
    const Row rows[] = {
        {"de", R"(Seestadt
Stadtparlament will tiefere Gebühren für Familien

Publiziert am 12.06.2026, 17:30 Uhr

Der Stadtrat muss nun eine Vorlage ausarbeiten. Die Linke warnt vor Ausfällen.

Das Stadtparlament hat am Mittwoch eine Motion für tiefere Gebühren für Familien mit 32 zu 20 Stimmen überwiesen.

Audio
Stadtparlament will Familien entlasten
02:14 min, aus Regionaljournal Seeland

Die Vorlage soll frühestens im nächsten Jahr ins Parlament kommen, wie der Stadtpräsident nach der Sitzung sagte.
)",
         "Stadtparlament will Familien entlasten", "02:14 min, aus Regionaljournal Seeland"},
        {"fr", R"(Info Lac
Le conseil communal veut baisser les taxes pour les familles

Publié le 12.06.2026 à 17h30

La municipalité doit maintenant préparer un projet. La gauche craint des pertes de recettes.

Le conseil communal a accepté mercredi, par 32 voix contre 20, une motion pour baisser les taxes des familles.

Audio
Le conseil communal veut soulager les familles
2:34 min. / La Matinale / RTS

Le projet arrivera au conseil l'an prochain au plus tôt, a précisé le syndic à la sortie de la séance.
)",
         "Le conseil communal veut soulager les familles", "2:34 min. / La Matinale / RTS"},
    };
    for (const Row& r : rows) {
        INFO(r.page);
        const Article a = classify(segment(r.page), r.language);
        const std::vector<std::string> body = test::paragraphs_of(a);
        CHECK(a.media.empty());
        CHECK(std::find(body.begin(), body.end(), std::string(r.title)) == body.end());
        CHECK(std::find(a.boilerplate.begin(), a.boilerplate.end(), std::string(r.title)) != a.boilerplate.end());
        CHECK(std::find(body.begin(), body.end(), std::string(r.length)) == body.end());
        CHECK(std::find(body.begin(), body.end(), std::string("Audio")) == body.end());
        CHECK(test::headings_of(a).empty());
    }
}
