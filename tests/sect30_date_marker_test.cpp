// "Modifié le 12.06.2026 à 18h02" / "Vidéo" / "<title>" / "<first paragraph>": the page's top video right under the
// date line; the marker leaves with the boilerplate and the title is the video's caption (caption_under_date_marker()
// in media.cpp), neither a paragraph nor the boilerplate's. Invented lines.
#include <catch2/catch.hpp>

#include "pipeline.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;

namespace {
// The text under the video's title, the same on both French pages.
const char* const fr_text = R"(Le conseil communal a accepté mercredi, par 32 voix contre 20, une motion pour baisser les taxes des familles.

La municipalité doit maintenant préparer un projet. La gauche craint des pertes de recettes pour la ville.

Le projet arrivera au conseil l'an prochain au plus tôt, a précisé le syndic à la sortie de la séance.
)";
} // namespace

TEST_CASE("a video's title under the date line is its caption", "[media][player][sect30]") {
    struct Row {
        const char* language;
        std::string page;
        const char* marker;
        const char* title;
        const char* first;
    };
    const Row rows[] = {
        {"fr", R"(Info Lac
Le conseil communal veut baisser les taxes pour les familles
La gauche craint des pertes de recettes pour la ville et annonce un référendum.

Publié le 12.06.2026 à 17h30
Modifié le 12.06.2026 à 18h02

Vidéo
Les familles attendent une baisse des taxes
)" + std::string(fr_text), "Vidéo", "Les familles attendent une baisse des taxes",
         "Le conseil communal a accepté mercredi, par 32 voix contre 20, une motion pour baisser les taxes des familles."},
        {"de", R"(Seestadt
Stadtparlament will tiefere Gebühren für Familien

Publiziert am 12.06.2026, 17:30 Uhr
Aktualisiert am 12.06.2026, 18:02 Uhr

Video
So reagieren die Familien auf den Entscheid

Das Stadtparlament hat am Mittwoch eine Motion für tiefere Gebühren für Familien mit 32 zu 20 Stimmen überwiesen.

Der Stadtrat muss nun eine Vorlage ausarbeiten. Die Linke warnt vor Ausfällen in der Stadtkasse.

Die Vorlage soll frühestens im nächsten Jahr ins Parlament kommen, wie der Stadtpräsident nach der Sitzung sagte.
)", "Video", "So reagieren die Familien auf den Entscheid",
         "Das Stadtparlament hat am Mittwoch eine Motion für tiefere Gebühren für Familien mit 32 zu 20 Stimmen "
         "überwiesen."},
        {"en", R"(Lakeside News
Council votes to cut childcare fees for families

Published 12 June 2026, 17:30
Updated 12 June 2026, 18:02

Video
Families react to the council's vote
The city council on Wednesday passed a motion to cut childcare fees for families by 32 votes to 20.

The council must now draft a bill. The opposition warns of lost income for the city.

The bill is to reach the council next year at the earliest, the mayor said after the meeting.
)", "Video", "Families react to the council's vote",
         "The city council on Wednesday passed a motion to cut childcare fees for families by 32 votes to 20."},
    };
    for (const Row& r : rows) {
        INFO(r.page);
        const Article a = classify(segment(r.page), r.language);
        REQUIRE(a.media.size() == 1);
        CHECK(a.media[0].caption == std::string(r.title));
        CHECK(!a.media[0].credit);
        const std::vector<std::string> body = test::paragraphs_of(a);
        REQUIRE(!body.empty());
        CHECK(body.front() == r.first);
        CHECK(std::count(a.boilerplate.begin(), a.boilerplate.end(), std::string(r.marker)) == 1);
        CHECK(std::count(a.boilerplate.begin(), a.boilerplate.end(), std::string(r.title)) == 0);
    }
}

TEST_CASE("a headline under a video's word and the date line stays the headline", "[media][player][sect30]") {
    const Article a = classify(segment(std::string(R"(Info Lac
Suisse
Monde

Publié le 12.06.2026 à 17h30
Vidéo
Les familles attendent une baisse des taxes
)" + std::string(fr_text))), "fr");
    REQUIRE(a.headline);
    CHECK(*a.headline == "Les familles attendent une baisse des taxes");
    CHECK(a.media.empty());
}
