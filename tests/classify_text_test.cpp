// Tests of the classify heuristics: which lines are the article's text: block quality, sentences, announced lines,
// tables, lists and notes. One row per kind of line, in several languages.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "lexicon.hpp"
#include "page.hpp"
#include "pipeline.hpp"
#include "rows.hpp"
#include "test_pages.hpp"
#include "text.hpp"

#include <algorithm>
#include <string>
#include <tuple>
#include <vector>

using namespace archive;

using archive::test::block_of;
using archive::test::contains;
using archive::test::headings_of;
using archive::test::paragraphs_of;

TEST_CASE("block quality follows jusText's context-free classes", "[classify][quality]") {
    struct Row {
        const char* line;
        Quality quality;
    };
    const Row rows[] = {
        {"L'armée irakienne a lancé il y a plus d'une semaine une large offensive pour reprendre la ville, "
         "soutenue par la coalition qui a mené lundi une vague de raids.", Quality::good},
        {"Die Gemeinde hat am Montag beschlossen, die Schule zu renovieren, und der Rat stimmte dem Kredit "
         "mit grosser Mehrheit zu.", Quality::good},
        {"The council voted on Monday to renovate the school, and the mayor said the work would start in the "
         "spring of next year.", Quality::good},
        // Languages with few function words (no articles) need fuller stopword lists.
        {"Według danych urzędu stopa bezrobocia mierzona jako odsetek osób bez pracy wyniosła w marcu ponad "
         "pięć procent, natomiast rok wcześniej była niższa.", Quality::good},
        {"Volgens de gemeente kan de brug pas na de zomer weer open, omdat de werken tegen alle verwachtingen "
         "in langer duren dan gepland.", Quality::good},
        {"Según el ayuntamiento, el puente no podrá reabrirse hasta después del verano, porque las obras "
         "durarán todavía algunos meses.", Quality::good},
        // No spaces between words: ideographs and full-width punctuation count.
        {"今天上午，市政府宣布将在明年春天重新开放老城区的图书馆，并为居民提供更多的阅读空间和免费课程。", Quality::good},
        {"首页", Quality::short_},
        // A blog written one clause a line, spaces for commas: the particles of prose, not the brackets of a title.
        {"我們今天早上從台北出發 一路上天氣都很好 到了山上才開始下雨", Quality::near_good},
        {"【台北美食】老街上的牛肉麵店推薦給大家參考看看喔", Quality::bad},
        {"新竹尖石鄉美樹營地楓紅季節攝影旅遊景點推薦", Quality::bad},
        // A language without a word list: long punctuated prose in lower-case words.
        {"Městská rada ve čtvrtek schválila rozpočet na opravu školy a práce by měly začít na jaře příštího roku, "
         "uvedl starosta, podle kterého se na stavbu těší celá obec.", Quality::good},
        {"Home", Quality::short_},
        {"Raids aériens", Quality::short_},
        {"Facebook | Twitter | WhatsApp | Email | Copy link", Quality::bad},
        {"Partager sur Facebook", Quality::bad},
        {"E-Mail-Adresse *", Quality::bad},
        {"Name *", Quality::bad},
        {"© 2025 Example Media. All rights reserved.", Quality::bad},
        {"www.example.com/news/2025/03/story.html www.example.com/a.jpg", Quality::bad},
    };
    for (const auto& r : rows) {
        INFO(r.line);
        CHECK(block_quality(block_of(r.line), "") == r.quality);
    }
}

TEST_CASE("somebody's words quoted in English on a page in another language are rated with English stopwords too",
          "[classify][quality]") {
    struct Row {
        const char* lang;
        const char* line;
    };
    const char* quote = "\u201EThe ferries are back on the eastern pier, and we are very happy that the summer can "
                        "finally begin for all of the islanders who have waited so long for them.\u201C";
    const Row rows[] = {
        {"de", quote},
        {"fr", "\u00AB The ferries are back on the eastern pier, and we are very happy that the summer can finally "
               "begin for all of the islanders who have waited so long. \u00BB"},
        {"es", "\u201CThe ferries are back on the eastern pier, and we are very happy that the summer can finally "
               "begin for all of the islanders who have waited so long.\u201D"},
        {"it", "\"The ferries are back on the eastern pier, and we are very happy that the summer can finally begin "
               "for all of the islanders who have waited so long.\""},
    };
    for (const auto& r : rows) {
        INFO(r.lang << ": " << r.line);
        CHECK(textual(block_quality(block_of(r.line), r.lang)));
    }
    // Unquoted, the same words on a German page are rated by German stopwords alone (an English menu's or notice's
    // sentence is no text of a German article).
    const std::string unquoted = "The ferries are back on the eastern pier, and we are very happy that the summer can "
                                 "finally begin for all of the islanders who have waited so long for them.";
    CHECK_FALSE(textual(block_quality(block_of(unquoted), "de")));
}

TEST_CASE("a run of near-good blocks is text, a lone one takes its neighbours' class", "[classify][quality]") {
    using Q = Quality;
    std::vector<Quality> run = {Q::bad, Q::near_good, Q::near_good, Q::near_good, Q::near_good, Q::bad};
    resolve_context(run);
    CHECK(run == std::vector<Quality>{Q::bad, Q::good, Q::good, Q::good, Q::good, Q::bad});
    std::vector<Quality> lone = {Q::bad, Q::near_good, Q::near_good, Q::bad, Q::near_good, Q::good};
    resolve_context(lone);
    CHECK(lone == std::vector<Quality>{Q::bad, Q::bad, Q::bad, Q::bad, Q::good, Q::good});
}

TEST_CASE("the line a paragraph announces with its colon is the article's, whatever its shape", "[classify][announced]") {
    const char* en = R"(Harbour Weekly
Local
How to reach the harbour office
The harbour office answers questions about berths, fees and the winter storage of boats on weekdays.
Since the spring the office also takes requests for berths by mail, at this address:
berths@harbour-office.example
The answers usually come within a week, and the waiting list for the summer is printed in the office.
Boats that stay over the winter must leave the quay before the first of April, the harbour master said.
)";
    const char* de = R"(Hafenblatt
Technik
So schalten Sie den Energiesparmodus der Pumpe aus
Die Pumpen im Hafen sparen im Winter Strom, laufen dann aber langsamer und füllen die Becken nicht schnell genug.
Wer den Modus für eine Pumpe ausschalten will, findet das Formular dafür auf dieser Seite:
www.hafenamt-nordby.example/pumpen/modus
Danach läuft die Pumpe wieder mit voller Kraft, bis der Modus im Formular zurückgesetzt wird.
Der Hafenmeister rät, den Modus nur bei Hochwasser oder bei starkem Frost auszuschalten.
)";
    for (auto [page, lang, line] : {std::tuple{en, "en", "berths@harbour-office.example"},
                                    std::tuple{de, "de", "www.hafenamt-nordby.example/pumpen/modus"}}) {
        INFO(lang);
        std::vector<std::string> paragraphs = paragraphs_of(classify(segment(page), lang));
        CHECK(contains(paragraphs, line));
    }
}

TEST_CASE("a few words closed by a colon over a paragraph announce it", "[classify][announced]") {
    // After a gallery's counter, credit and button, which make the short line look like boilerplate.
    const std::string gallery = "3\nPhoto: Jane Roe / Harbour Weekly\nOpen the gallery\n";
    for (auto [lang, label, text] :
         {std::tuple{"en", "Blind visitors:",
                     "When you meet a blind person on the quay, ask first whether they need help, and never pull them "
                     "by the arm."},
          std::tuple{"de", "Blinde Gäste:",
                     "Wer am Kai einem blinden Menschen begegnet, fragt zuerst, ob er Hilfe braucht, und zieht ihn "
                     "nie einfach am Arm."}}) {
        std::string page = std::string(lang) == "en"
                               ? "Harbour Weekly\nLocal\nHow to help a stranger on the quay\n"
                                 "Every summer thousands of visitors walk along the quays, and many of them need a "
                                 "little help now and then.\n"
                                 "The harbour office has written down a few simple rules that anybody can follow "
                                 "without any training.\n"
                               : "Hafenblatt\nLokales\nSo helfen Sie Fremden am Kai\n"
                                 "Jeden Sommer gehen Tausende Gäste über die Kais, und viele von ihnen brauchen ab und "
                                 "zu ein wenig Hilfe.\n"
                                 "Das Hafenamt hat ein paar einfache Regeln aufgeschrieben, die jeder ohne eine "
                                 "Schulung befolgen kann.\n";
        page += gallery + label + "\n" + text + "\n";
        INFO(lang);
        std::vector<std::string> paragraphs = paragraphs_of(classify(segment(page), lang));
        CHECK(contains(paragraphs, label));
        CHECK(contains(paragraphs, text));
    }
}

TEST_CASE("the rows of a table of facts inside the article stay, though one of them is mostly figures",
          "[classify][facts]") {
    struct Row {
        const char* language;
        const char* opening; // the page's top and the article's first paragraph
        std::vector<std::string> rows;
        const char* closing;
    };
    const Row pages[] = {
        {"en",
         "Harbour Weekly\nLocal\nNew prices for the island ferry\nThe ferry company announced on Monday new prices for "
         "the crossing to the islands, valid from the first of May.\n",
         {"Single ticket: 12 euros", "Season ticket: 240 euros", "Children under six: free",
          "Family: 2 x 12 + 2 x 6 = 36 euros"},
         "The council had asked the company to keep the prices for children low, and the company agreed to that "
         "request.\n"},
        {"de",
         "Hafenblatt\nLokales\nNeue Preise für die Inselfähre\nDie Reederei hat am Montag neue Preise für die Fahrt zu "
         "den Inseln bekanntgegeben, die ab dem ersten Mai gelten.\n",
         {"Einzelfahrt: 12 Euro", "Saisonkarte: 240 Euro", "Kinder unter sechs Jahren: frei",
          "Familie: 2 x 12 + 2 x 6 = 36 Euro"},
         "Der Gemeinderat hatte die Reederei gebeten, die Preise für Kinder niedrig zu halten, und sie hat "
         "zugestimmt.\n"},
        // A name and its figures, without a colon.
        {"en",
         "Harbour Weekly\nLocal\nLess fuel sold at the harbour\nThe harbour office published on Monday the fuel "
         "sold at its pumps in the last two years, in thousands of litres.\n",
         {"Diesel 32,2 30,1 -6,5 %", "Petrol 15,0 15,1 0,7 %", "Heating oil 14,3 9,9 -30,3 %"},
         "The office expects the sales to fall again next year, as more of the fishing boats run on electricity.\n"},
    };
    // A ticker's clock time and title, a sentence, a count: no rows.
    for (const char* line : {"14:44 Ferries return to the 2 piers", "The ferry left at 9 and came back at 11.",
                             "Kommentare (3)"}) {
        INFO(line);
        CHECK_FALSE(table_row(segment(line).at(0)));
    }
    for (const auto& pg : pages) {
        std::string page = pg.opening;
        for (const auto& row : pg.rows)
            page += row + "\n";
        page += pg.closing;
        INFO(pg.language);
        std::vector<std::string> paragraphs = paragraphs_of(classify(segment(page), pg.language));
        for (const auto& row : pg.rows)
            CHECK(contains(paragraphs, row));
    }
}

TEST_CASE("a list of short items between two paragraphs is the article's, though one item is mostly figures",
          "[classify][list]") {
    struct Row {
        const char* language;
        std::string page;
        std::vector<std::string> items;
    };
    const std::vector<std::string> en_items = {"Free wireless internet on board", "A quiet room for reading",
                                               "Space for 40 bicycles", "2 x 220 V / 16 A"};
    const std::vector<std::string> de_items = {"Kostenloses Internet an Bord", "Ein ruhiger Raum zum Lesen",
                                               "Platz für 40 Fahrräder", "2 x 220 V / 16 A"};
    auto page_of = [](const std::string& top, const std::vector<std::string>& items, const std::string& bottom) {
        std::string page = top;
        for (const auto& item : items)
            page += item + "\n";
        return page + bottom;
    };
    const Row rows[] = {
        {"en",
         page_of("Harbour Weekly\nLocal\nWhat the new ferry offers\nThe new ferry to the islands was presented on "
                 "Monday, and the company listed what it offers its passengers.\n",
                 en_items,
                 "The first trips will be free for the people of the islands until the end of the month, the company "
                 "said.\n"),
         en_items},
        {"de",
         page_of("Hafenblatt\nLokales\nWas die neue Fähre bietet\nDie neue Fähre zu den Inseln wurde am Montag "
                 "vorgestellt, und die Reederei zählte auf, was sie ihren Gästen bietet.\n",
                 de_items,
                 "Die ersten Fahrten sind für die Leute von den Inseln bis zum Ende des Monats kostenlos, sagte die "
                 "Reederei.\n"),
         de_items},
    };
    for (const auto& r : rows) {
        INFO(r.language);
        std::vector<std::string> paragraphs = paragraphs_of(classify(segment(r.page), r.language));
        for (const auto& item : r.items)
            CHECK(contains(paragraphs, item));
    }
}

TEST_CASE("a short sentence of prose stays text whatever its neighbours", "[classify][quality]") {
    struct Row {
        const char* line;
        const char* language;
        bool sentence;
    };
    const Row rows[] = {
        {"Here is what the new changeset looks like:", "en", true},
        {"The kiwi is a national icon of the country.", "en", true},
        {"Le pont a été fermé pendant la nuit.", "fr", true},
        {"Die Brücke bleibt bis Montag für alle gesperrt.", "de", true},
        {"“The ferry is not a toy. It is a lifeline for the islands.”", "en", true},
        {"„Die Fähre ist für die Inseln lebenswichtig.“", "de", true},
        {"« Le bac n'est pas un jouet, il est vital pour les îles. »", "fr", true},
        // A word quoted after a verb of saying: the line is rated near good on its own, a short sentence all the more.
        {"The mayor calls the new quay “a gift” and thanks the crews.", "en", true},
        {"The mayor calls the new quay \"a gift\" and thanks the crews.", "en", true},
        {"Le maire qualifie le nouveau quai de « cadeau ».", "fr", true},
        {"Der Bürgermeister nennt den neuen Kai „ein Geschenk“.", "de", true},
        {"El alcalde califica el nuevo muelle de «un regalo».", "es", true},
        {"“see the schedule at the pier.”", "en", false},
        {"Sign in", "en", false},
        {"Share on Facebook", "en", false},
        {"Photo: Keystone", "de", false},
        {"see www.example.com for the schedule.", "en", false},
    };
    for (const auto& r : rows) {
        INFO(r.line);
        CHECK(short_sentence(block_of(r.line), r.language) == r.sentence);
    }
}

TEST_CASE("a wiki's notes, opened by a back link, are text of the article", "[classify][notes]") {
    for (const char* line : {"^ Doe, Jane (2019). The Harbour Book. Kestrel Press.", "^ a b \"Ferry timetable\". Port of Wendle.",
                             "↑ a b Rapport annuel du port de Vallon, 2020.", "↑ Müller, Anna: Die Fähren der Bucht."})
        CHECK(note_entry(line));
    for (const char* line : {"^", "^ top", "x ^ y ^ z", "The harbour ^ the town", "↑"})
        CHECK_FALSE(note_entry(line));

    struct Row {
        const char* lang;
        const char* page;
        std::vector<std::string> notes;
    };
    const Row rows[] = {
        {"en", R"(Wendle Harbour
The harbour of Wendle is one of the oldest on the coast, and its history goes back to the first settlers.[1]
History[edit]
The first quay was built by fishermen who came from the north, and it was extended twice before the railway came.[2]
Trade grew quickly after the railway reached the town, and the harbour became the main port of the region.[3]
References[edit]
^ Doe, Jane (2019). The Harbour Book.
. Kestrel Press. Retrieved 2 May 2020.
^ "Wendle quay". Port of Wendle. Retrieved 4 June 2021.
^ a b Roe, John. "Rails to the sea".
Privacy policy
About Wikipedia
)", {"^ Doe, Jane (2019). The Harbour Book.", ". Kestrel Press. Retrieved 2 May 2020.",
     "^ \"Wendle quay\". Port of Wendle. Retrieved 4 June 2021.", "^ a b Roe, John. \"Rails to the sea\"."}},
        {"fr", R"(Port de Vallon
Le port de Vallon est l'un des plus anciens de la côte, et son histoire remonte aux premiers habitants.[1]
Histoire[modifier | modifier le code]
Le premier quai fut construit par des pêcheurs venus du nord, et il fut agrandi deux fois avant l'arrivée du train.[2]
Le commerce grandit vite après l'arrivée du chemin de fer, et le port devint le premier de la région.[3]
Notes et références[modifier | modifier le code]
↑ Rapport annuel du port de Vallon, 2020.
↑ a et b Martin, Paul, Les quais de Vallon, éditions du Cap, 2018.
↑ Dubois, Claire, « Le train et la mer », Revue des ports, 2017.
Politique de confidentialité
)", {"↑ Rapport annuel du port de Vallon, 2020.", "↑ a et b Martin, Paul, Les quais de Vallon, éditions du Cap, 2018.",
     "↑ Dubois, Claire, « Le train et la mer », Revue des ports, 2017."}},
    };
    for (const auto& r : rows) {
        INFO(r.page);
        Article a = classify(segment(r.page), r.lang);
        std::vector<std::string> paragraphs = test::paragraphs_of(a);
        for (const auto& note : r.notes)
            CHECK(contains(paragraphs, note));
        // The footer under the notes stays out.
        CHECK(std::none_of(paragraphs.begin(), paragraphs.end(),
                           [](const std::string& p) { return p.find("Privacy") != std::string::npos || p.find("Politique") != std::string::npos; }));
    }
    // Two carets are no list of notes: "^ top" links of a footer stay out.
    Article a = classify(segment(R"(Wendle Harbour
The harbour of Wendle is one of the oldest on the coast, and its history goes back to the first settlers.
The first quay was built by fishermen who came from the north, and it was extended twice before the railway came.
^ Back to the top of page
^ Back to the harbour index
)"), "en");
    for (const auto& s : a.sections)
        for (const auto& p : s.paragraphs)
            CHECK(p.rfind("^", 0) != 0);
}

TEST_CASE("a title the contents list heads the wiki notes under it, though it stands between two notes", "[classify][notes]") {
    const test::PageRow rows[] = {
        {"en", R"(Kallby Lighthouse
The lighthouse of Kallby stands on the last rock of the cape, and its lamp has guided the boats of the bay since 1871.[a]
Contents
1 History
2 Notes
3 Citations
History
The tower was built of granite from the quarry behind the village and raised by six metres after the great storm.[1]
Notes
^ The first lamp burned whale oil until the keepers got paraffin.
^ The keepers' logbooks are kept in the town museum.
Citations
^ Berg, Anna (2011). Lights of the Northern Coast.
^ "Kallby tower". Coastal Heritage Register. Retrieved 3 March 2019.
)", "Citations"},
        {"de", R"(Leuchtturm Kallby
Der Leuchtturm von Kallby steht auf dem letzten Felsen des Kaps, und seine Lampe leitet die Boote der Bucht seit 1871.[a]
Inhaltsverzeichnis
1 Geschichte
2 Anmerkungen
3 Einzelnachweise
Geschichte
Der Turm wurde aus Granit vom Steinbruch hinter dem Dorf gebaut und nach der großen Sturmflut um sechs Meter erhöht.[1]
Anmerkungen
^ Die erste Lampe brannte mit Walöl, bis die Wärter Petroleum bekamen.
^ Die Logbücher der Wärter liegen im Museum der Stadt.
Einzelnachweise
^ Berg, Anna (2011). Leuchtfeuer der Nordküste.
^ „Turm von Kallby“. Register des Küstenerbes. Abgerufen am 3. März 2019.
)", "Einzelnachweise"},
        {"fr", R"(Phare de Kallby
Le phare de Kallby se dresse sur le dernier rocher du cap, et sa lampe guide les bateaux de la baie depuis 1871.[a]
Sommaire
1 Histoire
2 Notes
3 Références
Histoire
La tour fut bâtie en granit de la carrière derrière le village et rehaussée de six mètres après la grande tempête.[1]
Notes
↑ La première lampe brûlait de l'huile de baleine jusqu'à l'arrivée du pétrole.
↑ Les livres de bord des gardiens sont conservés au musée de la ville.
Références
↑ Berg, Anna (2011). Feux de la côte nord.
↑ « Tour de Kallby ». Registre du patrimoine côtier. Consulté le 3 mars 2019.
)", "Références"},
        {"es", R"(Faro de Kallby
El faro de Kallby se alza sobre la última roca del cabo, y su lámpara guía a los barcos de la bahía desde 1871.[a]
Índice
1 Historia
2 Notas
3 Referencias
Historia
La torre se construyó con granito de la cantera detrás del pueblo y se elevó seis metros después del gran temporal.[1]
Notas
↑ La primera lámpara ardía con aceite de ballena hasta que los fareros recibieron petróleo.
↑ Los cuadernos de bitácora de los fareros se guardan en el museo de la ciudad.
Referencias
↑ Berg, Anna (2011). Luces de la costa norte.
↑ «Torre de Kallby». Registro del patrimonio costero. Consultado el 3 de marzo de 2019.
)", "Referencias"},
    };
    for (const auto& r : rows) {
        INFO(r.page);
        auto headings = headings_of(classify(segment(r.page), r.lang));
        CHECK(contains(headings, r.line));
    }
}

TEST_CASE("a few sentences between two paragraphs are text, whatever their stopwords", "[classify][sentence]") {
    for (const char* line : {"“Don’t go yet,” warned Ana Ruiz, the harbour’s night supervisor for Wendle.",
                             "Pro: a quiet evening instead of a noisy one.", "Con: money.",
                             "„Nicht jetzt“, befahl Ole Brandt, Schichtleiter im Fährhafen Kallby.",
                             "Lucie hocha la tête. Marc sourit."})
        CHECK(sentence_shape(block_of(line)));
    for (const char* line : {"Ferry timetable changes from Monday", "Read more: https://example.org/ferries.",
                             "Home | News | Harbour.", "Sign up for our free newsletter.", "and then the ferry left."})
        CHECK_FALSE(sentence_shape(block_of(line)));

    const test::PageRow rows[] = {
        {"en", R"(Harbour Weekly
Night shift at the ferry port
The night shift at the ferry port starts at ten, when the last boat from the islands has been tied up at the quay.
Ana Ruiz has run it for eleven years, and she still walks the whole length of the pier before the first coffee.
Pro: quiet nights, paid overtime, fresh sea views, friendly colleagues, free parking.
Most of the work is checking the moorings, the lights and the gates, and writing down everything that was done.
When a storm comes, the whole crew stays until the morning, and nobody goes home before the boats are safe.
)", "Pro: quiet nights, paid overtime, fresh sea views, friendly colleagues, free parking."},
        {"de", R"(Hafenblatt
Nachtschicht im Fährhafen
Die Nachtschicht im Fährhafen beginnt um zehn, wenn das letzte Boot von den Inseln am Kai festgemacht hat.
Ole Brandt leitet sie seit elf Jahren, und er geht immer noch den ganzen Steg ab, bevor er den ersten Kaffee trinkt.
Contra: Nachtzuschläge, Überstunden, Seewind, Möwen, Dieselgeruch, Schichtpläne, Funkgeräte.
Die meiste Arbeit ist das Prüfen der Leinen, der Lichter und der Tore, und alles wird in ein Buch geschrieben.
Wenn ein Sturm kommt, bleibt die ganze Mannschaft bis zum Morgen, und niemand geht heim, bevor die Boote sicher sind.
)", "Contra: Nachtzuschläge, Überstunden, Seewind, Möwen, Dieselgeruch, Schichtpläne, Funkgeräte."},
    };
    for (const auto& r : rows) {
        INFO(r.page);
        // Few stopwords for its length: jusText rates the line bad.
        REQUIRE(block_quality(block_of(r.line), r.lang) == Quality::bad);
        Article a = classify(segment(r.page), r.lang);
        std::vector<std::string> paragraphs = test::paragraphs_of(a);
        CHECK(contains(paragraphs, r.line));
    }
}

TEST_CASE("a Chinese or Japanese clause between two paragraphs is text", "[classify][sentence]") {
    const test::PageRow rows[] = {
        {"zh", R"(港口新聞
渡輪恢復航行
經過一個冬天的維修，前往島嶼的渡輪今天重新從東碼頭出發，港務局表示新的泊位比舊的更安全，可以使用很多年。
東碼頭新建候船室提供免費熱茶服務
漁民們歡迎這些工程，雖然碼頭在冬天的大部分時間都關閉，市場也搬了兩次，但大家都覺得非常值得。
議會將在春天就修理費用進行表決，屆時工程師會提交一份關於風暴損害的詳細報告給所有的議員們。
)", "東碼頭新建候船室提供免費熱茶服務"},
        {"ja", R"(港ニュース
フェリー運航再開
冬の修理を終えて、島へ向かうフェリーが今日から東の桟橋から再び出航した。港湾局によると新しい係留場所は古いものより安全だという。
東桟橋待合室無料温茶提供開始予定
漁師たちは工事を歓迎したが、桟橋は冬の大部分の間閉鎖されていて、市場も二度移転した。それでも皆が価値があったと話している。
議会は春に修理費用について採決する予定で、その時に技術者たちが嵐の被害に関する詳しい報告書を提出する。
)", "東桟橋待合室無料温茶提供開始予定"},
    };
    for (const auto& r : rows) {
        INFO(r.page);
        REQUIRE(block_quality(block_of(r.line), "") == Quality::bad);
        CHECK(cjk_clause(block_of(r.line)));
        Article a = classify(segment(r.page), "");
        std::vector<std::string> paragraphs = test::paragraphs_of(a);
        CHECK(contains(paragraphs, r.line));
    }
    // The bracketed title of a post in a list of links is no clause.
    CHECK_FALSE(cjk_clause(block_of("【新竹住宿】東碼頭新建候船室提供免費熱茶服務")));
    CHECK_FALSE(cjk_clause(block_of("港口新聞")));
}

TEST_CASE("a line of ideographs is rated by its characters wherever they start", "[classify][quality]") {
    // The scan for ideographs reads many bytes a step: they may open the line, or follow a run of Latin letters
    // longer than a step.
    const std::string sentence =
        "北の灯台の改修工事が終わり、観光船は来週から再び湾内を巡る予定だと町の担当者が説明した。見学の予約は役場で受け付けている。";
    for (const std::string& line : {sentence, "Lighthouse Bay, Monday 14: " + sentence, "Hafen: " + sentence}) {
        INFO(line);
        CHECK(block_quality(block_of(line), "") == Quality::good);
    }
}

TEST_CASE("a list item's bullet is the mark it opens with, then a space and text", "[classify][list]") {
    CHECK(bullet_mark("+ Added ferry timetables") == "+");
    CHECK(bullet_mark("• Neue Anlegestellen") == "•");
    CHECK(bullet_mark("– Nouveaux horaires du bac") == "–");
    CHECK(bullet_mark("► Más barcos en verano") == "►");
    // No space after the mark, too little after it, a minus sign or a dash inside a line: no bullet.
    CHECK(bullet_mark("+Added ferry timetables").empty());
    CHECK(bullet_mark("- ab").empty());
    CHECK(bullet_mark("-3 degrees tonight").empty());
    CHECK(bullet_mark("Ferries – new timetables").empty());
    // A mark sharing its first byte with another ("—" and "–"), an empty line, a line opening with a letter.
    CHECK(bullet_mark("· Horaires d'été") == "·");
    CHECK(bullet_mark("▪ Fährplan im Winter") == "▪");
    CHECK(bullet_mark("— Fährplan im Winter").empty());
    CHECK(bullet_mark("").empty());
    CHECK(bullet_mark("Plus de bateaux").empty());
}
