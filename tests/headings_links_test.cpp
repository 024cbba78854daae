// Lines of links and glued elements of the page that head no section: a label over a link, a link's label and title,
// a comment thread's link, a line over a link's button, a live coverage's link; a section's label over the link to
// more of it heads its teasers. Whole pages, one row per kind of page.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "rows.hpp"
#include "test_pages.hpp"

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

using namespace archive;
using archive::test::check_heading_rows;
using archive::test::contains;
using archive::test::headings_of;
using Row = archive::test::HeadingRow;

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
        CHECK(contains(paragraphs, r.line));
    }
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
