// A live blog's first entry with nothing over its time stamp (no picture, no credit): its title heads the entry as
// the later entries' titles do, whether the stamp stands right under the lede or under the headline
// (heading_by_neighbours() and deck_under_headline() of sections_build.cpp). Invented lines.
#include <catch2/catch.hpp>

#include "test_pages.hpp"

using archive::test::check_heading_rows;

TEST_CASE("a live blog's first entry title under a bare stamp heads its entry",
          "[classify][heading][live_first_entry]") {
    check_heading_rows({
        // the stamp right under the lede, which opens the region
        {"de", R"(Waldbrand bei Kirchdorf: Feuerwehr kämpft gegen die Flammen

Seit dem frühen Morgen brennt ein Waldstück oberhalb von Kirchdorf, die Anwohner am Hang sollen ihre Fenster geschlossen halten.
14:20 Uhr
Hubschrauber wirft Wasser ab
Ein Hubschrauber der Polizei holt seit dem Mittag Wasser aus dem Baggersee und fliegt es zum Brandherd am Hang über dem Dorf.
Teilen
13:55 Uhr
Straße nach Oberau gesperrt
Die Landstraße zwischen Kirchdorf und Oberau bleibt bis zum Abend gesperrt, der Verkehr wird über die Umgehung geleitet.
Teilen
13:10 Uhr
Rauch zieht ins Tal
Der Wind treibt den Rauch in Richtung der Stadt, die Behörden raten den Menschen dort, die Fenster vorerst geschlossen zu halten.
Teilen
)",
         {"Hubschrauber wirft Wasser ab", "Straße nach Oberau gesperrt", "Rauch zieht ins Tal"}},
        // no lede: the stamp right under the headline, the title no deck of the headline
        {"fr", R"(Incendie dans les Maures : les pompiers luttent toujours contre le feu

11h20
Un Canadair largue de l'eau sur la colline
Depuis le début de la matinée, un avion bombardier d'eau survole la colline et largue sa cargaison sur le front principal de l'incendie.
Partager
10h45
La route départementale est coupée
La circulation est interdite entre les deux villages jusqu'à nouvel ordre, et les gendarmes dévient les voitures par la route du col.
Partager
10h05
La fumée descend vers la vallée
Le vent pousse la fumée vers les villes de la vallée, où la préfecture conseille aux habitants de garder leurs fenêtres fermées.
Partager
)",
         {"Un Canadair largue de l'eau sur la colline", "La route départementale est coupée",
          "La fumée descend vers la vallée"}},
        {"es", R"(Incendio en la sierra: los bomberos siguen luchando contra las llamas

12:40
Un helicóptero carga agua en el embalse
Un helicóptero de los bomberos recoge agua del embalse desde el mediodía y la descarga sobre el frente principal del incendio.
Compartir
12:05
Cortada la carretera del puerto
La carretera entre los dos pueblos permanece cortada hasta nueva orden, y la Guardia Civil desvía el tráfico por la autovía.
Compartir
11:30
El humo llega al valle
El viento empuja el humo hacia las ciudades del valle, donde las autoridades piden a los vecinos mantener las ventanas cerradas.
Compartir
)",
         {"Un helicóptero carga agua en el embalse", "Cortada la carretera del puerto", "El humo llega al valle"}},
    });
}
