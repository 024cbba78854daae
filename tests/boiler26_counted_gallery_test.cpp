// "1/8" / "Les soldats ouvrent le cortège. Laurent Guiraud" / "2/8" / ...: a gallery printed over the text, each
// picture its counter alone on its line over its caption, the caption closed by the photographer's name after its
// stop (or by a labelled credit). The pictures are media, split into caption and credit; the counters boilerplate;
// no caption a heading or a paragraph. Invented lines.
#include <catch2/catch.hpp>

#include "pipeline.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

using namespace archive;

TEST_CASE("a counted gallery over the text gives its pictures with their photographers", "[media][gallery][boiler26]") {
    struct Row {
        const char* page;
        std::vector<std::pair<std::string, std::string>> media;
        const char* counter; // one of the counters, which stays with the boilerplate
    };
    const Row rows[] = {
        {R"(Le Courrier du Lac
Genève
Le cortège de la fête du Lac a réuni des milliers de personnes

Le défilé historique a attiré une foule record dimanche soir malgré le froid et la bise.

Par Julien Mercier
Publié le 8 décembre 2026 à 21h04

1/6
Les tambours de la compagnie ouvrent le cortège sur le quai. Hugo Perrin
2/6
Les enfants costumés devant la cathédrale. Hugo Perrin
3/6
La foule sur la place du Molard à la nuit tombée. Hugo Perrin

Le cortège s'est élancé à 18 heures depuis la place Neuve. Plus de 800 figurants y ont participé.

La fête se poursuit lundi avec la course du Lac, qui réunit chaque année des milliers de coureurs.
)",
         {{"Les tambours de la compagnie ouvrent le cortège sur le quai.", "Hugo Perrin"},
          {"Les enfants costumés devant la cathédrale.", "Hugo Perrin"},
          {"La foule sur la place du Molard à la nuit tombée.", "Hugo Perrin"}},
         "2/6"},
        {R"(Seeblatt
Region
Tausende feiern das Seenachtfest in der Altstadt

Der Umzug lockte am Sonntagabend trotz Kälte so viele Leute an wie noch nie.

Von Claudia Berger
8. Dezember 2026

1/5
Die Trommler eröffnen den Umzug am Quai. Anna Muster
2/5
Kinder in Kostümen vor dem Münster. Anna Muster

Der Umzug startete um 18 Uhr beim Bahnhof. Mehr als 800 Mitwirkende nahmen daran teil.

Am Montag geht das Fest mit dem Seelauf weiter, an dem jedes Jahr Tausende teilnehmen.
)",
         {{"Die Trommler eröffnen den Umzug am Quai.", "Anna Muster"},
          {"Kinder in Kostümen vor dem Münster.", "Anna Muster"}},
         "2/5"},
    };
    for (const Row& r : rows) {
        INFO(r.page);
        const Article a = parse(r.page, "page.txt");
        REQUIRE(a.media.size() == r.media.size());
        for (std::size_t k = 0; k < r.media.size(); ++k) {
            CHECK(a.media[k].caption.value_or("<none>") == r.media[k].first);
            CHECK(a.media[k].credit.value_or("<none>") == r.media[k].second);
        }
        CHECK(test::headings_of(a).empty());
        CHECK(std::find(a.boilerplate.begin(), a.boilerplate.end(), std::string(r.counter)) != a.boilerplate.end());
    }
}

TEST_CASE("counted lines whose captions close with no name are no gallery of pictures", "[media][gallery][boiler26]") {
    // A numbered list of steps ("1/5" ... "2/5") whose lines end with a sentence, not a name: no pictures.
    const Article a = parse(R"(Seeblatt
So bereiten Sie Ihr Boot auf den Winter vor

Der Herbst ist die Zeit, das Boot aus dem Wasser zu nehmen und für die kalten Monate bereit zu machen.

1/5
Nehmen Sie das Boot aus dem Wasser. Spülen Sie den Rumpf gut ab.
2/5
Leeren Sie den Tank. Der Treibstoff altert sonst über den Winter.

Wer diese Schritte befolgt, kann im Frühling ohne Sorgen wieder auslaufen und spart sich teure Reparaturen.
)",
                            "page.txt");
    CHECK(a.media.empty());
}
