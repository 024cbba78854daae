// Tests of the article's text that is not sentences: a bulleted list the region cuts, a recipe's ingredients, code
// and shell commands, list items without bullets, a blog written one clause a line.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "region_pages.hpp"
#include "rows.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;
using archive::test::block_of;
using archive::test::has_paragraph_starting;
using archive::test::paragraphs_of;

TEST_CASE("a bulleted list that the region cuts belongs to it wholly, its items are text", "[region][list]") {
    const test::PageRow rows[] = {
        {"en", R"(Harbour App News
Version 2.4 of the harbour app
+ Added ferry timetables
+ Added the pier map
+ Added berth lights
+ Added tide tables
+ Added weather warnings
+ Added a night mode
* The timetable of the island ferries now shows the delays reported by the crews, as soon as the harbour office confirms them.
* The map of the pier can now be turned and zoomed with two fingers, and it remembers where you left it the last time.
* Weather warnings for the bay are now sent as notifications when the harbour master closes the eastern pier to small boats.
* Fixed the berth numbers
* Fixed the tide units
* Fixed the login screen
)", "+ Added ferry timetables"},
        {"de", R"(Hafen-App Neuigkeiten
Version 2.4 der Hafen-App
+ Neue Fahrpläne der Fähren
+ Neue Karte der Mole
+ Neue Liegeplatzlichter
+ Neue Gezeitentabellen
+ Neue Wetterwarnungen
+ Neuer Nachtmodus
* Der Fahrplan der Inselfähren zeigt jetzt die Verspätungen, die die Besatzungen melden, sobald das Hafenbüro sie bestätigt.
* Die Karte der Mole lässt sich jetzt mit zwei Fingern drehen und vergrößern, und sie merkt sich die letzte Ansicht.
* Wetterwarnungen für die Bucht kommen jetzt als Mitteilung, wenn der Hafenmeister den Ostkai für kleine Boote sperrt.
* Korrigiert: Nummern der Liegeplätze
* Korrigiert: Einheiten der Gezeiten
* Korrigiert: Anmeldung
)", "+ Neue Fahrpläne der Fähren"},
    };
    for (const auto& r : rows) {
        INFO(r.page);
        Article a = classify(segment(r.page), r.lang);
        CHECK(has_paragraph_starting(a, r.line));
        CHECK(has_paragraph_starting(a, "+ Neuer Nachtmodus") == (std::string(r.lang) == "de"));
        CHECK(has_paragraph_starting(a, "* Fixed the login screen") == (std::string(r.lang) == "en"));
    }
    // A menu printed over and under the page is no list of the article, though its items follow the last one.
    Article a = classify(segment(R"(• Harbour news
• Ferry timetables
• Contact the harbour office
Version 2.4 of the harbour app
* The timetable of the island ferries now shows the delays reported by the crews, as soon as the harbour office confirms them.
* The map of the pier can now be turned and zoomed with two fingers, and it remembers where you left it the last time.
* Weather warnings for the bay are now sent as notifications when the harbour master closes the eastern pier to small boats.
* Fixed the berth numbers
• Harbour news
• Ferry timetables
• Contact the harbour office
)"), "en");
    CHECK(has_paragraph_starting(a, "* Fixed the berth numbers"));
    CHECK_FALSE(has_paragraph_starting(a, "• Ferry timetables"));
}

namespace {
std::vector<bool> ingredients_of(const std::string& text) { return ingredient_lines(segment(text)); }
std::size_t count_true(const std::vector<bool>& v) { return static_cast<std::size_t>(std::count(v.begin(), v.end(), true)); }
} // namespace

TEST_CASE("the lines of a recipe's ingredients, a quantity on each line or over its food") {
    // One ingredient a line, in English, German, French and Spanish.
    CHECK(count_true(ingredients_of("2 cups flour\n1 tsp baking soda\n3 eggs\n½ cup warm milk\n")) == 4);
    CHECK(count_true(ingredients_of("250 g Dinkelmehl\n2 EL Honig\n3 Eier\n1 Prise Salz\n")) == 4);
    CHECK(count_true(ingredients_of("1 c. à soupe d'huile\n200 g de farine\n2 pincées de sel\n")) == 3);
    CHECK(count_true(ingredients_of("½ cucharadita de sal\n2 tazas de harina\n1 lata (400 g) de tomates\n")) == 3);
    // The quantity alone, its food on the next line.
    auto split = ingredients_of("Zutaten\n120 g\nButter\n2 gestr. TL\nZimt\n4\nÄpfel (säuerlich)\n");
    CHECK_FALSE(split[0]);
    CHECK(count_true(split) == 6);
    CHECK(count_true(ingredients_of("1/4\ncup butter\n1\ncan (15 oz) peach halves, drained\n2\nbox oat crackers\n")) == 6);
    // Two ingredients are no list; a table of ranks names no unit; numbered steps are sentences.
    CHECK(count_true(ingredients_of("2 cups flour\n3 eggs\n")) == 0);
    CHECK(count_true(ingredients_of("1\nOstkai Rovers\n2\nWendle United\n3\nHarbour Athletic\n")) == 0);
    CHECK(count_true(ingredients_of("1\nHeat the oven to 180 degrees and butter the tin.\n2\nStir 2 cups of flour into "
                                    "the butter.\n3\nBake for forty minutes.\n")) == 0);
    CHECK(count_true(ingredients_of("3 ferries left the pier\n2 kg of nets were lost\n5 boats came back\n")) == 0);
}

TEST_CASE("a recipe's ingredients over its text, or among it, belong to the article") {
    const std::string over = R"(Kitchen Notes
Recipes
Home
Honey Oat Crumble
Prep 10 min
Bake 30 min
Ingredients
2 cups rolled oats
1 tbsp honey
3 apples, peeled and sliced
1 pinch cinnamon
Method
Warm the honey in a small pan until it runs freely, then stir in the oats until every flake is coated.
Spread the apples in a buttered dish, scatter the oats over them and dust the top with the cinnamon.
Bake for thirty minutes until the oats turn golden, and serve the crumble warm with a spoon of cream.
)";
    Article a = classify(segment(over), "en");
    CHECK(a.headline == "Honey Oat Crumble");
    CHECK(has_paragraph_starting(a, "Bake 30 min"));
    CHECK(has_paragraph_starting(a, "2 cups rolled oats"));
    CHECK(has_paragraph_starting(a, "1 pinch cinnamon"));
    const std::string among = R"(Küchenblatt
Rezepte
Apfelkuchen vom Blech
Dieser Kuchen gelingt auch Anfängern, denn der Teig braucht weder Hefe noch lange Ruhezeiten im Kühlschrank.
200 g
Dinkelmehl
2 EL
Zucker
3
Eier (Größe M)
1 Pck.
Backpulver
Verrühre zuerst das Mehl mit dem Zucker und dem Backpulver, dann gib die Eier dazu und rühre alles glatt.
Verteile den Teig auf dem Blech, lege die Apfelscheiben darauf und backe den Kuchen eine halbe Stunde.
)";
    Article b = classify(segment(among), "de");
    CHECK(has_paragraph_starting(b, "200 g"));
    CHECK(has_paragraph_starting(b, "Eier (Größe M)"));
    // The title of the text under the ingredients, a few words, stands between them and the region.
    const std::string titled = R"(Küchenblatt
Rezepte
Zwetschgenkuchen mit Streuseln
Zutaten
500 g
Zwetschgen
150 g
Weizenmehl
1 Pck.
Vanillezucker
So gelingt dir der Kuchen
Die Zwetschgen sollten reif sein, aber noch fest, damit sie beim Backen nicht zu viel Saft verlieren.
Den Teig kannst du schon am Vortag kneten und über Nacht gut verpackt im Kühlschrank ruhen lassen.
Die Streusel werden besonders knusprig, wenn die Butter beim Verkneten noch kalt aus dem Kühlschrank kommt.
)";
    Article c = classify(segment(titled), "de");
    CHECK(has_paragraph_starting(c, "500 g"));
    CHECK(has_paragraph_starting(c, "Vanillezucker"));
}

TEST_CASE("a recipe's ingredients printed again on the page are still its text, no labels") {
    const std::string twice = R"(Tarte aux poireaux
Une tarte rapide pour les soirs de semaine, que l'on prépare avec une pâte brisée achetée chez le boulanger.
3 poireaux
2 œufs
20 cl de crème
1 pincée de muscade
Lavez les poireaux, coupez-les en rondelles et faites-les fondre doucement dans une poêle avec un peu de beurre.
Battez les œufs avec la crème et la muscade, puis versez le mélange sur les poireaux étalés sur la pâte.
Faites cuire la tarte pendant trente-cinq minutes, jusqu'à ce que le dessus soit bien doré.
Imprimer la recette
3 poireaux
2 œufs
20 cl de crème
)";
    Article a = classify(segment(twice), "fr");
    CHECK(has_paragraph_starting(a, "3 poireaux"));
    CHECK(has_paragraph_starting(a, "2 œufs"));
}

TEST_CASE("a recipe's times and servings over its ingredients, with their labels") {
    auto facts_of = [](const std::string& text) {
        auto blocks = segment(text);
        return recipe_facts(blocks, ingredient_lines(blocks));
    };
    // German: the figure over its label ("Leicht" over the first figure may be a title: left out); English: the
    // label before the figure on one line.
    auto de = facts_of("Teilen\nDrucken\nLeicht\nfür 8 Stück\n20 Min.\nVorbereitung\n1 Std. 5 Min.\nBacken\n"
                       "Zutaten\n200 g\nMehl\n2 EL\nZucker\n1 Prise\nSalz\n");
    CHECK_FALSE(de[2]);
    for (std::size_t k = 3; k <= 7; ++k)
        CHECK(de[k]);
    CHECK(count_true(de) == 5);
    auto en = facts_of("Prep 10 min\nCook 25 min\nServes 4\nIngredients\n2 cups rice\n1 tbsp butter\n3 cloves garlic\n");
    CHECK(count_true(en) == 3);
    // One time only is no block of facts; nor are times over anything but ingredients.
    CHECK(count_true(facts_of("Serves 4\nCook 25 min\nIngredients\n2 cups rice\n1 tbsp butter\n3 cloves garlic\n")) ==
          0);
    CHECK(count_true(facts_of("Prep 10 min\nCook 25 min\nThe ferry left the pier at noon.\n")) == 0);
}

TEST_CASE("a line of code or a shell command", "[region][code]") {
    for (const char* line : {"$ hg commit -m 'fix the pier map'", "import os", "from harbour.ferries import timetable",
                             "#include <stdio.h>", "int count_departures(FILE* file) {", "}", "char buffer[256];",
                             "lines += 1;", "super().setUp()", "total = count + 1", "departs.map(d => d.time)",
                             "sudo apt-get install ferry-tools", "[extensions]", "evolve =",
                             "netsh interface tcp set global timeout=30",
                             // words alone, no mark: only the first token tells
                             "cd harbour", "git pull origin main",
                             // a comparison, an arrow
                             "while count == 0", "route -> harbour"}) {
        INFO(line);
        CHECK(code_line(block_of(line)));
    }
    // Prose, a list's item closed by a semicolon, a sentence opening with a capitalised keyword.
    for (const char* line : {"From the pier, the ferries leave every hour.", "Import duties rose again in March.",
                             "les bateaux du matin ;", "die Fähren am Abend;", "Return to the harbour page",
                             "The ferry (new) leaves at noon.", "$", "import", "$ 20 for the return ticket",
                             "return to the pier at noon.", "# Ferries", "[...]", "[Update]",
                             // words alone, none of them an opener: a menu's items
                             "Mehr zum Thema Fähren", "cours du soir", "Ferries",
                             // brackets and arrows of a menu or a label, no code's marks
                             "Hafen (Nord)", "Home > Ferries > Timetable", "Accueil >> Ports",
                             "timeout="}) {
        INFO(line);
        CHECK_FALSE(code_line(block_of(line)));
    }
}

TEST_CASE("a block of code or shell commands between paragraphs of the article is its text", "[region][code]") {
    const test::PageRow rows[] = {
        {"en", R"(Harbour Dev Notes
Counting ferries with a small script
By Jane Roe
The harbour office wanted to know how many ferries leave the eastern pier each day, so we wrote a small script for it.
The timetable is a plain text file with one departure a line, which makes the counting easy for any shell.
Fetch both timetables and count them:
$ cd timetables
$ curl -O https://example.org/eastern-pier.txt
$ curl -O https://example.org/northern-quay.txt
$ wc -l eastern-pier.txt
42 eastern-pier.txt
$ wc -l northern-quay.txt
17 northern-quay.txt
$ grep -c Sunday eastern-pier.txt
9
$ cd timetables
$ grep -c Sunday northern-quay.txt
4
The script prints forty-two departures for a weekday, which matches the printed timetable on the pier.
On Sundays the file is shorter, and the same command gives the number of boats for the quiet days as well.
)",
         "$ grep -c Sunday northern-quay.txt"},
        {"de", R"(Hafenblatt Technik
Fähren zählen mit einem kleinen Programm
Von Anna Muster
Das Hafenamt wollte wissen, wie viele Fähren jeden Tag vom Ostkai ablegen, also haben wir dafür ein kleines Programm geschrieben.
Der Fahrplan ist eine einfache Textdatei mit einer Abfahrt pro Zeile, was das Zählen für jede Sprache leicht macht.
Die Funktion zum Zählen:
#include <stdio.h>
int count_departures(FILE* file) {
char buffer[256];
int lines = 0;
while (fgets(buffer, sizeof buffer, file)) {
lines += 1;
}
return lines;
}
int main(void) {
printf("%d", count_departures(stdin));
}
Das Programm meldet zweiundvierzig Abfahrten für einen Werktag, genau wie der gedruckte Fahrplan am Kai.
Am Sonntag ist die Datei kürzer, und dieselbe Funktion liefert auch die Zahl der Schiffe für die ruhigen Tage.
Im Sommer kommen die Abendfähren dazu, die in einer eigenen Datei stehen und mit derselben Funktion gezählt werden.
Das Hafenamt will die Zahlen künftig jede Woche auf seiner Seite veröffentlichen, damit die Fahrgäste planen können.
)",
         "printf(\"%d\", count_departures(stdin));"},
        {"fr", R"(Le Courrier du Port
Compter les bacs avec un petit script
Par Jean Dupont
La capitainerie voulait savoir combien de bacs partent chaque jour du quai est, alors nous avons écrit un petit script.
L'horaire est un simple fichier texte avec un départ par ligne, ce qui rend le comptage facile dans n'importe quel langage.
Le script complet, en Python :
import sys
from pathlib import Path
def compter(chemin):
departs = Path(chemin).read_text().splitlines()
dimanche = [d for d in departs if d.startswith("D")]
return len(departs), len(dimanche)
for chemin in sys.argv[1:]:
total, calmes = compter(chemin)
print(chemin, total, calmes)
if __name__ == "__main__":
main()
Le script affiche quarante-deux départs pour un jour de semaine, comme l'horaire imprimé sur le quai.
Le dimanche, le fichier est plus court, et le même script donne aussi le nombre de bateaux des jours calmes.
)",
         "print(chemin, total, calmes)"},
    };
    for (const auto& r : rows) {
        INFO(r.page);
        Article a = classify(segment(r.page), r.lang);
        CHECK(has_paragraph_starting(a, r.line));
        // The sentence announcing the code with its colon, the text under the code.
        const std::string page = r.page;
        const std::size_t colon = page.find(":\n");
        const std::size_t start = page.rfind('\n', colon) + 1;
        CHECK(has_paragraph_starting(a, page.substr(start, colon + 1 - start)));
        // No line of the code leaves, though the page prints it twice ("}", "$ cd timetables").
        CHECK(std::none_of(a.boilerplate.begin(), a.boilerplate.end(), [](const std::string& line) {
            return line == "}" || line.rfind("$ ", 0) == 0 || line.rfind("print", 0) == 0;
        }));
    }
}

namespace {
// A release-notes post in `lang`: two paragraphs, then under short labels technical items without bullets or final
// stops (few of their words are stopwords), each group with a sentence of text, then two closing paragraphs.
struct ListPage {
    const char* lang;
    const char* page;
    std::vector<const char*> items;
};
} // namespace

TEST_CASE("list items without bullets or stops between the text of the region are the article's",
          "[region][list_lines]") {
    const ListPage pages[] = {
        {"en", R"(Harbour Software Notes
Release notes for Pier Planner 4.2
Pier Planner 4.2 is out today, and it brings a long list of fixes that many of you asked for over the winter months.
We thank everyone who sent us their reports, logs and screenshots from the harbours and ferry offices.
Most of the work went into the parts of the planner that you use every day, and we spent the last weeks of the year on the oldest reports in the tracker, some of which had waited for a fix since the first version.
Download Manager
Fixed crash when download panel closes during large timetable imports – DONE
Timetable export: CSV columns follow berth order, ferry names, departure times
Tide tables: new columns for spring tides, neap tides, harbour gauge readings
The download panel now shows how many of the timetables are left to import and how long that will take.
Map View
Berth markers redrawn at high zoom levels, tidal overlays cached per harbour region
It is now possible to hide the tidal overlay for a harbour that you do not use any more.
We will ship the next release in the spring, when the summer timetables of the ferry companies are published.
As always, you can tell us what you think on the forum or by writing to the harbour office.
)",
         {"Fixed crash when download panel closes", "Timetable export: CSV columns", "Tide tables: new columns", "Berth markers redrawn"}},
        {"de", R"(Hafensoftware Notizen
Neuerungen in Kaiplaner 4.2
Kaiplaner 4.2 ist ab heute verfügbar und bringt eine lange Liste von Korrekturen, die sich viele von euch im Winter gewünscht haben.
Wir danken allen, die uns ihre Berichte, Protokolle und Bildschirmfotos aus den Häfen geschickt haben.
Die meiste Arbeit steckt in den Teilen des Planers, die ihr jeden Tag benutzt, und in den letzten Wochen des Jahres haben wir uns um die ältesten Meldungen gekümmert, von denen einige seit der ersten Version auf eine Lösung gewartet haben.
Export und Import
Tabellenexport mit Liegeplätzen, Fährnamen, Abfahrtszeiten, Gezeitenständen als CSV
Absturz beim Schließen des Downloadfensters während großer Fahrplanimporte behoben
Gezeitentabellen: neue Spalten für Springtiden, Nipptiden, Pegelstände, Hafenpegel
Das Fenster zeigt jetzt an, wie viele der Fahrpläne noch fehlen und wie lange es noch dauern wird.
Kartenansicht
Liegeplatzmarkierungen bei hoher Vergrößerung neu gezeichnet, Gezeitenebenen zwischengespeichert
Man kann jetzt die Gezeiten für einen Hafen ausblenden, den man nicht mehr braucht.
Die nächste Version erscheint im Frühling, wenn die Sommerfahrpläne der Fährgesellschaften veröffentlicht sind.
Wie immer könnt ihr uns im Forum oder per Brief an das Hafenbüro sagen, was ihr davon haltet.
)",
         {"Tabellenexport mit Liegeplätzen", "Absturz beim Schließen", "Gezeitentabellen: neue", "Liegeplatzmarkierungen bei hoher"}},
        {"fr", R"(Notes du logiciel portuaire
Nouveautés de Planquai 4.2
Planquai 4.2 est disponible aujourd'hui et apporte une longue liste de corrections que beaucoup d'entre vous ont demandées cet hiver.
Nous remercions tous ceux qui nous ont envoyé leurs rapports, journaux et captures depuis les ports.
L'essentiel du travail a porté sur les parties du logiciel que vous utilisez tous les jours, et nous avons passé les dernières semaines de l'année sur les plus anciens rapports, dont certains attendaient une correction depuis la première version.
Export et import
Export CSV : postes, noms, horaires, hauteurs, coefficients, marées, quais, bouées
Plantage corrigé – fermeture panneau téléchargements, gros imports horaires
Tables : nouvelles colonnes vives-eaux, mortes-eaux, relevés marégraphe, pilotes
Le panneau indique maintenant combien d'horaires il reste à importer et combien de temps cela va prendre.
Vue carte
Marqueurs redessinés zoom élevé, couches marées, cache régional, bouées, phares
Il est maintenant possible de masquer les marées pour un port que vous n'utilisez plus.
La prochaine version sortira au printemps, quand les horaires d'été des compagnies de ferries seront publiés.
Comme toujours, vous pouvez nous dire ce que vous en pensez sur le forum ou en écrivant au bureau du port.
)",
         {"Export CSV : postes", "Plantage corrigé", "Tables : nouvelles", "Marqueurs redessinés"}},
        {"es", R"(Notas del programa portuario
Novedades de Planmuelle 4.2
Planmuelle 4.2 ya está disponible y trae una larga lista de correcciones que muchos de ustedes pidieron durante el invierno.
Damos las gracias a todos los que nos enviaron sus informes, registros y capturas desde los puertos.
La mayor parte del trabajo se ha hecho en las partes del programa que usan todos los días, y hemos pasado las últimas semanas del año con los informes más antiguos, algunos de los cuales esperaban una corrección desde la primera versión.
Exportar e importar
Exportación CSV: atraques, nombres de ferris, horarios, alturas de mareas, muelles
Cierre inesperado corregido: panel de descargas durante importaciones grandes – HECHO
Tablas de mareas: columnas nuevas para mareas vivas, mareas muertas, mareógrafos
El panel muestra ahora cuántos horarios quedan por importar y cuánto tiempo va a tardar la importación.
Vista del mapa
Marcadores redibujados: zoom alto, capas mareas, caché regional, boyas, faros, muelles
Ahora es posible ocultar las mareas de un puerto que ya no se usa en la oficina.
La próxima versión saldrá en primavera, cuando las compañías de ferris publiquen los horarios de verano.
Como siempre, pueden decirnos lo que piensan en el foro o escribiendo a la oficina del puerto.
)",
         {"Exportación CSV: atraques", "Cierre inesperado corregido", "Tablas de mareas", "Marcadores redibujados"}},
        // A blog written one clause a line, without sentence marks and with few particles.
        {"zh", R"(海港生活
新竹尖石美樹營地賞楓
今年冬天的寒流來得特別早，我們在週末一早就開車上山，沿路的楓葉已經轉紅了，大家都很期待這次的露營。
到了營地以後，主人熱情地帶我們看了新的衛浴和餐廳，還說明年要再加蓋幾間小木屋給旅客住。
這次是第二次來這個營地了，上一次來的時候楓葉還是綠的，所以這次特別選在十二月底上山，希望可以看到整片楓香林都變成金黃色和紅色的樣子。
楓香樹金黃泛紅色彩層層疊疊山嵐環繞
原木招牌貓頭鷹雕刻入口處醒目字體
午後山嵐興起雲氣盤旋對岸山頭
營區水電方便水槽造型特別
晚上大家一起煮了砂鍋魚頭，還喝了朋友從台南帶來的好酒，我們圍著火爐聊天聊到很晚才去睡覺，外面的雨也停了。
第二天早上太陽終於出來了，我們在楓樹下拍了很多合照，然後才慢慢收拾帳篷準備下山，希望明年還能再來這裡。
)",
         {"楓香樹金黃泛紅", "原木招牌貓頭鷹", "午後山嵐興起", "營區水電方便"}},
    };
    for (const auto& page : pages) {
        Article a = classify(segment(page.page), page.lang);
        // (The last item over a sentence may be taken for the heading of that sentence: it is in the body all the same.)
        const auto headings = test::headings_of(a);
        for (const char* item : page.items) {
            INFO(page.lang << ": " << item);
            CHECK((has_paragraph_starting(a, item) ||
                   std::any_of(headings.begin(), headings.end(),
                               [&](const std::string& h) { return h.rfind(item, 0) == 0; })));
        }
    }
}

namespace {
// A short article in `lang` with `middle` between its second and third paragraphs, which run `long_text` or short.
std::string article_around(const std::string& lang, const std::string& middle, bool long_text) {
    const char* en_long[] = {
        "The old lamp of the northern cape was taken down on Monday after ninety years of service to the fishing fleet, "
        "and the engineers who fitted its successor say that the new one uses a tenth of the power.",
        "The keepers' cottage will become a small museum of the coast, and the volunteers of the harbour society have "
        "already started to collect the logbooks, the charts and the photographs of the keepers.",
        "The council will vote on the final bill in the spring, when the summer timetable begins, and the ferry company "
        "has promised to publish the new departures a month before the first crossing.",
        "Until then the harbour master asks the visitors to keep away from the old tower, where the scaffolding will "
        "stay until the end of the month, and to use the path along the beach."};
    const char* en_short[] = {
        "The old lamp of the northern cape was taken down on Monday after ninety years of service to the fleet.",
        "The keepers' cottage will become a small museum of the coast, with the old lamp in its only room.",
        "The council will vote on the final bill in the spring, when the summer timetable of the ferries begins.",
        "Until then the visitors should keep away from the old tower, where the scaffolding will stay a month."};
    const char* de_long[] = {
        "Die alte Lampe des Leuchtturms am Nordkap wurde am Montag nach neunzig Jahren im Dienst der Fischer abgebaut, "
        "und die Techniker, die ihre Nachfolgerin eingebaut haben, sagen, dass die neue nur ein Zehntel des Stroms "
        "braucht und doppelt so weit auf das Meer hinaus zu sehen ist.",
        "Das Haus der Wärter wird ein kleines Museum der Küste, und die Freiwilligen des Hafenvereins haben schon "
        "begonnen, die Logbücher, die Seekarten und die Fotos der Wärter zu sammeln, die sie in den Kellern und auf "
        "den Dachböden der Stadt gefunden haben.",
        "Der Gemeinderat stimmt im Frühling über den Kredit ab, wenn der Sommerfahrplan beginnt, und die "
        "Fährgesellschaft will die neuen Abfahrten einen Monat vor der ersten Überfahrt veröffentlichen, damit die "
        "Inselbewohner ihre Reisen in aller Ruhe planen können.",
        ("Bis dahin bittet der Hafenmeister die Besucher, dem alten Turm fernzubleiben, wo das Gerüst bis zum "
         "Monatsende stehen bleibt, und den Weg am Strand entlang zu nehmen.")};
    const char* de_short[] = {
        "Die alte Lampe des Leuchtturms wurde am Montag nach neunzig Jahren im Dienst der Fischer abgebaut.",
        "Das Haus der Wärter wird ein kleines Museum der Küste, mit der alten Lampe in seinem einzigen Raum.",
        "Der Gemeinderat stimmt im Frühling über den Kredit ab, wenn der Sommerfahrplan der Fähren beginnt.",
        "Bis dahin sollen die Besucher dem alten Turm fernbleiben, wo das Gerüst noch einen Monat stehen bleibt."};
    const char** text = lang == "de" ? (long_text ? de_long : de_short) : (long_text ? en_long : en_short);
    std::string title = lang == "de" ? "Hafenblatt\nNeue Lampe für den Leuchtturm am Nordkap\n"
                                     : "Harbour Weekly\nNew lighthouse lamp for the northern cape\n";
    return title + text[0] + "\n" + text[1] + "\n" + middle + text[2] + "\n" + text[3] + "\n";
}
} // namespace

TEST_CASE("titles of a box of links, asides, labels in capitals and menus between paragraphs stay out of the body",
          "[region][list_lines]") {
    const std::string en_titles = "Ferry timetable changes announced for northern islands summer season\n"
                                  "Council approves harbour wall repairs budget after long winter storms\n";
    const std::string de_titles = "Fahrplanänderungen: Nordinseln, Sommersaison, Zusatzfähren, Nachtfähren angekündigt\n"
                                  "Gemeinderat genehmigt Hafenmauer-Budget, Kaierneuerung, Molenreparaturen\n";
    const struct {
        const char* lang;
        std::string middle;
        bool long_text;
        std::vector<const char*> out;
    } rows[] = {
        // Titles much shorter than the paragraphs around them.
        {"en",
         en_titles,
         true, {"Ferry timetable changes", "Council approves harbour"}},
        {"de",
         de_titles,
         true, {"Fahrplanänderungen: Nordinseln", "Gemeinderat genehmigt"}},
        // Titles as long as the paragraphs, under the label in capitals of their box.
        {"en",
         "MORE HARBOUR NEWS\n" + en_titles,
         false, {"Ferry timetable changes", "Council approves harbour"}},
        {"de",
         "WEITERE NACHRICHTEN\n" + de_titles,
         false, {"Fahrplanänderungen: Nordinseln", "Gemeinderat genehmigt"}},
        // An aside in brackets: a link, a player.
        {"en", "[Read: Fishermen welcome quieter berths, longer quays at eastern harbour]\n", false, {"[Read: Fishermen"}},
        {"de", "[Video: Fischer, ruhigere Liegeplätze, längere Kais, Kaiverlängerung im Osthafen]\n", false,
         {"[Video: Fischer"}},
        // A menu's entries in one line, and a live blog's entry with its time.
        {"en", "Home | Local | Harbour | Ferries | Weather | Contact\n", false, {"Home | Local"}},
        {"de", "Startseite | Lokales | Hafen | Fähren | Wetter | Kontakt\n", false, {"Startseite | Lokales"}},
    };
    for (const auto& r : rows) {
        Article a = classify(segment(article_around(r.lang, r.middle, r.long_text)), r.lang);
        INFO(r.lang << ": " << r.middle);
        // The article itself is whole.
        CHECK(paragraphs_of(a).size() == 4);
        for (const char* line : r.out)
            CHECK_FALSE(has_paragraph_starting(a, line));
    }
}

TEST_CASE("the clauses opening a blog written one clause a line join its region, and a menu and the title stay out",
          "[region][list_lines]") {
    // Its first clauses have few particles and are rated bad; the clauses under them have enough. Over them, the
    // post's title, a trail of links and a menu.
    const std::string page = R"(海港生活部落格
首页|新闻|图片|评论|旅遊|美食|露營|攝影
首页 >> 旅遊美食分類 >> 露營攝影分類 >> 新竹尖石露營地介紹
新竹尖石美樹營地賞楓
一波波低溫寒流報到 尖石後山層層山巒雲霧繚繞
玉峰道路一路上雲氣山嵐滯留山頭 順路下切蜿蜒山路
楓香樹林早已呈現金黃泛紅色彩 攝影愛好者紛紛前來
營區裡除了露營和民宿以外 還多了很多原木做的飾品
我們到的時候已經是下午了 地上的落葉都被雨打濕了
晚上大家一起煮了砂鍋魚頭 還喝了朋友帶來的好酒
第二天早上太陽終於出來了 我們在楓樹下拍了很多照片
下山之前我們又到附近的部落走了一圈 買了一些當地的蔬菜
希望明年還能再來這裡 看看楓葉最紅的時候是什麼樣子
)";
    Article a = classify(segment(page), "zh");
    for (const char* clause : {"一波波低溫寒流報到", "玉峰道路一路上", "楓香樹林早已", "營區裡除了露營"}) {
        INFO(clause);
        CHECK(has_paragraph_starting(a, clause));
    }
    CHECK_FALSE(has_paragraph_starting(a, "首页|新闻"));
    CHECK_FALSE(has_paragraph_starting(a, "首页 >>"));
    CHECK_FALSE(has_paragraph_starting(a, "新竹尖石美樹營地賞楓"));
}

TEST_CASE("a group label among a recipe's ingredients and a button under them keep the list whole",
          "[region][recipe][probe66]") {
    // "Zum Wälzen:" between two groups of ingredients (the second of two lines only), then "Zutaten auf die
    // Einkaufsliste" over the method's title: every ingredient stays in the body (probe66 R3).
    struct Row {
        const char* lang;
        const char* page;
        const char* first;  // the first ingredient
        const char* label;  // the group label
        const char* last;   // the last ingredient
        const char* button; // the button under the list
    };
    const Row rows[] = {
        {"de",
         "Backstube Sonnenhof\nRezepte\nNussecken wie vom Bäcker\nKnuspriger Boden, saftige Nüsse und ein Rand aus "
         "Schokolade: so gelingen die Ecken auch daheim.\nZutaten\n250 g Mehl\n120 g Butter\n80 g Zucker\n"
         "1 Ei\nFür den Belag:\n200 g Haselnüsse\n2 EL Honig\nZutaten auf die Einkaufsliste\nZubereitung\n"
         "Mehl, Butter, Zucker und Ei rasch zu einem Teig verkneten und auf einem Blech ausrollen.\nDie Haselnüsse "
         "mit dem Honig in einem Topf erwärmen und gleichmäßig auf dem Teig verteilen.\nBei 180 Grad etwa "
         "zwanzig Minuten backen, abkühlen lassen und in Dreiecke schneiden.\nRezept drucken\nImpressum\n",
         "250 g Mehl", "Für den Belag:", "2 EL Honig", "Zutaten auf die Einkaufsliste"},
        {"en",
         "Kitchen Notes\nRecipes\nLemon drizzle squares\nA soft sponge soaked in lemon syrup, cut into squares "
         "for the school fair or a slow Sunday.\nIngredients\n225 g butter\n225 g caster sugar\n275 g self-raising "
         "flour\n2 tsp baking powder\nFor the drizzle:\n175 g granulated sugar\n2 tbsp lemon juice\nAdd to shopping "
         "list\nMethod\nBeat the butter and the sugar until pale, then fold in the flour and the baking powder.\n"
         "Spread the batter in a lined tin and bake for thirty-five minutes until it springs back.\nStir the sugar "
         "into the lemon juice and spoon it over the warm sponge before cutting it into squares.\nPrivacy\n",
         "225 g butter", "For the drizzle:", "2 tbsp lemon juice", "Add to shopping list"},
        {"fr",
         "Cuisine du marché\nRecettes\nTarte fine aux pommes\nUne pâte feuilletée, des pommes en fines lamelles et "
         "un voile de sucre : le dessert des soirs pressés.\nIngrédients\n1 pâte feuilletée\n4 pommes\n30 g de "
         "beurre\n2 c. à soupe de sucre\nPour le nappage :\n3 c. à soupe de confiture\n1 c. à soupe d'eau\n"
         "Ajouter à la liste de courses\nPréparation\nÉtalez la pâte sur une plaque et piquez-la à la fourchette "
         "sur toute sa surface.\nDisposez les pommes en rosace, parsemez de beurre et de sucre, puis enfournez "
         "vingt-cinq minutes à 200 degrés.\nFaites chauffer la confiture avec l'eau et badigeonnez-en la tarte "
         "encore chaude.\nMentions légales\n",
         "1 pâte feuilletée", "Pour le nappage :", "1 c. à soupe d'eau", "Ajouter à la liste de courses"},
    };
    for (const Row& r : rows) {
        INFO(r.lang);
        const Article a = classify(segment(r.page), r.lang);
        CHECK(has_paragraph_starting(a, r.first));
        CHECK(has_paragraph_starting(a, r.last));
        CHECK_FALSE(has_paragraph_starting(a, r.button));
        // The label is the list's, not a title of its own or a line lost between the groups.
        const auto blocks = segment(r.page);
        std::size_t label = 0;
        while (label < blocks.size() && blocks[label].text != r.label)
            ++label;
        REQUIRE(label + 1 < blocks.size());
        CHECK(ingredients_of(r.page)[label]);
    }
    // A colon line with no quantity under it closes the list: prose after a list is no group of it.
    CHECK_FALSE(ingredients_of("250 g Mehl\n120 g Butter\n80 g Zucker\nDas braucht man noch:\nGeduld und Zeit\n")[3]);
}
