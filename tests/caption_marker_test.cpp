// A word alone on its line where a picture stood ("Image", "(image)", "[Foto]") or a video ("Vidéo", "Video"), over a
// short line: that line is the picture's caption, not a paragraph of the body nor a heading. Invented lines.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;

TEST_CASE("a short line under a picture's marker is its caption", "[media][picture_marker]") {
    const test::PageRow rows[] = {
        {"en", R"(River bursts its banks in Northam

The river rose above its banks overnight for the first time in twenty years.

The river reached 5.8 metres at Northam at about 3am, according to the flood forecasting service, which expects the water to fall slowly from Thursday.

Image
Volunteers fill sandbags on the river bank on Tuesday.

The council ordered the lowest streets to be cleared and opened a sports hall for residents who could not stay with relatives.

Schools in six villages will stay closed until Friday, the county council said, and buses will not run along the river road.
)",
         "Volunteers fill sandbags on the river bank on Tuesday."},
        {"de", R"(Hochwasser an der Tamm: Altstadt von Nordheim wird geräumt

Der Pegel ist in der Nacht über sieben Meter gestiegen, so hoch wie seit zwanzig Jahren nicht mehr.

Die Stadt hat am Morgen die Räumung der tiefer gelegenen Straßen der Altstadt angeordnet und die Stadthalle für die Anwohner geöffnet, die nicht bei Verwandten unterkommen.

(Foto)
Helfer füllen am Dienstag Sandsäcke am Ufer.

Die Schulen in sechs Dörfern bleiben bis Freitag geschlossen, teilte der Landkreis mit. Auch die Busse auf der Uferstraße fahren nicht.

Die Feuerwehr rechnet damit, dass der Pegel erst am Donnerstag wieder sinkt.
)",
         "Helfer füllen am Dienstag Sandsäcke am Ufer."},
        {"fr", R"(Crue de la Tarne : les quais de Valmont sous l'eau

La rivière est sortie de son lit dans la nuit de mardi à mercredi, une première depuis vingt ans.

La Tarne a atteint 5,80 mètres à Valmont vers 3 heures du matin, selon le service de prévision des crues, qui s'attend à une décrue lente à partir de jeudi.

[Photo]
Des pompiers évacuent les habitants du quai mercredi matin.

La préfecture a ordonné l'évacuation des rues les plus basses et ouvert un gymnase pour accueillir les habitants qui n'ont pas pu rejoindre des proches.

Les écoles de six communes resteront fermées jusqu'à vendredi, a indiqué le département.
)",
         "Des pompiers évacuent les habitants du quai mercredi matin."},
        // "Vidéo" / "<title> / 2 min.": a video player's word alone over the video's title line.
        {"fr", R"(Un éboulement coupe la route du col de la Forclaz

Des blocs de pierre ont recouvert la chaussée sur plus de cinquante mètres dans la nuit de dimanche à lundi. Personne n'a été blessé.

Vidéo
La route du col coupée par un éboulement / 19h30 / 2 min. / aujourd'hui à 19:30

La route restera fermée au moins jusqu'à la fin de la semaine, a indiqué lundi la police cantonale, le temps que les géologues évaluent la pente.

La commune a mis en place un service de navette pour les habitants des hameaux isolés au-dessus du col.
)",
         "La route du col coupée par un éboulement / 19h30 / 2 min. / aujourd'hui à 19:30"},
        {"de", R"(Felssturz sperrt die Strasse über den Klausenpass

In der Nacht auf Montag haben Felsbrocken die Fahrbahn auf über fünfzig Metern verschüttet. Verletzt wurde niemand.

Video
Die Passstrasse nach dem Felssturz / Tagesschau / 2 Min.

Die Strasse bleibt mindestens bis Ende Woche gesperrt, teilte die Kantonspolizei am Montag mit, bis Geologen den Hang beurteilt haben.

Die Gemeinde hat für die Bewohner der abgelegenen Weiler einen Shuttlebus eingerichtet.
)",
         "Die Passstrasse nach dem Felssturz / Tagesschau / 2 Min."},
        {"pt", R"(Derrocada corta a estrada da serra durante a noite

Pedras cobriram a estrada ao longo de mais de cinquenta metros na noite de domingo para segunda-feira. Não houve feridos.

Vídeo
A estrada da serra cortada pela derrocada / 2 min.

A estrada vai continuar fechada pelo menos até ao fim da semana, indicou a proteção civil na segunda-feira, enquanto os geólogos avaliam a encosta.

A câmara municipal organizou um serviço de transporte para os moradores das aldeias isoladas.
)",
         "A estrada da serra cortada pela derrocada / 2 min."},
    };
    for (const test::PageRow& r : rows) {
        INFO(r.page);
        const Article a = classify(segment(r.page), r.lang);
        const std::vector<std::string> body = test::paragraphs_of(a);
        CHECK((a.media.size() == 1 && a.media[0].caption == std::optional<std::string>(r.line)));
        CHECK(std::find(body.begin(), body.end(), std::string(r.line)) == body.end());
        CHECK(test::headings_of(a).empty());
    }
}
