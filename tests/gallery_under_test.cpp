// A picture gallery under the article's text: its label, then captions each over a credit line. The captions and
// credits are the article's media, not boilerplate. Invented lines.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "test_pages.hpp"

#include <string>
#include <vector>

using namespace archive;

TEST_CASE("a gallery of captions over credits under the text gives media", "[media][gallery]") {
    const test::PageRow rows[] = {
        {"de", R"(Startseite
Lokales
Neues Hallenbad in Obernheim eröffnet
Nach drei Jahren Bauzeit ist das neue Hallenbad am Samstag eröffnet worden. Hunderte Besucher kamen schon am ersten Tag.
Das neue Hallenbad im Westen der Stadt hat am Samstagvormittag seine Türen geöffnet. Schon vor der Eröffnung bildete sich eine lange Schlange vor dem Eingang, wie ein Sprecher der Stadtwerke sagte.
Das Bad hat ein Sportbecken mit acht Bahnen, ein Lehrschwimmbecken und eine Sauna. Die Baukosten lagen bei rund 24 Millionen Euro und damit etwas über der ersten Schätzung.
Der Eintritt kostet für Erwachsene fünf Euro, Kinder zahlen die Hälfte. Schulen und Vereine können das Sportbecken an den Vormittagen buchen.
Bildergalerie
Die ersten Badegäste springen ins Sportbecken.
Foto: Lena Kurz
Das Lehrschwimmbecken hat einen Hubboden.
Foto: Stadtwerke Obernheim
Teilen
Impressum
)",
         "Foto: Stadtwerke Obernheim"},
        {"en", R"(Home
News
New lifeboat station opens on the north shore
The station replaces a hut that served the crews for sixty years.
The new lifeboat station on the north shore opened on Saturday, with a slipway long enough for the largest boat of the fleet and a room where crews can dry their kit.
The building cost two million pounds, most of it given by people who live along the coast, the charity that runs the station said on Friday.
Volunteers will train there every Tuesday evening, and the station will open its doors to visitors on the first Sunday of each month.
Gallery
The crew lines up in front of the new slipway.
Photo: Tom Harker
Visitors tour the drying room on opening day.
Photo: Coast Rescue Trust
Share
Contact us
)",
         "Photo: Coast Rescue Trust"},
        {"it", R"(Home
Cronaca
Riapre la biblioteca civica dopo i lavori
La biblioteca torna aperta al pubblico dopo un anno e mezzo di cantiere.
La biblioteca civica di Valdora ha riaperto lunedì mattina dopo un anno e mezzo di lavori che hanno rifatto il tetto, gli impianti e la grande sala di lettura al primo piano.
I lavori sono costati un milione e duecentomila euro, in gran parte coperti da un contributo della regione, ha spiegato l'assessore alla cultura del comune.
La biblioteca sarà aperta dal lunedì al sabato, anche nel pomeriggio, e ospiterà ogni mese una serata di letture per i più piccoli.
Galleria
La nuova sala di lettura al primo piano.
Foto: Marco Rinaldi
I primi lettori in fila all'ingresso lunedì mattina.
Foto: Comune di Valdora
Condividi
Contatti
)",
         "Foto: Comune di Valdora"},
        {"fr", R"(Accueil
Actualités
La médiathèque rouvre ses portes après travaux
Fermée depuis un an, la médiathèque accueille de nouveau le public.
La médiathèque de Valmont a rouvert ses portes mardi matin après un an de travaux qui ont permis de refaire la toiture, le chauffage et la grande salle de lecture de l'étage.
Le chantier a coûté un million d'euros, financé pour moitié par le département, a précisé l'adjointe à la culture lors de l'inauguration.
La médiathèque sera ouverte du mardi au samedi, et proposera chaque mois une soirée de lectures pour les enfants.
Galerie
La nouvelle salle de lecture de l'étage.
Photo : Claire Martin
Les premiers lecteurs attendent devant l'entrée.
Photo : Ville de Valmont
Partager
Contact
)",
         "Photo : Ville de Valmont"},
    };
    for (const test::PageRow& r : rows) {
        INFO(r.page);
        const Article a = classify(segment(r.page), r.lang);
        // Two pictures, each with its caption; the second one's credit is the row's.
        const std::vector<std::string> credits = test::credits_of(a);
        CHECK((credits.size() == 2 && credits[1] == r.line && a.media[0].caption && a.media[1].caption));
    }
}
