// A charity's story asks for a gift between two of its parts: a box of amounts, each over what it pays for ("£25 /
// could pay for a spare parts kit"), closed by the box's button ("Donate today", "Jetzt spenden", "Je donne"). The
// box leaves the body and the story goes on under it, its next part's heading included (probe70 R3).
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <string>

using namespace archive;
using archive::test::headings_of;
using archive::test::paragraphs_of;

TEST_CASE("a box of amounts asking for a gift inside a story leaves the body, the story goes on under it",
          "[classify][region]") {
    struct Row {
        const char* lang;
        const char* page;
        const char* heading; // the heading under the box
        const char* last;    // the paragraph under it
        const char* amount;  // a line of the box
    };
    const Row rows[] = {
        {"en", R"(Stories
A bridge for the school run
Children in the valley no longer wade the river to reach their classrooms.
For years the children of Kessmoor crossed the river on stepping stones, and in winter the stones were under water.
Parents took turns carrying the youngest across, and on the worst days nobody went to school at all.
In the spring our volunteers built a footbridge with the village, using timber from the forest above the houses.
The new bridge
The head teacher said attendance had risen every month since the bridge opened, and she expects it to keep rising.
"We used to lose half the class after every storm," she told us. "Now they are all here, and dry."
£20
could buy the bolts for one section of a footbridge
£50
could pay a carpenter for a day's work
£120
could train a village team to maintain the bridge
Donate today
What comes next
Four more villages along the river have asked for bridges, and we hope to build two of them before next winter.
Read more
Our work in the valleys
Share this story
)",
         "What comes next",
         "Four more villages along the river have asked for bridges, and we hope to build two of them before next "
         "winter.",
         "£50"},
        {"de", R"(Geschichten
Eine Brücke für den Schulweg
Die Kinder im Tal müssen nicht mehr durch den Fluss waten, um zur Schule zu kommen.
Jahrelang überquerten die Kinder von Kessmoor den Fluss auf Trittsteinen, und im Winter lagen die Steine unter Wasser.
Die Eltern trugen die Jüngsten abwechselnd hinüber, und an den schlimmsten Tagen ging niemand zur Schule.
Im Frühjahr haben unsere Freiwilligen mit dem Dorf einen Steg gebaut, aus Holz aus dem Wald über den Häusern.
Die neue Brücke
Die Schulleiterin sagt, seit der Eröffnung kämen jeden Monat mehr Kinder, und sie erwartet, dass es so weitergeht.
„Früher fehlte nach jedem Sturm die halbe Klasse“, erzählte sie uns. „Jetzt sind alle da, und sie sind trocken.“
20 €
können die Schrauben für ein Stück des Stegs bezahlen
50 €
können einen Zimmermann für einen Tag bezahlen
120 €
können ein Team im Dorf für die Wartung ausbilden
Jetzt spenden
Wie es weitergeht
Vier weitere Dörfer am Fluss haben um einen Steg gebeten, und zwei davon wollen wir noch vor dem Winter bauen.
Mehr lesen
Unsere Arbeit in den Tälern
Geschichte teilen
)",
         "Wie es weitergeht",
         "Vier weitere Dörfer am Fluss haben um einen Steg gebeten, und zwei davon wollen wir noch vor dem Winter "
         "bauen.",
         "50 €"},
        {"fr", R"(Histoires
Une passerelle pour aller à l'école
Les enfants de la vallée ne traversent plus la rivière à gué pour rejoindre leur classe.
Pendant des années, les enfants de Kessmoor ont franchi la rivière sur des pierres, souvent sous l'eau en hiver.
Les parents portaient les plus petits à tour de rôle, et les pires jours, personne n'allait à l'école.
Au printemps, nos bénévoles ont construit une passerelle avec le village, en bois de la forêt voisine.
La nouvelle passerelle
La directrice dit que la fréquentation augmente chaque mois depuis l'ouverture, et elle s'attend à ce que cela continue.
« Avant, on perdait la moitié de la classe après chaque tempête », nous a-t-elle dit. « Maintenant, ils sont tous là. »
20 €
peuvent payer les boulons d'un tronçon de passerelle
50 €
peuvent payer un charpentier pour une journée
120 €
peuvent former une équipe du village à l'entretien
Je donne
Et la suite du projet
Quatre autres villages de la rivière ont demandé une passerelle, et nous espérons en construire deux avant l'hiver.
Lire la suite
Notre action dans les vallées
Partager cette histoire
)",
         "Et la suite du projet",
         "Quatre autres villages de la rivière ont demandé une passerelle, et nous espérons en construire deux avant "
         "l'hiver.",
         "50 €"},
    };
    for (const Row& r : rows) {
        INFO(r.page);
        const Article a = classify(segment(r.page), r.lang);
        const auto headings = headings_of(a);
        const auto paragraphs = paragraphs_of(a);
        CHECK(std::find(headings.begin(), headings.end(), std::string(r.heading)) != headings.end());
        CHECK(std::find(paragraphs.begin(), paragraphs.end(), std::string(r.last)) != paragraphs.end());
        CHECK(std::find(paragraphs.begin(), paragraphs.end(), std::string(r.amount)) == paragraphs.end());
    }
}
