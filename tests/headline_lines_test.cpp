// Table-driven tests of headline finding among the lines around a title: an overline over it, a site's tagline over
// it, the site's license in the sidebar.
#include "headline.hpp"
#include "headline_rows.hpp"

#include <iterator>
#include <string>
#include <string_view>

using archive::test::check_headlines;
using archive::test::HeadlineRow;

namespace {
// A blog post under the site's sidebar: its license, its name and tagline, then the post's title over its date.
const char* const blog_post_en = R"(Home
Ferries
Cranes
Contact
All texts of this blog are under a Creative Commons license: attribution, no commercial use, share alike
Harbour notes
Tom's blog about ferries, harbour life and the weather on the coast
Ten years of the night ferry
1 March 2024 Tom
A decade ago the port added a night boat to its timetable, and the crews still remember the first crossing well.
In this blog I have written about ferries before; this time the crews tell the story of those late crossings.
Most of them say the late boat changed their evenings more than their work.
)";
const char* const blog_post_de = R"(Startseite
Fähren
Kräne
Kontakt
Sämtliche Texte in diesem Blog sind unter Creative-Commons-Lizenz frei: Namensnennung, nicht kommerziell, Weitergabe unter gleichen Bedingungen
Hafennotizen
Toms Blog über Fähren, das Leben im Hafen und das Wetter an der Küste
Zehn Jahre Nachtfähre zur Insel
1. März 2024 Tom
Vor einem Jahrzehnt kam eine Nachtfähre in den Fahrplan, und die Besatzungen erinnern sich gut an die erste Überfahrt.
In diesem Blog habe ich schon über Fähren geschrieben; diesmal erzählen die Besatzungen von den späten Überfahrten.
Die meisten sagen, das späte Schiff habe ihre Abende mehr verändert als ihre Arbeit.
)";
const char* const blog_post_fr = R"(Accueil
Ferries
Grues
Contact
Tous les textes de ce blog sont sous licence Creative Commons : attribution, pas d'utilisation commerciale, partage dans les mêmes conditions
Notes du port
Le blog de Tom sur les ferries, la vie du port et la météo de la côte
Dix ans du bateau de nuit
1 mars 2024 Tom
Il y a une décennie, un bateau tardif est entré dans l'horaire, et les équipages se souviennent bien de la première traversée.
Sur ce blog, j'ai déjà parlé des ferries ; cette fois, les équipages racontent ces traversées tardives.
La plupart disent que le bateau tardif a changé leurs soirées plus que leur travail.
)";

// The page without its lines from the one opening with `from` up to the one opening with `to`.
std::string cut(std::string_view page, std::string_view from, std::string_view to) {
    std::size_t a = page.find(from), b = page.find(to);
    return std::string(page.substr(0, a)) + std::string(page.substr(b));
}
} // namespace

TEST_CASE("of an overline and the headline, the one ending the breadcrumb further up is the headline", "[headline]") {
    const HeadlineRow rows[] = {
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
    check_headlines(std::begin(rows), std::end(rows));
}

TEST_CASE("a date signs the title right over it, not a site's longer tagline further up", "[headline]") {
    const HeadlineRow rows[] = {
        {"tagline, title, date (en)", "en", blog_post_en, "Ten years of the night ferry"},
        {"tagline, title, date (de)", "de", blog_post_de, "Zehn Jahre Nachtfähre zur Insel"},
        {"tagline, title, date (fr)", "fr", blog_post_fr, "Dix ans du bateau de nuit"},
    };
    check_headlines(std::begin(rows), std::end(rows));
}

TEST_CASE("the site's license over the article is no headline", "[headline]") {
    // The same posts without the site's name, its tagline and the post's title: the license stands over the date.
    const HeadlineRow rows[] = {
        {"license over a dated post (en)", "en", cut(blog_post_en, "Harbour notes", "1 March 2024 Tom"), "<none>"},
        {"license over a dated post (de)", "de", cut(blog_post_de, "Hafennotizen", "1. März 2024 Tom"), "<none>"},
        {"license over a dated post (fr)", "fr", cut(blog_post_fr, "Notes du port", "1 mars 2024 Tom"), "<none>"},
    };
    check_headlines(std::begin(rows), std::end(rows));
}

TEST_CASE("a kicker before a quotation in straight or curly quotes", "[headline][kicker]") {
    // split_kicker() settles a line without the bytes of an opening quote mark before reading it: a straight quote
    // mark or a curly one still opens a quotation, after a dash or glued to the kicker.
    struct Row {
        const char* line;
        const char* kicker;
        const char* headline;
    };
    const Row rows[] = {
        {"Harbour strike - \"We will stay out until Friday\"", "Harbour strike", "\"We will stay out until Friday\""},
        {"Hafenstreik - \"Wir bleiben bis Freitag draussen\"", "Hafenstreik", "\"Wir bleiben bis Freitag draussen\""},
        {"Greve\"Nous resterons dehors jusqu'a vendredi\"", "Greve", "\"Nous resterons dehors jusqu'a vendredi\""},
        {"Grève«Nous resterons dehors jusqu'à vendredi»", "Grève", "«Nous resterons dehors jusqu'à vendredi»"},
        {"Hafenstreik - „Wir bleiben bis Freitag draußen“", "Hafenstreik", "„Wir bleiben bis Freitag draußen“"},
        {"Harbour strike – ‘We will stay out until Friday’", "Harbour strike", "‘We will stay out until Friday’"},
    };
    for (const auto& r : rows) {
        INFO(r.line);
        auto split = archive::split_kicker(r.line);
        REQUIRE(split);
        CHECK(split->first == r.kicker);
        CHECK(split->second == r.headline);
    }
    for (const char* line : {"Harbour strike - We will stay out until Friday", "Hafenstreik - Wir bleiben draussen",
                             "Greve - Nous resterons dehors jusqu'a vendredi",
                             "Grève - Nous resterons dehors jusqu'à vendredi", "Hafenstreik – Wir bleiben draußen"}) {
        INFO(line);
        CHECK_FALSE(archive::split_kicker(line));
    }
}
