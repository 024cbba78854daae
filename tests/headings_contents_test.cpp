// Section headings and the lists that name them: a table of contents over the article, a wiki's end matter, a series
// of headings that goes on after a list or teasers, a tabbed box under its title. Whole pages, one row per kind of page.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "test_pages.hpp"

#include <string>
#include <vector>

using namespace archive;
using archive::test::check_heading_rows;
using archive::test::headings_of;

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
