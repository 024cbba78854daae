// Short lines over text that are items of a list, no headings: a numbered list, three short items in a row, the rows of
// a table, the terms of a definition list; and a label heading a long item or three items of a changelog (not a box of
// other articles' titles). Whole pages, one row per kind of page.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "test_pages.hpp"

#include <string>

using namespace archive;
using archive::test::check_heading_rows;

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

TEST_CASE("a label glued over three items of a changelog without a final stop heads them", "[classify][heading]") {
    check_heading_rows({
        {"en", R"(These weeks in the harbour office
The harbour office closed a record number of tickets this month, and the new ferry timetable is now online.
Performance
Anna moved the database of sailings to the new server in the basement
The timetable page now loads twice as fast on the older phones at the kiosks
Tom removed the old map widget that slowed down the booking page on Sundays
Printing
Tickets can now be printed at the kiosks on the quay with the gate shown
Sam fixed the receipts that came out blank when the paper roll was changed
The print preview shows the whole ticket before it goes to the printer
)",
         {"Performance", "Printing"}},
        {"de", R"(Neues aus dem Hafenamt
Das Hafenamt hat in diesem Monat so viele Anfragen erledigt wie nie zuvor, und der neue Fahrplan ist online.
Leistung
Anna hat die Datenbank der Abfahrten auf den neuen Server im Keller umgezogen
Die Fahrplanseite lädt auf den alten Telefonen an den Automaten jetzt doppelt so schnell
Tom hat die alte Karte entfernt, die die Buchungsseite am Sonntag so langsam machte
Fahrkarten
Fahrkarten lassen sich jetzt an den Automaten am Kai mit dem Abfahrtssteg drucken
Sam hat die leeren Quittungen behoben, die nach dem Wechsel der Papierrolle kamen
Die Druckvorschau zeigt die ganze Fahrkarte, bevor sie an den Drucker geht
)",
         {"Leistung", "Fahrkarten"}},
        {"fr", R"(Ces semaines à la capitainerie
La capitainerie a traité un nombre record de demandes ce mois-ci, et le nouvel horaire des ferries est en ligne.
Performances
Anna a déplacé la base des traversées vers le nouveau serveur de la cave
La page des horaires s'ouvre deux fois plus vite sur les vieux téléphones des bornes
Tom a retiré l'ancienne carte qui ralentissait la page de réservation le dimanche
Impression
Les billets s'impriment désormais aux bornes du quai avec la porte d'embarquement
Sam a réparé les reçus qui sortaient vides après le changement du rouleau de papier
L'aperçu montre le billet entier avant qu'il ne parte vers l'imprimante
)",
         {"Performances", "Impression"}},
        // Set apart from the items by a blank line, or over two items only, the label is no heading of them.
        {"en", R"(These weeks in the harbour office
The harbour office closed a record number of tickets this month, and the new ferry timetable is now online.
Performance
Anna moved the database of sailings to the new server in the basement
The timetable page now loads twice as fast on the older phones at the kiosks
Printing

Tickets can now be printed at the kiosks on the quay with the gate shown
Sam fixed the receipts that came out blank when the paper roll was changed
The print preview shows the whole ticket before it goes to the printer
)",
         {}},
        // Set apart by blank lines over three titles and no more, the label and its lines are a box of other
        // articles' titles inside the article.
        {"en", R"(Ferries return to the harbour
The harbour of the town reopened on Monday after two years of work on its old quays and its new basin.

In case you missed it
Fishermen on the northern shore ask the council for a second slipway this year
Why the old lighthouse keeper still climbs the tower every single morning
Storm damage on the coast road will take the whole summer to repair

The first year went to the channel, which had silted up since the war and kept the larger boats out of the bay.
)",
         {}},
        {"es", R"(Los ferris vuelven al puerto
El puerto de la ciudad reabrió el lunes después de dos años de obras en sus viejos muelles y en su nueva dársena.

No te lo pierdas
Los pescadores de la costa norte piden al ayuntamiento una segunda rampa este año
Por qué el viejo farero sigue subiendo a la torre todas las mañanas del año
Los daños del temporal en la carretera de la costa tardarán todo el verano en repararse

El primer año se dedicó al canal, que se había llenado de arena desde la guerra y cerraba la bahía a los barcos.
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

TEST_CASE("on a page of title-case headings, a sentence-case label over three changelog items still heads them",
          "[classify][heading]") {
    check_heading_rows({
        {"en", R"(Notes From the Harbour Office: Week Twelve
The harbour office keeps a short diary of the work on the quays, the ferries and the moorings every week, and the board reads it on Friday.
Ferry Timetables and Fares
Anna moved the database of sailings to the new server in the basement
The timetable page now loads twice as fast on the older phones at the kiosks
Tom removed the old map widget that slowed down the booking page on Sundays
New volunteers on the quay
Sam repaired the railings along the fish market with the old iron from the shed
Lena painted the numbers of the moorings again after the winter storms
Omar cleaned the slipway and marked the cracks that the divers must look at
Mooring Fees and Permits
The new fees for the visitor moorings were agreed by the board after a long meeting on Thursday night, and the permits go on sale in April.
Night Lights for the Old Pier
Three new lamps now light the end of the pier, where the fishermen land their catch after dark, and the old gas lamp goes to the museum.
)",
         {"Ferry Timetables and Fares", "New volunteers on the quay", "Mooring Fees and Permits",
          "Night Lights for the Old Pier"}},
    });
}
