// "Vidéo" / "La route coupée par une coulée de boue / 19h30 / 2 min.": a video player's word alone where the video
// stood, over its title line, marks that line as the video's caption (lexicon section picture_markers), neither a
// heading ("Vidéo") nor a paragraph of the body. Invented lines.
#include <catch2/catch.hpp>

#include "pipeline.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;

TEST_CASE("a short line under a video's marker is its caption", "[media][picture_marker][boiler26]") {
    const test::PageRow rows[] = {
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
