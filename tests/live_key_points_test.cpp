// A box of key points over a live blog's first entry ("L'essentiel", "Das Wichtigste in Kürze", "Key points"): its
// last item, a short sentence right over the entries' first stamp, is the box's, no paragraph of the entries
// (box_item_over_entries() of sections_build.cpp). Invented pages.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "body_checks.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;
using archive::test::in_body;

namespace {

const char* const entries_fr = R"(14h32
Les gymnases ouverts aux sinistrés
La mairie a ouvert deux gymnases pour accueillir les habitants évacués. Des lits de camp ont été installés dans la matinée.
Partager
13h05
Le pont Royal fermé à la circulation
Le pont Royal est fermé aux voitures depuis midi. Les bus sont déviés par le pont de l'Europe, a indiqué la métropole.
Partager
11h48
Les pompiers en renfort
Deux cents pompiers venus des départements voisins sont arrivés en renfort dans la matinée pour aider aux évacuations.
Partager
)";

const char* const top_fr = R"(Accueil
Direct
Crue de la Loire : la préfecture ordonne l'évacuation de trois quartiers à Orléans
Le fleuve a dépassé la cote d'alerte dans la nuit. Plus de deux mille habitants doivent quitter leur logement avant ce soir.
Par Claire Dumas
)";

} // namespace

TEST_CASE("the last item of a box of key points over the first stamp is no paragraph", "[sections][live][box]") {
    struct Row {
        const char* lang;
        std::string page;
        const char* item;
        const char* first_heading;
    };
    const Row rows[] = {
        {"fr",
         std::string(top_fr) + "L'essentiel\nTrois quartiers évacués à Orléans.\nLes écoles du centre fermées jeudi.\n" +
             entries_fr,
         "Les écoles du centre fermées jeudi.", "Les gymnases ouverts aux sinistrés"},
        {"en", R"(Home
Live
Storm live: ferries cancelled and schools shut as winds reach 90mph on the coast
Gusts of up to 90mph hit the coast overnight, and the council asks residents to stay at home until the evening.
By Jane Roe
Key points
Ferries to the islands cancelled.
Schools in the bay shut on Thursday.
14:32
Harbour wall breached at the old quay
Water came over the wall at the old quay just after noon, and the coastguard closed the road along the front to traffic.
Share
13:05
Trains stop at the junction
No trains will run beyond the junction this afternoon after a tree fell across the line near the river bridge.
Share
11:48
Council opens the town hall
The town hall is open as a shelter for anyone whose home has lost power, with hot drinks and camp beds in the main hall.
Share
)",
         "Schools in the bay shut on Thursday.", "Harbour wall breached at the old quay"},
        {"de", R"(Startseite
Liveblog
Sturm an der Küste: Fähren fallen aus, Schulen bleiben geschlossen
Böen bis 140 Kilometer pro Stunde erreichen in der Nacht die Küste. Die Gemeinde bittet, zu Hause zu bleiben.
Von Anna Muster
Das Wichtigste in Kürze
Alle Fähren zu den Inseln fallen aus.
Die Schulen an der Bucht schließen.
14:32 Uhr
Wasser über der Kaimauer
Am alten Kai ist am Mittag Wasser über die Mauer geschwappt, die Küstenwache hat die Uferstraße für den Verkehr gesperrt.
Teilen
13:05 Uhr
Züge enden am Knoten
Hinter dem Knotenbahnhof fahren am Nachmittag keine Züge mehr, weil ein Baum nahe der Flussbrücke auf die Gleise gestürzt ist.
Teilen
11:48 Uhr
Rathaus öffnet als Notunterkunft
Das Rathaus steht allen offen, deren Wohnung ohne Strom ist, mit heißen Getränken und Feldbetten im großen Saal.
Teilen
)",
         "Die Schulen an der Bucht schließen.", "Wasser über der Kaimauer"},
    };
    for (const Row& r : rows) {
        CAPTURE(r.lang);
        const Article a = parse(r.page, "page.txt");
        CHECK_FALSE(in_body(a, r.item));
        CHECK(std::find(a.boilerplate.begin(), a.boilerplate.end(), r.item) != a.boilerplate.end());
        const std::vector<std::string> headings = test::headings_of(a);
        REQUIRE_FALSE(headings.empty());
        CHECK(headings.front() == r.first_heading);
        REQUIRE_FALSE(a.sections.empty());
        CHECK(a.sections.front().heading);
    }
}

TEST_CASE("a sentence of the live blog's own under its byline over the first stamp stays text", "[sections][live][box]") {
    const Article a = parse(std::string(top_fr) + "Bienvenue dans ce direct consacré à la crue.\n" + entries_fr, "page.txt");
    CHECK(in_body(a, "Bienvenue dans ce direct consacré à la crue."));
}
