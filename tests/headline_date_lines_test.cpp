// Table-driven tests of headline finding beside date lines: a title naming a date, a date line's label, a title glued
// to its date or to the line above, a chronology's and a list of teasers' dated entries, a title its date signs.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "headline.hpp"
#include "headline_rows.hpp"
#include "pipeline.hpp"
#include "rows.hpp"

#include <string>

using namespace archive;
using archive::test::check_headlines;
using archive::test::contains;
using PageRow = archive::test::HeadlineRow;

TEST_CASE("a title naming a date is no date line", "[headline]") {
    struct Row {
        const char* line;
        const char* language;
    };
    const Row titles[] = {
        {"Protokoll der Vorstandssitzung vom 10. Oktober 2024", "de"},
        {"Eröffnung der neuen Brücke am 12. März 2024 geplant", "de"},
        {"Le budget de la ville adopté le 3 mars 2024", "fr"},
        {"Harbour festival returns to the old docks on May 4, 2024", "en"},
        {"Rückkehr des Hafenfests am 4. Mai 2024 geplant", "de"},
    };
    for (const auto& r : titles) {
        INFO(r.line);
        CHECK(dated_title(r.line, r.language));
    }
    const Row dates[] = {
        {"Veröffentlicht am 10. Februar 2024 von Lena", "de"}, {"Zuletzt aktualisiert am 3. März 2024", "de"},
        {"Joe Wee Monday, February 29, 2024 @ 11:10 PM UTC", "en"}, {"Posted by Jane Roe on May 4, 2024", "en"},
        {"Publié le 3 mars 2024 à 14h32", "fr"}, {"Par Jean Dupont le 3 mars 2024", "fr"},
        {"Redaktion am 3. März 2024", "de"}, {"Last updated on May 4, 2024", "en"},
        {"— Jo Wee (@jowee) November 3, 2024", "en"}, {"— Anna Berg (@anna_berg) 3. November 2024", "de"},
    };
    for (const auto& r : dates) {
        INFO(r.line);
        CHECK_FALSE(dated_title(r.line, r.language));
    }
}

TEST_CASE("blog titles: a full stop next to a date line, a garbled date line, a menu label", "[headline]") {
    const PageRow rows[] = {
        // A one-word title with a full stop over its date line; the blog's tagline trails off.
        {"stopped title under a date", "de", R"(Das Leben, der Garten und ich…
Startseite
Impressum
Jan24
Nebelsuppe.
Veröffentlicht am Fr, 24. Januar 2024, 18:18 von Anke
Standard
1. Der Nebel kam heute schon am Nachmittag, und um fünf Uhr war vom Nachbarhaus nichts mehr zu sehen.
2. Die Katze saß trotzdem draußen auf der Mauer und wartete, bis ich sie mit Futter ins Haus lockte.
)", "Nebelsuppe."},
        // A title ending in a full stop under a date line the date reader cannot read ("20249.").
        {"stopped title over the text", "de", R"(Zum Inhalt springen
Ein Nordlicht im Süden
Menü
Impressum
Veröffentlicht am 10. Februar 20249. Februar 2024 von Lena
Radfahren im Regen: Von „nie!“ zu „gern!“ in einem Jahr.
Vor einem Jahr bin ich bei jedem Tropfen in den Bus gestiegen, heute nehme ich das Rad bei jedem Wetter.
Eine gute Regenhose und Schutzbleche haben gereicht, und der Weg zur Arbeit dauert jetzt zehn Minuten weniger.
Nur bei Glatteis bleibt das Rad im Keller, und dann vermisse ich die frische Luft am Morgen.
)", "Radfahren im Regen: Von „nie!“ zu „gern!“ in einem Jahr."},
        {"stopped title (en)", "en", R"(Life, the garden and me…
Home
About
Jan24
Pea soup.
Posted on Friday, January 24, 2024
Standard
1. The fog came in early this afternoon, and by five the house next door had vanished.
2. The cat still sat out on the wall and waited until I tempted her back inside with food.
)", "Pea soup."},
        // A menu label between two other labels, the real title under it over its date line.
        {"label between labels", "de", R"(Shop
Jetzt helfen!
Blog
Tiere in der Landwirtschaft
Tierische Mitbewohner
Die besten und schlechtesten Tierheime des Jahres
Veröffentlicht am 8. Februar 2024 von Team Tierschutz
Jeden Monat erhalten wir Meldungen über Tierheime, und einmal im Jahr veröffentlichen wir unsere Rangliste der Tierheime.
Die Rangliste zeigt, welche Tierheime aus unserer Sicht gut arbeiten und welche die Tiere schlecht behandeln.
Shop
Blog
Tiere in der Landwirtschaft
Fleisch
Milch
Tiere in der Landwirtschaft
Leder
)", "Die besten und schlechtesten Tierheime des Jahres"},
    };
    check_headlines(std::begin(rows), std::end(rows));
}

TEST_CASE("a line opening with a date's label is no title, even when its date is garbled", "[headline]") {
    const PageRow rows[] = {
        {"de", "de", R"(Menü
Veröffentlicht am 10. Februar 20249. Februar 2024 von Lena
Vor einem Jahr bin ich bei jedem Tropfen in den Bus gestiegen, heute nehme ich das Rad bei jedem Wetter.
Eine gute Regenhose und Schutzbleche haben gereicht, und der Weg zur Arbeit dauert jetzt zehn Minuten weniger.
)", "Veröffentlicht am 10. Februar 20249. Februar 2024 von Lena"},
        {"fr", "fr", R"(Menu
Publié le 10 février 20249 février 2024 par Anne
Il y a un an, je prenais le bus à la première goutte, aujourd’hui je prends le vélo par tous les temps.
Un bon pantalon de pluie et des garde-boue ont suffi, et le trajet jusqu'au bureau est plus court.
)", "Publié le 10 février 20249 février 2024 par Anne"},
    };
    for (const auto& r : rows) {
        INFO(r.name);
        Article a = classify(segment(r.page), r.language);
        CHECK(a.headline.value_or("<none>") != r.headline);
    }
}

TEST_CASE("a title glued after its date: the date apart, a date of the title's own kept", "[headline]") {
    struct Row {
        const char* line;
        const char* language;
        const char* iso;
        const char* title;
    };
    const Row glued[] = {
        {"3. März 2024 Hafenbehörde: Neue Fähre fährt ab Montag nach Plan", "de", "2024-03-03",
         "Hafenbehörde: Neue Fähre fährt ab Montag nach Plan"},
        {"12.02.2024Jahresbericht der Hafenbehörde (Fährverkehr)", "de", "2024-02-12",
         "Jahresbericht der Hafenbehörde (Fährverkehr)"},
        {"May 4, 2024 Harbour festival returns to the old docks", "en", "2024-05-04",
         "Harbour festival returns to the old docks"},
        {"Friday, March 8, 2024 The new ferry leaves on time", "en", "2024-03-08", "The new ferry leaves on time"},
        {"4 mars 2024 « Le port renaît », dit le maire", "fr", "2024-03-04", "« Le port renaît », dit le maire"},
    };
    for (const auto& r : glued) {
        INFO(r.line);
        auto split = split_leading_date(r.line, r.language);
        REQUIRE(split);
        CHECK(split->first == r.iso);
        CHECK(split->second == r.title);
    }
    const Row kept[] = {
        {"9. November 1989: Die Mauer fällt", "de", "", ""},
        {"4 mars 2024 – le port renaît enfin", "fr", "", ""},
        {"12.03.2024 Von Anna Muster", "de", "", ""},
        {"12.03.2024 14:05 Uhr", "de", "", ""},
        {"Hafenfest am 4. Mai 2024 geplant", "de", "", ""},
        {"[ 26. Februar 2024 ] Neue Fähre im Hafen", "de", "", ""},
        {"4 mars 2024 le port renaît", "fr", "", ""},
    };
    for (const auto& r : kept) {
        INFO(r.line);
        CHECK_FALSE(split_leading_date(r.line, r.language));
    }
}

TEST_CASE("a title glued after the line above it or after a breadcrumb's last piece", "[headline]") {
    auto split = split_repeated_prefix("Initiative Hafen Neue Fähre fährt ab Montag", "Home » Verkehr » Initiative Hafen");
    REQUIRE(split);
    CHECK(split->first == "Initiative Hafen");
    CHECK(split->second == "Neue Fähre fährt ab Montag");
    split = split_repeated_prefix("Mar 8 The new ferry leaves on time", "Mar 8");
    REQUIRE(split);
    CHECK(split->second == "The new ferry leaves on time");
    // One word over a title that opens with it; a rest in lower case; a title repeating a whole line.
    CHECK_FALSE(split_repeated_prefix("Brexit Talks Collapse in Brussels", "Brexit"));
    CHECK_FALSE(split_repeated_prefix("Le port renaît enfin après dix ans", "Le port"));
    CHECK_FALSE(split_repeated_prefix("Neue Fähre fährt ab Montag", "Neue Fähre fährt ab Montag"));
}

TEST_CASE("a headline glued to its date or to the line above", "[headline]") {
    const PageRow rows[] = {
        {"glued date", "de", R"(Startseite
Aktuelles
Barrierefreiheit
3. März 2024 Hafenbehörde: Neue Fähre fährt ab Montag nach Plan
Die neue Fähre im Hafen fährt ab Montag nach dem Plan, den die Hafenbehörde am Freitag vorgestellt hat.
Die Fähre ersetzt das alte Schiff, das seit dreißig Jahren zwischen der Stadt und der Insel verkehrte.
Die Hafenbehörde rechnet mit mehr Fahrgästen, weil die neue Fähre schneller und öfter fährt.
)", "Hafenbehörde: Neue Fähre fährt ab Montag nach Plan"},
        {"glued breadcrumb piece", "de", R"(Startseite
Verkehr
Home » Verkehr » Initiative Hafen
Initiative Hafen Neue Fähre fährt ab Montag
Die neue Fähre im Hafen fährt ab Montag nach dem Plan, den die Hafenbehörde am Freitag vorgestellt hat.
Die Fähre ersetzt das alte Schiff, das seit dreißig Jahren zwischen der Stadt und der Insel verkehrte.
Die Hafenbehörde rechnet mit mehr Fahrgästen, weil die neue Fähre schneller und öfter fährt.
)", "Neue Fähre fährt ab Montag"},
    };
    check_headlines(std::begin(rows), std::end(rows));
    Article a = classify(segment(rows[0].page), "de");
    CHECK(a.published.value_or("") == "2024-03-03");
    // The date as printed stays in the record (nothing of the page is lost), in the headline's place.
    CHECK(contains(a.boilerplate, "3. März 2024"));
    for (const auto& r : rows) {
        INFO(r.name);
        CHECK(lost_lines(classify(segment(r.page), r.language), r.page).empty());
    }
}

TEST_CASE("the entries of a chronology or of a list of dated teasers are no headline", "[headline]") {
    const PageRow rows[] = {
        {"de chronology", "de", R"(Startseite
Bauten
Leuchtturm Nordmole
Alter Hafen Südstadt
Suche
Alter Hafen Südstadt

© Foto Hafenamt

1957–1959 Erster Bauabschnitt: zwölf Speicher an der Mole und ein Kran für die Frachtschiffe

1962 Zweiter Bauabschnitt: Fischhalle, Zollhaus und das Haus des Hafenmeisters

1979 Schlechter Zustand der Speicher, viele Lager stehen leer

1998/99 Neue Abrisspläne, Gründung eines Vereins der Freunde der Speicher unter Leitung von Anna Muster

2003 Kauf und Pflege der Speicher durch die neu gegründete Genossenschaft der Mieter

2009 Fertigstellung der Fischhalle
)", "Alter Hafen Südstadt"},
        {"en chronology", "en", R"(Home
Buildings
North Pier Lighthouse
Old Harbour South
Search
Old Harbour South

© Photo Harbour Office

1957–1959 First phase: twelve warehouses on the pier and a crane for the cargo ships

1962 Second phase: the fish hall, the customs house and the harbour master's house

1979 The warehouses in poor repair, many of them standing empty

1998/99 New plans to pull them down, friends of the old harbour found a society led by Jane Roe

2003 The warehouses bought and kept up by the newly founded Old Harbour cooperative

2009 The fish hall completed
)", "Old Harbour South"},
        {"fr chronology", "fr", R"(Accueil
Bâtiments
Phare de la jetée nord
Vieux port du sud
Recherche
Vieux port du sud

© Photo Capitainerie

1957–1959 Première phase : douze entrepôts sur la jetée et une grue pour les cargos

1962 Deuxième phase : la halle aux poissons, la douane et la maison du capitaine du port

1979 Les entrepôts en mauvais état, beaucoup restent vides

1998/99 Nouveaux projets de démolition, les amis des entrepôts fondent une association menée par Marie Dupont

2003 Les entrepôts achetés et entretenus par la coopérative des locataires fondée l'année précédente

2009 La halle aux poissons achevée
)", "Vieux port du sud"},
        {"en dated teasers", "en", R"(Home
Tutorials
Networks
Latest posts
[ 26 February 2024 ] How the harbour office moved its servers to the cloud in one weekend Networks
[ 20 February 2024 ] Five tools that keep the ferry timetable up to date on every screen Tools
[ 19 February 2024 ] Why the harbour cameras stream faster since the new cables were laid Networks
[ 14 February 2024 ] The lighthouse keeper's guide to backups on a small island Tools
Search for:
Ferry tickets on the phone
The harbour office now sells ferry tickets through an app, so passengers no longer queue at the pier.
The app shows the timetable, the free seats and the weather at sea, and it works without a network on board.
Passengers who bought a ticket on paper can still use it until the end of the year, the harbour office says.
)", "Ferry tickets on the phone"},
        // A title opening with a year over its date lines is no entry of a list.
        {"de year title", "de", R"(Startseite
Hafen
Verkehr
2024 wird das Jahr der neuen Fähre im Hafen
12.03.2024
13.03.2024 14:05 Uhr
Die neue Fähre im Hafen fährt ab Montag nach dem Plan, den die Hafenbehörde am Freitag vorgestellt hat.
Die Fähre ersetzt das alte Schiff, das seit dreißig Jahren zwischen der Stadt und der Insel verkehrte.
Die Hafenbehörde rechnet mit mehr Fahrgästen, weil die neue Fähre schneller und öfter fährt.
)", "2024 wird das Jahr der neuen Fähre im Hafen"},
        {"en year title", "en", R"(Home
Harbour
Transport
2024 is the year of the new harbour ferry
March 12, 2024
March 13, 2024 2:05 PM
The new ferry in the harbour sails from Monday on the plan the harbour office presented on Friday.
The ferry replaces the old ship that sailed between the town and the island for thirty years.
The harbour office expects more passengers, as the new ferry is faster and sails more often.
)", "2024 is the year of the new harbour ferry"},
    };
    check_headlines(std::begin(rows), std::end(rows));
}

TEST_CASE("the dates of a list of teasers do not sign its titles", "[headline]") {
    const PageRow rows[] = {
        {"de", "de", R"(Startseite
Dossier Hafen
Neue Fähre fährt ab Montag nach Plan
4. März 2024
Hafenfest lockt Tausende an die Mole
4. März 2024
Streit um die Liegeplätze der Fischer
2. März 2024
Wie der alte Leuchtturm gerettet wurde
28. Februar 2024
Gesellschaft
Ruhe finden am alten Hafen
Wer morgens am alten Hafen sitzt, hört nur die Möwen und das Wasser, das gegen die Mauern der Mole schlägt.
Viele Menschen finden am alten Hafen die Ruhe, die ihnen im Alltag fehlt, und kommen jeden Morgen wieder.
Der alte Hafen ist seit zehn Jahren ein Ort der Ruhe, seit die Fähren an der neuen Mole anlegen.
)", "Ruhe finden am alten Hafen"},
        {"en", "en", R"(Home
Harbour stories
New ferry sails from Monday on schedule
March 4, 2024
Harbour festival draws thousands to the pier
March 4, 2024
Fishermen quarrel over their berths
March 2, 2024
How the old lighthouse was saved
February 28, 2024
Society
Finding calm at the old harbour
Whoever sits at the old harbour in the morning hears only the gulls and the water against the pier walls.
Many people find at the old harbour the calm they miss in their daily lives, and come back every morning.
The old harbour has been a place of calm for ten years, since the ferries moved to the new pier.
)", "Finding calm at the old harbour"},
    };
    check_headlines(std::begin(rows), std::end(rows));
}

TEST_CASE("a title signed by its date beats an unsigned line of the sidebar the region lands on", "[headline]") {
    const PageRow rows[] = {
        {"blog post under a sidebar (de)", "de", R"(Startseite
Rezepte
Wandern
Kontakt
Mein Weg auf den Grauen Kogel
14. Mai 2021 | Ines Pfaller | Kommentare 5
Und wieder was vom Berg:
Foto: Ines Pfaller
Kategorie: Wandern
Neueste Beiträge
Brot backen im Holzofen
Zelten an der Quelle
Mit Kindern auf die Alm
Hütten am Grauen Kogel
Ich heiße Ines und wandere seit zwanzig Jahren durch die Berge rund um den Grauen Kogel und seine Almen.
Auf diesem Blog schreibe ich über meine Touren, über die Hütten am Weg und über das Essen, das ich dort koche.
Wer mit mir wandern möchte, findet hier auch Tipps für Kinder, für den Winter und für Nächte im Zelt unter dem Gipfel.
Die Bilder auf dieser Seite habe ich alle selbst gemacht, bitte fragt mich, bevor ihr sie anderswo verwendet.
Beliebte Beiträge
Hütten am Grauen Kogel
Der Kogel im Winter
)", "Mein Weg auf den Grauen Kogel"},
        {"blog post under a sidebar (en)", "en", R"(Home
Recipes
Hiking
Contact
First walk up Grey Fell
May 14, 2021 | Nora Pike | 5 comments
More from the hills:
Photo: Nora Pike
Category: Hiking
Recent posts
Baking bread in a wood oven
Camping by the spring
Taking children to the pasture
The huts on Grey Fell
My name is Nora and I have been walking the hills around Grey Fell and its high pastures for twenty years.
On this blog I write about my walks, about the huts along the way and about the food I cook up there.
If you want to walk with me, you will also find tips for children, for winter and for nights in a tent under the top.
I took all the pictures on this page myself, so please ask me before you use them anywhere else.
Popular posts
The huts on Grey Fell
Grey Fell in winter
)", "First walk up Grey Fell"},
    };
    check_headlines(std::begin(rows), std::end(rows));
}
