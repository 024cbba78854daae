// boiler25: the body and its boilerplate on page kinds the probes had not covered: a paywall's prompt in Polish and
// Dutch, the box presenting a company under its press release (pt, nl, it, pl), a review's verdict box, a gallery's
// counter closing a caption, a related box glued into a page without blank lines. Invented lines and pages.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "page.hpp"
#include "pipeline.hpp"
#include "rows.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;

TEST_CASE("a paywall's label counting the share of the article left, no reader addressed, is a cut",
          "[boiler25][paywall]") {
    const test::NoticeRow rows[] = { // a line, whether it is a cut
        {"Pozostało 72% artykułu", true},
        {"Restam 65% do artigo", true},
        {"Zostało 40% tekstu", true},
        // A sentence (a stop), or a share of something else than the article: no paywall's.
        {"Pozostało 40% artykułów.", false},
        {"Pozostało 30% budżetu", false},
        {"Restam 20% das obras", false},
        {"Remaining 40% of the articles were sold to collectors.", false},
        // The paywall's phrase naming the subscribers, Dutch and Polish.
        {"Dit artikel is alleen voor abonnees", true},
        {"Ten artykuł jest dostępny tylko dla prenumeratorów", true},
    };
    test::check_block_notices(rows, paywall_cut);
}

// (The text under the prompt, however it reads, is not the article's free text: cut_at_paywall() ends the region.)
TEST_CASE("a paywall's prompt in Polish or Dutch between paragraphs closes the text and leaves the body",
          "[boiler25][paywall]") {
    const std::vector<test::BoxRow> rows = {
        {"pl", R"(Ratusz podnosi opłaty za parkowanie w centrum

Rada miasta przyjęła w czwartek uchwałę zmieniającą zasady parkowania w centrum, głosami radnych koalicji.

Najwięcej zapłacą kierowcy w ścisłym centrum: pierwsza godzina będzie kosztować osiem złotych, a druga prawie dziesięć.

– Chcemy, żeby ludzie przesiadali się do tramwajów i autobusów – mówił na sesji wiceprezydent miasta.

Pozostało 68% artykułu
Ten artykuł jest dostępny tylko dla prenumeratorów
Wykup dostęp, aby czytać dalej
Masz już konto? Zaloguj się

Opozycja zapowiada skargę do wojewody, bo jej zdaniem podwyżka uderzy w osoby dojeżdżające do pracy z przedmieść.
)",
         {"Pozostało 68% artykułu", "Ten artykuł jest dostępny tylko dla prenumeratorów",
          "Wykup dostęp, aby czytać dalej"},
         {"Najwięcej zapłacą kierowcy w ścisłym centrum: pierwsza godzina będzie kosztować osiem złotych, a druga "
          "prawie dziesięć.",
          "– Chcemy, żeby ludzie przesiadali się do tramwajów i autobusów – mówił na sesji wiceprezydent miasta."}},
        {"nl", R"(Parkeren in de binnenstad wordt duurder

De gemeenteraad heeft donderdag ingestemd met hogere parkeertarieven in de binnenstad en de wijken eromheen.

Het eerste uur parkeren kost straks vier euro, het tweede uur bijna vijf euro, zo staat in het besluit van de raad.

"We willen dat mensen vaker de bus of de fiets nemen", zei wethouder Mobiliteit tijdens het debat.

Dit artikel is alleen voor abonnees
Word abonnee en lees onbeperkt verder
Al abonnee? Log in

De oppositie wil dat bewoners van de wijken rond het centrum een goedkopere vergunning krijgen dan nu is afgesproken.
)",
         {"Dit artikel is alleen voor abonnees"},
         {"Het eerste uur parkeren kost straks vier euro, het tweede uur bijna vijf euro, zo staat in het besluit "
          "van de raad.",
          "\"We willen dat mensen vaker de bus of de fiets nemen\", zei wethouder Mobiliteit tijdens het debat."}},
    };
    test::check_boxes(rows);
}

TEST_CASE("the box presenting a company under its press release leaves the body (pt, nl, it, pl)",
          "[boiler25][press_release]") {
    const std::vector<test::BoxRow> rows = {
        {"pt", R"(Fabricante de bombas de calor abre fábrica em Aveiro

A Termoluz inaugurou hoje a sua nova unidade de produção no parque industrial de Aveiro, num investimento de vinte milhões de euros.

A fábrica tem capacidade para produzir trinta mil bombas de calor por ano, destinadas sobretudo aos mercados ibéricos.

Sobre a Termoluz
Fundada em 1991, a Termoluz desenvolve e fabrica sistemas de aquecimento para habitações e escritórios e exporta para doze países.
)",
         {"Sobre a Termoluz",
          "Fundada em 1991, a Termoluz desenvolve e fabrica sistemas de aquecimento para habitações e escritórios e "
          "exporta para doze países."},
         {"A fábrica tem capacidade para produzir trinta mil bombas de calor por ano, destinadas sobretudo aos "
          "mercados ibéricos."}},
        {"nl", R"(Deurbellenmaker opent nieuwe fabriek in Eindhoven

Zonnekap heeft vandaag een nieuwe fabriek geopend op bedrijventerrein De Hurk, waar honderd mensen aan het werk gaan.

In de fabriek worden jaarlijks tweehonderdduizend slimme deurbellen gemaakt voor de Europese markt.

Over Zonnekap
Zonnekap werd in 2012 opgericht in Eindhoven en ontwikkelt slimme deurbellen en camera's voor thuisgebruik.
)",
         {"Over Zonnekap",
          "Zonnekap werd in 2012 opgericht in Eindhoven en ontwikkelt slimme deurbellen en camera's voor thuisgebruik."},
         {"In de fabriek worden jaarlijks tweehonderdduizend slimme deurbellen gemaakt voor de Europese markt."}},
        {"it", R"(Arteco apre un nuovo stabilimento a Brescia

Arteco ha inaugurato oggi il nuovo stabilimento di Brescia, dove lavoreranno centoventi persone entro la fine del prossimo anno.

Lo stabilimento produrrà pannelli isolanti per l'edilizia destinati soprattutto al mercato tedesco e a quello francese.

Informazioni su Arteco
Fondata nel 1987, Arteco produce materiali isolanti per l'edilizia ed esporta in quindici paesi europei.
)",
         {"Informazioni su Arteco",
          "Fondata nel 1987, Arteco produce materiali isolanti per l'edilizia ed esporta in quindici paesi europei."},
         {"Lo stabilimento produrrà pannelli isolanti per l'edilizia destinati soprattutto al mercato tedesco e a "
          "quello francese."}},
        {"pl", R"(Termex otwiera nową fabrykę pod Poznaniem

Termex otworzył dziś nową fabrykę w Swarzędzu, w której do końca przyszłego roku pracę znajdzie sto dwadzieścia osób.

Fabryka będzie produkować pompy ciepła przeznaczone głównie na rynek niemiecki i czeski.

O firmie Termex
Termex powstał w 1994 roku w Poznaniu i produkuje urządzenia grzewcze do domów oraz biur, eksportując je do dwunastu krajów.
)",
         {"O firmie Termex", "Termex powstał w 1994 roku w Poznaniu i produkuje urządzenia grzewcze do domów oraz "
                             "biur, eksportując je do dwunastu krajów."},
         {"Fabryka będzie produkować pompy ciepła przeznaczone głównie na rynek niemiecki i czeski."}},
        // "Over de grens": a cross-head over the text's last paragraph names no company, and stays.
        {"nl", R"(Grensarbeiders krijgen een nieuwe buslijn

Vanaf januari rijdt er elk halfuur een bus tussen Venlo en de bedrijventerreinen aan de Duitse kant van de grens.

De provincie betaalt de helft van de kosten, de Duitse gemeenten betalen de rest, zo staat in de afspraken.

Over de grens
Aan Duitse kant stoppen de bussen bij drie bedrijventerreinen, waar samen ruim tweeduizend Nederlanders werken.
)",
         {},
         {"Over de grens",
          "Aan Duitse kant stoppen de bussen bij drie bedrijventerreinen, waar samen ruim tweeduizend Nederlanders "
          "werken."}},
    };
    test::check_boxes(rows);
}

TEST_CASE("a row of a review's verdict box under its score stays with the score", "[boiler25][review]") {
    const std::string review = "Análisis: un patinete urbano que cumple sin alardes\n\n"
                               "Lo hemos probado durante un mes por las calles de la ciudad, con cuestas moderadas y un "
                               "usuario de setenta kilos.\n\n"
                               "La autonomía real superó los treinta kilómetros, aunque la frenada en mojado se alarga "
                               "más de lo que nos gustaría.\n\n";
    const std::string verdict = "Un patinete honesto para trayectos diarios, aunque conviene extremar la prudencia "
                                "cuando llueve.\n";
    const std::string scored = review + "Nuestra valoración\n" + verdict + "Nota: 7,8\nPrecio: 449 euros\n\nVer oferta\n";
    // (A price with no score over it is no verdict's: it stays out, as before.)
    const std::string unscored = review + verdict + "Precio: 449 euros\n\nVer oferta\n";
    const std::vector<test::BoxRow> rows = {
        {"nl", R"(Review: een slimme deurbel zonder abonnement

De deurbel bewaart de beelden op een geheugenkaartje in het basisstation, zodat je geen maandelijkse kosten hebt.

Overdag is het beeld scherp, ook bij tegenlicht, maar de batterij ging bij ons maar elf weken mee in plaats van vier maanden.

Oordeel
Wie geen zin heeft in maandelijkse kosten, vindt hier een degelijke deurbel. De batterijduur valt wel tegen.
Score: 7,5/10
Prijs: 129 euro

Vergelijk prijzen
Deel dit artikel
)",
         {"Vergelijk prijzen"},
         {"Score: 7,5/10", "Prijs: 129 euro"}},
        {"es", scored.c_str(),
         {"Ver oferta"},
         {"Nota: 7,8", "Precio: 449 euros"}},
        {"es", unscored.c_str(),
         {"Precio: 449 euros", "Ver oferta"},
         {"Un patinete honesto para trayectos diarios, aunque conviene extremar la prudencia cuando llueve."}},
    };
    test::check_boxes(rows);
}

TEST_CASE("a gallery's counter in brackets is read as one closing a caption", "[boiler25][gallery]") {
    const test::NoticeRow rows[] = { // the bracket, whether it is a counter
        {"(3/12)", true},
        {"(Foto 4 di 9)", true},
        {"(Bild 3 von 12)", true},
        {" (Zdjęcie 2 z 6) ", true},
        // Two pictures are no gallery's count, a date or a word no counter.
        {"(1/2)", false},
        {"(12/2016)", false},
        {"(Archiv)", false},
        {"(3/12) Foto: Anna Muster", false},
    };
    test::check_notices(rows, closing_caption_counter);
}

TEST_CASE("a gallery's counter closing a caption line leaves the caption for the boilerplate", "[boiler25][gallery]") {
    struct Row {
        const char* figure; // the caption line, a credit under it or closing it
        const char* counter;
    };
    const Row rows[] = {
        {"Schüler pflanzen Bäume auf dem Pausenhof der Schule. (3/12)\nFoto: Anna Muster", "(3/12)"},
        {"Schüler pflanzen Bäume auf dem Pausenhof der Schule. (3/12) Foto: Anna Muster", "(3/12)"},
        {"Gli alunni piantano alberi nel cortile della scuola (Foto 4 di 9)\nFoto Gianni Rossi", "(Foto 4 di 9)"},
        {"Pupils plant trees in the school's playground (5/8)\nPhoto: Jane Roe", "(5/8)"},
    };
    for (const Row& r : rows) {
        INFO(r.figure);
        const Article a = parse(std::string("Harbour Weekly\nNews\n\nThe school playground turns green\n\n"
                                            "The town will spend two million euros on new playgrounds at fifteen "
                                            "schools over the next two years, the council said.\n\n") +
                                    r.figure +
                                    "\n\nParents and pupils were asked what they wanted, and most of them asked for "
                                    "more trees and a garden.\n\nShare\n",
                                "page.txt");
        REQUIRE(a.media.size() == 1);
        REQUIRE(a.media[0].caption);
        CHECK(a.media[0].caption->find(r.counter) == std::string::npos);
        CHECK(a.media[0].caption->size() > 20);
        CHECK(std::count(a.boilerplate.begin(), a.boilerplate.end(), r.counter) == 1);
    }
    // ("(Archiv)": a bracket that counts no picture stays in the caption.)
    const Article kept = parse("Harbour Weekly\nNews\n\nThe school playground turns green\n\n"
                               "The town will spend two million euros on new playgrounds at fifteen schools over the "
                               "next two years, the council said.\n\n"
                               "Pupils plant trees in the school's playground (archive)\nPhoto: Jane Roe\n\n"
                               "Parents and pupils were asked what they wanted, and most of them asked for more trees "
                               "and a garden.\n\nShare\n",
                               "page.txt");
    REQUIRE(kept.media.size() == 1);
    REQUIRE(kept.media[0].caption);
    CHECK(kept.media[0].caption->ends_with("(archive)"));
}

TEST_CASE("on a page without blank lines, a second title printed with its topic before a colon or a stop is the "
          "related box's", "[boiler25][related]") {
    const std::vector<test::BoxRow> rows = {
        {"de", R"(Neue Lahnbrücke: Bau beginnt im Frühjahr
Der Kreistag hat am Dienstag den Auftrag für die neue Lahnbrücke vergeben. Die alte Brücke ist mehr als sechzig Jahre alt.
Lesen Sie auch
Sanierung der B49: Umleitungen bis Jahresende
Limburg: Neue Elektrobusse ab Januar im Einsatz
Die neue Brücke wird 180 Meter lang und bekommt auf beiden Seiten einen breiten Radweg.
„Darauf haben die Menschen hier lange gewartet“, sagte der Landrat am Dienstag im Kreistag.
)",
         {"Lesen Sie auch", "Sanierung der B49: Umleitungen bis Jahresende",
          "Limburg: Neue Elektrobusse ab Januar im Einsatz"},
         {"Die neue Brücke wird 180 Meter lang und bekommt auf beiden Seiten einen breiten Radweg."}},
        {"fr", R"(Un nouveau pont sur la Loire d'ici 2028
Le conseil départemental a attribué mardi le marché du nouveau pont, qui remplacera un ouvrage vieux de soixante ans.
Lire aussi
Saumur : la rocade fermée jusqu'à la fin de l'année
Angers. Les bus électriques arrivent en janvier sur trois lignes
Le nouveau pont mesurera 180 mètres et aura une piste cyclable de chaque côté de la chaussée.
« Les habitants l'attendaient depuis longtemps », a déclaré le président du département mardi soir.
)",
         {"Saumur : la rocade fermée jusqu'à la fin de l'année",
          "Angers. Les bus électriques arrivent en janvier sur trois lignes"},
         {"Le nouveau pont mesurera 180 mètres et aura une piste cyclable de chaque côté de la chaussée."}},
        // A cross-head of one piece under the box's only title heads the text under it.
        {"de", R"(Neue Lahnbrücke: Bau beginnt im Frühjahr
Der Kreistag hat am Dienstag den Auftrag für die neue Lahnbrücke vergeben. Die alte Brücke ist mehr als sechzig Jahre alt.
Lesen Sie auch
Sanierung der B49: Umleitungen bis Jahresende
Kritik der Anwohner
Die neue Brücke wird 180 Meter lang und bekommt auf beiden Seiten einen breiten Radweg.
„Darauf haben die Menschen hier lange gewartet“, sagte der Landrat am Dienstag im Kreistag.
)",
         {"Sanierung der B49: Umleitungen bis Jahresende"},
         {"Kritik der Anwohner",
          "Die neue Brücke wird 180 Meter lang und bekommt auf beiden Seiten einen breiten Radweg."}},
    };
    test::check_boxes(rows);
}

TEST_CASE("on a page without blank lines, the text goes on under a related box whose label ends the text",
          "[boiler25][related][region]") {
    const std::vector<test::BoxRow> rows = {
        {"de", R"(Neue Lahnbrücke: Bau beginnt im Frühjahr
Der Kreistag hat am Dienstag den Auftrag für die neue Lahnbrücke vergeben. Die alte Brücke ist mehr als sechzig Jahre alt.
Mehr zum Thema
Sanierung der B49 dauert bis zum Jahresende
Neue Elektrobusse ab Januar im Einsatz
Die neue Brücke wird 180 Meter lang und bekommt auf beiden Seiten einen Radweg.
„Darauf haben die Menschen hier lange gewartet“, sagte der Landrat.
Während der Bauzeit läuft der Verkehr über die alte Brücke, die danach abgerissen wird.
Teilen
)",
         {"Mehr zum Thema", "Sanierung der B49 dauert bis zum Jahresende", "Neue Elektrobusse ab Januar im Einsatz"},
         {"Die neue Brücke wird 180 Meter lang und bekommt auf beiden Seiten einen Radweg.",
          "„Darauf haben die Menschen hier lange gewartet“, sagte der Landrat.",
          "Während der Bauzeit läuft der Verkehr über die alte Brücke, die danach abgerissen wird."}},
        {"pl", R"(Nowy most na Nidzie. Prace ruszą wiosną
Zarząd województwa podpisał we wtorek umowę na budowę nowego mostu na Nidzie. Obecna przeprawa ma ponad sześćdziesiąt lat.
Czytaj też
Remont drogi wojewódzkiej potrwa do końca roku
Nowe autobusy elektryczne wyjadą na ulice w styczniu
Nowy most będzie miał 180 metrów długości i ścieżkę rowerową po obu stronach.
– To inwestycja, na którą mieszkańcy czekali od lat – mówił marszałek.
Na czas budowy ruch zostanie skierowany na starą przeprawę, którą potem rozbiorą.
Udostępnij
)",
         {"Czytaj też", "Remont drogi wojewódzkiej potrwa do końca roku"},
         {"Nowy most będzie miał 180 metrów długości i ścieżkę rowerową po obu stronach.",
          "– To inwestycja, na którą mieszkańcy czekali od lat – mówił marszałek."}},
        {"pt", R"(Nova ponte sobre o rio Sado começa a ser construída na primavera
A câmara assinou na terça-feira o contrato para a construção da nova ponte. A travessia atual tem mais de sessenta anos.
Leia também
Obras na estrada nacional vão durar até ao fim do ano
Novos autocarros elétricos chegam em janeiro
A nova ponte terá 180 metros de comprimento e uma ciclovia de cada lado.
"Era uma obra pedida há muitos anos pela população", disse o presidente da câmara.
Durante a obra, o trânsito continuará a passar pela ponte antiga, que depois será demolida.
Partilhar
)",
         {"Leia também", "Obras na estrada nacional vão durar até ao fim do ano"},
         {"A nova ponte terá 180 metros de comprimento e uma ciclovia de cada lado.",
          "\"Era uma obra pedida há muitos anos pela população\", disse o presidente da câmara."}},
        // Cards, a summary under each title: the summary has the next title under it, no sentence, and stays out.
        {"de", R"(Neue Lahnbrücke: Bau beginnt im Frühjahr
Der Kreistag hat am Dienstag den Auftrag für die neue Lahnbrücke vergeben. Die alte Brücke ist mehr als sechzig Jahre alt.
„Darauf haben die Menschen hier lange gewartet“, sagte der Landrat am Dienstag nach der Sitzung im Kreistag.
Mehr zum Thema
Sanierung der B49 dauert bis zum Jahresende
Die Bauarbeiten an der Bundesstraße zwischen Weilburg und Limburg verzögern sich wegen fehlender Teile erneut.
Neue Elektrobusse ab Januar im Einsatz
Teilen
)",
         {"Die Bauarbeiten an der Bundesstraße zwischen Weilburg und Limburg verzögern sich wegen fehlender Teile "
          "erneut."},
         {"„Darauf haben die Menschen hier lange gewartet“, sagte der Landrat am Dienstag nach der Sitzung im "
          "Kreistag."}},
    };
    test::check_boxes(rows);
}
