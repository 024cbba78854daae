// Tests of the classify heuristics: what segment() counts in a line and how it joins and splits paragraphs, the page's
// language, tokens, spent blocks. One row per kind of line, in several languages.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "lexicon.hpp"
#include "page.hpp"
#include "pipeline.hpp"
#include "rows.hpp"
#include "test_pages.hpp"
#include "text.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <vector>

using namespace archive;

using archive::test::block_of;
using archive::test::contains;

TEST_CASE("a reference mark after the final full stop keeps the sentence punctuated", "[classify][segment]") {
    struct Row {
        const char* line;
        bool end_punct;
    };
    const Row rows[] = {
        {"The harbour reopened in 1998.[12]", true},
        {"Le port a rouvert en 1998.[3][4]", true},
        {"Der Hafen wurde 1998 wieder eröffnet.[Anm. 2]", true},
        {"El puerto reabrió en 1998.[cita requerida]", true},
        {"History[edit]", false},
        {"Geschichte[Bearbeiten | Quelltext bearbeiten]", false},
        {"Le port [photo]", false},
    };
    for (const auto& r : rows) {
        INFO(r.line);
        CHECK(block_of(r.line).end_punct == r.end_punct);
    }
}

TEST_CASE("a wrapped paragraph ends at its short last line, though a heading follows without a blank line", "[classify][segment]") {
    const std::string en = "Harbour Report\n\n"
                           "The harbour of the old town reopened on Monday after a winter\n"
                           "of repairs on its northern quay. The works cost the city more\n"
                           "than it had planned, and the council will vote on the bill in\n"
                           "the spring.\n"
                           "The new moorings\n"
                           "Fishermen said the new moorings were safer than the old ones\n"
                           "and that the boats would be back before the season opened, as\n"
                           "the harbour master had promised.\n"
                           "Ferries\n"
                           "The ferry to the islands runs again from the eastern pier, twice\n"
                           "a day in winter and four times a day from the first of May, when\n"
                           "the summer timetable begins.\n";
    auto blocks = segment(en);
    REQUIRE(blocks.size() == 6);
    CHECK(blocks[1].text.rfind("The harbour of the old town reopened", 0) == 0);
    CHECK(blocks[1].text.ends_with("the spring."));
    CHECK(blocks[2].text == "The new moorings");
    CHECK(blocks[4].text == "Ferries");
    CHECK(blocks[5].text.ends_with("the summer timetable begins."));
    const std::string de = "Der Hafen der Altstadt ist seit Montag wieder offen, nachdem der\n"
                           "nördliche Kai den ganzen Winter über repariert worden war. Die\n"
                           "Arbeiten haben mehr gekostet als geplant, und der Stadtrat wird\n"
                           "im Frühling abstimmen.\n"
                           "Die neuen Liegeplätze\n"
                           "Die Fischer sagen, die neuen Liegeplätze seien sicherer als die\n"
                           "alten, und die Boote kämen vor dem Beginn der Saison zurück, wenn\n"
                           "das Wetter es erlaubt und der Hafenmeister die Mole freigibt.\n";
    auto de_blocks = segment(de);
    REQUIRE(de_blocks.size() == 3);
    CHECK(de_blocks[1].text == "Die neuen Liegeplätze");
    // Lines of code with "..." between them are no sentences closing a paragraph.
    auto code = segment("import harbour\n...\nfrom harbour.ferries import timetable\n...\nclass PierTests(TestCase):\n");
    CHECK(code.size() == 5);
}

TEST_CASE("the initials of an editor or agency after the final full stop keep the sentence punctuated", "[classify][segment]") {
    struct Row {
        const char* line;
        bool end_punct;
    };
    const Row rows[] = {
        {"Die neue Fähre kostet knapp zwei Millionen Euro und fährt ab Mai. (bsc)", true},
        {"Le nouveau quai ouvrira au printemps. (ats/afp)", true},
        {"The new pier opens in May. (jd)", true},
        {"La nueva terminal abrirá en mayo. (efe)", true},
        {"« Le nouveau quai ouvrira au printemps. »", true},
        {"Bürgermeisterin Anna Muster (CDU)", false},
        {"The new pier opens in May (pictured)", false},
        {"Le quai ouvrira au printemps. (Photo)", false},
    };
    for (const auto& r : rows) {
        INFO(r.line);
        CHECK(block_of(r.line).end_punct == r.end_punct);
    }
}

TEST_CASE("a text wrapped at a fixed width is joined back into paragraphs", "[classify][segment]") {
    // A plain-text document: paragraphs of lines that fill the width and break inside sentences.
    const std::string en = "Harbour Report\n\n"
                           "The harbour of the old town reopened on Monday after a winter\n"
                           "of repairs on its northern quay. The works cost the city more\n"
                           "than it had planned, and the council will vote on the bill in\n"
                           "the spring.\n\n"
                           "Fishermen said the new moorings were safer than the old ones\n"
                           "and that the boats would be back before the season opened.\n\n"
                           "The ferry to the islands runs again from the eastern pier, twice\n"
                           "a day in winter and four times a day from the first of May, when\n"
                           "the summer timetable begins.\n";
    auto blocks = segment(en);
    REQUIRE(blocks.size() == 4);
    CHECK(blocks[0].text == "Harbour Report");
    CHECK(blocks[1].text.rfind("The harbour of the old town reopened on Monday after a winter of repairs", 0) == 0);
    CHECK(blocks[1].text.size() > 180);
    CHECK(blocks[1].chars == text::length_cp(blocks[1].text)); // (a joined line is measured again)
    CHECK(blocks[1].end_punct);
    CHECK(blocks[2].text == "Fishermen said the new moorings were safer than the old ones and that the boats would "
                            "be back before the season opened.");
    const std::string de = "Der Hafen der Altstadt ist seit Montag wieder offen, nachdem der\n"
                           "nördliche Kai den ganzen Winter über repariert worden war. Die\n"
                           "Arbeiten haben mehr gekostet als geplant, und der Stadtrat wird\n"
                           "im Frühling über die Rechnung abstimmen.\n\n"
                           "Die Fischer sagen, die neuen Liegeplätze seien sicherer als die\n"
                           "alten, und die Boote kämen vor dem Beginn der Saison zurück, wenn\n"
                           "das Wetter es erlaubt.\n";
    auto de_blocks = segment(de);
    REQUIRE(de_blocks.size() == 2);
    CHECK(de_blocks[1].words == 26);
    // The joined paragraph's words are read from its whole text (its lines are not read one by one).
    for (const Block& b : {blocks[1], de_blocks[0], de_blocks[1]}) {
        CAPTURE(b.text);
        CHECK(b.lower == text::lower(b.text));
        CHECK(std::ranges::equal(b.lower_words(), text::words_lower(b.text)));
        const StopwordCounts counts = count_stopwords(b.text);
        CHECK(std::ranges::equal(counts.hits, b.stopword_hits()));
        CHECK_FALSE(b.boilerplate);
    }

    // Not wrapped: a menu, a list of titles each on its line, a page with one run of two lines.
    for (const char* page : {"Home\nNews\nSport\nWeather\nContact us\n",
                             "Harbour reopens after a winter of repairs on its quay\n"
                             "Council votes on the bill for the northern moorings\n"
                             "Ferry to the islands runs again from the eastern pier\n\n"
                             "Fishermen welcome the new moorings on the northern quay\n"
                             "New timetable for the island ferries from the first of May\n",
                             "The harbour of the old town reopened on Monday after a winter\n"
                             "of repairs on its northern quay.\n\nThe ferry runs again.\n"}) {
        INFO(page);
        auto kept = segment(page);
        CHECK(std::none_of(kept.begin(), kept.end(), [](const Block& b) { return b.text.size() > 70; }));
    }
}

TEST_CASE("an indented page starts a paragraph where a line goes back to the first line's indent", "[classify][segment]") {
    // Pretty-printed markup: each paragraph's first line at one indent, its wrapped lines deeper, no blank line
    // between paragraphs; a label line stands over the first paragraph at the same indent.
    const std::string en = "        Verdict\n"
                           "        The new tram is the quietest vehicle the city has ever run.\n"
                           "            Its doors open wide, its seats are low and the ride is\n"
                           "            smooth, though the fare went up by a third this spring.\n"
                           "        The old line to the river port closes in June. Its depot will\n"
                           "            become a market hall, and the tracks will be covered by a\n"
                           "                cycle path\n" // a link, set deeper
                           "            along the whole length of the embankment road.\n"
                           "        Riders said they would miss the old cars, which had wooden\n"
                           "            benches and brass handles, but welcomed the shorter waits.\n"
                           "        Night trams will follow in the autumn, once the drivers have\n"
                           "            been trained on the new cars and the depot has been fitted\n"
                           "            with the charging points that the longer routes will need.\n";
    auto blocks = segment(en);
    REQUIRE(blocks.size() == 5);
    CHECK(blocks[0].text == "Verdict");
    CHECK(blocks[1].text.rfind("The new tram is the quietest", 0) == 0);
    CHECK(blocks[1].text.ends_with("by a third this spring."));
    CHECK(blocks[2].text.rfind("The old line to the river port", 0) == 0);
    CHECK(blocks[2].text.ends_with("covered by a cycle path along the whole length of the embankment road."));
    CHECK(blocks[3].text.ends_with("welcomed the shorter waits."));
    CHECK(blocks[4].text.rfind("Night trams will follow", 0) == 0);
    const std::string fr = "    En bref\n"
                           "    Le nouveau tramway est le plus silencieux que la ville ait connu.\n"
                           "        Ses portes sont larges, ses sièges bas et le trajet très doux,\n"
                           "        même si le ticket a augmenté d'un tiers ce printemps-là.\n"
                           "    L'ancienne ligne vers le port fluvial ferme en juin. Son dépôt\n"
                           "        deviendra une halle, et une piste cyclable couvrira les rails\n"
                           "        sur toute la longueur de la route qui longe le quai du canal.\n";
    auto fr_blocks = segment(fr);
    REQUIRE(fr_blocks.size() == 3);
    CHECK(fr_blocks[0].text == "En bref");
    CHECK(fr_blocks[2].text.rfind("L'ancienne ligne", 0) == 0);
    // Indented code under it is no paragraph: "def ..." starts no paragraph, its lines stay as they are.
    auto code = segment(en + "\n        @staticmethod\n        @cached\n        def fare_for_zone(zone, rider_class, time_of_day):\n"
                             "            if zone in FARE_ZONES and rider_class in FARE_CLASSES:\n"
                             "                return base_price(zone) * class_factor(rider_class)\n");
    CHECK(code.size() == 10);
}

TEST_CASE("segment counts letters and digits and keeps each line's lower-cased words", "[classify][segment]") {
    struct Row {
        std::string line;
        int letters, digits;
    };
    const Row rows[] = {
        {"Room 42 on floor 7, built in 1998 by Tilda Marsh.", 30, 7},
        {"Größe: 12 Meter, Baujahr 2019 – Überholung 2024.", 27, 10},
        {"Ёлка 3 и ещё 15 ёлок", 12, 3},
        {"0123456789abcdefXYZ", 9, 10},
        {"東京 “quote” ３ — end… ‰", 10, 1}, // three-byte letters, a digit and punctuation
    };
    for (const auto& r : rows) {
        CAPTURE(r.line);
        Block b = block_of(r.line);
        CHECK(b.letters == r.letters);
        CHECK(b.digits == r.digits);
        CHECK(b.chars == text::length_cp(b.text));
        CHECK(b.lower == text::lower(b.text));
        CHECK(std::ranges::equal(b.lower_words(), text::words_lower(b.text)));
        StopwordCounts counts = count_stopwords(b.text);
        CHECK(std::ranges::equal(counts.hits, b.stopword_hits()));
        CHECK(static_cast<int>(b.lower_words().size()) == counts.words);
    }
}

TEST_CASE("segment counts the other lines of the same text, told apart in their middle too", "[classify][segment]") {
    // The second and third lines have the same length and the same first and last eight bytes.
    const auto blocks = segment("Ferry notice: the north pier is closed today.\n"
                                "Ferry notice: the south pier is closed today.\n"
                                "Ferry notice: the north pier is closed today.\n"
                                "Ferry notice: the east  pier is closed today.\n"
                                "Short line\n"
                                "Short line\n");
    std::vector<int> repeats;
    for (const auto& b : blocks)
        repeats.push_back(b.repeats);
    CHECK(repeats == std::vector<int>{1, 0, 1, 0, 1, 1});
}

TEST_CASE("segment counts a line's tokens, capital initials, URLs and separators wherever they stand", "[classify][segment]") {
    // The tokens are read eight bytes at a time: the rows put them across those steps, after characters from U+0080
    // and at the line's end.
    struct Row {
        std::string line;
        int words, upper_initial, urls, separators;
    };
    const Row rows[] = {
        {"Ferry Times | Harbour Office > Timetables", 7, 5, 0, 2},
        {"Écluse de Vœux – Über die Brücke · Île", 9, 5, 0, 2},
        {"Pictures at www.example-harbour.org/ferries and mail.me@example.net too.", 6, 1, 2, 0},
        {"Größe äußerst klein: photo-1160x768.jpg, Ölkanne.png", 5, 2, 1, 0},
        {"Les « boîtes noires » ont parlé » ici", 9, 1, 0, 1},
        {"Ёлка https://ёлка.example/путь Ж", 3, 2, 1, 0},
        {"«Über» x", 2, 0, 0, 0},
        {"a", 1, 0, 0, 0},
        {"Z/", 1, 1, 0, 0},
        {"said. Then: 2024: done. @harbourdesk", 5, 1, 1, 0},
        // A mark that ends its token is no URL's but in "www."; "Zürich." is read from its multibyte letter on.
        {"Go to www. or write to desk@ Zürich. and/ or: ok.", 11, 2, 1, 0},
        {"www.", 1, 0, 1, 0},
        {"Harbour news, today | 7", 5, 1, 0, 1},
        {"Pier notes: » Ferry", 4, 2, 0, 1},
        {"Ein Satz endet hier.", 4, 2, 0, 0},
    };
    for (const auto& r : rows) {
        CAPTURE(r.line);
        Block b = block_of(r.line);
        CHECK(b.words == r.words);
        CHECK(b.upper_initial == r.upper_initial);
        CHECK(b.urls == r.urls);
        CHECK(b.separators == r.separators);
    }
}

TEST_CASE("the language read from the blocks' words is the language of the text", "[classify][segment]") {
    const std::string pages[] = {
        "Die Fähre nach Nordholm fährt wieder.\n\nDer Betreiber hat die Anlegestelle im Winter erneuert, und die "
        "Gemeinde ist froh darüber.\n",
        "Le marché de Valbrune rouvre samedi.\n\n  Les commerçants   attendent\tdu monde et la mairie a prévu des "
        "navettes depuis la gare.\n",
        "The ferry to Nordholm runs again. The operator rebuilt the\npier over the winter and the council is "
        "pleased with\nthe work that was done on it.\n\nMore pages of text follow here, wrapped at a fixed width\n"
        "like a plain-text document of the old kind, so that the\nsegmenter joins these lines into one paragraph.\n",
        "Zaq vor 12 plix.\n",
        "",
    };
    for (const auto& page : pages) {
        CAPTURE(page);
        CHECK(detect_language(segment(page)) == detect_language(std::string_view(page)));
    }
    CHECK(detect_language(segment(pages[0])) == "de");
}

TEST_CASE("a page keeps its stopword language whatever the script of its menus", "[classify][segment][lang]") {
    // An English article under a Japanese menu stays English; a Japanese article under an English menu is Japanese,
    // and read from the article's lines, not the menu's.
    const std::string en_page = "ホーム\n\nニュース\n\nスポーツ\n\nお問い合わせ\n\n"
                                "The new bridge over the river opened on Monday, and the people of the town walked "
                                "across it for the first time.\n\nThe mayor said that it was a good day for all of "
                                "them and that the old ferry would stop at the end of the month.\n";
    CHECK(detect_language(segment(en_page)) == "en");
    const std::string ja_page = "Home\n\nWorld\n\nSports\n\nContact\n\n"
                                "月曜日に川の新しい橋が開通し、町の人々は初めてその橋を歩いて渡りました。\n\n"
                                "市長は、今日はみんなにとって良い日だと話し、古い渡し船は月末で終わると述べました。\n";
    CHECK(detect_language(segment(ja_page)) == "ja");
    const std::string zh_page = "ホーム\n\nニュース\n\nスポーツ\n\n"
                                "星期一河上的新桥正式开通，镇上的居民第一次走过这座桥。\n\n"
                                "市长说今天对大家来说是个好日子，旧的渡船将在月底停止运营。\n";
    CHECK(detect_language(segment(zh_page)) == "zh");
    // Markup and addresses left in the text are no article's letters.
    std::string beacon = "<img width=1 height=1 src=\"http://counter.example.com/pixel?ref=";
    for (int k = 0; k < 8; ++k)
        beacon += "abcdefghijklmnopqrstuvwxyz";
    beacon += "\">\n\n";
    CHECK(detect_language(segment(beacon + beacon + ja_page)) == "ja");
}

TEST_CASE("first_tokens reads the first tokens of split_ws, no more than it has room for", "[classify][tokens]") {
    std::array<std::string_view, 3> room;
    auto three = first_tokens("  Harbour\tcrane  - lifts the  ferry ", room);
    REQUIRE(three.size() == 3);
    CHECK(three[0] == "Harbour");
    CHECK(three[1] == "crane");
    CHECK(three[2] == "-");
    auto all = text::split_ws("Photo: Mira Lindqvist");
    auto credit = first_tokens("Photo: Mira Lindqvist", room);
    CHECK(std::vector<std::string_view>(credit.begin(), credit.end()) == std::vector<std::string_view>(all.begin(), all.begin() + 3));
    CHECK(first_tokens("   ", room).empty());
}

TEST_CASE("blocks handed over to classify() give the record of blocks kept by the caller", "[classify][spent]") {
    // The overload for spent blocks moves the texts of the lines kept as boilerplate instead of copying them: the
    // record is the same, every kept line in it and in its place.
    const std::vector<std::pair<std::string, std::string>> rows = {
        {"en", "Home\nNews\nSign in\nLanterns return to the old canal\nBy Mira Holt\nMarch 4, 2025\n"
               "The lantern boats came back to the old canal on Saturday after a winter of repairs to the locks.\n"
               "Hundreds of people walked along the towpath to watch the first boats drift under the stone bridge.\n"
               "Share this article\nMore from the valley\n© 2025 Valley Courier\n"},
        {"de", "Startseite\nLokales\nAnmelden\nDie Laternenboote sind zurück am alten Kanal\nVon Mira Holt\n"
               "4. März 2025\n"
               "Die Laternenboote sind am Samstag nach einem Winter voller Arbeiten an den Schleusen zurückgekehrt.\n"
               "Hunderte Menschen gingen den Treidelpfad entlang, um die ersten Boote unter der Brücke zu sehen.\n"
               "Artikel teilen\nMehr aus dem Tal\n© 2025 Talbote\n"},
    };
    for (const auto& [lang, page] : rows) {
        INFO(page);
        const std::vector<Block> kept = segment(page);
        std::vector<Block> spent = kept;
        const Article copied = classify(kept, lang);
        const Article moved = classify(std::move(spent), lang);
        CHECK(to_json(moved) == to_json(copied));
        // (The lines left out of the article are there, not emptied by the move.)
        CHECK(moved.boilerplate.size() >= 6);
        const std::string menu = page.substr(0, page.find('\n')); // "Home", "Startseite"
        CHECK(contains(moved.boilerplate, menu));
        CHECK(std::none_of(moved.boilerplate.begin(), moved.boilerplate.end(),
                           [](const std::string& line) { return line.empty(); }));
    }
}

namespace {

// The blocks with each print of a line measured alone: its own lower-cased copy, the page's places kept.
std::vector<Block> each_print_alone(const std::vector<Block>& shared) {
    std::vector<Block> alone;
    for (const Block& b : shared) {
        std::vector<Block> own = segment(b.text);
        REQUIRE(own.size() == 1);
        Block& fresh = alone.emplace_back(std::move(own.front()));
        REQUIRE(fresh.text == b.text);
        fresh.line = b.line;
        fresh.indent = b.indent;
        fresh.blank_before = b.blank_before;
        fresh.blank_after = b.blank_after;
        fresh.cells = b.cells;
        fresh.repeats = b.repeats;
    }
    return alone;
}

} // namespace

TEST_CASE("a line printed again is rated as its first print, as if each print were read alone", "[classify][repeats]") {
    // classify() rates a repeated line (its quality, whether it ends the article, whether it is code) by its first
    // print: segment() gives the prints one lower-cased copy. The same blocks, each print measured alone (its own
    // copy, which the shortcut does not take), give the same record.
    const std::string english =
        "Menu\nEvents\nBakeries\nPrint this page\nRye loaves sell out at the winter market\nBy Oskar Lind\n"
        "January 12, 2026\nPrint this page\n"
        "Every rye loaf at the winter market was gone by ten, two hours before the stalls usually pack up.\n"
        "To bake them at home:\n$ make bread\n$ make rolls --small\n$ make bread\n"
        "The bakers say the cold morning brought out more buyers than the long queue at the ferry terminal.\n"
        "Every rye loaf at the winter market was gone by ten, two hours before the stalls usually pack up.\n"
        "Read next\nMenu\nEvents\nBakeries\nRead next\n(c) 2026 Market Post\n";
    const std::string french =
        "Accueil\nAgenda\nBoulangeries\nImprimer la page\nLe pain de seigle s'arrache au marché d'hiver\n"
        "Par Oskar Lind\n12 janvier 2026\nImprimer la page\n"
        "Tous les pains de seigle du marché d'hiver étaient vendus à dix heures, bien avant la fermeture des étals.\n"
        "Les boulangers disent que le froid a attiré plus de clients que la file d'attente du terminal des ferries.\n"
        "À lire aussi\nAccueil\nAgenda\nBoulangeries\nÀ lire aussi\n(c) 2026 Le Marché\n";
    for (const auto& [lang, page] : {std::pair{"en", english}, std::pair{"fr", french}}) {
        INFO(page);
        const std::vector<Block> shared = segment(page);
        const std::vector<Block> alone = each_print_alone(shared);
        // (The shortcut is taken on the page: prints of a line share their copy, and none of the others does.)
        std::size_t copies = 0;
        for (std::size_t k = 0; k < shared.size(); ++k) {
            CHECK(alone[k].lower.data() != shared[k].lower.data());
            for (std::size_t j = 0; j < k; ++j)
                copies += shared[j].lower.data() == shared[k].lower.data();
        }
        CHECK(copies >= 4);
        CHECK(to_json(classify(shared, lang)) == to_json(classify(alone, lang)));
    }
}
