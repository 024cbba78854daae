// Rows for the kinds of lines three invented pages of other kinds than news showed (samples/fr-wiki-village.txt,
// samples/en-devblog-sqlite.txt, samples/it-ricetta-torta.txt): a wiki's headings printed with their section numbers,
// as its table of contents lists them, the line that dates a wiki's last edit, the simple past of a chronicle and
// a piece of advice quoted in a recipe. Every line is invented.
#include <catch2/catch.hpp>

#include "dates.hpp"
#include "quote_rows.hpp"
#include "test_pages.hpp"

#include <string>
#include <utility>
#include <vector>

using namespace archive;

// "Sommaire / 1 Géographie / 1.1 Climat / ... / 1 Géographie[modifier | modifier le code]": the headings repeat the
// entries with their numbers, so the numbered lines over them are a table of contents, label and all (no paragraph
// of the body), and the first heading under the last entry is no entry of it.
TEST_CASE("a wiki's numbered headings repeat the entries of its table of contents", "[classify][contents][gen]") {
    const std::vector<test::HeadingRow> rows = {
        {"fr", R"(Lac de Morvanche
Le lac de Morvanche est un lac de barrage situé dans une vallée des Préalpes, achevé en 1961 pour alimenter une centrale.
Il couvre environ quatre kilomètres carrés et sert aujourd'hui aussi à la baignade et à la pêche en été.
Sommaire
1 Géographie
1.1 Climat
2 Histoire
3 Loisirs
1 Géographie[modifier | modifier le code]
1.1 Climat[modifier | modifier le code]
Les hivers y sont rudes, et la surface du lac gèle presque chaque année pendant plusieurs semaines en janvier.
2 Histoire[modifier | modifier le code]
Le barrage a noyé deux hameaux dont les habitants ont été relogés dans un village neuf construit sur la rive est.
3 Loisirs[modifier | modifier le code]
Une plage surveillée et un sentier de vingt kilomètres autour du lac attirent les familles pendant tout l'été.
)", {"1 Géographie[modifier | modifier le code]", "1.1 Climat[modifier | modifier le code]",
             "2 Histoire[modifier | modifier le code]", "3 Loisirs[modifier | modifier le code]"}},
        {"en", R"(Lake Morvanche
Lake Morvanche is a reservoir in a valley of the foothills, completed in 1961 to feed a power station below the dam.
It covers about four square kilometres and is also used for swimming and fishing in the summer months today.
Contents
1 Geography
1.1 Climate
2 History
3 Leisure
1 Geography[edit]
1.1 Climate[edit]
Winters are harsh, and the surface of the lake freezes for several weeks in January in most years.
2 History[edit]
The dam flooded two hamlets whose people were moved to a new village built on the eastern shore of the lake.
3 Leisure[edit]
A guarded beach and a twenty-kilometre path around the lake draw families throughout the summer holidays.
)", {"1 Geography[edit]", "1.1 Climate[edit]", "2 History[edit]", "3 Leisure[edit]"}},
        {"de", R"(Morvanche-Stausee
Der Morvanche-Stausee ist ein Stausee in einem Tal der Voralpen, der 1961 für ein Kraftwerk unterhalb der Mauer entstand.
Er ist etwa vier Quadratkilometer groß und dient heute im Sommer auch zum Baden und zum Angeln für die Gäste.
Inhaltsverzeichnis
1 Geographie
1.1 Klima
2 Geschichte
3 Freizeit
1 Geographie[Bearbeiten | Quelltext bearbeiten]
1.1 Klima[Bearbeiten | Quelltext bearbeiten]
Die Winter sind rau, und die Oberfläche des Sees friert in den meisten Jahren im Januar für mehrere Wochen zu.
2 Geschichte[Bearbeiten | Quelltext bearbeiten]
Die Mauer überflutete zwei Weiler, deren Bewohner in ein neues Dorf am Ostufer des Sees umgesiedelt wurden.
3 Freizeit[Bearbeiten | Quelltext bearbeiten]
Ein bewachter Strand und ein Weg von zwanzig Kilometern rund um den See locken im Sommer viele Familien an.
)", {"1 Geographie[Bearbeiten | Quelltext bearbeiten]", "1.1 Klima[Bearbeiten | Quelltext bearbeiten]",
             "2 Geschichte[Bearbeiten | Quelltext bearbeiten]", "3 Freizeit[Bearbeiten | Quelltext bearbeiten]"}},
    };
    test::check_heading_rows(rows);
    // The entries and the label over them are no paragraphs: every paragraph left is a sentence.
    for (const auto& r : rows) {
        INFO(r.page);
        for (const auto& paragraph : test::paragraphs_of(classify(segment(r.page), r.lang)))
            CHECK(paragraph.back() == '.');
    }
}

// "Dernière modification de cette page le 14 mars 2025, à 09:12.": the day a wiki's page was last edited, in its
// footer, is the day it was updated, no day of publication.
TEST_CASE("the line of a wiki page's last edit dates an update", "[dates][gen]") {
    for (const auto& [lang, line] : std::vector<std::pair<const char*, const char*>>{
             {"fr", "Dernière modification de cette page le 14 mars 2025, à 09:12."},
             {"en", "This page was last edited on 14 March 2025, at 09:12 (UTC)."},
             {"es", "Esta página se editó por última vez el 14 mar 2025 a las 09:12."},
             {"it", "Modificata l'ultima volta il 14 mar 2025 alle 09:12."},
         }) {
        INFO(line);
        const DateLine d = read_dates(line, lang);
        CHECK(d.updated.value_or("") == "2025-03-14T09:12");
        CHECK_FALSE(d.published);
    }
}

// "Le curé de la paroisse nota dans son registre : « ... »": a history or a chronicle reports what was written or said
// in the simple past.
TEST_CASE("a chronicle's simple past cues the quote it introduces", "[quotes][cues][gen]") {
    using namespace archive::quote_rows;
    check_quotes({
        {"fr",
         {"Le maître d'école, Firmin Lacombe, nota dans son cahier : « La neige a fermé le col pendant onze jours. »"},
         "La neige a fermé le col pendant onze jours.", "Firmin Lacombe", "Le maître d'école, Firmin Lacombe"},
        {"fr",
         {"Le syndic du village, Aimé Rostaing, écrivit au préfet : « Nos ponts ne tiendront pas un hiver de plus. »"},
         "Nos ponts ne tiendront pas un hiver de plus.", "Aimé Rostaing", "Le syndic du village, Aimé Rostaing"},
        {"fr", {"« Le moulin ne tournera plus avant l'été », ajouta le meunier Basile Charrier devant le conseil."},
         "Le moulin ne tournera plus avant l'été", "Basile Charrier"},
    });
}

// "«...», suggerisce Paolo Venturini, pasticciere": a recipe or a guide quotes a cook's advice.
TEST_CASE("a piece of advice quoted in a recipe has its cook as the speaker", "[quotes][cues][gen]") {
    using namespace archive::quote_rows;
    check_quotes({
        {"it",
         {"«Lasciate riposare l'impasto in frigo per una notte intera», suggerisce Teresa Maffioli, cuoca di Bra."},
         "Lasciate riposare l'impasto in frigo per una notte intera", "Teresa Maffioli", "Teresa Maffioli"},
        {"es",
         {"«Tostad las almendras en la sartén antes de molerlas», sugiere Inés Carbonell, pastelera de Alcoy."},
         "Tostad las almendras en la sartén antes de molerlas", "Inés Carbonell", "Inés Carbonell"},
    });
}

// "Ingredienti / 3 mele renette / 2 uova / 150 g di zucchero": the label over a recipe's ingredients heads them, as a
// review's "Pros" heads its short items (lexicon section list_labels).
TEST_CASE("the label over a recipe's ingredients heads them", "[classify][headings][gen]") {
    test::check_heading_rows({
        {"it", R"(Torta di pere e cacao
Una torta semplice da preparare la sera prima, che resta morbida per tre giorni sotto una campana di vetro.
Il segreto sono le pere mature e un cacao amaro di buona qualità, setacciato insieme alla farina.
Ingredienti
3 pere mature
2 uova
120 g di zucchero
180 g di farina
Preparazione
Sbucciate le pere e tagliatele a cubetti, poi montate le uova con lo zucchero finché il composto è chiaro.
Unite la farina setacciata e le pere, versate nello stampo e cuocete a 180 gradi per quaranta minuti.
)", {"Ingredienti", "Preparazione"}},
        {"en", R"(Pear and cocoa cake
A simple cake to make the evening before, which stays soft for three days under a glass dome on the table.
The secret is ripe pears and a good bitter cocoa, sifted together with the flour before it goes in.
Ingredients
3 ripe pears
2 eggs
120 g sugar
180 g flour
Method
Peel the pears and cut them into cubes, then beat the eggs with the sugar until the mixture turns pale.
Fold in the sifted flour and the pears, pour into the tin and bake at 180 degrees for forty minutes.
)", {"Ingredients", "Method"}},
        {"de", R"(Birnen-Kakao-Kuchen
Ein einfacher Kuchen für den Vorabend, der unter einer Glasglocke drei Tage lang weich und saftig bleibt.
Das Geheimnis sind reife Birnen und ein guter herber Kakao, der zusammen mit dem Mehl gesiebt wird.
Zutaten
3 reife Birnen
2 Eier
120 g Zucker
180 g Mehl
Zubereitung
Die Birnen schälen und würfeln, dann die Eier mit dem Zucker schaumig schlagen, bis die Masse hell ist.
Das gesiebte Mehl und die Birnen unterheben, in die Form füllen und bei 180 Grad vierzig Minuten backen.
)", {"Zutaten", "Zubereitung"}},
        {"fr", R"(Gâteau poire et cacao
Un gâteau simple à préparer la veille, qui reste moelleux trois jours sous une cloche en verre sur la table.
Le secret tient aux poires bien mûres et à un bon cacao amer, tamisé avec la farine avant de l'ajouter.
Ingrédients
3 poires mûres
2 œufs
120 g de sucre
180 g de farine
Préparation
Épluchez les poires et coupez-les en dés, puis fouettez les œufs avec le sucre jusqu'à ce que le mélange blanchisse.
Ajoutez la farine tamisée et les poires, versez dans le moule et faites cuire à 180 degrés pendant quarante minutes.
)", {"Ingrédients", "Préparation"}},
        {"es", R"(Bizcocho de pera y cacao
Un bizcocho sencillo para preparar la víspera, que se mantiene tierno tres días bajo una campana de cristal.
El secreto son las peras maduras y un buen cacao amargo, tamizado junto con la harina antes de añadirlo.
Ingredientes
3 peras maduras
2 huevos
120 g de azúcar
180 g de harina
Preparación
Pela las peras y córtalas en dados, luego bate los huevos con el azúcar hasta que la mezcla blanquee.
Incorpora la harina tamizada y las peras, vierte en el molde y hornea a 180 grados durante cuarenta minutos.
)", {"Ingredientes", "Preparación"}},
    });
}
