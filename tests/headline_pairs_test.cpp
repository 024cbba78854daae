// Table-driven tests of headline finding between two title-like lines in a row (an overline and the headline, a
// headline and its subtitle): which of the pair a full page names its title.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"

#include <iterator>
#include <string>

using namespace archive;

namespace {
struct PairRow {
    const char* name;
    const char* language;
    const char* page;
    const char* headline;
};

void check_pair_headlines(const PairRow* begin, const PairRow* end) {
    for (const PairRow* r = begin; r != end; ++r) {
        INFO(r->name);
        Article a = classify(segment(r->page), r->language);
        CHECK(a.headline.value_or("<none>") == r->headline);
    }
}
} // namespace

TEST_CASE("of an overline and the headline, the one ending the breadcrumb further up is the headline", "[headline]") {
    const PairRow rows[] = {
        {"breadcrumb over kicker, overline, title, byline (en)", "en", R"(Home
Sailing
Racing
Harbour
Magazine
News
Local news
Two new boats for the ferry line

Ferries
Harbour app update: timetable in the map
Two new boats for the ferry line
Jane Roe
Published 4 March 2024
The harbour app now shows the timetable of every ferry in its map, so that riders see at a glance when the next boat leaves the pier.
With the update, the app also marks the piers where the new boats will land from April, and the map shows how full each boat is.
The makers of the app say the timetable in the map was the wish most riders sent them last year.
Related articles
Harbour app update: timetable in the map
Two new boats for the ferry line
)", "Two new boats for the ferry line"},
        {"breadcrumb over kicker, overline, title, byline (de)", "de", R"(Startseite
Segeln
Regatta
Hafen
Magazin
News
Lokales
Zwei neue Schiffe für die Fährlinie

Fähren
Hafen-App-Update: Fahrplan in der Karte
Zwei neue Schiffe für die Fährlinie
Anna Muster
Veröffentlicht am 4. März 2024
Die Hafen-App zeigt jetzt den Fahrplan jeder Fähre in der Karte, damit die Fahrgäste auf einen Blick sehen, wann das nächste Schiff ablegt.
Mit dem Update markiert die App auch die Anleger, an denen die neuen Schiffe ab April anlegen, und die Karte zeigt, wie voll jedes Schiff ist.
Die Macher der App sagen, der Fahrplan in der Karte sei der häufigste Wunsch der Fahrgäste im letzten Jahr gewesen.
Weitere Artikel
Hafen-App-Update: Fahrplan in der Karte
Zwei neue Schiffe für die Fährlinie
)", "Zwei neue Schiffe für die Fährlinie"},
        {"breadcrumb over kicker, overline, title, byline (fr)", "fr", R"(Accueil
Voile
Régates
Port
Magazine
Actualités
Région
Deux nouveaux bateaux pour la ligne de ferry

Ferries
L'appli du port affiche l'horaire sur la carte
Deux nouveaux bateaux pour la ligne de ferry
Jeanne Dupont
Publié le 4 mars 2024
L'appli du port montre désormais l'horaire de chaque navette sur sa carte, pour que les passagers voient d'un coup d'œil quand part la prochaine navette.
Avec la mise à jour, l'appli marque aussi les quais où les nouvelles navettes accosteront dès avril, et la carte montre combien chaque navette est pleine.
Les auteurs de l'appli disent que l'horaire sur la carte était le souhait le plus fréquent des passagers l'an dernier.
Articles liés
L'appli du port affiche l'horaire sur la carte
Deux nouveaux bateaux pour la ligne de ferry
)", "Deux nouveaux bateaux pour la ligne de ferry"},
        // The line under the headline printed among the teasers of a menu, between other titles: no breadcrumb's.
        {"a teaser menu prints the line under the headline (en)", "en", R"(Home
Harbour
Local news
Storm closes the bridge to the island for two days
Harbour app update: timetable in the map
Council votes on the new budget of the harbour
Magazine
Ferries
Two new boats for the ferry line
Harbour app update: timetable in the map
Jane Roe
Published 4 March 2024
The ferry line gets two new boats in April, and the harbour app will show where they land, so that riders know which pier to walk to.
The two boats were built at the yard across the bay and each carries twice as many riders as the old ferries of the line.
The makers of the app say the new boats will appear in its map on the day they start to run.
)", "Two new boats for the ferry line"},
    };
    check_pair_headlines(std::begin(rows), std::end(rows));
}
