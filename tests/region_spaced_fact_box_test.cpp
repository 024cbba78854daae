// A box of facts closing the article on a page that sets every line apart by blank lines (fact_box_end(),
// take_fact_box()): its title set apart from its items heads them as the last section, and the agency's tag under the
// box is the article's source tag. Whole pages in several languages.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;

TEST_CASE("a spaced box of facts under the last paragraph is the last section, the tag under it the source tag",
          "[region][facts][heading]") {
    struct Row {
        const char* lang;
        const char* page;
        const char* title;
        std::vector<std::string> items;
        const char* agency;
    };
    const std::vector<Row> rows = {
        {"de", R"(Fähre zur Insel fällt bis Freitag aus

Die Fähre zur Insel fällt wegen eines Schadens am Ruder bis mindestens Freitag aus, wie die Reederei am Dienstag mitteilte.

Die Pendler müssen auf den Umweg über die Brücke ausweichen, der morgens fast eine Stunde länger dauert als die Überfahrt.

Der Bürgermeister sagte, die Gemeinde prüfe einen Ersatzbus, der ab Donnerstag zweimal am Tag fahren könnte.

Zahlen zur Fähre

In Betrieb: seit 1987

Fahrgäste pro Jahr: rund 450.000

Davon im Winter: rund 90.000

(APA/red)

Mehr zum Thema

Brücke: Sanierung dauert länger als geplant
)",
         "Zahlen zur Fähre", {"In Betrieb: seit 1987", "Fahrgäste pro Jahr: rund 450.000", "Davon im Winter: rund 90.000"},
         "apa"},
        {"fr", R"(Le ferry de l'île à l'arrêt jusqu'à vendredi

Le ferry de l'île ne circulera pas avant vendredi au plus tôt en raison d'une avarie au gouvernail, a annoncé mardi la compagnie.

Les pendulaires doivent faire le détour par le pont, qui prend près d'une heure de plus le matin que la traversée.

Le maire a indiqué que la commune étudiait un bus de remplacement qui pourrait circuler deux fois par jour dès jeudi.

Le ferry en chiffres

En service: depuis 1987

Passagers par an: environ 450 000

Dont en hiver: environ 90 000

(ats)

Sur le même sujet

Pont: les travaux durent plus longtemps que prévu
)",
         "Le ferry en chiffres", {"En service: depuis 1987", "Passagers par an: environ 450 000", "Dont en hiver: environ 90 000"},
         "ats"},
        {"en", R"(Island ferry out of service until Friday

The island ferry will not run until Friday at the earliest because of damage to its rudder, the operator said on Tuesday.

Commuters have to take the detour over the bridge, which takes almost an hour longer in the morning than the crossing.

The mayor said the council was looking at a replacement bus that could run twice a day from Thursday.

The ferry in figures

In service: since 1987

Passengers a year: about 450,000

Of them in winter: about 90,000

(AP)

Read more

Bridge repairs take longer than planned
)",
         "The ferry in figures", {"In service: since 1987", "Passengers a year: about 450,000", "Of them in winter: about 90,000"},
         "ap"},
    };
    for (const auto& r : rows) {
        INFO(r.page);
        const Article a = classify(segment(r.page), r.lang);
        REQUIRE_FALSE(a.sections.empty());
        const Section& last = a.sections.back();
        CHECK(last.heading == std::optional<std::string>(r.title));
        CHECK(last.paragraphs == r.items);
        REQUIRE(a.source_tag.has_value());
        CHECK(a.source_tag->agencies == std::vector<std::string>{r.agency});
    }
}

TEST_CASE("a title glued to a first item set apart from the next ones is no spaced box", "[region][facts]") {
    // The box's lines are set apart alike, or glued alike: a title glued over one row, the other rows set apart, are the
    // rows of something else (the page's widget under the text).
    const Article a = classify(segment(R"(Island ferry out of service until Friday

The island ferry will not run until Friday at the earliest because of damage to its rudder, the operator said on Tuesday.

Commuters have to take the detour over the bridge, which takes almost an hour longer in the morning than the crossing.

The mayor said the council was looking at a replacement bus that could run twice a day from Thursday.

Weather
Wind: 40 km/h

Waves: 2 metres

Water: 9 degrees

Newsletter
)"),
                               "en");
    const auto headings = test::headings_of(a);
    CHECK(std::find(headings.begin(), headings.end(), "Weather") == headings.end());
}
