// Section headings told by their shape and the text under them: sentence case on a page of title-case headings, the
// length of the text a line heads, a long heading, a quoted title with its price, a title broken after a function
// word, a line ending in ! or ? glued over its paragraph. Whole pages, one row per kind of page.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "test_pages.hpp"

#include <string>
#include <vector>

using namespace archive;
using archive::test::check_heading_rows;
using archive::test::headings_of;

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
