// A readers' letters page: each letter signed under its text with the writer's name and town ("Anna Muster,
// Hafenstadt", "Dr. Jane Roe, Marsh End"), the letters grouped under the line naming the article they answer ("Zu
// „…“ (2. Dezember):", "À propos de « … » :", "Re “…” (Dec. 2):"). The signatures go with the boilerplate (no heading
// of the next letter, no picture's credit, no speaker of the letters' quotes); the reference lines head the letters
// under them. Invented pages.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <algorithm>
#include <string>
#include <vector>

namespace {

struct Row {
    const char* page;
    std::vector<std::string> headings;
    const char* signature;
};

} // namespace

TEST_CASE("readers' letters are headed by the article they answer, their signatures no headings",
          "[sections][letters][page84]") {
    const Row rows[] = {
        {R"(Meinung
Leserbriefe
Leserbriefe zum Nahverkehr: „Ohne Bus kein Dorfleben“
Die Kürzungen im Busverkehr und der neue Radweg am Fluss beschäftigen unsere Leserinnen und Leser. Eine Auswahl.
04.12.2026 – 18:00 Uhr
Zu „Kreis streicht vier Buslinien“ (27. November):
Seit dreißig Jahren fahre ich mit dem Bus zur Arbeit in die Stadt. Wenn die Linie wegfällt, bleibt mir nur das Auto, und das kann doch nicht das Ziel sein.
Hilde Brenner, Talheim
Unsere Kinder fahren jeden Morgen mit dem Bus zur Schule. Wer die Linien streicht, schickt die Eltern wieder als Taxi auf die Straße.
Markus Oberle, Seewald
Zu „Radweg am Fluss wird teurer“ (1. Dezember):
Der Radweg ist längst überfällig. Jeden Sommer drängen sich Fußgänger und Radfahrer auf dem schmalen Uferweg, das ist gefährlich für alle.
Dr. Petra Lindner, Hafenstadt
Drei Millionen Euro für einen Radweg, während im Ort die Schule zerfällt? Da stimmen die Prioritäten nicht mehr.
Karl Seidel, Auenbach
Impressum
)",
         {"Zu „Kreis streicht vier Buslinien“ (27. November):", "Zu „Radweg am Fluss wird teurer“ (1. Dezember):"},
         "Dr. Petra Lindner, Hafenstadt"},
        {R"(Opinions
Courrier des lecteurs
« Le car scolaire ne doit pas disparaître »
Nos lecteurs réagissent à la fermeture de lignes de cars et au projet de piste cyclable le long de la rivière.
Publié le 4 décembre 2026 à 18h00
À propos de « Le département supprime quatre lignes de cars » (27 novembre) :
Depuis trente ans, je prends le car pour aller travailler en ville. Si la ligne disparaît, il ne me restera que la voiture, et ce ne peut pas être le but.
Hélène Brunet, Saint-Aubin
Nos enfants prennent le car chaque matin pour aller au collège. Supprimer ces lignes, c'est renvoyer les parents sur la route.
Marc Olivier, Bellefontaine
À propos de « La piste cyclable coûtera plus cher » (1er décembre) :
Cette piste est attendue depuis longtemps. Chaque été, piétons et cyclistes se bousculent sur le chemin de halage, c'est dangereux pour tous.
Dr Pauline Lenoir, Villebrune
Trois millions d'euros pour une piste, alors que l'école du village tombe en ruine ? Les priorités ne sont plus les bonnes.
Charles Simon, Montchâtel
Mentions légales
)",
         {"À propos de « Le département supprime quatre lignes de cars » (27 novembre) :",
          "À propos de « La piste cyclable coûtera plus cher » (1er décembre) :"},
         "Dr Pauline Lenoir, Villebrune"},
        {R"(Opinion
Letters
Cutting bus routes leaves villages stranded
Readers respond to the county's bus cuts and to the cost of the new riverside cycle path.
December 4, 2026
Re “County to cut four bus routes” (Nov. 27):
For thirty years I have taken the bus to work in town. If the route goes, I am left with the car, and that cannot be what anyone wants.
Helen Brenner, Tallow Green
Our children take the bus to school every morning. Cutting these routes sends parents back onto the road as taxi drivers.
Mark Oakley, Seaford
Re “Riverside cycle path to cost more” (Dec. 1):
The path is long overdue. Every summer walkers and cyclists squeeze onto the narrow towpath, and it is dangerous for everyone.
Dr. Paula Linden, Marsh End
Three million for a cycle path while the village school falls apart? The priorities are wrong.
Charles Seddon, Auburn
Privacy
)",
         {"Re “County to cut four bus routes” (Nov. 27):", "Re “Riverside cycle path to cost more” (Dec. 1):"},
         "Dr. Paula Linden, Marsh End"},
    };
    for (const Row& r : rows) {
        INFO(r.signature);
        const archive::Article a = archive::parse(r.page, "x");
        CHECK(a.media.empty());
        std::vector<std::string> headings;
        std::size_t paragraphs = 0;
        for (const auto& section : a.sections) {
            if (section.heading)
                headings.push_back(*section.heading);
            paragraphs += section.paragraphs.size();
        }
        CHECK(headings == r.headings);
        CHECK(paragraphs == 4);
        CHECK(std::find(a.boilerplate.begin(), a.boilerplate.end(), r.signature) != a.boilerplate.end());
    }
}
