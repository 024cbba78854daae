// segment()'s own fast paths: a line kept as it is when collapsing would not change it, measured in the same pass.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "lexicon.hpp"
#include "pipeline.hpp"
#include "random_text.hpp"
#include "segment_parts.hpp"
#include "text.hpp"

#include <algorithm>
#include <array>
#include <random>
#include <string>
#include <vector>

using namespace archive;

namespace {

// The features of a block's shape, which must not depend on whether its line was collapsed first.
struct Shape {
    std::string text;
    int words, letters, digits, upper_initial, urls, separators;
    bool end_punct;
    std::size_t chars;
    bool title_separator;
    bool operator==(const Shape&) const = default;
};

Shape shape_of(const Block& b) {
    return {b.text,      b.words,      b.letters, b.digits, b.upper_initial, b.urls, b.separators,
            b.end_punct, b.chars, b.title_separator};
}

// The one block of a line, checked against the same line collapsed beforehand (then read as it is).
void check_line(const std::string& line) {
    CAPTURE(line);
    const std::string collapsed = text::collapse(line);
    const auto blocks = segment(line);
    if (collapsed.empty()) {
        REQUIRE(blocks.empty());
        return;
    }
    REQUIRE(blocks.size() == 1);
    CHECK(blocks[0].text == collapsed);
    const auto again = segment(collapsed);
    REQUIRE(again.size() == 1);
    CHECK(shape_of(blocks[0]) == shape_of(again[0]));
    CHECK(blocks[0].chars == text::length_cp(collapsed));
    // The counts by their definitions: code points one at a time, tokens split on white space.
    int letters = 0, digits = 0, upper_initial = 0;
    for (std::size_t i = 0; i < collapsed.size();) {
        const char32_t cp = text::next_cp(collapsed, i);
        letters += text::is_letter(cp);
        digits += text::is_digit(cp);
    }
    const auto tokens = text::split_ws(collapsed);
    for (std::string_view tok : tokens) {
        std::size_t i = 0;
        upper_initial += text::is_upper(text::next_cp(tok, i));
    }
    CHECK(blocks[0].words == static_cast<int>(tokens.size()));
    // (segment() counts a block's spaces from its words when its text has nothing to collapse, whatever bytes its
    // line held.)
    CHECK(blocks[0].boilerplate == is_boilerplate_phrase(line));
    CHECK(blocks[0].letters == letters);
    CHECK(blocks[0].digits == digits);
    CHECK(blocks[0].upper_initial == upper_initial);
    CHECK(blocks[0].title_separator == any_title_separator(collapsed));
}

} // namespace

TEST_CASE("a line's text is the line collapsed, whatever white space it holds", "[segment]") {
    for (const char* line : {"The ferry  left at noon.", "Die Fähre\tfuhr ab.", "  Le bac est parti.  ",
                             "The ferry left.\r", "Le\xC2\xA0" "bac est parti.", "La nave\xE2\x80\x83partì.",
                             "El ferry\xE3\x80\x80salió.", "The ferry \xC3\x89", "Der Hafen \xC3 ",
                             "Prom \xC3 odp\xC5\x82yn\xC4\x85\xC5\x82.", "Overlong\xE0\x80\xA0space",
                             "Overlong\xC0\xA0two", "\xF0\x80\x80\xA0" "four bytes", "Ein Satz, der endet. ",
                             "A  line  of  many  double  spaces  that  runs  past  several  steps.", "\xC2\xA0",
                             "\xE2\x80\x83\t ", "x", "Caf\xC3\xA9  cr\xC3\xA8me",
                             "Stra\xC3\x9F" "e \xE2\x80\x9E" "Alt\xE2\x80\x9C  "}) {
        check_line(line);
    }
}

TEST_CASE("segment() agrees with collapse() on random lines with invalid and overlong UTF-8", "[segment]") {
    const std::vector<std::string> pieces = {
        "a", "Z", "7", " ", "  ", "\t", "\r", ".", "'", "-", "|", "www.", "@", "://", "\xC3\xA9", "\xC3\x89",
        "\xC2\xA0", "\xC2", "\xC0\xA0", "\xE0\xA4\x95", "\xE0\x80\xA0", "\xE2\x80\x83", "\xE2\x80\x99", "\xE2\x80\xAF",
        "\xE2\x80", "\xE3\x80\x80", "\xF0\x9F\x98\x80", "\xF0\x80\x80\xA0", "\x80", "\xBF", "\xCE\xA3", "\xD0\x96",
        "\xC2\xBB", "\xC2\xAB", "\x01", "\x7F", "the harbour reopened ", "Hafen", "port", "A", "@[`{", "Q1",
        "\xC3\x96l", "Mai2026", "~", "\xC4\xB0", "\xCE\xA3"};
    std::mt19937 rng(20261201);
    for (int n = 0; n < 5000; ++n)
        check_line(test::random_pieces(pieces, 30, rng));
}

TEST_CASE("a line is a row of cells when a tab parts its text, not its indentation or its end", "[segment]") {
    struct Row {
        const char* line;
        bool cells;
    };
    const Row rows[] = {{"Harbour\tFerries\tTimes", true}, {"Hafen\t\tFähren", true}, {"\t  Port\tbacs", true},
                        {"\tIndented harbour line", false}, {"  \t Der Hafen öffnet.", false},
                        {"The harbour reopened.\t", false}, {"Le port rouvre.\t \r", false},
                        {"2.1\tMethods", false}, {"2.1\tMethods\tResults", true}, {"Harbour ferries", false}};
    for (const Row& r : rows) {
        INFO(r.line);
        const auto blocks = segment(r.line);
        REQUIRE(blocks.size() == 1);
        CHECK(blocks[0].cells == r.cells);
    }
}

TEST_CASE("a line ends a sentence by its last mark, past closing quotes, brackets and an agency's initials",
          "[segment]") {
    struct Row {
        const char* line;
        bool end_punct;
    };
    const Row rows[] = {{"The ferry left at noon.", true}, {"Did the ferry leave?", true}, {"Sie fuhr ab!", true},
                        {"Les horaires :", true}, {"Le port; la gare;", true}, {"Und dann…", true},
                        {"Harbour timetable", false}, {"Hafenfahrplan 2026", false}, {"(Port)", false},
                        {"„Die Fähre fährt.“", true}, {"\"The ferry left.\"", true},
                        {"'Elle est partie.'", true}, {"The pier was rebuilt in 1998.[12]", true},
                        {"History[edit]", false},
                        {"Le bac est reparti. (ats/afp)", true}, {"Le bac est reparti (ats)", false},
                        {"« Le bac est parti. »", true}, {"Der Hafen öffnet", false},
                        {"Ferry (updated)", false}, {"Ferry left.)", true}, {"x", false}, {".", true}};
    for (const Row& r : rows) {
        INFO(r.line);
        const auto blocks = segment(r.line);
        REQUIRE(blocks.size() == 1);
        CHECK(blocks[0].end_punct == r.end_punct);
    }
}

TEST_CASE("a block counts its words of the notice lists with its stopwords, in one look-up a word", "[segment]") {
    // A word of each list, a word of several, a word longer than the table's keys (16 bytes), and no notice word.
    CHECK((notice_tags_of("cookies") & cookie_word) != 0);
    CHECK((notice_tags_of("datenschutz") & consent_context) != 0);
    CHECK((notice_tags_of("agree") & privacy_verb) != 0);
    CHECK((notice_tags_of("newsletter") & promo_word) != 0);
    CHECK((notice_tags_of("kostenlos") & promo_context) != 0);
    CHECK((notice_tags_of("your") & promo_phrase_start) != 0);
    CHECK((notice_tags_of("confidentialité") & consent_context) != 0);
    CHECK(notice_tags_of("harbour") == 0);
    CHECK(notice_tags_of("") == 0);
    for (const char* line : {"We use cookies to personalise content and to analyse our traffic.",
                             "Wir verwenden Cookies, um Ihr Nutzererlebnis zu verbessern. Datenschutz",
                             "Abonnez-vous gratuitement à notre newsletter : respect de votre confidentialité.",
                             "Jetzt kostenlos abonnieren und keine Nachricht aus dem Hafen verpassen!",
                             "Your support helps our independent harbour journalism.",
                             "The harbour reopened on Monday after the storm."}) {
        INFO(line);
        const auto blocks = segment(line);
        REQUIRE(blocks.size() == 1);
        const Block& b = blocks[0];
        // Each tag counted by its definition: the words that carry it; the stopwords as count_stopwords has them.
        for (std::size_t k = 0; k < notice_tag_kinds; ++k) {
            int carry = 0;
            for (std::string_view w : b.lower_words())
                carry += (notice_tags_of(w) >> k & 1) != 0;
            CHECK(b.notice_tags()[k] == carry);
        }
        std::vector<int> hits(languages().size(), 0);
        count_stopwords(b.lower_words(), hits);
        CHECK(std::ranges::equal(b.stopword_hits(), hits));
    }
    const auto cookie = segment("We use cookies to personalise content and to analyse our traffic.");
    CHECK(cookie[0].notice_tags()[0] == 1); // "cookies"
    CHECK(cookie[0].notice_tags()[1] >= 2); // "personalise", "traffic"
    CHECK(is_consent_notice(cookie[0]) == is_consent_notice(cookie[0].text));
}

namespace {

// measure_shape()'s answer and the features it fills, for a line.
struct Measured {
    bool collapsed;
    Shape shape;
    bool operator==(const Measured&) const = default;
};

template <class Measure>
Measured measured(const std::string& line, Measure measure) {
    Block b;
    b.text = line;
    const bool collapsed = measure(b, line);
    return {collapsed, shape_of(b)};
}

// Lines for the two forms of measure_shape(): every byte value, and runs of letters that put a space, a mark, a
// capital or a multibyte character on each side of a sixteen- and an eight-byte step's edge.
std::vector<std::string> shape_lines() {
    std::vector<std::string> lines = test::edge_lines(
        40, "mmmmm ",
        {"\xC3\xA4", "\xC3\x84", "\xE2\x80\x9C", "\xE2\x80\x83", "\xC2\xA0", "\xF0\x9F\x93\xB0", "\xC3", "\x80", " ",
         "  ", "www.", "@", "|", "Q", "9", "\xC2\xBB", "\xC2\xAB"});
    const std::vector<std::string> pieces = {
        "a", "Z", "7", " ", "  ", "\t", ".", ":", "/", "-", "|", ">>", "www.", "@", "://", ".jpg", "\xC3\xA9",
        "\xC3\x89", "\xC2\xA0", "\xC2", "\xC0\xA0", "\xE2\x80\x83", "\xE2\x80\x99", "\xE2\x80\xBA", "\xE2\x80", "\x80",
        "\xCE\xA3", "\xC2\xBB", "\xC2\xAB", "\x01", "\x7F", "Kelp farms line the bay ", "Tang", "baie", "example.org"};
    test::add_random_lines(lines, pieces, 24, 5000, 5150);
    return lines;
}

} // namespace

TEST_CASE("measure_shape() measures the same with SSE2 and without", "[segment]") {
    std::size_t compared = 0;
    for (const std::string& line : shape_lines()) {
        const Measured fast = measured(line, measure_shape), portable = measured(line, measure_shape_portable);
        if (!(fast == portable))
            FAIL_CHECK("line of " << line.size() << " bytes: \"" << line << "\" measures differently");
        ++compared;
    }
    CHECK(compared > 50000);
    // (Each form counts what it must: two words, one capital, a URL.)
    const Measured m = measured("Visit example.org/kelp", measure_shape_portable);
    CHECK(m.shape.words == 2);
    CHECK(m.shape.upper_initial == 1);
    CHECK(m.shape.urls == 1);
    CHECK(m.collapsed);
}

TEST_CASE("measure_shape_or_stop() answers as measure_shape() and measures the same when it reads a line whole",
          "[segment]") {
    std::size_t stopped = 0;
    for (const std::string& line : shape_lines()) {
        const Measured whole = measured(line, measure_shape), read = measured(line, measure_shape_or_stop);
        REQUIRE(read.collapsed == whole.collapsed);
        if (read.collapsed && !(read == whole))
            FAIL_CHECK("line of " << line.size() << " bytes: \"" << line << "\" measures differently");
        stopped += !read.collapsed;
    }
    CHECK(stopped > 1000);
    // A line that needs collapsing is read up to the first thing to collapse: no word past it is counted.
    for (const std::string line : {"Le port\xC2\xA0: rouvre ses quais aux ferries du matin",
                                   "Der Hafen  öffnet wieder seine Kais für die Fähren am Morgen",
                                   "Harbour\treopens its piers to the morning ferries",
                                   "El puerto\xE2\x80\x83reabre sus muelles a los transbordadores del norte"}) {
        CAPTURE(line);
        Block b;
        CHECK_FALSE(measure_shape_or_stop(b, line));
        CHECK(b.words <= 3);
        Block all;
        CHECK_FALSE(measure_shape(all, line));
        CHECK(all.words >= 8);
    }
}

TEST_CASE("a token opening with a character from U+0080 is a URL only with a URL's mark in it", "[segment]") {
    // Such a token is read whole ("\xC3\x89" "ditions@example.org", a long line of Japanese without a space): its marks
    // are looked for before it is asked whether it looks like a URL.
    struct Row {
        std::string line;
        int urls;
    };
    const std::vector<Row> rows = {
        {"Schreiben Sie an \xC3\x84nderungen@hafen-beispiel.de bitte", 1},
        {"\xC3\x89" "ditions@example.org", 1},
        {"Photo \xE6\xB8\xAF\xE3\x81\xAE\xE5\x86\x99\xE7\x9C\x9F\xE3\x81\xA7\xE3\x81\x99.jpg", 1},
        {"\xE6\xB8\xAF\xE3\x81\xAE\xE5\x86\x99\xE7\x9C\x9F\xE3\x81\xA7\xE3\x81\x99\xE6\xB8\xAF\xE3\x81\xAE", 0},
        {"\xC3\x9C" "berfahrt zur \xC3\x96stlichen Mole", 0},
        {"\xC3\x9C" "berfahrt. \xC3\x96stlich: Mole", 0}};
    for (const Row& row : rows) {
        CAPTURE(row.line);
        CHECK(measured(row.line, measure_shape).shape.urls == row.urls);
        CHECK(measured(row.line, measure_shape_portable).shape.urls == row.urls);
    }
}

TEST_CASE("a block's phrases are found from its lower-cased text and words as from its line", "[segment]") {
    // The first word as printed ("Posted", "Next", "Lire") is read lower-cased from the block's text, and its words
    // from the block's: the same phrases are found whether the block's final marks or parentheses are taken off or
    // not.
    const std::vector<std::string> phrases = {
        "Posted in Harbour News | Tagged ferries, piers", "Next articleFerries return to the eastern pier",
        "Lire aussi | Transport par c\xC3\xA2" "ble vers la baie", "Ver\xC3\xB6" "ffentlicht in Hafen und Meer",
        "Dieser Beitrag wurde ver\xC3\xB6" "ffentlicht in Hafen", "Read more: Ferries return to the eastern pier",
        // (A row of buttons is read from the block's words, once its final marks or parentheses are taken off.)
        "Print recipe", "Rezept drucken:", "(Commander le livre)", "Share on Reddit Share on Xing Share on Flipboard!",
        "Compartir en Mastodon Compartir en Telegram",
        // (A comment form's notice, its words the block's.)
        "Zum Kommentieren bitte anmelden.", "Para comentar debes registrarte.",
        "You must be logged in to post a comment.",
        // (A screen reader's links, the line indented and with spaces after it: its block's text is trimmed.)
        "   Skip to main content  ", "\tZum Inhalt springen \t"};
    const std::vector<std::string> ordinary = {"Posted.", "Next.", "(Ferries return to the pier)",
                                               "Postboten streiken am Hafen.",
                                               "Die Kommentare des Rates blieben aus.",
                                               "  Skip to the harbour.  ", "\tZum Inhalt des Hafens? "};
    // (Each line checked as a block and as a line: both are boilerplate or neither.)
    auto check = [](const std::string& line, bool expected) {
        CAPTURE(line);
        const auto blocks = segment(line);
        REQUIRE(blocks.size() == 1);
        CHECK(blocks[0].boilerplate == expected);
        CHECK(is_boilerplate_phrase(line) == expected);
    };
    for (const std::string& line : phrases)
        check(line, true);
    for (const std::string& line : ordinary)
        check(line, false);
    // A footer's label in parentheses or closed by a full stop (a short sentence), bytes of no character before the
    // final marks, a notice lacking one of its words: a block is read as its line is.
    for (const std::string line : {"(Posted in Harbour News)", "Posted in Harbour News.", "(Read more: the pier)",
                                   "Posted in Harbour News, Ferries and Piers.", "Rezept drucken \xC3\xB6!",
                                   "(Teilen auf Xing \xC3\xA9)", "Rezept drucken \xC3!", "Share on Xing \xE2\x80!",
                                   "Log in to leave a comment!", "(Kommentieren? Bitte anmelden)"})
        check(line, is_boilerplate_phrase(line));
    // A first token that the final marks cut or that ends the line, one ending at a colon, one with a byte from 0x80
    // (the block's lower-cased first token is found from its text's when that is ASCII).
    for (const std::string line : {"Teilen:", "Share!", "Anzeige.", "Newsletter", "Lire aussi : le quai du port",
                                   "Read more:Ferries return", "\xC3\x9C" "bersicht: Hafen", "Mehr\xC3\xBC zum Thema",
                                   "Posted:", "Tags: Hafen, F\xC3\xA4hre"})
        check(line, is_boilerplate_phrase(line));
}

TEST_CASE("a block is boilerplate exactly when its line is, its spaces counted from its words", "[segment]") {
    // Lines the notices' tests read by their spaces (a short rights notice, a reading time, an affiliate notice, a
    // comment notice), in several languages, paragraphs of more than 50 spaces, where those tests stop, and bytes
    // from 0xC0 that take a space into their character.
    std::string long_para;
    for (int k = 0; k < 60; ++k)
        long_para += "kelp ";
    const std::vector<std::string> lines = {
        "Some rights reserved 2011-2026 by Kelp Bay Gazette", "Alle Rechte vorbehalten, Tangbucht Verlag 2024",
        "Tous droits r\xC3\xA9serv\xC3\xA9s \xC2\xB7 La Gazette de la Baie", "Lesezeit: 6 Min.", "7 min read",
        "We may earn a commission when you buy through links on this page.",
        "Wir erhalten eine Provision, wenn Sie \xC3\xBC" "ber diese Links kaufen.",
        "You must be logged in to post a comment.", "\xC2\xA9 2026 Kelp Bay Gazette", "(Anzeige)",
        long_para + "\xC2\xA9 2026 Kelp Bay Gazette", long_para + "all rights reserved.", "Die F\xC3\xA4hre legt ab.",
        "  Alle   Rechte\tvorbehalten  ", "7\xC3 min\xC3 read", "Lesezeit:\xE2 6 Min.",
        "5 min read\xC3 a\xC3 b\xC3 c\xC3 d"}; // (the last one: lower() takes four of its spaces into characters)
    int boilerplate = 0;
    for (const std::string& line : lines) {
        CAPTURE(line);
        const auto blocks = segment(line);
        REQUIRE(blocks.size() == 1);
        const Block& b = blocks[0];
        CHECK(b.boilerplate == is_boilerplate_phrase(b.text, b.lower));
        CHECK(b.boilerplate == is_boilerplate_phrase(line));
        boilerplate += b.boilerplate;
    }
    CHECK(boilerplate >= 8); // (the test reads notices, not only ordinary lines)
}

TEST_CASE("a block's lowered text and words stay readable in a copy that outlives the page's blocks", "[segment]") {
    // The lowered lines of a page and the places of their words are kept once for all its blocks, which share them:
    // a copy of a block keeps them alive, the blocks it was copied from gone. (The line stands between two others:
    // its lowered bytes and places are not at the start of the page's.)
    for (const char* line : {"Weiter", "Mehr zum Thema", "Lire aussi : le port rouvre", "Read more about the pier's",
                             "One two three four five six seven eight", "One two three four five six seven eight nine",
                             "Der Hafen öffnet am Montag wieder, sagte die Sprecherin der Stadt am Freitag.",
                             "El puerto \xF0\x9F\x9A\xA2 reabre", "--", "\xC3\x89T\xC3\x89 \xC8\xBA\xC8\xBA"}) {
        INFO(line);
        Block copy;
        {
            const auto blocks = segment(std::string("Kopfzeile des Hafenblatts\n\n") + line + "\n\nFu\xC3\x9Fzeile");
            REQUIRE(blocks.size() == 3);
            copy = blocks[1];
        }
        CHECK(copy.text == line);
        CHECK(copy.lower == text::lower(line));
        const text::Words words = copy.lower_words();
        CHECK(std::vector<std::string>(words.begin(), words.end()) == text::words_lower(line));
    }
}

TEST_CASE("a line printed again on a page has the words and features of a page holding it alone", "[segment]") {
    // A menu's item, a share button, a reading time and a rights notice under each teaser: the page prints them again,
    // and each print is measured once (the later ones share the first one's lowered bytes and words, and its
    // features). Every print, and the first one most of all, reads as the line does alone.
    const std::vector<std::string> lines = {"Weiter", "Partager sur Facebook", "5 min read", "Lesezeit: 3 Min.",
                                            "Tous droits r\xC3\xA9serv\xC3\xA9s \xC2\xB7 La Gazette de la Baie",
                                            "The ferry leaves the harbour at noon.", "Alle  Rechte\tvorbehalten"};
    std::string page;
    for (int round = 0; round < 3; ++round)
        for (const std::string& line : lines)
            page += line + "\n\nTeaser " + std::to_string(round) + " of the Kelp Bay Gazette\n\n";
    const auto blocks = segment(page);
    REQUIRE(blocks.size() == 6 * lines.size());
    for (std::size_t k = 0; k < blocks.size(); k += 2) {
        const std::string& line = lines[(k / 2) % lines.size()];
        CAPTURE(line, k);
        const auto alone = segment(line);
        REQUIRE(alone.size() == 1);
        const Block& b = blocks[k];
        const Block& a = alone[0];
        CHECK(b.text == a.text);
        CHECK(b.repeats == 2);
        CHECK(b.lower == a.lower);
        const text::Words words = b.lower_words(), alone_words = a.lower_words();
        CHECK(std::vector<std::string>(words.begin(), words.end()) ==
              std::vector<std::string>(alone_words.begin(), alone_words.end()));
        CHECK(std::ranges::equal(b.stopword_hits(), a.stopword_hits()));
        CHECK(std::ranges::equal(b.notice_tags(), a.notice_tags()));
        CHECK(b.boilerplate == a.boilerplate);
        CHECK(b.boilerplate == is_boilerplate_phrase(line));
        // (A later print shares its first print's lowered bytes: it was not lowered again.)
        CHECK(b.lower.data() == blocks[k % (2 * lines.size())].lower.data());
    }
    // (The teasers' lines, each printed once, are lowered on their own.)
    CHECK(blocks[1].lower == "teaser 0 of the kelp bay gazette");
    CHECK(blocks[blocks.size() - 1].lower == "teaser 2 of the kelp bay gazette");
}

TEST_CASE("a wrapped paragraph whose only line going on in lower case is its last is still joined", "[segment]") {
    // Each paragraph: a run of three lines, the second opening with a capital, the third going on in lower case (the
    // run's last line is the one that tells the page is wrapped: join_wrapped's first pass must look that far).
    const std::vector<std::array<const char*, 6>> pages = {
        {"The harbour of the old town reopened on Monday after a winter",
         "Of repairs on its northern quay, and the works cost the city more",
         "than it had planned; the council will vote on the bill in spring.",
         "Fishermen said the new moorings on the northern quay were safer",
         "Than the old ones and that the boats would be back in the bay",
         "before the season opened, as the harbour master had promised."},
        {"Der Hafen der Altstadt ist seit Montag wieder offen, nachdem der",
         "N\xC3\xB6rdliche Kai den ganzen Winter \xC3\xBC" "ber repariert worden war, und",
         "die Arbeiten haben mehr gekostet, als die Stadt geplant hatte.",
         "Die Fischer sagen, die neuen Liegepl\xC3\xA4tze am Nordkai seien sicherer",
         "Als die alten, und die Boote k\xC3\xA4men vor dem Beginn der Saison",
         "zur\xC3\xBC" "ck, wie es der Hafenmeister im Herbst versprochen hatte."},
        {"Le port de la vieille ville a rouvert lundi apr\xC3\xA8s un long hiver",
         "De travaux sur son quai nord, qui ont co\xC3\xBBt\xC3\xA9 \xC3\xA0 la ville plus",
         "que pr\xC3\xA9vu ; le conseil votera la facture au printemps prochain.",
         "Les p\xC3\xAA" "cheurs disent que les nouveaux mouillages sont plus s\xC3\xBBrs",
         "Que les anciens et que les bateaux reviendront dans la baie",
         "avant le d\xC3\xA9" "but de la saison, comme le capitaine l'avait promis."},
    };
    for (const auto& l : pages) {
        const std::string page = std::string(l[0]) + "\n" + l[1] + "\n" + l[2] + "\n\n" + l[3] + "\n" + l[4] + "\n" + l[5] +
                                 "\n";
        INFO(page);
        const auto blocks = segment(page);
        REQUIRE(blocks.size() == 2);
        CHECK(blocks[0].text == std::string(l[0]) + " " + l[1] + " " + l[2]);
        CHECK(blocks[1].text == std::string(l[3]) + " " + l[4] + " " + l[5]);
    }
    // The same lines, each opening with a capital: nothing tells a wrapped page, nothing is joined.
    const auto kept = segment("The harbour of the old town reopened on Monday after a winter\n"
                              "Of repairs on its northern quay, and the works cost the city more\n"
                              "Than it had planned; the council will vote on the bill in spring.\n");
    CHECK(kept.size() == 3);
}

TEST_CASE("count_stopwords_and_tags_padded() counts as count_stopwords_and_tags()", "[segment]") {
    // Stopwords and notice words of several languages, words of every length around the loads' edges (7, 8, 9, 15
    // and 16 bytes), and bytes after each line that are no zeros (what a line in the middle of a page has after it).
    std::vector<std::string> lines = {
        "The ferry and the pier are closed for the winter",
        "Die F\xC3\xA4hre und der Steg sind im Winter geschlossen",
        "Le bac et la jet\xC3\xA9""e sont ferm\xC3\xA9s pour l'hiver",
        "El ferry y el muelle est\xC3\xA1n cerrados durante el invierno",
        "Il traghetto e il molo sono chiusi per l'inverno",
        "We use cookies to improve your experience on this site",
        "Wir verwenden Cookies und Datenschutz Einstellungen",
        "abcdefg abcdefgh abcdefghi abcdefghijklmno abcdefghijklmnop abcdefghijklmnopqrstu",
        "a I y \xC3\xA0 o u e",
        "Werbung Anzeige sponsored Partnerinhalt Newsletter abonnieren",
        ""};
    const std::vector<std::string> pieces = {"the ", "und ", "les ", "de ", "los ", "cookies ", "harbour ",
                                             "\xC3\xA9t\xC3\xA9 ", "Kelp ", "zzzzzzzzzzzzzz ", "a ", "privacy "};
    test::add_random_lines(lines, pieces, 12, 400, 7700);
    const std::size_t langs = languages().size();
    for (const std::string& line : lines) {
        std::string low;
        std::vector<text::WordSpan> words;
        text::lower_with_words(line, low, words);
        std::vector<int> hits(langs, 0), padded_hits(langs, 0);
        std::array<int, notice_tag_kinds> tags{}, padded_tags{};
        count_stopwords_and_tags(text::Words(low, words), hits, tags);
        const std::string padded = low + std::string(16, 'q');
        count_stopwords_and_tags_padded(padded.data(), words, padded_hits, padded_tags);
        INFO(line);
        CHECK(padded_hits == hits);
        CHECK(padded_tags == tags);
    }
    // (Each counts what it must: "the" three times in English.)
    std::string low;
    std::vector<text::WordSpan> words;
    text::lower_with_words("The ferry and the pier, the bay", low, words);
    std::vector<int> hits(langs, 0);
    std::array<int, notice_tag_kinds> tags{};
    const std::string padded = low + std::string(16, 'q');
    count_stopwords_and_tags_padded(padded.data(), words, hits, tags);
    const auto& all = languages();
    const auto en = std::find_if(all.begin(), all.end(), [](const auto* lex) { return lex->code == "en"; });
    REQUIRE(en != all.end());
    CHECK(hits[static_cast<std::size_t>(en - all.begin())] >= 3);
}

TEST_CASE("a block notes a title's separator exactly where any_title_separator() finds one", "[segment][headline]") {
    // segment() notes the separator as it measures the line, for the title searches that skip the lines without
    // one: the note must be any_title_separator()'s answer for every line, whatever form of measure_shape() read it.
    auto check = [](const std::string& line) {
        const bool scan = any_title_separator(line);
        Block fast, portable, read;
        measure_shape(fast, line);
        measure_shape_portable(portable, line);
        CHECK(fast.title_separator == scan);
        CHECK(portable.title_separator == scan);
        if (measure_shape_or_stop(read, line)) // (a line read to its end only)
            CHECK(read.title_separator == scan);
        for (const Block& b : segment(line))
            CHECK(b.title_separator == any_title_separator(b.text));
        return scan;
    };
    const std::string separators[] = {"|", "-", "–", "—", "•", "·", "»", "›", ">", "/", "::", "~", "*"};
    const std::string long_words = [] {
        std::string s;
        while (s.size() < 3000)
            s += "Die Fähre legt am Kai an und fährt weiter ";
        return s;
    }();
    for (const std::string& sep : separators) {
        INFO(sep);
        // At the start and the end, between ASCII words, between words of other scripts, after a tab, in a long line.
        for (const std::string& line : std::vector<std::string>{
                 sep, sep + " Harbour news", "Harbour news " + sep, "Harbour news " + sep + " Lindholm Post",
              "Fähre \xC3\xA4 " + sep + " \xC3\xA9t\xC3\xA9", "港口新闻 " + sep + " 渡轮", "Паром\t" + sep + "\tидёт",
              long_words + sep + " Lindholm", long_words + sep, sep + " " + long_words}) {
            CAPTURE(line.size());
            CHECK(check(line));
        }
        // Glued to a word, doubled or cut short: no separator.
        for (const std::string& line : {"Harbour" + sep + " news", "Harbour " + sep + "news", "Kai " + sep + sep + sep,
                                       "Fähre " + sep + "\xC3\xA4", long_words + sep + "Lindholm"}) {
            CAPTURE(line.size());
            CHECK_FALSE(check(line));
        }
    }
    for (const std::string& line : std::vector<std::string>{"", " ", "Kai : Hafen", "Porto \xE2\x80 aperto", "Porto \xC2 aperto", "Hafen -- Ende",
                                   "Kai \xE2\x80\x93\xE2\x80\x93 Ende", "Rue ‹ Quai", "Rue « Quai", long_words})
        CHECK_FALSE(check(line));
    // Random bytes, white space among them often: every byte value next to the separators' bytes and spaces.
    std::mt19937 rng(20261203);
    std::uniform_int_distribution<int> byte(0, 255), kind(0, 3), length(0, 80);
    std::size_t found = 0, lines = 0;
    for (int n = 0; n < 20000; ++n, ++lines) {
        std::string line;
        for (int k = length(rng); k > 0; --k) {
            const int what = kind(rng);
            line += what == 0 ? std::string(" ") : what == 1 ? separators[static_cast<std::size_t>(byte(rng)) % 13]
                                                             : std::string(1, static_cast<char>(byte(rng)));
        }
        found += check(line);
    }
    CHECK(found > 1000); // (lines with a free-standing separator drawn, and lines without)
    CHECK(found < lines - 1000);
    for (const std::string& line : shape_lines())
        check(line);
}
