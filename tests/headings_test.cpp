// Section headings told from short paragraphs, labels and lists of links: whole pages, one row per kind of page.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;

using archive::test::check_heading_rows;
using archive::test::headings_of;
using Row = archive::test::HeadingRow;

TEST_CASE("a table of contents without numbers lists the headings printed again below it", "[classify][heading]") {
    check_heading_rows({
        {"en", R"(How the old harbour was rebuilt
Dredging the channel
Rebuilding the quays
Opening day
The harbour of the town reopened on Monday after two years of work on its old quays and its new basin.
Dredging the channel
The first year went to the channel, which had silted up since the war and kept the larger boats out of the bay.
The dredgers worked at night, when the tide was high, and the mud went to the fields behind the dunes.
Rebuilding the quays
The old stones were taken down one by one, numbered, and put back on a new concrete core by local masons.
Opening day
The whole town came down to the water on Monday to watch the first ferry moor at the new northern quay.
)",
         {"Dredging the channel", "Rebuilding the quays", "Opening day"}},
        {"fr", R"(Comment le vieux port a été reconstruit
Le dragage du chenal
La reconstruction des quais
Le jour de l'ouverture
Le port de la ville a rouvert lundi après deux années de travaux sur ses vieux quais et son nouveau bassin.
Le dragage du chenal
La première année a été consacrée au chenal, qui s'était envasé depuis la guerre et fermait la baie aux bateaux.
Les dragues travaillaient la nuit, à marée haute, et la vase partait vers les champs derrière les dunes.
La reconstruction des quais
Les vieilles pierres ont été démontées une à une, numérotées, puis remontées sur un nouveau noyau de béton.
Le jour de l'ouverture
Toute la ville est descendue au bord de l'eau lundi pour voir le premier ferry accoster au nouveau quai nord.
)",
         {"Le dragage du chenal", "La reconstruction des quais", "Le jour de l'ouverture"}},
        // The buttons of two video players printed one after the other come back together, heading nothing.
        {"en", R"(Ferries return to the harbour
Full screen
Autoplay
Close
The harbour of the town reopened on Monday after two years of work on its old quays and its new basin.
Full screen
Autoplay
Close
The first year went to the channel, which had silted up since the war and kept the larger boats out of the bay.
The old stones were taken down one by one, numbered, and put back on a new concrete core by local masons.
The whole town came down to the water on Monday to watch the first ferry moor at the new northern quay.
)",
         {}},
    });
}

TEST_CASE("a wiki's end matter keeps its marked headings, not its lists of links", "[classify][heading]") {
    check_heading_rows({
        {"en", R"(Harbour of the town
The harbour of the town is one of the oldest on the coast, and its history goes back to the first settlers of the bay.
History[edit]
The first quay was built by fishermen who came from the north, and it was extended twice before the railway arrived.
Trade grew quickly after the railway reached the town, and the harbour became the main port of the whole region.
Trade[edit]
The harbour exports grain and timber, and it imports coal for the power station on the other side of the river.
Fishing boats still land their catch on the old quay every morning, and the fish market opens at six o'clock.
See also[edit]
List of harbours
Lighthouses of the coast
References[edit]
^ Port authority annual report
^ Town archives
)",
         {"History[edit]", "Trade[edit]", "See also[edit]", "References[edit]"}},
        {"de", R"(Hafen der Stadt
Der Hafen der Stadt gehört zu den ältesten der Küste, und seine Geschichte reicht bis zu den ersten Siedlern zurück.
Geschichte[Bearbeiten | Quelltext bearbeiten]
Der erste Kai wurde von Fischern gebaut, die aus dem Norden kamen, und er wurde vor der Eisenbahn zweimal erweitert.
Der Handel wuchs schnell, nachdem die Eisenbahn die Stadt erreicht hatte, und der Hafen wurde zum Haupthafen.
Handel[Bearbeiten | Quelltext bearbeiten]
Der Hafen exportiert Getreide und Holz, und er importiert Kohle für das Kraftwerk auf der anderen Seite des Flusses.
Fischerboote landen ihren Fang noch jeden Morgen am alten Kai an, und der Fischmarkt öffnet um sechs Uhr.
Siehe auch[Bearbeiten | Quelltext bearbeiten]
Liste der Häfen
Leuchttürme der Küste
Einzelnachweise[Bearbeiten | Quelltext bearbeiten]
)",
         {"Geschichte[Bearbeiten | Quelltext bearbeiten]", "Handel[Bearbeiten | Quelltext bearbeiten]",
          "Siehe auch[Bearbeiten | Quelltext bearbeiten]", "Einzelnachweise[Bearbeiten | Quelltext bearbeiten]"}},
    });
}

TEST_CASE("a numbered list under the article lists no heading above it", "[classify][heading]") {
    // "Most read / 1 Ferry strike ends / 2 ...": the titles of other articles, some printed higher up the page too.
    check_heading_rows({
        {"en", R"(Ferries return to the harbour
The harbour of the town reopened on Monday after two years of work on its old quays and its new basin.
The first year went to the channel, which had silted up since the war and kept the larger boats out of the bay.
The old stones were taken down one by one, numbered, and put back on a new concrete core by local masons.
Ferry strike ends
Council votes new budget
Most read
1 Ferry strike ends
2 Council votes new budget
3 Storm closes the bridge
)",
         {}},
    });
}

TEST_CASE("a label of a few words over a long item without a final stop heads it", "[classify][heading]") {
    check_heading_rows({
        {"en", R"(These weeks in the harbour office
The harbour office closed a record number of tickets this month, and the new ferry timetable is now online.
Performance
The timetable page loads twice as fast since the database of sailings moved to the new server (ticket 4411)
Printing
Tickets can now be printed from the phone app at the kiosks on the quay, with the boarding gate shown (ticket 4420)
)",
         {"Performance", "Printing"}},
        {"de", R"(Neues aus dem Hafenamt
Das Hafenamt hat in diesem Monat so viele Anfragen erledigt wie nie zuvor, und der neue Fahrplan ist online.
Leistung
Die Fahrplanseite lädt doppelt so schnell, seit die Datenbank der Abfahrten auf den neuen Server umgezogen ist (Ticket 4411)
Fahrkarten
Fahrkarten lassen sich jetzt aus der App an den Automaten am Kai drucken, mit dem Abfahrtssteg auf dem Ticket (Ticket 4420)
)",
         {"Leistung", "Fahrkarten"}},
        // A longer line over such an item is one item of a list of them.
        {"en", R"(These weeks in the harbour office
The harbour office closed a record number of tickets this month, and the new ferry timetable is now online.
New sailings to the northern islands added for June
The timetable page loads twice as fast since the database of sailings moved to the new server (ticket 4411)
Tickets can now be printed from the phone app at the kiosks on the quay, with the boarding gate shown (ticket 4420)
)",
         {}},
    });
}

TEST_CASE("a label alone over a link to another article heads no section", "[classify][heading][boilerplate]") {
    for (const char* line : {"Related", "Related coverage", "Read now", "Up next", "En lien", "À lire",
                             "Verwandte Themen", "Jetzt lesen", "Relacionados", "Leer ahora", "Zobacz również",
                             "Czytaj również", "Bildergalerie", "Zur Bildergalerie", "Weiterführende Links",
                             "Photo gallery", "Galerie photos", "Galería de fotos", "Galleria fotografica",
                             "También lea", "Lea también"}) {
        INFO(line);
        CHECK(is_boilerplate_phrase(line));
    }
    check_heading_rows({
        {"en", R"(Ferries return to the harbour
The harbour of the town reopened on Monday after two years of work on its old quays and its new basin.
The first year went to the channel, which had silted up since the war and kept the larger boats out of the bay.
Related
Storm closes the bridge to the islands for a week.
The old stones were taken down one by one, numbered, and put back on a new concrete core by local masons.
The whole town came down to the water on Monday to watch the first ferry moor at the new northern quay.
)",
         {}},
        {"es", R"(Los transbordadores vuelven al puerto
El puerto de la ciudad reabrió el lunes después de dos años de obras en sus muelles y en su nueva dársena.
El primer año se dedicó al canal, que se había llenado de barro y cerraba la bahía a los barcos grandes.
Relacionados
Una tormenta cierra el puente a las islas durante una semana.
Las piedras viejas se desmontaron una a una, se numeraron y se volvieron a colocar sobre un núcleo de hormigón.
Todo el pueblo bajó al agua el lunes para ver atracar el primer transbordador en el nuevo muelle norte.
)",
         {}},
        // The link's title without a full stop, under the label alone.
        {"en", R"(Ferries return to the harbour
The harbour of the town reopened on Monday after two years of work on its old quays and its new basin.
The first year went to the channel, which had silted up since the war and kept the larger boats out of the bay.
Related
Inside the Town Hall, Doubts About the New Bridge Are Beginning to Grow
The old stones were taken down one by one, numbered, and put back on a new concrete core by local masons.
The whole town came down to the water on Monday to watch the first ferry moor at the new northern quay.
)",
         {}},
        {"de", R"(Die Fähren kehren in den Hafen zurück
Der Hafen der Stadt ist am Montag nach zwei Jahren Arbeit an den alten Kais und dem neuen Becken wieder offen.
Das erste Jahr ging an die Fahrrinne, die seit dem Krieg verschlammt war und die großen Schiffe fernhielt.
Lesen Sie auch:
Im Rathaus wachsen die Zweifel an der neuen Brücke über den Fluss
Die alten Steine wurden einzeln abgetragen, nummeriert und von Maurern aus dem Ort wieder aufgesetzt.
Die ganze Stadt kam am Montag ans Wasser, um die erste Fähre am neuen Nordkai anlegen zu sehen.
)",
         {}},
        // A picture gallery's label between two paragraphs, its pictures left out of the page's text.
        {"de", R"(Die Fähren kehren in den Hafen zurück
Der Hafen der Stadt ist am Montag nach zwei Jahren Arbeit an den alten Kais und dem neuen Becken wieder offen.
Das erste Jahr ging an die Fahrrinne, die seit dem Krieg verschlammt war und die großen Schiffe fernhielt.
Bildergalerie
Die alten Steine wurden einzeln abgetragen, nummeriert und von Maurern aus dem Ort wieder aufgesetzt.
Die ganze Stadt kam am Montag ans Wasser, um die erste Fähre am neuen Nordkai anlegen zu sehen.
)",
         {}},
        {"en", R"(Ferries return to the harbour
The harbour of the town reopened on Monday after two years of work on its old quays and its new basin.
The first year went to the channel, which had silted up since the war and kept the larger boats out of the bay.
Photo gallery
The old stones were taken down one by one, numbered, and put back on a new concrete core by local masons.
The whole town came down to the water on Monday to watch the first ferry moor at the new northern quay.
)",
         {}},
        // The label alone, its box of links left out of the page's text.
        {"pl", R"(Promy wracają do portu
Port w mieście został ponownie otwarty w poniedziałek po dwóch latach prac przy starych nabrzeżach i nowym basenie.
Pierwszy rok poświęcono na kanał, który od wojny był zamulony i nie wpuszczał do zatoki większych statków.
Zobacz również
Stare kamienie rozebrano jeden po drugim, ponumerowano i ułożono z powrotem na nowym betonowym rdzeniu.
Całe miasto zeszło w poniedziałek nad wodę, aby zobaczyć, jak pierwszy prom cumuje przy nowym nabrzeżu.
)",
         {}},
    });
}

TEST_CASE("a heading a comment under the article quotes again still heads its section", "[classify][heading]") {
    check_heading_rows({
        {"en", R"(How to keep a vegetable patch alive through a dry summer
By late July the beans hang limp, the soil cracks, and the hose seems to make no difference at all.
A few habits, picked up from growers in the south where rain is rare, keep the plants going until autumn.
Water the roots before the sun is up
A slow soak at dawn sinks deep into the ground, while water in the heat of the day mostly rises back into the air.
A can at the foot of each plant does more than a sprinkler over the paths, and it uses a third of the water.
12 comments
Tom Gardener
Water the roots before the sun is up
I tried this last year with my tomatoes, and they were the only ones on the street still green in August.
)",
         {"Water the roots before the sun is up"}},
        {"fr", R"(Comment garder un potager en vie pendant un été sec
Fin juillet, les haricots pendent, la terre se fend, et le tuyau d'arrosage ne semble plus rien changer.
Quelques habitudes, venues de maraîchers du Sud où la pluie est rare, tiennent les plantes jusqu'à l'automne.
Arroser les racines avant le lever du soleil
Un arrosage lent à l'aube descend loin dans le sol, alors qu'en pleine chaleur l'eau repart surtout dans l'air.
Un arrosoir au pied de chaque plante fait mieux qu'un jet sur les allées, et il consomme trois fois moins d'eau.
12 commentaires
Paul Jardinier
Arroser les racines avant le lever du soleil
J'ai essayé l'an dernier avec mes tomates, et ce sont les seules de la rue restées vertes en août.
)",
         {"Arroser les racines avant le lever du soleil"}},
    });
}

TEST_CASE("the title of an embedded graphic printed again without its button heads nothing", "[classify][heading]") {
    check_heading_rows({
        {"en", R"(Ferries return to the harbour
The harbour of the town reopened on Monday after two years of work on its old quays and its new basin.
Map: Ferry routes of the bay View Graphic
Map: Ferry routes of the bay
The first year went to the channel, which had silted up since the war and kept the larger boats out of the bay.
The old stones were taken down one by one, numbered, and put back on a new concrete core by local masons.
)",
         {}},
        {"de", R"(Die Fähren kehren in den Hafen zurück
Der Hafen der Stadt wurde am Montag nach zwei Jahren Arbeit an den alten Kais und dem neuen Becken wieder eröffnet.
Karte: Die Fährlinien der Bucht Grafik ansehen
Karte: Die Fährlinien der Bucht
Das erste Jahr galt der Fahrrinne, die seit dem Krieg verschlammt war und die größeren Schiffe aus der Bucht hielt.
Die alten Steine wurden einzeln abgetragen, nummeriert und auf einem neuen Betonkern wieder aufgesetzt.
)",
         {}},
        // A heading under a longer line that merely shares its first word still heads.
        {"en", R"(Ferries return to the harbour
The harbour of the town reopened on Monday after two years of work on its old quays and its new basin.
The first year went to the channel, which had silted up since the war and kept the larger boats out of the bay.
The new quays
The old stones were taken down one by one, numbered, and put back on a new concrete core by local masons.
)",
         {"The new quays"}},
    });
}

TEST_CASE("a heading under a picture's caption or a teaser's date between two paragraphs heads its section",
          "[classify][heading]") {
    check_heading_rows({
        {"en", R"(Ferries return to the harbour
The harbour of the town reopened on Monday after two years of work on its old quays and its new basin.
The first year went to the channel, which had silted up since the war and kept the larger boats out of the bay.
Image
The flooded quay in the winter of 1962.Credit: Jane Roe/Harbour Weekly
Rebuilding the quays: stone by stone
The old stones were taken down one by one, numbered, and put back on a new concrete core by local masons.
The whole town came down to the water on Monday to watch the first ferry moor at the new northern quay.
)",
         {"Rebuilding the quays: stone by stone"}},
        {"de", R"(Die Fähren kehren in den Hafen zurück
Der Hafen der Stadt ist am Montag nach zwei Jahren Arbeit an den alten Kais und dem neuen Becken wieder offen.
Das erste Jahr ging an die Fahrrinne, die seit dem Krieg verschlammt war und die großen Schiffe fernhielt.
Mehr aus dem Hafen
Sturm sperrt die Brücke zu den Inseln für eine Woche
12. März 2021
Der Kai wird Stein für Stein neu gebaut
Die alten Steine wurden einzeln abgetragen, nummeriert und von Maurern aus dem Ort wieder aufgesetzt.
Die ganze Stadt kam am Montag ans Wasser, um die erste Fähre am neuen Nordkai anlegen zu sehen.
)",
         {"Der Kai wird Stein für Stein neu gebaut"}},
        {"fr", R"(Les ferries reviennent au port
Le port de la ville a rouvert lundi après deux années de travaux sur ses vieux quais et son nouveau bassin.
La première année a été consacrée au chenal, qui s'était envasé depuis la guerre et fermait la baie aux bateaux.
Plus sur le port
Une tempête ferme le pont des îles pour une semaine
12 mars 2021
Le quai reconstruit pierre par pierre
Les vieilles pierres ont été démontées une à une, numérotées, puis remontées sur un nouveau noyau de béton.
Toute la ville est descendue au bord de l'eau lundi pour voir le premier ferry accoster au nouveau quai nord.
)",
         {"Le quai reconstruit pierre par pierre"}},
        {"es", R"(Los transbordadores vuelven al puerto
El puerto de la ciudad reabrió el lunes después de dos años de obras en sus muelles y en su nueva dársena.
El primer año se dedicó al canal, que se había llenado de barro y cerraba la bahía a los barcos grandes.
Más sobre el puerto
Una tormenta cierra el puente a las islas durante una semana
12 de marzo de 2021
El muelle, reconstruido piedra a piedra
Las piedras viejas se desmontaron una a una, se numeraron y se volvieron a colocar sobre un núcleo de hormigón.
Todo el pueblo bajó al agua el lunes para ver atracar el primer transbordador en el nuevo muelle norte.
)",
         {"El muelle, reconstruido piedra a piedra"}},
        // A credit running on to the next line after its comma, and a name of two words under a photo's button,
        // head nothing.
        {"en", R"(Ferries return to the harbour
The harbour of the town reopened on Monday after two years of work on its old quays and its new basin.
The first year went to the channel, which had silted up since the war and kept the larger boats out of the bay.
Graphic by Jane Roe for Harbour Weekly; sources: Town Archives,
Harbour Museum, Sea Institute
The old stones were taken down one by one, numbered, and put back on a new concrete core by local masons.
The whole town came down to the water on Monday to watch the first ferry moor at the new northern quay.
View photo
.
Tom Fisher
The mayor thanked the masons in a short speech and cut the ribbon in front of the new ferry building.
)",
         {}},
    });
}

TEST_CASE("one of three short questions or items in a row over text is an item of a list, no heading",
          "[classify][heading]") {
    check_heading_rows({
        {"en", R"(How to clear out the garden shed in one weekend
Take everything out and lay it on the lawn, then ask yourself three things about each tool before it goes back in.
When did I last use this?
Will I need it next spring?
Do I have another one that works?
Anything that fails the test goes to the neighbours, the charity shop or the recycling centre on Monday morning.
)",
         {}},
        {"de", R"(Wie man den Gartenschuppen an einem Wochenende ausräumt
Alles kommt auf den Rasen, und vor jedem Werkzeug stellt man sich drei Fragen, bevor es zurück in den Schuppen darf.
Wann habe ich das zuletzt benutzt?
Brauche ich es im nächsten Frühjahr?
Habe ich noch ein zweites, das funktioniert?
Was durchfällt, geht an die Nachbarn, in den Sozialladen oder am Montagmorgen auf den Wertstoffhof.
)",
         {}},
        {"fr", R"(Vider la cabane du jardin en un week-end
On sort tout sur la pelouse, puis on se pose trois questions devant chaque outil avant de le ranger à nouveau.
Quand l'ai-je utilisé pour la dernière fois ?
En aurai-je besoin au printemps prochain ?
En ai-je un autre qui marche encore ?
Ce qui échoue au test part chez les voisins, à la ressourcerie ou à la déchetterie lundi matin.
)",
         {}},
        {"es", R"(Cómo vaciar el cobertizo del jardín en un fin de semana
Se saca todo al césped y, antes de guardar cada herramienta, uno se hace tres preguntas sobre ella.
Los vecinos de la calle vinieron a ayudar desde el primer día
Las herramientas viejas se quedaron al lado de la puerta
Los niños ordenaron las macetas por tamaño y por color
Lo que no pasa la prueba va a los vecinos, a la tienda solidaria o al punto limpio el lunes por la mañana.
)",
         {}},
        // Titles of a word or two under two short lines head their sections.
        {"en", R"(Notes from the harbour club, week 12
The club met on Tuesday evening in the boathouse, and the treasurer read out the accounts of the spring season.
Boat repairs
Sail lofts
Moorings and buoys
The buoys in the outer basin were all checked by the divers, and two chains will be replaced in May.
)",
         {"Moorings and buoys"}},
    });
}

TEST_CASE("the box presenting the author right under the article is its last section", "[classify][heading]") {
    check_heading_rows({
        {"en", R"(Ferries return to the harbour
The harbour of the town reopened on Monday after two years of work on its old quays and its new basin.
The first year went to the channel, which had silted up since the war and kept the larger boats out of the bay.
The whole town came down to the water on Monday to watch the first ferry moor at the new northern quay.
About the author
Maeve Doyle
Head of the harbour desk at the Wendle Courier, and editor of its weekly tide tables since the spring of 2009
Most read
Storm closes the bridge
)",
         {"About the author"}},
        {"de", R"(Die Fähren kehren in den Hafen zurück
Der Hafen der Stadt ist am Montag nach zwei Jahren Arbeit an den alten Kais und dem neuen Becken wieder offen.
Das erste Jahr ging an die Fahrrinne, die seit dem Krieg verschlammt war und die großen Schiffe fernhielt.
Die ganze Stadt kam am Montag ans Wasser, um die erste Fähre am neuen Nordkai anlegen zu sehen.
Über die Autorin
Lena Brandt
Leiterin des Hafenressorts beim Wendler Kurier und seit dem Frühjahr 2009 verantwortlich für die Gezeitentabellen
Meistgelesen
Sturm sperrt die Brücke
)",
         {"Über die Autorin"}},
        {"fr", R"(Les ferries reviennent au port
Le port de la ville a rouvert lundi après deux années de travaux sur ses vieux quais et son nouveau bassin.
La première année a été consacrée au chenal, qui s'était envasé depuis la guerre et fermait la baie aux bateaux.
Toute la ville est descendue au bord de l'eau lundi pour voir le premier ferry accoster au nouveau quai nord.
À propos de l'auteur
Jean Dupont
Chef du service portuaire du Courrier de Wendle, il tient aussi la page des marées depuis le printemps 2009.
Les plus lus
Une tempête ferme le pont
)",
         {"À propos de l'auteur"}},
        {"es", R"(Los transbordadores vuelven al puerto
El puerto de la ciudad reabrió el lunes después de dos años de obras en sus muelles y en su nueva dársena.
El primer año se dedicó al canal, que se había llenado de barro y cerraba la bahía a los barcos grandes.
Todo el pueblo bajó al agua el lunes para ver atracar el primer transbordador en el nuevo muelle norte.
Sobre el autor
Juan Pérez
Jefe de la sección del puerto del Correo de Wendle y responsable de las tablas de mareas desde la primavera de 2009.
Lo más leído
Una tormenta cierra el puente
)",
         {"Sobre el autor"}},
        // A button of one word under the name ("Follow", "Folgen") stays out of the box.
        {"en", R"(Orchard saved by volunteers
The old orchard on the hill gave its first apples this autumn, three years after the storm that nearly felled it.
Volunteers planted two hundred young trees and watered them by hand through two dry summers in a row.
The cooperative will press its first cider in November and sell it at the market on the square.
About the author
Tom Fisher
Follow
Tom Fisher writes about farming and the countryside for the Wendle Courier.
Most read
)",
         {"About the author"}},
        {"de", R"(Obstgarten von Freiwilligen gerettet
Der alte Obstgarten am Hügel trug in diesem Herbst seine ersten Äpfel, drei Jahre nach dem Sturm, der ihn fast fällte.
Freiwillige pflanzten zweihundert junge Bäume und gossen sie zwei trockene Sommer lang von Hand.
Die Genossenschaft presst im November ihren ersten Most und verkauft ihn auf dem Markt am Platz.
Über den Autor
Tom Fischer
Folgen
Tom Fischer schreibt für den Wendler Kurier über Landwirtschaft und das Land.
Meistgelesen
)",
         {"Über den Autor"}},
        {"fr", R"(Un verger sauvé par des bénévoles
Le vieux verger de la colline a donné ses premières pommes cet automne, trois ans après la tempête qui a failli l'abattre.
Des bénévoles ont planté deux cents jeunes arbres et les ont arrosés à la main pendant deux étés secs.
La coopérative pressera son premier cidre en novembre et le vendra au marché de la place.
À propos de l'auteur
Tom Pêcheur
Suivre
Tom Pêcheur écrit sur l'agriculture et la campagne pour le Courrier de Wendle.
Les plus lus
)",
         {"À propos de l'auteur"}},
        {"es", R"(Un huerto salvado por voluntarios
El viejo huerto de la colina dio sus primeras manzanas este otoño, tres años después de la tormenta que casi lo derribó.
Los voluntarios plantaron doscientos árboles jóvenes y los regaron a mano durante dos veranos secos.
La cooperativa prensará su primera sidra en noviembre y la venderá en el mercado de la plaza.
Sobre el autor
Tomás Pescador
Seguir
Tomás Pescador escribe sobre agricultura y el campo para el Correo de Wendle.
Lo más leído
)",
         {"Sobre el autor"}},
        // The same title over a list of the author's other articles heads nothing.
        {"en", R"(Ferries return to the harbour
The harbour of the town reopened on Monday after two years of work on its old quays and its new basin.
The first year went to the channel, which had silted up since the war and kept the larger boats out of the bay.
The whole town came down to the water on Monday to watch the first ferry moor at the new northern quay.
About the author
Storm closes the bridge
New pier opens in May
Council votes the harbour budget
)",
         {}},
    });
}

TEST_CASE("on a page of title-case headings, a heading in sentence case is a label of a paragraph",
          "[classify][heading]") {
    check_heading_rows({
        {"en", R"(How the Harbour Board Runs the Port
The harbour of the town reopened on Monday after two years of work on its old quays and its new basin, and the board met the same evening to plan the season.
Dredging the Old Harbour Channel Again
The first year went to the channel, which had silted up since the war and kept the larger boats out of the bay until the dredgers came from the north in March.
Night shifts
The dredgers worked at night, when the tide was high, and the mud went by barge to the fields behind the dunes, where the farmers spread it before the spring.
Rebuilding the Northern Quays Stone by Stone
The old stones were taken down one by one, numbered, and put back on a new concrete core by local masons, who worked through two winters to finish them.
Opening Day for the New Ferries
The whole town came down to the water on Monday to watch the first ferry moor at the new northern quay, and the band played until the last boat left.
)",
         {"Dredging the Old Harbour Channel Again", "Rebuilding the Northern Quays Stone by Stone",
          "Opening Day for the New Ferries"}},
        // A heading of one word beside a sentence-case label is a label too; one between title-case headings stays.
        {"en", R"(How the Old Bakery on Mill Street Came Back
The bakery on Mill Street closed in the spring of the flood year, and for three years its ovens stood cold behind boarded windows and a faded sign.
Finding the Ovens Under the Plaster
The new owners found two brick ovens behind a wall of plaster, both built by the grandfather of the last baker and both still sound after a century of use.
Early mornings
The bakers start at three, when the street is dark and quiet, and the first loaves leave the ovens before the milk van comes round the corner at five.
Flour
The flour comes from the mill at the head of the valley, ground from wheat grown on the farms along the river and brought down by cart every Monday.
Teaching Apprentices the Baking Trade
Two apprentices from the technical school learn the trade in the back room, and each of them bakes a loaf of their own design for the Saturday market.
Opening Hours for the Winter Season
From November the shop opens an hour later, at seven, and closes at noon on Sundays, when the bakers take their only half day of rest in the week.
Epilogue
The owners hope to open a second shop by the harbour next year, if the council grants them the lease on the old customs house they have asked for.
)",
         {"Finding the Ovens Under the Plaster", "Teaching Apprentices the Baking Trade",
          "Opening Hours for the Winter Season", "Epilogue"}},
        // Headings mostly in sentence case, a few of them names, all stay.
        {"en", R"(How the harbour board runs the port
The harbour of the town reopened on Monday after two years of work on its old quays and its new basin, and the board met the same evening to plan the season.
Talking to Maeve Doyle Again
The first year went to the channel, which had silted up since the war and kept the larger boats out of the bay until the dredgers came from the north in March.
Night shifts on the dredgers
The dredgers worked at night, when the tide was high, and the mud went by barge to the fields behind the dunes, where the farmers spread it before the spring.
Letters From Tom Fisher
The old stones were taken down one by one, numbered, and put back on a new concrete core by local masons, who worked through two winters to finish them.
Stone by stone on the quays
The masons cut the new stones by hand in a shed behind the fish market, and every one of them carries the mark of the man who cut it.
A Walk With Anna Berg
The whole town came down to the water on Monday to watch the first ferry moor at the new northern quay, and the band played until the last boat left.
Opening day for the ferries
The mayor cut the ribbon in front of the new ferry building and thanked the masons, the divers and the dredger crews in a short speech.
)",
         {"Talking to Maeve Doyle Again", "Night shifts on the dredgers", "Letters From Tom Fisher",
          "Stone by stone on the quays", "A Walk With Anna Berg", "Opening day for the ferries"}},
        // Where the headings are written in sentence case, as French and Spanish write them, they all stay.
        {"fr", R"(Comment le conseil du port gère ses quais
Le port de la ville a rouvert lundi après deux années de travaux sur ses vieux quais et son nouveau bassin, et le conseil s'est réuni le soir même pour préparer la saison.
Le dragage du vieux chenal
La première année a été consacrée au chenal, qui s'était envasé depuis la guerre et fermait la baie aux gros bateaux jusqu'à l'arrivée des dragues en mars.
Des équipes de nuit
Les dragues travaillaient la nuit, à marée haute, et la vase partait par barge vers les champs derrière les dunes, où les paysans l'épandaient avant le printemps.
La reconstruction des quais
Les vieilles pierres ont été démontées une à une, numérotées, puis remontées sur un nouveau noyau de béton par des maçons du pays pendant deux hivers.
)",
         {"Le dragage du vieux chenal", "Des équipes de nuit", "La reconstruction des quais"}},
        {"es", R"(Cómo gestiona la junta del puerto sus muelles
El puerto de la ciudad reabrió el lunes después de dos años de obras en sus muelles y en su nueva dársena, y la junta se reunió esa misma noche para preparar la temporada.
El dragado del viejo canal
El primer año se dedicó al canal, que se había llenado de barro desde la guerra y cerraba la bahía a los barcos grandes hasta que llegaron las dragas en marzo.
Turnos de noche
Las dragas trabajaban de noche, con la marea alta, y el barro iba en barcazas a los campos detrás de las dunas, donde los campesinos lo esparcían antes de la primavera.
La reconstrucción de los muelles
Las piedras viejas se desmontaron una a una, se numeraron y se volvieron a colocar sobre un núcleo de hormigón, obra de albañiles del pueblo durante dos inviernos.
)",
         {"El dragado del viejo canal", "Turnos de noche", "La reconstrucción de los muelles"}},
        // German capitalises its nouns: a heading with a noun after its first word is no sentence-case label.
        {"de", R"(Wie die Hafenbehörde den Hafen führt
Der Hafen der Stadt ist am Montag nach zwei Jahren Arbeit an den alten Kais und dem neuen Becken wieder offen, und die Behörde plante noch am selben Abend die Saison.
Das Ausbaggern Der Alten Fahrrinne
Das erste Jahr ging an die Fahrrinne, die seit dem Krieg verschlammt war und die großen Schiffe aus der Bucht fernhielt, bis im März die Bagger aus dem Norden kamen.
Arbeit bei Nacht
Die Bagger arbeiteten nachts bei Flut, und der Schlamm kam auf Kähnen zu den Feldern hinter den Dünen, wo die Bauern ihn vor dem Frühjahr ausbrachten.
Der Neubau Der Nördlichen Kais
Die alten Steine wurden einzeln abgetragen, nummeriert und von Maurern aus dem Ort auf einen neuen Betonkern gesetzt, zwei Winter lang.
Der Erste Tag Der Neuen Fähren
Die ganze Stadt kam am Montag ans Wasser, um die erste Fähre am neuen Nordkai anlegen zu sehen, und die Kapelle spielte, bis das letzte Schiff ablegte.
)",
         {"Das Ausbaggern Der Alten Fahrrinne", "Arbeit bei Nacht", "Der Neubau Der Nördlichen Kais",
          "Der Erste Tag Der Neuen Fähren"}},
    });
}

TEST_CASE("a line opening like a heading above is the next heading of the series, even after a list", "[classify][heading]") {
    check_heading_rows({
        {"en", R"(What Passengers Told Us
The ferry company asks its passengers every second year what they think of the service, and the answers are printed in the harbour paper.
Complaints of passengers in 2019
Four hundred passengers answered the survey, and a few answers came back again and again in the forms.
Late boats in the winter months
No shelter on the eastern pier
Tickets sold only at the kiosk
Complaints of passengers in 2023
Two years later the company asked again, and most of the old complaints had gone from the forms, though a new one had come.
)",
         {"Complaints of passengers in 2019", "Complaints of passengers in 2023"}},
        {"de", R"(Was die Fahrgäste sagen
Die Reederei fragt ihre Fahrgäste alle zwei Jahre, was sie vom Fährdienst halten, und die Antworten erscheinen in der Hafenzeitung.
Klagen der Fahrgäste 2019
Vierhundert Fahrgäste füllten den Bogen aus, und einige Antworten kamen in den Bögen immer wieder vor.
Verspätete Fähren in den Wintermonaten
Kein Unterstand am östlichen Anleger
Fahrkarten nur am Kiosk erhältlich
Klagen der Fahrgäste 2023
Zwei Jahre später fragte die Reederei erneut, und die meisten alten Klagen waren verschwunden, doch eine neue war hinzugekommen.
)",
         {"Klagen der Fahrgäste 2019", "Klagen der Fahrgäste 2023"}},
        {"fr", R"(Ce que disent les passagers
La compagnie de ferries demande tous les deux ans à ses passagers ce qu'ils pensent du service, et les réponses paraissent dans le journal du port.
Plaintes des passagers en 2019
Quatre cents passagers ont répondu au questionnaire, et quelques réponses revenaient sans cesse dans les formulaires.
Bateaux en retard pendant l'hiver
Aucun abri sur la jetée est
Billets vendus seulement au kiosque
Plaintes des passagers en 2023
Deux ans plus tard la compagnie a reposé la question, et la plupart des anciennes plaintes avaient disparu, mais une nouvelle était apparue.
)",
         {"Plaintes des passagers en 2019", "Plaintes des passagers en 2023"}},
        {"es", R"(Lo que dicen los pasajeros
La naviera pregunta cada dos años a sus pasajeros qué piensan del servicio, y las respuestas se publican en el periódico del puerto.
Quejas de los pasajeros en 2019
Cuatrocientos pasajeros respondieron a la encuesta, y algunas respuestas se repetían una y otra vez en los formularios.
Barcos con retraso en los meses de invierno
Ningún refugio en el muelle este
Billetes vendidos solo en el quiosco
Quejas de los pasajeros en 2023
Dos años después la naviera volvió a preguntar, y la mayoría de las viejas quejas habían desaparecido, aunque había surgido una nueva.
)",
         {"Quejas de los pasajeros en 2019", "Quejas de los pasajeros en 2023"}},
    });
}

TEST_CASE("a name over a paragraph that opens with it presents a person, no heading", "[classify][heading]") {
    check_heading_rows({
        {"en", R"(Ferries return to the harbour
The harbour of the town reopened on Monday after two years of work on its old quays and its new basin.
The first year went to the channel, which had silted up since the war and kept the larger boats out of the bay.
Maeve Doyle
Maeve Doyle covers the harbour, the ferries and the town council for the Wendle Courier since the spring of 2009.
)",
         {}},
        {"de", R"(Die Fähren kehren in den Hafen zurück
Der Hafen der Stadt ist am Montag nach zwei Jahren Arbeit an den alten Kais und dem neuen Becken wieder offen.
Das erste Jahr ging an die Fahrrinne, die seit dem Krieg verschlammt war und die großen Schiffe fernhielt.
Lena Brandt
Lena Brandt schreibt seit dem Frühjahr 2009 für den Wendler Kurier über den Hafen, die Fähren und den Gemeinderat.
)",
         {}},
        {"fr", R"(Les ferries reviennent au port
Le port de la ville a rouvert lundi après deux années de travaux sur ses vieux quais et son nouveau bassin.
La première année a été consacrée au chenal, qui s'était envasé depuis la guerre et fermait la baie aux bateaux.
Jean Dupont
Jean Dupont suit le port, les ferries et le conseil municipal pour le Courrier de Wendle depuis le printemps 2009.
)",
         {}},
        {"es", R"(Los transbordadores vuelven al puerto
El puerto de la ciudad reabrió el lunes después de dos años de obras en sus muelles y en su nueva dársena.
El primer año se dedicó al canal, que se había llenado de barro y cerraba la bahía a los barcos grandes.
Juan Pérez
Juan Pérez cubre el puerto, los transbordadores y el ayuntamiento para el Correo de Wendle desde la primavera de 2009.
)",
         {}},
        // A heading whose paragraph speaks of something else heads it.
        {"en", R"(Ferries return to the harbour
The harbour of the town reopened on Monday after two years of work on its old quays and its new basin.
The first year went to the channel, which had silted up since the war and kept the larger boats out of the bay.
Northern Quay
The whole town came down to the water on Monday to watch the first ferry moor at the new northern quay.
)",
         {"Northern Quay"}},
    });
}

TEST_CASE("a line heads text of seven words at least, not a short prompt", "[classify][heading]") {
    check_heading_rows({
        {"en", R"(Ferries return to the harbour
The harbour of the town reopened on Monday after two years of work on its old quays and its new basin.
The whole town came down to the water on Monday to watch the first ferry moor at the new northern quay.
Harbour news
Sign in to post a reply.
The council will vote the budget of the second basin in June, and the works could start in the autumn.
The company will run two boats a day from June, and a third one during the summer holidays, the mayor said.
)",
         {}},
        {"de", R"(Die Fähren kehren in den Hafen zurück
Der Hafen der Stadt ist am Montag nach zwei Jahren Arbeit an den alten Kais und dem neuen Becken wieder offen.
Die ganze Stadt kam am Montag ans Wasser, um die erste Fähre am neuen Nordkai anlegen zu sehen.
Nachrichten vom Hafen
Melden Sie sich bitte an.
Der Gemeinderat stimmt im Juni über das zweite Becken ab, und die Arbeiten könnten im Herbst beginnen.
Die Reederei wird ab Juni zwei Schiffe am Tag einsetzen und in den Sommerferien ein drittes, sagte der Bürgermeister.
)",
         {}},
        {"fr", R"(Les ferries reviennent au port
Le port de la ville a rouvert lundi après deux années de travaux sur ses vieux quais et son nouveau bassin.
Toute la ville est descendue au bord de l'eau lundi pour voir le premier ferry accoster au nouveau quai nord.
Nouvelles du port
Connectez-vous pour répondre ici.
Le conseil votera le budget du second bassin en juin, et les travaux pourraient commencer à l'automne.
La compagnie fera partir deux bateaux par jour dès juin, et un troisième pendant les vacances d'été, a dit le maire.
)",
         {}},
        {"es", R"(Los transbordadores vuelven al puerto
El puerto de la ciudad reabrió el lunes después de dos años de obras en sus muelles y en su nueva dársena.
Todo el pueblo bajó al agua el lunes para ver atracar el primer transbordador en el nuevo muelle norte.
Noticias del puerto
Inicia sesión para responder aquí.
El ayuntamiento votará en junio el presupuesto de la segunda dársena, y las obras podrían empezar en otoño.
La compañía operará dos barcos al día a partir de junio y un tercero durante las vacaciones de verano.
)",
         {}},
        {"en", R"(Ferries return to the harbour
The harbour of the town reopened on Monday after two years of work on its old quays and its new basin.
The whole town came down to the water on Monday to watch the first ferry moor at the new northern quay.
Harbour news
The ferries will run twice a day from June.
The council will vote the budget of the second basin in June, and the works could start in the autumn.
The company will run two boats a day from June, and a third one during the summer holidays, the mayor said.
)",
         {"Harbour news"}},
    });
}

TEST_CASE("a long heading heads a shorter sentence under it, not the rest of a broken sentence or a link",
          "[classify][heading][long]") {
    check_heading_rows({
        {"en", R"(Ferries return to the harbour
The harbour of the town reopened on Monday after two years of work on its old quays and its new basin.
The whole town came down to the water on Monday to watch the first ferry moor at the new northern quay.
No, the ferry line is not about to stop running for good
The company has ordered two new boats for the next season.
The council will vote the budget of the second basin in June, and the works could start in the autumn.
The company will run two boats a day from June, and a third one during the summer holidays, the mayor said.
)",
         {"No, the ferry line is not about to stop running for good"}},
        {"de", R"(Die Fähren kehren in den Hafen zurück
Der Hafen der Stadt ist am Montag nach zwei Jahren Arbeit an den alten Kais und dem neuen Becken wieder offen.
Die ganze Stadt kam am Montag ans Wasser, um die erste Fähre am neuen Nordkai anlegen zu sehen.
Nein, die Fährlinie wird nicht für immer eingestellt werden müssen
Die Reederei hat zwei neue Schiffe für den Sommer bestellt.
Der Gemeinderat stimmt im Juni über das zweite Becken ab, und die Arbeiten könnten im Herbst beginnen.
Die Reederei wird ab Juni zwei Schiffe am Tag einsetzen und in den Sommerferien ein drittes, sagte der Bürgermeister.
)",
         {"Nein, die Fährlinie wird nicht für immer eingestellt werden müssen"}},
        {"fr", R"(Les ferries reviennent au port
Le port de la ville a rouvert lundi après deux années de travaux sur ses vieux quais et son nouveau bassin.
Toute la ville est descendue au bord de l'eau lundi pour voir le premier ferry accoster au nouveau quai nord.
Non, la ligne de ferry ne va pas s'arrêter pour de bon
La compagnie a commandé deux nouveaux bateaux pour la saison.
Le conseil votera le budget du second bassin en juin, et les travaux pourraient commencer à l'automne.
La compagnie fera partir deux bateaux par jour dès juin, et un troisième pendant les vacances d'été, a dit le maire.
)",
         {"Non, la ligne de ferry ne va pas s'arrêter pour de bon"}},
        {"es", R"(Los transbordadores vuelven al puerto
El puerto de la ciudad reabrió el lunes después de dos años de obras en sus muelles y en su nueva dársena.
Todo el pueblo bajó al agua el lunes para ver atracar el primer transbordador en el nuevo muelle norte.
No, la línea de ferris no va a cerrar para siempre
La compañía ha encargado dos barcos nuevos para el verano.
El ayuntamiento votará en junio el presupuesto de la segunda dársena, y las obras podrían empezar en otoño.
La compañía operará dos barcos al día a partir de junio y un tercero durante las vacaciones de verano.
)",
         {"No, la línea de ferris no va a cerrar para siempre"}},
        // A sentence broken across two lines: its second half opens with a small letter.
        {"en", R"(Ferries return to the harbour
The harbour of the town reopened on Monday after two years of work on its old quays and its new basin.
The whole town came down to the water on Monday to watch the first ferry moor at the new northern quay.
Whatever the ferries earn goes without exception to the upkeep of quays
or to the clubs that row and sail in the bay.
The council will vote the budget of the second basin in June, and the works could start in the autumn.
The company will run two boats a day from June, and a third one during the summer holidays, the mayor said.
)",
         {}},
        {"de", R"(Die Fähren kehren in den Hafen zurück
Der Hafen der Stadt ist am Montag nach zwei Jahren Arbeit an den alten Kais und dem neuen Becken wieder offen.
Die ganze Stadt kam am Montag ans Wasser, um die erste Fähre am neuen Nordkai anlegen zu sehen.
Was die Fähren einnehmen, fließt ohne Ausnahme in den Unterhalt der Kais
oder in die Vereine, die in der Bucht rudern und segeln.
Der Gemeinderat stimmt im Juni über das zweite Becken ab, und die Arbeiten könnten im Herbst beginnen.
Die Reederei wird ab Juni zwei Schiffe am Tag einsetzen und in den Sommerferien ein drittes, sagte der Bürgermeister.
)",
         {}},
        // "Next story →": the link to another article, over the line of comments under this one.
        {"en", R"(Ferries return to the harbour
The harbour of the town reopened on Monday after two years of work on its old quays and its new basin.
The whole town came down to the water on Monday to watch the first ferry moor at the new northern quay.
The council will vote the budget of the second basin in June, and the works could start in the autumn.
The lighthouse keeper retires after forty winters on the rock →
Two thoughts on the return of the ferries to our harbour.
The company will run two boats a day from June, and a third one during the summer holidays, the mayor said.
)",
         {}},
        {"de", R"(Die Fähren kehren in den Hafen zurück
Der Hafen der Stadt ist am Montag nach zwei Jahren Arbeit an den alten Kais und dem neuen Becken wieder offen.
Die ganze Stadt kam am Montag ans Wasser, um die erste Fähre am neuen Nordkai anlegen zu sehen.
Der Gemeinderat stimmt im Juni über das zweite Becken ab, und die Arbeiten könnten im Herbst beginnen.
Der Leuchtturmwärter geht nach vierzig Wintern auf dem Felsen in Rente →
Zwei Gedanken zur Rückkehr der Fähren in unseren Hafen.
Die Reederei wird ab Juni zwei Schiffe am Tag einsetzen und in den Sommerferien ein drittes, sagte der Bürgermeister.
)",
         {}},
    });
}

TEST_CASE("a caption closed by its credit in parentheses heads no section", "[classify][heading][credit]") {
    check_heading_rows({
        {"en", R"(Ferries return to the harbour
The harbour of the town reopened on Monday after two years of work on its old quays and its new basin.
The whole town came down to the water on Monday to watch the first ferry moor at the new northern quay.
The first ferry at the northern quay (Photo Harbour Times: Jane Roe)
The council will vote the budget of the second basin in June, and the works could start in the autumn.
The company will run two boats a day from June, and a third one during the summer holidays, the mayor said.
)",
         {}},
        {"de", R"(Die Fähren kehren in den Hafen zurück
Der Hafen der Stadt ist am Montag nach zwei Jahren Arbeit an den alten Kais und dem neuen Becken wieder offen.
Die ganze Stadt kam am Montag ans Wasser, um die erste Fähre am neuen Nordkai anlegen zu sehen.
Die erste Fähre am neuen Nordkai (Bild Hafenzeitung: Anna Muster)
Der Gemeinderat stimmt im Juni über das zweite Becken ab, und die Arbeiten könnten im Herbst beginnen.
Die Reederei wird ab Juni zwei Schiffe am Tag einsetzen und in den Sommerferien ein drittes, sagte der Bürgermeister.
)",
         {}},
        {"es", R"(Los transbordadores vuelven al puerto
El puerto de la ciudad reabrió el lunes después de dos años de obras en sus muelles y en su nueva dársena.
Todo el pueblo bajó al agua el lunes para ver atracar el primer transbordador en el nuevo muelle norte.
El primer ferri en el muelle (Foto Diario Sur: Juan Pérez)
El ayuntamiento votará en junio el presupuesto de la segunda dársena, y las obras podrían empezar en otoño.
La compañía operará dos barcos al día a partir de junio y un tercero durante las vacaciones de verano.
)",
         {}},
        {"fr", R"(Les ferries reviennent au port
Le port de la ville a rouvert lundi après deux années de travaux sur ses vieux quais et son nouveau bassin.
Toute la ville est descendue au bord de l'eau lundi pour voir le premier ferry accoster au nouveau quai nord.
Le premier ferry au quai nord (Crédit Journal Sud : Jean Dupont)
Le conseil votera le budget du second bassin en juin, et les travaux pourraient commencer à l'automne.
La compagnie fera partir deux bateaux par jour dès juin, et un troisième pendant les vacances d'été, a dit le maire.
)",
         {}},
        // A heading closing on a parenthesis of its own words still heads its text.
        {"en", R"(Ferries return to the harbour
The harbour of the town reopened on Monday after two years of work on its old quays and its new basin.
The whole town came down to the water on Monday to watch the first ferry moor at the new northern quay.
The new quay (and the old one)
The council will vote the budget of the second basin in June, and the works could start in the autumn.
The company will run two boats a day from June, and a third one during the summer holidays, the mayor said.
)",
         {"The new quay (and the old one)"}},
    });
}

TEST_CASE("the rows of a table, their cells apart by tabs, head no section", "[classify][heading]") {
    check_heading_rows({
        {"en", "The Ferries of the Bay\n"
               "The bay has been crossed by ferries for two centuries, and the harbour museum keeps a list of them.\n"
               "Ship\tBuilt\tNotes\n"
               "Northern Star\t1961\tSecond of the name\n"
               "Saltmarsh Queen\t1974\tThe first car ferry of the bay, she carried forty cars and crossed in an hour.\n"
               "Winter service\n"
               "In the winter months only one ferry crosses the bay, twice a day, and the timetable changes each year.\n",
         {"Winter service"}},
        {"de", "Die Fähren der Bucht\n"
               "Seit zwei Jahrhunderten fahren Fähren über die Bucht, und das Hafenmuseum führt eine Liste von ihnen.\n"
               "Schiff\tBaujahr\tBemerkung\n"
               "Nordstern\t1961\tZweites Schiff des Namens\n"
               "Salzwiese\t1974\tDie erste Autofähre der Bucht, sie trug vierzig Wagen und brauchte eine Stunde.\n"
               "Winterfahrplan\n"
               "In den Wintermonaten fährt nur eine Fähre über die Bucht, zweimal am Tag, und der Fahrplan ändert sich jedes Jahr.\n",
         {"Winterfahrplan"}},
        {"fr", "Les ferries de la baie\n"
               "Des ferries traversent la baie depuis deux siècles, et le musée du port en tient la liste.\n"
               "Navire\tAnnée\tRemarques\n"
               "Étoile du Nord\t1961\tDeuxième du nom\n"
               "Reine des Marais\t1974\tLe premier ferry pour voitures de la baie, il en portait quarante et traversait en une heure.\n"
               "Service d'hiver\n"
               "Pendant les mois d'hiver un seul ferry traverse la baie, deux fois par jour, et l'horaire change chaque année.\n",
         {"Service d'hiver"}},
    });
    // A tab that indents the line, trails it or follows a numbered title's number parts no cells.
    auto blocks = segment("\tIndented line\nTrailing tab\t\nName\t1961\n2.1\tMethods of the survey\n"
                          "1961\t1962\t1963\n");
    REQUIRE(blocks.size() == 5);
    CHECK_FALSE(blocks[0].cells);
    CHECK_FALSE(blocks[1].cells);
    CHECK(blocks[2].cells);
    CHECK_FALSE(blocks[3].cells);
    CHECK(blocks[4].cells);
}

TEST_CASE("a quoted title with its price or year in parentheses heads a review's section", "[classify][heading]") {
    check_heading_rows({
        {"en", R"(Five Board Games for the Long Winter Evenings
We played every new board game that came out this autumn, and these are the ones we kept coming back to at the club.
“Lighthouse Keepers” ($30)
Each player keeps a lamp burning on a rocky coast while the storms come in, and the last lamp still lit at dawn wins the game.
“Gulls” ($20)
A quick game of cards about gulls stealing chips on the pier, and it is over in ten minutes, which the children liked very much.
“We will build the pier again.” (2019)
The mayor said these words on the pier, and the game of the same name is a long game of planning for the whole family.
)",
         {"“Lighthouse Keepers” ($30)", "“Gulls” ($20)"}},
        {"de", R"(Fünf Brettspiele für lange Winterabende
Wir haben alle neuen Brettspiele dieses Herbstes gespielt, und zu diesen sind wir im Verein immer wieder zurückgekehrt.
„Die Leuchtturmwärter“ (30 €)
Jeder Spieler hält an einer felsigen Küste eine Lampe am Brennen, während die Stürme kommen, und wer bei Tagesanbruch noch Licht hat, gewinnt.
„Möwen“ (2019)
Ein schnelles Kartenspiel über Möwen, die am Steg Pommes stehlen, und es ist nach zehn Minuten vorbei, was den Kindern sehr gefiel.
)",
         {"„Die Leuchtturmwärter“ (30 €)", "„Möwen“ (2019)"}},
        {"fr", R"(Cinq jeux de société pour les longues soirées d'hiver
Nous avons joué à tous les nouveaux jeux de société de cet automne, et voici ceux auxquels nous sommes revenus au club.
« Les Gardiens du phare » (30 €)
Chaque joueur garde une lampe allumée sur une côte rocheuse pendant que les tempêtes arrivent, et la dernière lampe allumée à l'aube gagne.
« Mouettes » (20 €)
Un jeu de cartes rapide sur des mouettes qui volent des frites sur la jetée, et la partie dure dix minutes, ce que les enfants ont adoré.
)",
         {"« Les Gardiens du phare » (30 €)", "« Mouettes » (20 €)"}},
        {"es", R"(Cinco juegos de mesa para las largas noches de invierno
Jugamos a todos los juegos de mesa nuevos de este otoño, y estos son los que volvimos a sacar una y otra vez en el club.
«Los guardianes del faro» (30 €)
Cada jugador mantiene una lámpara encendida en una costa rocosa mientras llegan las tormentas, y gana la última lámpara encendida al amanecer.
«Gaviotas» (2019)
Un juego de cartas rápido sobre gaviotas que roban patatas en el muelle, y la partida dura diez minutos, algo que a los niños les encantó.
)",
         {"«Los guardianes del faro» (30 €)", "«Gaviotas» (2019)"}},
    });
}

TEST_CASE("a link's label with the title it leads to stays text, no heading", "[classify][heading]") {
    const std::vector<archive::test::PageRow> rows = {
        {"en", R"(Ferries Return to the Harbour
The harbour of the town reopened on Monday after two years of work on its old quays and its new basin.
The first year went to the channel, which had silted up since the war and kept the larger boats out of the bay.
Related: The Old Lighthouse Gets a New Lamp
The whole town came down to the water on Monday to watch the first ferry moor at the new northern quay.
Winter service
In the winter months only one ferry crosses the bay, twice a day, and the timetable changes each year.
)",
         "Related: The Old Lighthouse Gets a New Lamp"},
        {"en", R"(Ferries Return to the Harbour
The harbour of the town reopened on Monday after two years of work on its old quays and its new basin.
The first year went to the channel, which had silted up since the war and kept the larger boats out of the bay.
Learn More: Five Walks Along the Northern Quay
The whole town came down to the water on Monday to watch the first ferry moor at the new northern quay.
Winter service
In the winter months only one ferry crosses the bay, twice a day, and the timetable changes each year.
)",
         "Learn More: Five Walks Along the Northern Quay"},
        {"de", R"(Die Fähren kehren in den Hafen zurück
Der Hafen der Stadt ist am Montag nach zwei Jahren Arbeit an den alten Kais und dem neuen Becken wieder offen.
Das erste Jahr ging an die Fahrrinne, die seit dem Krieg verschlammt war und die großen Schiffe fernhielt.
Mehr erfahren: Der alte Leuchtturm bekommt eine neue Lampe
Die ganze Stadt kam am Montag ans Wasser, um die erste Fähre am neuen Nordkai anlegen zu sehen.
Winterfahrplan
In den Wintermonaten fährt nur eine Fähre über die Bucht, zweimal am Tag, und der Fahrplan ändert sich jedes Jahr.
)",
         "Mehr erfahren: Der alte Leuchtturm bekommt eine neue Lampe"},
        {"fr", R"(Les ferries reviennent au port
Le port de la ville a rouvert lundi après deux années de travaux sur ses vieux quais et son nouveau bassin.
La première année a été consacrée au chenal, qui s'était envasé depuis la guerre et fermait la baie aux gros bateaux.
En savoir plus : Le vieux phare reçoit une nouvelle lampe
Toute la ville est descendue au bord de l'eau lundi pour voir le premier ferry accoster au nouveau quai nord.
Service d'hiver
Pendant les mois d'hiver un seul ferry traverse la baie, deux fois par jour, et l'horaire change chaque année.
)",
         "En savoir plus : Le vieux phare reçoit une nouvelle lampe"},
        {"es", R"(Los transbordadores vuelven al puerto
El puerto de la ciudad reabrió el lunes después de dos años de obras en sus viejos muelles y en su nueva dársena.
El primer año se dedicó al canal, que se había llenado de barro desde la guerra y cerraba la bahía a los barcos grandes.
Más información: El viejo faro recibe una lámpara nueva
Todo el pueblo bajó al agua el lunes para ver atracar el primer transbordador en el nuevo muelle del norte.
Servicio de invierno
En los meses de invierno solo un transbordador cruza la bahía, dos veces al día, y el horario cambia cada año.
)",
         "Más información: El viejo faro recibe una lámpara nueva"},
    };
    for (const auto& r : rows) {
        INFO(r.page);
        Article a = classify(segment(r.page), r.lang);
        CHECK(headings_of(a).size() == 1);
        auto paragraphs = archive::test::paragraphs_of(a);
        CHECK(std::find(paragraphs.begin(), paragraphs.end(), r.line) != paragraphs.end());
    }
}

TEST_CASE("a photo credit glued to its label heads no section", "[classify][heading][credit]") {
    for (const char* line : {"CreditJane Roe for The Harbour Weekly", "FotoAnna Muster/Hafenbild", "PhotoJohn Doe",
                             "CréditJean Dupont pour Le Courrier du Port", "BildTom Fischer"}) {
        INFO(line);
        CHECK(glued_credit_label(line));
    }
    for (const char* line : {"Photography on the quays", "Photos", "Credit Unions Open a Branch on the Pier",
                             "PhotoJohn Doe took this picture of the pier."}) {
        INFO(line);
        CHECK_FALSE(glued_credit_label(line));
    }
    check_heading_rows({
        {"en", R"(Ferries Return to the Harbour
The harbour of the town reopened on Monday after two years of work on its old quays and its new basin.
The first year went to the channel, which had silted up since the war and kept the larger boats out of the bay.
Photo
CreditJane Roe for The Harbour Weekly
The whole town came down to the water on Monday to watch the first ferry moor at the new northern quay.
)",
         {}},
        {"de", R"(Die Fähren kehren in den Hafen zurück
Der Hafen der Stadt ist am Montag nach zwei Jahren Arbeit an den alten Kais und dem neuen Becken wieder offen.
Das erste Jahr ging an die Fahrrinne, die seit dem Krieg verschlammt war und die großen Schiffe fernhielt.
Bild
FotoAnna Muster für den Hafenboten
Die ganze Stadt kam am Montag ans Wasser, um die erste Fähre am neuen Nordkai anlegen zu sehen.
)",
         {}},
        {"fr", R"(Les ferries reviennent au port
Le port de la ville a rouvert lundi après deux années de travaux sur ses vieux quais et son nouveau bassin.
La première année a été consacrée au chenal, qui s'était envasé depuis la guerre et fermait la baie aux gros bateaux.
Photo
CréditJean Dupont pour Le Courrier du Port
Toute la ville est descendue au bord de l'eau lundi pour voir le premier ferry accoster au nouveau quai nord.
)",
         {}},
    });
}

TEST_CASE("the link to a comment thread, its count glued to it, heads no section", "[classify][heading]") {
    auto block = [](const char* line) { return segment(line).at(0); };
    for (const char* line : {"200Comments. Click to view comments", "12Kommentare", "Commentaires(4)",
                             "Comentarios(15)", "3Comments"}) {
        INFO(line);
        CHECK(comment_count(block(line)));
    }
    for (const char* line : {"Comments", "2019 Harbour Festival", "Comments on the 2019 budget", "Kommentar(e)"}) {
        INFO(line);
        CHECK_FALSE(comment_count(block(line)));
    }
    check_heading_rows({
        {"en", R"(Ferries Return to the Harbour
The harbour of the town reopened on Monday after two years of work on its old quays and its new basin.
The first year went to the channel, which had silted up since the war and kept the larger boats out of the bay.
200Comments. Click to view comments
The whole town came down to the water on Monday to watch the first ferry moor at the new northern quay.
)",
         {}},
        {"de", R"(Die Fähren kehren in den Hafen zurück
Der Hafen der Stadt ist am Montag nach zwei Jahren Arbeit an den alten Kais und dem neuen Becken wieder offen.
Das erste Jahr ging an die Fahrrinne, die seit dem Krieg verschlammt war und die großen Schiffe fernhielt.
12Kommentare. Zu den Kommentaren
Die ganze Stadt kam am Montag ans Wasser, um die erste Fähre am neuen Nordkai anlegen zu sehen.
)",
         {}},
        {"fr", R"(Les ferries reviennent au port
Le port de la ville a rouvert lundi après deux années de travaux sur ses vieux quais et son nouveau bassin.
La première année a été consacrée au chenal, qui s'était envasé depuis la guerre et fermait la baie aux gros bateaux.
12Commentaires. Cliquez pour les lire
Toute la ville est descendue au bord de l'eau lundi pour voir le premier ferry accoster au nouveau quai nord.
)",
         {}},
        {"es", R"(Los transbordadores vuelven al puerto
El puerto de la ciudad reabrió el lunes después de dos años de obras en sus viejos muelles y en su nueva dársena.
El primer año se dedicó al canal, que se había llenado de barro desde la guerra y cerraba la bahía a los barcos grandes.
8Comentarios. Haz clic para leerlos
Todo el pueblo bajó al agua el lunes para ver atracar el primer transbordador en el nuevo muelle del norte.
)",
         {}},
    });
}

TEST_CASE("on a page of several articles, a title over its byline and date heads its text", "[classify][heading]") {
    check_heading_rows({
        {"en", R"(This Week on the Harbour Wire
By Tom Fisher
March 25, 2015
The harbour of the town reopened on Monday after two years of work on its old quays and its new basin, and the board met the same evening to plan the season.
The first year went to the channel, which had silted up since the war and kept the larger boats out of the bay until the dredgers came from the north in March.
Comments (4 posted)
Mapping the tides with free tools
By Anna Berg
March 26, 2015
The tide tables of the bay were drawn by hand until last year, when two volunteers wrote a program that reads the gauges on the pier every ten minutes and draws the curves.
Their maps now hang in the harbour office, and the ferry captains read them every morning before the first crossing of the day.
)",
         {"Mapping the tides with free tools"}},
        {"de", R"(Diese Woche im Hafenbrief
Von Tom Fischer
25. März 2015
Der Hafen der Stadt ist am Montag nach zwei Jahren Arbeit an den alten Kais und dem neuen Becken wieder offen, und die Behörde plante noch am selben Abend die Saison.
Das erste Jahr ging an die Fahrrinne, die seit dem Krieg verschlammt war und die großen Schiffe aus der Bucht fernhielt, bis im März die Bagger aus dem Norden kamen.
Kommentare (4)
Gezeiten mit freien Programmen kartieren
Von Anna Berg
26. März 2015
Die Gezeitentafeln der Bucht wurden bis zum letzten Jahr von Hand gezeichnet, als zwei Freiwillige ein Programm schrieben, das die Pegel am Steg alle zehn Minuten liest.
Ihre Karten hängen jetzt im Hafenamt, und die Kapitäne der Fähren lesen sie jeden Morgen vor der ersten Überfahrt des Tages.
)",
         {"Gezeiten mit freien Programmen kartieren"}},
        {"fr", R"(Cette semaine dans la lettre du port
Par Tom Pêcheur
25 mars 2015
Le port de la ville a rouvert lundi après deux années de travaux sur ses vieux quais et son nouveau bassin, et le conseil s'est réuni le soir même pour préparer la saison.
La première année a été consacrée au chenal, qui s'était envasé depuis la guerre et fermait la baie aux gros bateaux jusqu'à l'arrivée des dragues en mars.
Commentaires (4)
Cartographier les marées avec des logiciels libres
Par Anne Berger
26 mars 2015
Les tables des marées de la baie étaient dessinées à la main jusqu'à l'an dernier, quand deux bénévoles ont écrit un programme qui lit les jauges du quai toutes les dix minutes.
Leurs cartes sont affichées au bureau du port, et les capitaines des ferries les lisent chaque matin avant la première traversée de la journée.
)",
         {"Cartographier les marées avec des logiciels libres"}},
        {"es", R"(Esta semana en el boletín del puerto
Por Tomás Pescador
25 de marzo de 2015
El puerto de la ciudad reabrió el lunes después de dos años de obras en sus muelles y en su nueva dársena, y la junta se reunió esa misma noche para preparar la temporada.
El primer año se dedicó al canal, que se había llenado de barro desde la guerra y cerraba la bahía a los barcos grandes hasta que llegaron las dragas en marzo.
Comentarios (4)
Cartografiar las mareas con programas libres
Por Ana Berga
26 de marzo de 2015
Las tablas de mareas de la bahía se dibujaban a mano hasta el año pasado, cuando dos voluntarios escribieron un programa que lee los medidores del muelle cada diez minutos.
Sus mapas cuelgan ahora en la oficina del puerto, y los capitanes de los transbordadores los leen cada mañana antes de la primera travesía del día.
)",
         {"Cartografiar las mareas con programas libres"}},
    });
}

TEST_CASE("two elements of the page glued without their space are no text of the article", "[classify][heading]") {
    // An author glued to a category, a section label glued to a teaser's title, a label glued to its first tag.
    for (const char* line : {"Jane DoePolitics", "Ola NowakowskaMuzyka", "Gesund lebenDrei Wege zu mehr Schlaf",
                             "Weather and climateStorm closes the pier", "Temas del díaPuertos y mareas",
                             "Marie DupontSociété", "TagsHarbour, Ferries, Weather",
                             "ThemenHafenFähren", "TemasPuertos del norte"}) {
        INFO(line);
        CHECK(glued_elements(line));
    }
    // Names written with an upper-case letter inside glue nothing, nor do the names of code ("showTides").
    for (const char* line : {"The new iPhone reaches the harbour", "Paying the ferry with PayPal", "Ian MacDonald",
                             "Lena DiCaprio", "Liebe LeserInnen", "Die AutorInnen des Hafenbuchs",
                             "How SkyFerry and Tidal became the harbour's favourite boats", "Running macOS Harbour",
                             "Themen: Hafen, Fährenbau, Wetterlage", "Tagsüber bleibt der Hafen offen",
                             "Ferries and TagsHarbour", "showTides", "ferryMapVisible", "keepHarbourLogs true",
                             "Harbour FerryMaster", "Initiative HafenZukunft"}) {
        INFO(line);
        CHECK_FALSE(glued_elements(line));
    }
    // Neither a heading nor a paragraph: the page's navigation.
    const std::vector<Row> rows = {
        {"en", R"(Ferries Return to the Harbour
The harbour of the town reopened on Monday after two years of work on its old quays and its new basin.
The first year went to the channel, which had silted up since the war and kept the larger boats out of the bay.
Weather and climateStorm closes the pier
The whole town came down to the water on Monday to watch the first ferry moor at the new northern quay.
)",
         {}},
        {"de", R"(Die Fähren kehren in den Hafen zurück
Der Hafen der Stadt ist am Montag nach zwei Jahren Arbeit an den alten Kais und dem neuen Becken wieder offen.
Das erste Jahr ging an die Fahrrinne, die seit dem Krieg verschlammt war und die großen Schiffe fernhielt.
Gesund lebenDrei Wege zu mehr Schlaf
Die ganze Stadt kam am Montag ans Wasser, um die erste Fähre am neuen Nordkai anlegen zu sehen.
)",
         {}},
        {"pl", R"(Promy wracają do portu
Port w mieście został ponownie otwarty w poniedziałek po dwóch latach prac przy starych nabrzeżach i nowym basenie.
Pierwszy rok poświęcono na tor wodny, który zamulił się od czasów wojny i nie wpuszczał większych statków do zatoki.
Ola NowakowskaMuzyka
Całe miasto zeszło w poniedziałek nad wodę, aby zobaczyć, jak pierwszy prom cumuje przy nowym północnym nabrzeżu.
)",
         {}},
    };
    check_heading_rows(rows);
    for (const auto& r : rows) {
        INFO(r.page);
        auto paragraphs = archive::test::paragraphs_of(classify(segment(r.page), r.lang));
        CHECK(paragraphs.size() == 3);
        for (const auto& para : paragraphs)
            CHECK_FALSE(glued_elements(para));
    }
}

TEST_CASE("the joint of two glued elements is found wherever it falls in the line", "[classify][heading]") {
    // (The line is read eight bytes a step: the joint falls inside a step, across two, after accented letters.)
    auto joined = [](std::initializer_list<std::string_view> parts) {
        std::string line;
        for (std::string_view part : parts)
            line.append(part);
        return line;
    };
    for (std::size_t k = 0; k < 10; ++k) {
        std::string first = "J";
        first.append(k, 'a');
        first.append("ne");
        for (const std::string& line : {joined({first, " DoePolitics"}), joined({first, " DöePolitics"}),
                                        joined({"Ä", first, " DoePolitics"}), joined({"Ola ", first, "kowskaMuzyka"})}) {
            INFO(line);
            CHECK(glued_elements(line));
        }
        for (const std::string& line :
             {joined({first, " Doe Politics"}), joined({first, " DöePOLITICS"}), joined({"Ä", first, " doepolitics"})}) {
            INFO(line);
            CHECK_FALSE(glued_elements(line));
        }
    }
}

TEST_CASE("on a page parted by blank lines, short terms glued to one paragraph each are a list under its title",
          "[classify][heading][definition]") {
    check_heading_rows({
        {"en", R"(What the Ferry Company Plans for the Winter

The ferry company of the bay presented its plans for the winter on Tuesday, after a summer of record crossings and long queues at both piers.

Its director spoke for an hour to the council, and the councillors asked many questions about the prices and the timetables of the boats.

What changes
Night crossings
Two boats will cross the bay after midnight on Fridays and Saturdays, so that the workers of the late shift at the cannery can get home.
Cheaper tickets
A ticket for ten crossings will cost a third less than ten single tickets, and pupils of the island school will travel for free all year.
A new pier
The old wooden pier at the north end of the island will be replaced by a concrete one before March, when the storms are over.

The council will vote on the plans next month, after a public meeting in the town hall that everybody on the island is invited to.

Who pays for it

The company will pay for the boats and the tickets, and the council will pay for the pier out of the harbour fund it keeps for repairs.
)",
         {"What changes", "Who pays for it"}},
        // Short lines apart from their paragraphs by blank lines head sections.
        {"en", R"(The Orchard School Opens a Second Building

The orchard school at the edge of the village opened its second building on Monday, three years after the parents first asked the county for it.

The head teacher showed the new rooms to the parents in the afternoon, and the children planted a row of young pear trees behind them.

Two classrooms

Each classroom holds twenty-four pupils, and its wide windows look over the orchard, where the older children keep bees in the summer.

A kitchen garden

The pupils grow beans, carrots and pumpkins in raised beds behind the kitchen, and the cook serves what they harvest at lunch on Fridays.

The workshop

A workshop with benches and tools lets the pupils build bird boxes and benches, under the eye of a retired carpenter from the village.
)",
         {"Two classrooms", "A kitchen garden", "The workshop"}},
        {"de", R"(Was die Fährgesellschaft für den Winter plant

Die Fährgesellschaft der Bucht hat am Dienstag ihre Pläne für den Winter vorgestellt, nach einem Sommer mit so vielen Fahrgästen wie nie zuvor.

Ihr Direktor sprach eine Stunde lang vor dem Gemeinderat, und die Räte stellten viele Fragen zu den Preisen und den Fahrplänen der Schiffe.

Was sich ändert
Fahrten bei Nacht
Zwei Schiffe werden freitags und samstags nach Mitternacht über die Bucht fahren, damit die Arbeiter der Spätschicht nach Hause kommen.
Günstigere Karten
Eine Karte für zehn Fahrten kostet ein Drittel weniger als zehn einzelne Karten, und die Schüler der Inselschule fahren das ganze Jahr umsonst.
Ein neuer Anleger
Der alte hölzerne Anleger am Nordende der Insel wird vor dem März durch einen aus Beton ersetzt, wenn die Stürme vorbei sind.

Der Gemeinderat stimmt im nächsten Monat über die Pläne ab, nach einer öffentlichen Versammlung im Rathaus, zu der alle eingeladen sind.
)",
         {"Was sich ändert"}},
        {"fr", R"(Ce que la compagnie des bacs prévoit pour l'hiver

La compagnie des bacs de la baie a présenté mardi ses projets pour l'hiver, après un été de traversées record et de longues files aux deux jetées.

Son directeur a parlé une heure devant le conseil municipal, et les conseillers ont posé beaucoup de questions sur les prix et les horaires des bateaux.

Ce qui change
Traversées de nuit
Deux bateaux traverseront la baie après minuit le vendredi et le samedi, pour que les ouvriers de l'équipe du soir puissent rentrer chez eux.
Billets moins chers
Un carnet de dix traversées coûtera un tiers de moins que dix billets simples, et les élèves de l'école de l'île voyageront gratuitement.
Une nouvelle jetée
La vieille jetée en bois au nord de l'île sera remplacée par une jetée en béton avant le mois de mars, quand les tempêtes seront passées.

Le conseil votera sur ces projets le mois prochain, après une réunion publique à la mairie à laquelle tous les habitants sont invités.
)",
         {"Ce qui change"}},
    });
}

TEST_CASE("a line as long as the items without a final mark above it is one more item, no heading",
          "[classify][heading][items]") {
    check_heading_rows({
        {"en", R"(What the Lifeboat Volunteers Asked the Council For
The volunteers of the lifeboat station met the council on Thursday and listed what they lack before the winter storms.
A second boat for the crews on the northern shore, where the sandbanks shift every single year
More trained divers for the winter months, when most of the summer volunteers have gone back to town
Radios that keep working in the heavy rain of the autumn storms, when the old sets failed twice
New charts of the sandbanks (printed after the dredging and storms)
The council promised an answer before December and asked the volunteers for a written estimate of the costs of each item.
A reply from the mayor
The mayor wrote to the station the next week that the boat would be paid for by the harbour fund, the rest by the region.
)",
         {"A reply from the mayor"}},
        {"de", R"(Was die Freiwilligen der Seenotrettung vom Gemeinderat wollen
Die Freiwilligen der Rettungsstation trafen am Donnerstag den Gemeinderat und zählten auf, was ihnen vor den Winterstürmen fehlt.
Ein zweites Boot für die Mannschaften an der Nordküste, wo sich die Sandbänke jedes Jahr verschieben
Mehr ausgebildete Taucher für die Wintermonate, wenn die meisten Sommerhelfer wieder in der Stadt sind
Funkgeräte, die auch bei starkem Regen funktionieren, weil die alten Geräte im Herbst zweimal ausfielen
Neue Karten der Sandbänke (gedruckt nach dem Baggern und den Stürmen)
Der Gemeinderat versprach eine Antwort vor Dezember und bat die Freiwilligen um eine schriftliche Schätzung der Kosten.
Die Antwort des Bürgermeisters
Der Bürgermeister schrieb der Station in der Woche darauf, das Boot zahle der Hafenfonds und den Rest die Region.
)",
         {"Die Antwort des Bürgermeisters"}},
        {"fr", R"(Ce que les sauveteurs bénévoles demandent au conseil
Les bénévoles de la station de sauvetage ont rencontré le conseil jeudi et ont dressé la liste de ce qui leur manque avant l'hiver.
Un deuxième canot pour les équipes de la côte nord, où les bancs de sable bougent chaque année
Davantage de plongeurs formés pour les mois d'hiver, quand la plupart des bénévoles d'été sont repartis en ville
Des radios qui fonctionnent sous la pluie, car les anciens postes sont tombés en panne deux fois cet automne
De nouvelles cartes des bancs de sable (tracées après le dragage)
Le conseil a promis une réponse avant décembre et a demandé aux bénévoles une estimation écrite du coût de chaque demande.
La réponse du maire
Le maire a écrit à la station la semaine suivante que le canot serait payé par le fonds du port et le reste par la région.
)",
         {"La réponse du maire"}},
    });
}

TEST_CASE("terms the paragraph above names, three in a row, are a definition list, not headings",
          "[classify][heading][definition]") {
    check_heading_rows({
        {"en", R"(How the Harbour Master Reads the Weather
The harbour master has kept the weather book of the port for thirty years, and every morning she writes down what the sky and the sea tell her before the first boats leave.
Fishermen judge a day by three signs: wind, swell and cloud. Each of them tells a different part of the story of the coming hours.
Wind
A steady wind from the west brings the fishing boats home early in the afternoon, while a wind turning to the north before noon warns of a storm by the evening, and the old skippers say that a wind which drops suddenly at dawn is the worst sign of all.
Swell
The long swell that rolls in from the open sea, even on a calm and sunny day, tells of a storm far away, and the harbour master counts the seconds between the waves breaking on the pier to guess how far it is.
Cloud
High thin clouds coming in from the southwest a day before a change are the first sign of rain, and when they thicken and lower into a grey sheet over the hills, the boats stay in the harbour until the next morning.
Keeping the Weather Book
The book itself is a ledger bound in green cloth, and each page holds a week of notes, sketches of the clouds and the number of boats that went out.
)",
         {"Keeping the Weather Book"}},
        // Headings the paragraph above does not name stay headings.
        {"en", R"(A Day at the Lighthouse on Gull Rock
The keeper of the lighthouse on Gull Rock has lived alone on the island since the spring, with a radio, a goat and a shelf of old novels.
She let a reporter follow her for one day in August, from the first light to the lamp lit at dusk.
Morning
Before breakfast she climbs the hundred and twelve steps to clean the great lens with a soft cloth and a bottle of spirit, as keepers have done for a century.
Noon
At noon the supply boat comes round the point with bread, letters and diesel for the generator, if the sea lets it land at the little jetty.
Evening
When the sun goes down she lights the lamp, writes the day in the log and listens to the shipping forecast on the radio before she goes to sleep.
)",
         {"Morning", "Noon", "Evening"}},
        {"de", R"(Wie die Hafenmeisterin das Wetter liest
Die Hafenmeisterin führt seit dreißig Jahren das Wetterbuch des Hafens, und jeden Morgen schreibt sie auf, was Himmel und Meer ihr sagen, bevor die ersten Boote auslaufen.
Die Fischer beurteilen einen Tag nach drei Zeichen: Wind, Dünung und Wolken. Jedes davon erzählt einen anderen Teil der kommenden Stunden.
Wind
Ein gleichmäßiger Wind aus Westen bringt die Fischerboote früh am Nachmittag heim, während ein Wind, der vor Mittag nach Norden dreht, vor einem Sturm am Abend warnt, und die alten Schiffer sagen, ein Wind, der bei Sonnenaufgang plötzlich nachlässt, sei das schlimmste Zeichen.
Dünung
Die lange Dünung, die selbst an einem ruhigen und sonnigen Tag vom offenen Meer hereinrollt, erzählt von einem fernen Sturm, und die Hafenmeisterin zählt die Sekunden zwischen den Wellen an der Mole, um seine Entfernung zu schätzen.
Wolken
Hohe dünne Wolken aus Südwesten einen Tag vor einem Wetterwechsel sind das erste Zeichen für Regen, und wenn sie dichter werden und sich als graue Decke über die Hügel senken, bleiben die Boote bis zum nächsten Morgen im Hafen.
Das Wetterbuch selbst
Das Buch ist ein in grünes Leinen gebundenes Kassenbuch, und jede Seite enthält eine Woche mit Notizen, Skizzen der Wolken und der Zahl der ausgelaufenen Boote.
)",
         {"Das Wetterbuch selbst"}},
        {"fr", R"(Comment la capitaine du port lit le temps
La capitaine du port tient le livre météo du port depuis trente ans, et chaque matin elle note ce que le ciel et la mer lui disent avant le départ des premiers bateaux.
Les pêcheurs jugent une journée sur trois signes : le vent, la houle et les nuages. Chacun raconte une autre partie des heures à venir.
Le vent
Un vent régulier d'ouest ramène les bateaux de pêche tôt dans l'après-midi, tandis qu'un vent qui tourne au nord avant midi annonce une tempête pour le soir, et les vieux patrons disent qu'un vent qui tombe d'un coup à l'aube est le pire des signes.
La houle
La longue houle qui arrive du large, même par une journée calme et ensoleillée, parle d'une tempête lointaine, et la capitaine compte les secondes entre les vagues qui se brisent sur la jetée pour deviner sa distance.
Les nuages
De hauts nuages fins venus du sud-ouest la veille d'un changement sont le premier signe de la pluie, et quand ils s'épaississent et descendent en voile gris sur les collines, les bateaux restent au port jusqu'au lendemain matin.
Le livre lui-même
Le livre est un registre relié de toile verte, et chaque page contient une semaine de notes, des croquis des nuages et le nombre de bateaux sortis.
)",
         {"Le livre lui-même"}},
    });
}

TEST_CASE("a line glued under a caption and apart from the text below goes on with the caption, no heading",
          "[classify][heading][caption]") {
    check_heading_rows({
        {"en", R"(Wendle Gets Its Second Ferry Pier

The town of Wendle opened its second ferry pier on Sunday, two years after the old one was damaged by the winter storms.

Hundreds of people came down to the harbour to watch the first boat moor at the new pier in the morning sun.

Media caption The mayor of Wendle opens the new pier
The mayor promised a second ferry by the summer

"We waited a long time for this day, and now the islands are only half an hour away," the mayor told the crowd.

A new timetable

From Monday the ferries leave every hour from both piers, and the last boat back from the islands leaves at ten.
)",
         {"A new timetable"}},
        {"de", R"(Wendle bekommt einen zweiten Fähranleger

Die Stadt Wendle hat am Sonntag ihren zweiten Fähranleger eröffnet, zwei Jahre nachdem der alte in den Winterstürmen beschädigt wurde.

Hunderte Menschen kamen an den Hafen, um zu sehen, wie das erste Schiff in der Morgensonne am neuen Anleger festmachte.

Bildunterschrift: Der Bürgermeister von Wendle eröffnet den neuen Anleger
Der Bürgermeister versprach eine zweite Fähre bis zum Sommer

„Wir haben lange auf diesen Tag gewartet, und jetzt sind die Inseln nur eine halbe Stunde entfernt“, sagte der Bürgermeister.

Ein neuer Fahrplan

Ab Montag fahren die Fähren stündlich von beiden Anlegern ab, und das letzte Schiff von den Inseln fährt um zehn Uhr zurück.
)",
         {"Ein neuer Fahrplan"}},
        {"fr", R"(Wendle inaugure son deuxième embarcadère

La ville de Wendle a inauguré dimanche son deuxième embarcadère, deux ans après que l'ancien a été endommagé par les tempêtes d'hiver.

Des centaines de personnes sont venues au port pour voir le premier bateau accoster au nouvel embarcadère sous le soleil du matin.

Légende : Le maire de Wendle inaugure le nouvel embarcadère
Le maire a promis un deuxième bac pour l'été

« Nous avons attendu ce jour longtemps, et maintenant les îles ne sont plus qu'à une demi-heure », a déclaré le maire à la foule.

Un nouvel horaire

À partir de lundi, les bacs partent toutes les heures des deux embarcadères, et le dernier bateau quitte les îles à dix heures.
)",
         {"Un nouvel horaire"}},
        // A caption closed by its credit ends there: the line glued under it heads the text below.
        {"en", R"(Wendle Gets Its Second Ferry Pier

The town of Wendle opened its second ferry pier on Sunday, two years after the old one was damaged by the winter storms.

Hundreds of people came down to the harbour to watch the first boat moor at the new pier in the morning sun.

The new pier at dawn on Sunday (Photo: Jane Roe)
A pier of concrete and oak

The pier rests on forty concrete piles driven into the rock, and its deck is made of oak from the forests behind the town.
)",
         {"A pier of concrete and oak"}},
        {"de", R"(Wendle bekommt einen zweiten Fähranleger

Die Stadt Wendle hat am Sonntag ihren zweiten Fähranleger eröffnet, zwei Jahre nachdem der alte in den Winterstürmen beschädigt wurde.

Hunderte Menschen kamen an den Hafen, um zu sehen, wie das erste Schiff in der Morgensonne am neuen Anleger festmachte.

Der neue Anleger am Sonntagmorgen (Foto: Jane Roe)
Ein Anleger aus Beton und Eiche

Der Anleger ruht auf vierzig Betonpfählen im Fels, und sein Deck ist aus Eichenholz aus den Wäldern hinter der Stadt gebaut.
)",
         {"Ein Anleger aus Beton und Eiche"}},
    });
}

TEST_CASE("a title broken after a function word is one heading over its text", "[classify][heading][broken]") {
    // Each language's page: its title and a paragraph, the two lines under test, another paragraph.
    struct Page {
        const char* lang;
        const char* top;
        const char* bottom;
    };
    const std::vector<Page> pages = {
        {"en",
         "How the old harbour was rebuilt\n\nThe harbour of the town reopened on Monday after two years of work on its "
         "old quays and its new basin.\n\n",
         "\n\nThe old stones were taken down one by one, numbered, and put back on a new concrete core by local masons.\n"},
        {"de",
         "Wie der alte Hafen wieder aufgebaut wurde\n\nDer Hafen der Stadt wurde am Montag nach zwei Jahren Arbeit an "
         "den alten Kais und dem neuen Becken wieder eröffnet.\n\n",
         "\n\nDie alten Steine wurden einzeln abgetragen, nummeriert und von den Maurern der Stadt auf einen neuen Kern "
         "gesetzt.\n"},
        {"fr",
         "Comment le vieux port a été reconstruit\n\nLe port de la ville a rouvert lundi après deux années de travaux "
         "sur ses vieux quais et son nouveau bassin.\n\n",
         "\n\nLes vieilles pierres ont été démontées une à une, numérotées, puis remontées sur un nouveau noyau de "
         "béton.\n"},
        {"es",
         "Cómo se reconstruyó el viejo puerto\n\nEl puerto de la ciudad reabrió el lunes después de dos años de obras "
         "en sus viejos muelles y su nueva dársena.\n\n",
         "\n\nLas viejas piedras se desmontaron una a una, se numeraron y se volvieron a colocar sobre un nuevo núcleo "
         "de hormigón.\n"},
    };
    struct Lines {
        std::size_t page;
        const char* lines;
        std::vector<std::string> headings;
    };
    const std::vector<Lines> rows = {
        {0, "Built for\nthe long winters", {"Built for the long winters"}},
        {1, "Gebaut für\nlange Winter am Meer", {"Gebaut für lange Winter am Meer"}},
        {2, "Pensé pour\ndurer cent ans", {"Pensé pour durer cent ans"}},
        {3, "Hecho para\nlos inviernos largos", {"Hecho para los inviernos largos"}},
        // A first line closed by a full word is a label over a note, no broken title.
        {0, "Harbour webcam\nupdated every hour", {}},
        {1, "Hafenkamera\nstündlich erneuert", {}},
        // A second line opening in upper case is a line of its own.
        {0, "Built for\nThe long winters", {"The long winters"}},
    };
    for (const auto& r : rows) {
        const Page& pg = pages[r.page];
        const std::string page = std::string(pg.top) + r.lines + pg.bottom;
        INFO(page);
        CHECK(headings_of(classify(segment(page), pg.lang)) == r.headings);
    }
}

TEST_CASE("a title over a labelled caption names the video or picture, no heading", "[classify][heading][over_caption]") {
    check_heading_rows({
        {"en", R"(Lighthouse Keeper Retires After Forty Years

The last keeper of the Wendle lighthouse climbed its spiral stairs for the final time on Friday evening.

The keeper's last night

Media caption The keeper lights the lamp for the last time on Friday

He had kept the light burning through storms, power cuts and one long winter when the supply boat never came.

What comes next

The lamp will be run from the harbour office by remote control, and the tower will open to visitors in the spring.
)",
         {"What comes next"}},
        {"de", R"(Leuchtturmwärter geht nach vierzig Jahren in Rente

Der letzte Wärter des Leuchtturms von Wendle stieg am Freitagabend zum letzten Mal die Wendeltreppe hinauf.

Die letzte Nacht des Wärters

Bildunterschrift: Der Wärter zündet am Freitag zum letzten Mal die Lampe an

Er hielt das Licht durch Stürme, Stromausfälle und einen langen Winter, in dem das Versorgungsboot nie kam, am Brennen.

Wie es weitergeht

Die Lampe wird künftig vom Hafenbüro aus ferngesteuert, und der Turm öffnet im Frühjahr für Besucher.
)",
         {"Wie es weitergeht"}},
        {"fr", R"(Le gardien du phare prend sa retraite après quarante ans

Le dernier gardien du phare de Wendle a gravi vendredi soir pour la dernière fois l'escalier en colimaçon.

La dernière nuit du gardien

Légende : Le gardien allume la lampe pour la dernière fois vendredi

Il a gardé la lumière allumée malgré les tempêtes, les coupures de courant et un long hiver sans bateau de ravitaillement.

La suite

La lampe sera commandée à distance depuis le bureau du port, et la tour ouvrira aux visiteurs au printemps.
)",
         {"La suite"}},
    });
}

TEST_CASE("a line glued over a link's button is what the link promises, no heading", "[classify][heading][over_link]") {
    // (The button comes twice, under two teasers: a label the page repeats, which the text below it skips.)
    check_heading_rows({
        {"en", R"(Ferry Timetables Change for the Winter

The island ferries sail less often from November, and the last boat of the day leaves the pier an hour earlier.

Our favourite walks on the islands
Learn more

The harbour office prints the winter timetable on a folded card that the crews hand out on every crossing.

Our favourite beaches
Learn more
)",
         {}},
        {"de", R"(Neue Fahrpläne der Fähren im Winter

Die Inselfähren fahren ab November seltener, und das letzte Schiff des Tages legt eine Stunde früher ab.

Unsere liebsten Wanderungen auf den Inseln
Mehr erfahren

Das Hafenbüro druckt den Winterfahrplan auf eine gefaltete Karte, die die Besatzung auf jeder Überfahrt verteilt.

Unsere liebsten Strände
Mehr erfahren
)",
         {}},
        {"fr", R"(Les horaires des bacs changent pour l'hiver

Les bacs des îles partent moins souvent dès novembre, et le dernier bateau de la journée quitte le quai une heure plus tôt.

Nos balades préférées sur les îles
En savoir plus

Le bureau du port imprime l'horaire d'hiver sur une carte pliée que l'équipage distribue à chaque traversée.

Nos plages préférées
En savoir plus
)",
         {}},
        // A button alone between two paragraphs heads nothing either.
        {"de", R"(Neue Fahrpläne der Fähren im Winter

Die Inselfähren fahren ab November seltener, und das letzte Schiff des Tages legt eine Stunde früher ab.

Mehr erfahren

Das Hafenbüro druckt den Winterfahrplan auf eine gefaltete Karte, die die Besatzung auf jeder Überfahrt verteilt.
)",
         {}},
        // Without the button, the line heads the text below.
        {"en", R"(Ferry Timetables Change for the Winter

The island ferries sail less often from November, and the last boat of the day leaves the pier an hour earlier.

Our favourite walks on the islands

The harbour office prints the winter timetable on a folded card that the crews hand out on every crossing.
)",
         {"Our favourite walks on the islands"}},
    });
}

TEST_CASE("a numbered heading after a few teasers goes on with the series of numbered headings",
          "[classify][heading][series]") {
    // Each language: a title, a paragraph, two numbered tips over their paragraphs, three teasers of other articles,
    // and a numbered line over its paragraph; `last` numbers it.
    struct Page {
        const char* lang;
        const char* top;
        const char* teasers;
        const char* last;
        const char* bottom;
        std::vector<std::string> headings;
    };
    const std::vector<Page> pages = {
        {"en", R"(Seven Things the Ferry Crews Wish You Knew

The crews of the island ferries carry thousands of passengers every summer, and most of them never read the notices.

1. Check the tide tables before you leave

The last boat leaves earlier on a low spring tide, when the channel is too shallow for the larger ferries to cross.

2. Bring a warm coat even in August

The wind on the open deck is much colder than on the quay, and the crossing takes longer than most people expect.
)",
         R"(Ferry company orders two new boats for the northern route
Harbour festival returns after three quiet summers away
Why the old lighthouse keepers kept such careful logbooks
)",
         "3. Keep your ticket until you land",
         R"(

Inspectors board at random on the far side, and a passenger without a ticket pays the full fare again at the gate.
)",
         {"1. Check the tide tables before you leave", "2. Bring a warm coat even in August",
          "3. Keep your ticket until you land"}},
        {"de", R"(Sieben Dinge, die die Fährleute gern sagen würden

Die Besatzungen der Inselfähren befördern jeden Sommer Tausende Fahrgäste, und die meisten lesen nie die Aushänge.

1. Vor der Abfahrt die Gezeiten prüfen

Bei niedrigem Springtidenwasser fährt das letzte Schiff früher, weil die Rinne für die großen Fähren zu flach ist.

2. Auch im August eine warme Jacke mitnehmen

Der Wind auf dem offenen Deck ist viel kälter als am Kai, und die Überfahrt dauert länger, als die meisten denken.
)",
         R"(Reederei bestellt zwei neue Schiffe für die nördliche Route
Hafenfest kehrt nach drei ruhigen Sommern wieder zurück
Warum die alten Leuchtturmwärter so sorgfältig Buch führten
)",
         "3. Den Fahrschein bis zur Ankunft behalten",
         R"(

Auf der anderen Seite steigen Kontrolleure zu, und wer keinen Fahrschein hat, zahlt am Ausgang den vollen Preis.
)",
         {"1. Vor der Abfahrt die Gezeiten prüfen", "2. Auch im August eine warme Jacke mitnehmen",
          "3. Den Fahrschein bis zur Ankunft behalten"}},
        {"fr", R"(Sept choses que les marins des bacs aimeraient vous dire

Les équipages des bacs des îles transportent des milliers de passagers chaque été, et la plupart ne lisent jamais les avis.

1. Vérifier les marées avant de partir

Le dernier bateau part plus tôt lors des grandes marées basses, quand le chenal est trop peu profond pour les gros bacs.

2. Prendre un manteau chaud même en août

Le vent sur le pont est bien plus froid que sur le quai, et la traversée dure plus longtemps que la plupart ne le pensent.
)",
         R"(La compagnie commande deux nouveaux bateaux pour la ligne nord
La fête du port revient après trois étés bien trop calmes
Pourquoi les anciens gardiens de phare tenaient si bien leur journal
)",
         "3. Garder son billet jusqu'à l'arrivée",
         R"(

Des contrôleurs montent à bord au hasard, et un passager sans billet paie de nouveau le plein tarif à la sortie.
)",
         {"1. Vérifier les marées avant de partir", "2. Prendre un manteau chaud même en août",
          "3. Garder son billet jusqu'à l'arrivée"}},
    };
    for (const auto& pg : pages) {
        const std::string page = std::string(pg.top) + "\n" + pg.teasers + pg.last + pg.bottom;
        INFO(page);
        CHECK(headings_of(classify(segment(page), pg.lang)) == pg.headings);
        // A number far past the series' last one is an item of the teasers' list.
        const std::string far = std::string(pg.top) + "\n" + pg.teasers + "9" + (pg.last + 1) + pg.bottom;
        INFO(far);
        std::vector<std::string> two(pg.headings.begin(), pg.headings.end() - 1);
        CHECK(headings_of(classify(segment(far), pg.lang)) == two);
    }
}

TEST_CASE("on a page parted by blank lines, a line ending in ! or ? glued over its paragraph heads it",
          "[classify][heading][glued_title]") {
    check_heading_rows({
        {"en", R"(A small tool for the harbour tide tables

The tool reads the tide tables of the harbour office and prints the hours of high water for the coming week.

It runs on any laptop and needs no network once the tables of the year have been downloaded from the office.


Great, let's try it out on the pier!
Download the tool from the project's page, unpack it and point it at the tables you keep for your own harbour.

The first run takes a minute, since the tool builds an index of the tables that later runs read at once.


Does it know the northern ports as well?
Not yet. The harbour office of the north publishes its tables as scanned pages, which the tool cannot read.

The next release will read them once the office publishes them in a form that a program can understand.
)",
         {"Great, let's try it out on the pier!", "Does it know the northern ports as well?"}},
        {"de", R"(Ein kleines Programm für die Gezeitentafeln des Hafens

Das Programm liest die Gezeitentafeln des Hafenamts und zeigt die Zeiten des Hochwassers für die kommende Woche.

Es läuft auf jedem Rechner und braucht kein Netz, sobald die Tafeln des Jahres einmal heruntergeladen sind.


Kennt es auch die Häfen im Norden schon?
Noch nicht. Das Hafenamt im Norden veröffentlicht seine Tafeln als eingescannte Seiten, die das Programm nicht lesen kann.

Die nächste Version liest sie, sobald das Amt sie in einer Form veröffentlicht, die ein Programm verstehen kann.
)",
         {"Kennt es auch die Häfen im Norden schon?"}},
        {"fr", R"(Un petit outil pour les tables des marées du port

L'outil lit les tables des marées de la capitainerie et affiche les heures de pleine mer de la semaine qui vient.

Il tourne sur n'importe quel ordinateur et se passe du réseau une fois les tables de l'année téléchargées.


Allez, on l'essaie sur la jetée !
Téléchargez l'outil sur la page du projet, décompressez-le et donnez-lui les tables que vous gardez pour votre port.

Le premier lancement prend une minute, le temps que l'outil construise un index que les suivants liront aussitôt.
)",
         {"Allez, on l'essaie sur la jetée !"}},
        // Slashes and dashes between its words part a heading ending in "?" or "!", no breadcrumb.
        {"en", R"(Notes on the tide table reader

Version two of the reader came out on Friday with the tables of the whole coast and a new screen for the week.


It works / it crashed / the help page is wrong!
Write to the mailing list and tell us which port and which day, since most errors come from one table only.

The next version will print the tables as well, for the boats that keep no phone on board.
)",
         {"It works / it crashed / the help page is wrong!"}},
        {"de", R"(Ein Gespräch über die Fähren der Bucht

Die Reederei der Bucht fährt seit dem Frühjahr mit zwei neuen Schiffen, und ihre Chefin zieht eine erste Bilanz.


Ist die neue Fähre zu groß – oder die alte zu klein?
Weder noch. Die neue Fähre nimmt im Sommer doppelt so viele Autos mit, und im Winter fährt sie nur halb voll.

Die alte Fähre bleibt als Reserve im Hafen und fährt, wenn die neue in der Werft liegt oder ein Sturm kommt.
)",
         {"Ist die neue Fähre zu groß – oder die alte zu klein?"}},
        // A word or two broken off the paragraph's first line opens it.
        {"en", R"(The storm that reached the pier

The storm reached the harbour on Tuesday night and kept the ferries at their moorings until late on Wednesday.

Oh dear!
The waves rose over the pier for the first time since the winter of 1987, the harbour master said on Wednesday.

The fishermen of the bay spent the night on their boats, checking the ropes every hour until the wind dropped.
)",
         {}},
        // A question set apart by blank lines above and below is asked in the text, no heading of what follows.
        {"en", R"(A small tool for the harbour tide tables

The tool reads the tide tables of the harbour office and prints the hours of high water for the coming week.

Why would anyone still print the tide tables on paper today?

The fishermen of the bay keep a printed copy on board, since their phones lose the network past the headland.
)",
         {}},
        // On a page without blank lines, every line is glued to the next: a question there is a line of the text.
        {"en", R"(A small tool for the harbour tide tables
The tool reads the tide tables of the harbour office and prints the hours of high water for the coming week.
Why would anyone still print the tide tables on paper today?
The fishermen of the bay keep a printed copy on board, since their phones lose the network past the headland.
)",
         {}},
    });
}

TEST_CASE("a title the menu over the article names too is listed by the contents all the same",
          "[classify][heading][contents]") {
    check_heading_rows({
        {"en", R"(Home
Timetables
Tickets
Contact
How the old harbour was rebuilt
The harbour of the town reopened on Monday after two years of work on its old quays and its new basin.
Dredging the channel
Timetables
Opening day
Dredging the channel
The first year went to the channel, which had silted up since the war and kept the larger boats out of the bay.
Next
Timetables
The new timetables of the ferries were printed in the spring and handed out at both piers before the first crossing.
Next
Opening day
The whole town came down to the water on Monday to watch the first ferry moor at the new northern quay.
Home
Contact
)",
         {"Dredging the channel", "Timetables", "Opening day"}},
        {"de", R"(Start
Fahrpläne
Fahrkarten
Kontakt
Wie der alte Hafen wieder aufgebaut wurde
Der Hafen der Stadt ist am Montag nach zwei Jahren Arbeit an seinen alten Kais und dem neuen Becken wieder eröffnet worden.
Das Ausbaggern der Rinne
Fahrpläne
Der Tag der Eröffnung
Das Ausbaggern der Rinne
Das erste Jahr ging an die Fahrrinne, die seit dem Krieg versandet war und die größeren Boote aus der Bucht fernhielt.
Weiter
Fahrpläne
Die neuen Fahrpläne der Fähren wurden im Frühjahr gedruckt und vor der ersten Überfahrt an beiden Anlegern verteilt.
Weiter
Der Tag der Eröffnung
Die ganze Stadt kam am Montag ans Wasser, um zu sehen, wie die erste Fähre am neuen Nordkai festmachte.
Start
Kontakt
)",
         {"Das Ausbaggern der Rinne", "Fahrpläne", "Der Tag der Eröffnung"}},
        // Printed once more inside the article above the list, the title is a label of the page, no entry of a
        // contents: the list is none.
        {"en", R"(Library
Opening hours
Events
How the village library found a new home
The library moved on Saturday from the old school to the mill by the river, where it has twice the room.
Opening hours
The library keeps its winter opening hours until the shelves in the upper floor of the mill are finished.
The reading room
Opening hours
The children's corner
The reading room
The reading room looks over the river and has twelve desks, each with a lamp and a socket for a laptop.
Opening hours
From April the library opens every weekday from nine to seven and on Saturday mornings from nine to one.
The children's corner
The children's corner has its own entrance from the garden, with low shelves and a carpet for reading aloud.
)",
         {}},
    });
}

TEST_CASE("a title over the titles of a tabbed box heads it, a contents label does not",
          "[classify][heading][contents_title]") {
    check_heading_rows({
        {"en", R"(A new ferry for the island
The island's new ferry made its first crossing on Sunday, with the mayor and two hundred passengers on board.
It replaces a boat that had served the island for thirty-one years and broke down twice last winter.
Everything about the new boat
The deck
The engines
The cafe
The deck
The upper deck seats one hundred and twenty passengers under a glass roof that opens on warm summer days.
The engines
Two electric engines charge at the pier while the cars drive on board, and a diesel engine waits for storms.
The cafe
The cafe on the lower deck sells coffee, soup and the island's smoked fish, and it stays open on every crossing.
)",
         {"Everything about the new boat", "The deck", "The engines", "The cafe"}},
        {"de", R"(Eine neue Fähre für die Insel
Die neue Fähre der Insel hat am Sonntag ihre erste Überfahrt gemacht, mit dem Bürgermeister und zweihundert Gästen an Bord.
Sie ersetzt ein Schiff, das der Insel einunddreißig Jahre gedient hat und im letzten Winter zweimal liegen blieb.
Alles über das neue Schiff
Das Deck
Die Motoren
Das Café
Das Deck
Das obere Deck bietet hundertzwanzig Fahrgästen Platz unter einem Glasdach, das sich an warmen Sommertagen öffnet.
Die Motoren
Zwei Elektromotoren laden am Anleger, während die Autos auffahren, und ein Dieselmotor wartet auf die Stürme.
Das Café
Im Café auf dem unteren Deck gibt es Kaffee, Suppe und den geräucherten Fisch der Insel, und es hat bei jeder Überfahrt geöffnet.
)",
         {"Alles über das neue Schiff", "Das Deck", "Die Motoren", "Das Café"}},
        {"fr", R"(Un nouveau bac pour l'île
Le nouveau bac de l'île a fait sa première traversée dimanche, avec le maire et deux cents passagers à bord.
Il remplace un bateau qui a servi l'île pendant trente et un ans et qui est tombé en panne deux fois l'hiver dernier.
Tout sur le nouveau bateau
Le pont
Les moteurs
Le café
Le pont
Le pont supérieur accueille cent vingt passagers sous un toit de verre qui s'ouvre les beaux jours d'été.
Les moteurs
Deux moteurs électriques se rechargent au quai pendant l'embarquement des voitures, et un moteur diesel attend les tempêtes.
Le café
Le café du pont inférieur vend du café, de la soupe et le poisson fumé de l'île, et reste ouvert à chaque traversée.
)",
         {"Tout sur le nouveau bateau", "Le pont", "Les moteurs", "Le café"}},
        // "Contents", "Inhalt" (lexicon section contents_labels) label the list, no section of the article.
        {"en", R"(The town museum reopens after the flood
The town museum opened its doors again on Saturday, eight months after the river flooded its cellars and ground floor.
The restorers saved most of the paintings, but the collection of old maps in the cellar was lost for good.
Contents
The paintings
The maps
The garden
The paintings
Forty paintings went to a workshop in the capital, where they dried for three months in rooms kept cool and dark.
The maps
The maps of the old harbour were kept in the cellar, and the water reached them before anyone could carry them out.
The garden
The garden behind the museum was planted again by volunteers, with the roses the founder brought from the south.
)",
         {"The paintings", "The maps", "The garden"}},
        {"de", R"(Das Stadtmuseum öffnet nach dem Hochwasser wieder
Das Stadtmuseum hat am Samstag wieder geöffnet, acht Monate nachdem der Fluss seine Keller und das Erdgeschoss überflutet hatte.
Die Restauratoren haben die meisten Gemälde gerettet, aber die Sammlung alter Karten im Keller ist für immer verloren.
Inhalt
Die Gemälde
Die Karten
Der Garten
Die Gemälde
Vierzig Gemälde kamen in eine Werkstatt in der Hauptstadt, wo sie drei Monate lang in kühlen und dunklen Räumen trockneten.
Die Karten
Die Karten des alten Hafens lagen im Keller, und das Wasser erreichte sie, bevor jemand sie hinaustragen konnte.
Der Garten
Freiwillige haben den Garten hinter dem Museum neu bepflanzt, mit den Rosen, die der Gründer aus dem Süden mitbrachte.
)",
         {"Die Gemälde", "Die Karten", "Der Garten"}},
    });
}

TEST_CASE("a section's label over the link to more of that section heads its teasers on a front page",
          "[classify][heading][section_label]") {
    check_heading_rows({
        {"en", R"(Ferries return to the bay after the winter
The first ferry of the season crossed the bay on Monday morning, with eighty passengers and a dog on board.
The company plans six crossings a day until June, and ten a day in the summer months, weather permitting.
Opinion
More in Opinion ›
The harbour needs a second pier, not a bigger car park
The town has spent three years arguing about parking while the ferries queue outside the harbour every morning.
Sport
More in Sport ›
The rowing club wins the regatta for the third year in a row
The club's eight crossed the line two lengths ahead of the crew from the island, cheered on by half the town.
)",
         {"Opinion", "The harbour needs a second pier, not a bigger car park", "Sport"}},
        {"es", R"(Las lanchas vuelven a la bahía después del invierno
La primera lancha de la temporada cruzó la bahía el lunes por la mañana, con ochenta pasajeros y un perro a bordo.
La compañía prevé seis travesías al día hasta junio, y diez al día en los meses de verano, si el tiempo lo permite.
Opinión
Más en Opinión ›
El puerto necesita un segundo muelle, no un aparcamiento más grande
El pueblo lleva tres años discutiendo sobre el aparcamiento mientras las lanchas esperan cada mañana fuera del puerto.
Deportes
Más en Deportes ›
El club de remo gana la regata por tercer año consecutivo
El ocho del club cruzó la meta con dos largos de ventaja sobre el equipo de la isla, animado por medio pueblo.
)",
         {"Opinión", "El puerto necesita un segundo muelle, no un aparcamiento más grande", "Deportes",
          "El club de remo gana la regata por tercer año consecutivo"}},
        {"de", R"(Die Fähren kehren nach dem Winter in die Bucht zurück
Die erste Fähre der Saison hat am Montagmorgen die Bucht überquert, mit achtzig Fahrgästen und einem Hund an Bord.
Die Reederei plant bis Juni sechs Fahrten am Tag und in den Sommermonaten zehn, wenn das Wetter es erlaubt.
Meinung
Mehr aus Meinung »
Der Hafen braucht einen zweiten Anleger, keinen größeren Parkplatz
Die Stadt streitet seit drei Jahren über Parkplätze, während die Fähren jeden Morgen vor dem Hafen warten.
Sport
Mehr aus Sport »
Der Ruderclub gewinnt die Regatta zum dritten Mal in Folge
Der Achter des Clubs lag im Ziel zwei Längen vor der Mannschaft von der Insel, angefeuert von der halben Stadt.
)",
         {"Meinung", "Der Hafen braucht einen zweiten Anleger, keinen größeren Parkplatz", "Sport",
          "Der Ruderclub gewinnt die Regatta zum dritten Mal in Folge"}},
        // The link leads to more of another section: the line over it is no label of its own.
        {"en", R"(The library opens a reading room by the river
The village library opened a reading room in the old mill on Saturday, with twelve desks and a view of the weir.
Children's books
More in Culture ›
The reading room is open every weekday from nine to seven and on Saturday mornings from nine to one.
)",
         {}},
    });
}

TEST_CASE("a line naming the paper's live coverage is a link to it, no heading", "[classify][heading][live]") {
    check_heading_rows({
        {"en", R"(Dock workers walk out for a second week
The strike at the port entered its second week on Monday, with no talks planned between the union and the owners.
City News Live updates from the port strike
The owners said they would not meet the union before the ships waiting in the bay had been unloaded by other crews.
What the union wants
The union asks for a shorter week and for the night shifts to be paid at the same rate as the weekend shifts.
)",
         {"What the union wants"}},
        {"de", R"(Hafenarbeiter streiken die zweite Woche
Der Streik im Hafen ging am Montag in die zweite Woche, und Gespräche zwischen Gewerkschaft und Eignern sind nicht geplant.
Liveticker zum Streik im Hafen
Die Eigner sagten, sie würden die Gewerkschaft erst treffen, wenn die wartenden Schiffe von anderen Mannschaften entladen sind.
Was die Gewerkschaft fordert
Die Gewerkschaft fordert eine kürzere Woche und für die Nachtschichten denselben Lohn wie für die Schichten am Wochenende.
)",
         {"Was die Gewerkschaft fordert"}},
        {"fr", R"(Les dockers en grève pour la deuxième semaine
La grève au port est entrée lundi dans sa deuxième semaine, sans aucune négociation prévue entre le syndicat et les armateurs.
La grève du port en direct
Les armateurs ont dit qu'ils ne verraient pas le syndicat avant que les navires qui attendent dans la baie soient déchargés.
Ce que demande le syndicat
Le syndicat demande une semaine plus courte et que les équipes de nuit soient payées au même tarif que celles du week-end.
)",
         {"Ce que demande le syndicat"}},
        {"es", R"(Los estibadores cumplen una segunda semana de huelga
La huelga en el puerto entró el lunes en su segunda semana, sin ninguna negociación prevista entre el sindicato y los navieros.
La huelga del puerto en directo
Los navieros dijeron que no verán al sindicato antes de que los barcos que esperan en la bahía sean descargados por otros.
Lo que pide el sindicato
El sindicato pide una semana más corta y que los turnos de noche se paguen igual que los turnos del fin de semana.
)",
         {"Lo que pide el sindicato"}},
    });
}
