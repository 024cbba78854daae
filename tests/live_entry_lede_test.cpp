// A live blog with no standfirst opens right under its title on its first entry, under the entry's stamp ("vor 5
// Minuten", "Il y a 5 min", "5 min ago", read as a relative date): that entry is no lede, it stays the text's first
// paragraph (mark_opening() of classify_head.cpp). Every line is invented.
#include <catch2/catch.hpp>

#include "test_pages.hpp"

using archive::test::PageRow;

TEST_CASE("a live blog's first entry under its stamp is no lede", "[classify][lede][live_entry_lede]") {
    for (const PageRow& r : {
             PageRow{"de", R"(Startseite
Politik
Hochwasser an der Wendel: Pegel steigt weiter – der Liveblog
vor 5 Minuten
Die Feuerwehr in Kellerbach hat am Nachmittag weitere Sandsäcke an die Anwohner der Uferstraße verteilt. Der Pegel lag zuletzt bei 6,40 Metern.
Teilen
vor 30 Minuten
Stadt sperrt zwei Brücken
Wegen des steigenden Wassers hat die Stadt die Alte Brücke und den Wendelsteg für Fußgänger und Autos gesperrt. Umleitungen sind ausgeschildert.
Teilen
vor 2 Stunden
Der Wetterdienst erwartet für die Nacht weiteren Regen im Oberlauf des Flusses. Bis Mittwoch sollen noch einmal bis zu 40 Liter pro Quadratmeter fallen.
Teilen
vor 3 Stunden
Der Krisenstab des Landkreises tritt am Mittag zusammen. Die Landrätin will danach über mögliche Evakuierungen informieren.
Teilen
)",
                     "Die Feuerwehr in Kellerbach hat am Nachmittag weitere Sandsäcke an die Anwohner der Uferstraße "
                     "verteilt. Der Pegel lag zuletzt bei 6,40 Metern."},
             PageRow{"fr", R"(Accueil
Société
Crue de la Vendre : le niveau monte encore, suivez notre direct
Il y a 5 min
Les pompiers de Valmont ont distribué cet après-midi de nouveaux sacs de sable aux riverains du quai. Le niveau atteignait 6,40 mètres en fin de journée.
Partager
Il y a 30 min
La ville ferme deux ponts
En raison de la montée des eaux, la ville a fermé le Vieux Pont et la passerelle aux piétons comme aux voitures. Des déviations sont en place.
Partager
Il y a 2 heures
Météo-France prévoit encore de la pluie cette nuit en amont de la rivière. Jusqu'à mercredi, il pourrait tomber jusqu'à 40 millimètres.
Partager
Il y a 3 heures
La cellule de crise de la préfecture se réunit à midi. La préfète doit ensuite parler d'éventuelles évacuations.
Partager
)",
                     "Les pompiers de Valmont ont distribué cet après-midi de nouveaux sacs de sable aux riverains du "
                     "quai. Le niveau atteignait 6,40 mètres en fin de journée."},
             PageRow{"en", R"(Home
News
River Wend floods: water keeps rising, live updates
5 min ago
Firefighters in Kellbridge handed out more sandbags to the residents of the quay this afternoon. The river stood at 6.40 metres at the last reading.
Share
30 min ago
Town closes two bridges
As the water keeps rising, the town has closed the Old Bridge and the footbridge to walkers and cars alike. Detours are signposted.
Share
2 hours ago
Forecasters expect more rain overnight upstream. Up to 40 millimetres could fall by Wednesday, they said in their latest update.
Share
3 hours ago
The county's crisis team meets at noon. Its head is then to speak about possible evacuations of the low streets.
Share
)",
                     "Firefighters in Kellbridge handed out more sandbags to the residents of the quay this afternoon. "
                     "The river stood at 6.40 metres at the last reading."},
         }) {
        INFO(r.page);
        const archive::Article a = archive::classify(archive::segment(r.page), r.lang);
        CHECK_FALSE(a.lede.has_value());
        const auto paragraphs = archive::test::paragraphs_of(a);
        REQUIRE_FALSE(paragraphs.empty());
        CHECK(paragraphs.front() == r.line);
    }
}
