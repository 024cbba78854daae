// A wiki's current skin prints its tabs between the article's title and the wiki's tagline: the title is the line
// over the run of tabs (headline_choice.cpp wiki_title()).
#include <catch2/catch.hpp>

#include "headline_rows.hpp"

#include <iterator>

using archive::test::check_headlines;
using PageRow = archive::test::HeadlineRow;

TEST_CASE("a wiki's title over its skin's tabs", "[headline]") {
    const PageRow rows[] = {
        {"title over the tabs, an infobox under the tagline", "en", R"(Jump to content
Main menu
Search
Contents
hide
(Top)
History
Landmarks
Transport
Toggle the table of contents
Ellerby Marsh
4 languages
Article
Talk
Read
Edit
View history
Tools
From Wikipedia, the free encyclopedia
For the nature reserve, see Ellerby Marsh Reserve.
Ellerby Marsh
Hamlet
The pumping station at Ellerby Marsh
Ellerby Marsh
Location within Lincolnshire
Population	412 (2021 census)
OS grid reference	TF412803
Civil parish	Ellerby
District	East Lindsey
Country	England
Post town	HOLBROOK
Ellerby Marsh is a hamlet on the edge of the fens, about six miles east of the market town of Holbrook.
The hamlet grew around a pumping station built to drain the marsh, and most of its houses are farm cottages.
History
The marsh was drained in stages over two centuries, and the last open water was pumped dry after the war.
)", "Ellerby Marsh"},
        {"title over the tabs (de)", "de", R"(Zum Inhalt springen
Hauptmenü
Suche
Inhaltsverzeichnis umschalten
Kleinwalde
12 Sprachen
Artikel
Diskussion
Lesen
Bearbeiten
Quelltext bearbeiten
Versionsgeschichte
Werkzeuge
Aus Wikipedia, der freien Enzyklopädie
Kleinwalde
Ortsteil
Einwohner	830 (2022)
Postleitzahl	12345
Vorwahl	03391
Kfz-Kennzeichen	KW
Gemeinde	Hohenbruch
Kleinwalde ist ein Ortsteil der Gemeinde Hohenbruch im Landkreis am Fluss, etwa zehn Kilometer vom Kreissitz entfernt.
Das Dorf entstand an einer Furt durch den Fluss, an der sich später eine Mühle und eine Schmiede ansiedelten.
Geschichte
Die erste Kirche des Ortes wurde aus Feldsteinen gebaut und nach einem Brand im Stil der Zeit erneuert.
)", "Kleinwalde"},
        {"title over the tabs (fr)", "fr", R"(Aller au contenu
Menu principal
Rechercher
Masquer le sommaire
Saint-Orvin-sur-Lède
9 langues
Article
Discussion
Lire
Modifier
Modifier le code
Voir l’historique
Outils
Un article de Wikipédia, l'encyclopédie libre
Saint-Orvin-sur-Lède
Commune
Population	1 204 hab. (2021)
Code postal	47380
Code commune	47201
Canton	Lède-Amont
Pays	France
Saint-Orvin-sur-Lède est une commune rurale située au bord de la Lède, à une quinzaine de kilomètres du chef-lieu.
Le village s'est développé autour d'un moulin et d'un pont, dont les arches datent encore du Moyen Âge.
Histoire
La paroisse est citée pour la première fois dans un acte de donation à une abbaye voisine.
)", "Saint-Orvin-sur-Lède"},
    };
    check_headlines(std::begin(rows), std::end(rows));
}
