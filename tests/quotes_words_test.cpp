// Tests of the words the quotes stage reads: words_of, words_into and the byte scans, checked against text::lower and
// each other.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "lexicon.hpp"
#include "pipeline.hpp"
#include "quotes.hpp"
#include "quotes_parts.hpp"
#include "text.hpp"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

using namespace archive;

namespace {

// The `low` of each of words_of(s), checked against text::lower of the word's bytes.
std::vector<std::string> lows_checked(const std::string& s) {
    std::vector<std::string> lows;
    for (const auto& w : quoting::words_of(s, 0, s.size())) {
        CAPTURE(s.substr(w.b, w.e - w.b));
        CHECK(w.low == text::lower(s.substr(w.b, w.e - w.b)));
        lows.emplace_back(w.low);
    }
    return lows;
}

} // namespace

TEST_CASE("words_into reads the words of words_of into the room of a vector used before", "[quotes]") {
    auto lexs = quoting::lexicons_for("es");
    std::vector<quoting::Word> room;
    const std::string_view first = "—No vamos a ceder —dijo la alcaldesa de Villanueva—.";
    const std::string_view second = "Las obras del puente, según el concejal, terminan en mayo.";
    quoting::words_into(room, first, 0, first.size(), &lexs);
    CHECK(room.size() == quoting::words_of(first, 0, first.size(), &lexs).size());
    quoting::words_into(room, second, 0, second.size(), &lexs);
    const auto expected = quoting::words_of(second, 0, second.size(), &lexs);
    REQUIRE(room.size() == expected.size());
    for (std::size_t k = 0; k < room.size(); ++k) {
        CHECK(room[k].b == expected[k].b);
        CHECK(room[k].e == expected[k].e);
        CHECK(room[k].low == expected[k].low);
        CHECK(room[k].tags == expected[k].tags);
    }
}

TEST_CASE("words_of lower-cases words of Latin-1 letters and curly apostrophes as text::lower does", "[quotes]") {
    const std::pair<const char*, std::string_view> rows[] = {
        {"de", "Über Ärger und Öl sprach ÜBERLINGEN mit Frau Ödön-Weiß, nicht Müller."},
        {"fr", "État, Élodie, ÉCOLE et Île-de-France: l’Évêque aujourd’hui, ÀLA Ñandú."},
        {"en", "O’Neill didn’t say it; DON’T ask Ó’Brien’s Þórr about ×2 or a ÷ b."},
        {"pl", "Łódź i Świętokrzyskie: ŻÓŁĆ, źródło, Ósemka’s cât."},
    };
    for (const auto& [language, s] : rows) {
        INFO(s);
        auto lexs = quoting::lexicons_for(language);
        for (const auto& w : quoting::words_of(s, 0, s.size(), &lexs)) {
            CAPTURE(w.b, w.e);
            CHECK(w.low == text::lower(s.substr(w.b, w.e - w.b)));
        }
    }
}

TEST_CASE("words_of lower-cases each word, a word without capitals as a view of the text", "[quotes]") {
    auto lexs = quoting::lexicons_for("en");
    // Short and long words, capitals first and inside, a title taking its dot, a word ending the text.
    const std::string_view s = "Dr. Wenna McAllister met the harbourmasters of KELDMOUTH and sr. staff at noon";
    const auto ws = quoting::words_of(s, 0, s.size(), &lexs);
    std::vector<std::string> lows;
    for (const auto& w : ws)
        lows.emplace_back(w.low);
    CHECK(lows == std::vector<std::string>{"dr.", "wenna", "mcallister", "met", "the", "harbourmasters", "of",
                                           "keldmouth", "and", "sr.", "staff", "at", "noon"});
    for (const auto& w : ws) {
        const bool view = w.low.data() == s.data() + w.b;
        CHECK(view == (w.low == s.substr(w.b, w.e - w.b)));
    }
    // The same words from a text whose last word has fewer than eight bytes after its start.
    const std::string_view end = "Ask Tor";
    const auto we = quoting::words_of(end, 0, end.size(), &lexs);
    REQUIRE(we.size() == 2);
    CHECK(we[1].low == "tor");
    CHECK(we[1].upper);
}

TEST_CASE("may_hold_indirect_speech and find_quote_spans skip the units whose words words_into saw could not hold "
          "what they read",
          "[quotes]") {
    struct Row {
        const char* language;
        const char* text;
        bool may_report; // may_hold_indirect_speech
        bool mark;       // WordsSeen::mark: a punctuation mark that may open or close a quote
    };
    const Row rows[] = {
        {"en", "The council met on Tuesday in the old mill.", false, false},
        {"en", "The harbour master said the ferry would run again.", true, false},
        {"de", "Der Gemeinderat tagte am Montag in der alten Mühle.", false, false},
        {"de", "Die Hafenmeisterin sagte, die Fähre fahre wieder.", true, false},
        {"fr", "Le conseil s'est réuni mardi au vieux moulin.", false, false}, // (an apostrophe inside a word)
        {"fr", "La fête est finie, estime-t-elle.", true, false},              // (an inverted verb)
        {"fr", "La fête est finie, conclut-on.", true, false},
        // Words with a hyphen that cannot be inverted verbs.
        {"fr", "Le porte-parole a visité Saint-Malo mardi.", false, false},
        {"en", "The well-known ferry left the dock at noon.", false, false},
        {"de", "Die Bürgermeister-Wahl findet im Mai statt.", false, false},
        {"en", "The ferry was built by J. Harlow in the old yard.", false, false}, // (a word taking a dot)
        // An initial counts without its dot too ("a" opens "a detta di"): a sentence ending with it reads it so.
        {"it", "Il traghetto fu costruito da A. Rossi nel vecchio cantiere.", true, false},
        {"de", "Laut dem Hafenamt fährt die Fähre ab Montag wieder.", true, false}, // (an "according" word)
        {"fr", "Selon la capitainerie, le bac reprend lundi.", true, false},
        // Quote marks of each convention.
        {"en", "The lighthouse keeper had \"a quiet winter\" on the rock.", false, true},
        {"de", "Die Schleuse sei „veraltet“, meinte der Kapitän.", true, true},
        {"fr", "Le passeur décrit un « hiver calme » au port.", false, true},
        {"de", "Der Lotse – „ein Profi“ – kam um neun Uhr.", false, true},
        // Dashes, "…", "•", "€" and "°" open with a byte of a quote mark, but are none.
        {"en", "The toll rose to €4 – a record … for the bridge.", false, false},
        {"de", "Die Maut stieg auf 4 € — ein Rekord bei 30 °C • für die Brücke.", false, false},
        {"fr", "Le péage passe à 4 € — un record … pour le pont.", false, false},
        {"en", "The ferry’s crew — all six — met the mayor’s aide.", false, false}, // (’ inside words)
    };
    for (const Row& r : rows) {
        INFO(r.text);
        auto lexs = quoting::lexicons_for(r.language);
        std::string_view s = r.text;
        std::vector<quoting::Word> ws;
        const quoting::WordsSeen seen = quoting::words_into(ws, s, 0, s.size(), &lexs);
        CHECK(quoting::may_hold_indirect_speech(ws, seen) == r.may_report);
        CHECK(seen.mark == r.mark);
        CHECK(quoting::find_quote_spans(s, ws).empty() == !r.mark);
    }
}

TEST_CASE("has_words counts the words of words_lower up to the one asked", "[quotes]") {
    struct Row {
        const char* text;
        int n;
        bool expected;
    };
    const Row rows[] = {
        {"Der Stadtrat tagt heute", 4, true},
        {"Der Stadtrat tagt heute", 5, false},
        {"l'homme du port", 4, true}, // (words_lower splits the elided article off)
        {"« Nous attendons », a-t-il dit", 6, true},
        {"« Nous attendons », a-t-il dit", 7, false},
        {"", 0, true},
        {"", 1, false},
        {" , ; ", 1, false},
        {"Bürgermeisterin Åsa Öberg – sagte", 4, true}, // (letters of two bytes, a dash of three between words)
        {"Bürgermeisterin Åsa Öberg – sagte", 5, false},
        {"Ο δήμαρχος είπε", 3, true},
        {"Ο δήμαρχος είπε", 4, false},
        {"cafe\u0301 ouvert", 2, true}, // (a combining accent stays in its word)
        {"cafe\u0301 ouvert", 3, false},
        {"市长说 «好»", 2, true},
        {"市长说 «好»", 3, false},
    };
    for (const Row& r : rows) {
        INFO(r.text << " / " << r.n);
        CHECK(quoting::has_words(r.text, r.n) == r.expected);
        CHECK(quoting::has_words(r.text, r.n) == (text::words_lower(r.text).size() >= static_cast<std::size_t>(r.n)));
    }
}

TEST_CASE("words_of reads a short ASCII word alike with sixteen bytes after it or fewer", "[quotes]") {
    // A word with sixteen bytes or more from its start is read from its bits of letters and digits; the same word
    // nearer the text's end byte by byte: every field must agree (capitals, acronyms, digits, a title's dot, marks).
    const std::pair<const char*, std::string_view> rows[] = {
        {"en", "Dr. Ana Vale of the NTSB said 42 boats, not 7, left Pier 9 at 6pm; USA, Inc. and J. Roe agreed."},
        {"de", "Laut Frau Berg (SPD) fuhren 12 Boote, nicht 3, ab Kai 4 um 9 Uhr; die GmbH, Prof. Kern und A. Ott."},
        {"fr", "Selon Mme Roux, du PS, 30 bateaux, pas 5, ont quitt\xC3\xA9 le quai 2; la SNCF, M. Petit et J. Bon."},
    };
    for (const auto& [language, text] : rows) {
        INFO(text);
        auto lexs = quoting::lexicons_for(language);
        const std::string padded = std::string(text) + std::string(24, ' ');
        const auto fast = quoting::words_of(padded, 0, text.size(), &lexs);
        for (std::size_t from = 0; from < text.size(); ++from) {
            // (the word at `from` read again as the first of fifteen bytes at most, with fewer than sixteen after its
            // start; its fields are compared when what it reads past its end, four bytes at most, is in them)
            const std::string tail(text.substr(from, 15));
            const auto slow = quoting::words_of(tail, 0, tail.size(), &lexs);
            if (slow.empty() || !(from == 0 || text[from - 1] == ' ') ||
                (slow.front().e + 4 >= tail.size() && from + tail.size() < text.size()))
                continue;
            auto first = std::find_if(fast.begin(), fast.end(), [from](const quoting::Word& w) { return w.b == from; });
            REQUIRE(first != fast.end());
            const quoting::Word& a = *first;
            const quoting::Word& b = slow.front();
            CAPTURE(from, a.low, b.low);
            CHECK(a.e - a.b == b.e - b.b);
            CHECK(a.low == b.low);
            CHECK(a.upper == b.upper);
            CHECK(a.acronym == b.acronym);
            CHECK(a.punct == b.punct);
            CHECK(a.tagged == b.tagged);
            CHECK(a.tags == b.tags);
            CHECK(a.hyphen == b.hyphen);
        }
    }
}

TEST_CASE("words_of reads an ASCII word of eight to fifteen bytes alike with sixteen bytes after it or fewer",
          "[quotes]") {
    // A word of eight to fifteen ASCII letters and digits with sixteen bytes or more from its start is read from its
    // bits of letters and digits and its first and last eight bytes; the same word read alone (fewer than sixteen
    // bytes) byte by byte: every field must agree (capitals inside and at the end, acronyms, digits, list words).
    const std::pair<const char*, std::string_view> rows[] = {
        {"en", "Councillors UNANIMOUSLY approved HarbourWatch proposals, notwithstanding objections (Metro2024) and "
               "REGULATIONS; spokeswoman Annabelle Fairweather-Longbottom responded afterwards, Tuesday."},
        {"de", "Stadtverwaltung BUNDESREGIERUNG Verkehrsminister erkl\xC3\xA4rte Wasserversorgung; Pressesprecherin "
               "Marlene Hochwalder sagte gegen\xC3\xBC" "ber Journalisten Dienstagabend."},
        {"es", "Ayuntamiento PORTAVOZ Municipal declar\xC3\xB3 Asociaciones vecinales; Presidenta Maricarmen "
               "Villalobos Extremadura, Valladolid (AUTOPISTAS1) mediante comunicado."},
    };
    for (const auto& [language, text] : rows) {
        INFO(text);
        auto lexs = quoting::lexicons_for(language);
        const std::string padded = std::string(text) + std::string(24, ' ');
        std::size_t compared = 0;
        for (const quoting::Word& a : quoting::words_of(padded, 0, text.size(), &lexs)) {
            const std::string alone = padded.substr(a.b, a.e - a.b);
            if (a.punct || alone.size() < 8 || alone.size() > 15)
                continue;
            const auto slow = quoting::words_of(alone, 0, alone.size(), &lexs);
            REQUIRE(slow.size() == 1);
            const quoting::Word& b = slow.front();
            CAPTURE(alone, a.low, b.low);
            CHECK(b.e - b.b == alone.size());
            CHECK(a.low == b.low);
            CHECK(a.low == text::lower(alone));
            CHECK(a.upper == b.upper);
            CHECK(a.acronym == b.acronym);
            CHECK(a.tagged == b.tagged);
            CHECK(a.tags == b.tags);
            CHECK(a.hyphen == b.hyphen);
            ++compared;
        }
        CHECK(compared >= 6);
    }
}

TEST_CASE("words_of lower-cases long ASCII words whole", "[quotes]") {
    const std::string s =
        "The TRANSPORTATION-Committee of Ostervald-Brunnhagen approved it, O'Donnell-SMITH said. NATO agreed, ÖVP too.";
    auto ws = quoting::words_of(s, 0, s.size());
    REQUIRE(ws.size() == 16);
    CHECK(ws[10].acronym);
    CHECK(ws[13].acronym); // ("ÖVP": not ASCII)
    CHECK_FALSE(ws[0].acronym);
    CHECK_FALSE(ws[7].acronym);
    CHECK(ws[13].low == "övp");
    CHECK(ws[1].low == "transportation-committee");
    CHECK(ws[3].low == "ostervald-brunnhagen");
    CHECK(ws[7].low == "o'donnell-smith");
    CHECK(ws[1].acronym == false);
    CHECK(ws[6].punct);
}

TEST_CASE("words_of reads Latin-1 letters inside a word as text::lower does", "[quotes]") {
    // Words with "ä", "É", "ß", "Ñ" after their first letter are lower-cased without decoding them; "×" and "÷"
    // are no letters and end a word.
    const std::string s = "Frau KRÄMER-Großfeld sagte: MÜNZENBÜHL, grüße. Le PRÉFET de l'ÉTÉ a dit Hélène. "
                          "El AÑO, señor Peña. Über 3×4 und 8÷2, Ørsted, Ætna-Süd, DÖRTE.";
    const auto lows = lows_checked(s);
    for (std::string_view word : {"krämer-großfeld", "münzenbühl", "préfet", "l'été", "año", "peña", "über", "ørsted",
                                  "ætna-süd", "dörte"})
        CHECK(std::find(lows.begin(), lows.end(), word) != lows.end());
    for (std::string_view word : {"3", "4", "8", "2"})
        CHECK(std::find(lows.begin(), lows.end(), word) != lows.end());
    CHECK(std::find(lows.begin(), lows.end(), "3×4") == lows.end());
    CHECK(std::find(lows.begin(), lows.end(), "8÷2") == lows.end());
}

TEST_CASE("words_of reads the letters of Latin Extended-A inside a word as text::lower does", "[quotes]") {
    // "ł", "Ś", "ř", "Ő" after a word's first letter are taken without decoding them: every code point of
    // U+0100..U+017F is a letter.
    for (char32_t cp = 0x100; cp < 0x180; ++cp) {
        CAPTURE(static_cast<std::uint32_t>(cp));
        CHECK(text::is_word_char(cp));
    }
    const std::string s = "Pani Małgorzata ŚWIĘTOCHOWSKA z Łodzi powiedziała: dziękuję. Antonín DVOŘÁK-Ševčík, "
                          "Erdős Pál és Kővári-Nagy.";
    const auto lows = lows_checked(s);
    for (std::string_view word : {"małgorzata", "świętochowska", "łodzi", "powiedziała", "dziękuję", "dvořák-ševčík",
                                  "erdős", "kővári-nagy"})
        CHECK(std::find(lows.begin(), lows.end(), word) != lows.end());
}

TEST_CASE("a sentence's words taken from its paragraph's are the words read in the sentence alone", "[quotes][words]") {
    using archive::quoting::Word;
    struct Row {
        std::string language, paragraph;
    };
    const Row rows[] = {
        {"en", "Dr. Ada K. Lorne said the plan by the U.S. Navy was sound. It was signed by John F. Quill."},
        {"en", "The O’Neill family met at St. Brede’s hall. Rep. Tam Ossery, a self-made man, agreed. A. B. C."},
        {"de", "Laut Dr. Merle Quast (z.B. beim Amt) ist alles gut. Das sagte sie am Montag – und ging. L.E.A.N."},
        {"fr", "« Rien n’est décidé », a-t-il dit. M. Paul-Henri Dacier l’a confirmé. Aujourd’hui, c’est fini."},
        // initials and titles right before a sentence's end, read with fewer bytes after them
        {"en", "Sen. Ida Vorn met G.K. Hale and Mr. T. Brix. She wrote to J. Q. Then she left, said Dr. X. Mr. Z. Yes."},
    };
    for (const auto& r : rows) {
        CAPTURE(r.paragraph);
        auto lexs = archive::quoting::lexicons_for(r.language);
        auto ws = archive::quoting::words_of(r.paragraph, 0, r.paragraph.size(), &lexs);
        REQUIRE(ws.size() > 10);
        auto same = [](const Word& a, const Word& b) {
            return a.b == b.b && a.e == b.e && a.low == b.low && a.upper == b.upper && a.punct == b.punct &&
                   a.acronym == b.acronym && a.tags == b.tags && a.hyphen == b.hyphen;
        };
        for (std::size_t i = 0; i < ws.size(); ++i)
            for (std::size_t j = i; j < ws.size(); ++j) {
                auto expected = archive::quoting::words_of(r.paragraph, ws[i].b, ws[j].e, &lexs);
                auto got = archive::quoting::words_between(r.paragraph, ws, ws[i].b, ws[j].e, &lexs);
                CAPTURE(i, j);
                REQUIRE(got.size() == expected.size());
                for (std::size_t k = 0; k < got.size(); ++k)
                    REQUIRE(same(got[k], expected[k]));
            }
    }
}

TEST_CASE("find_quote_spans reads the same spans from a paragraph's words as from its bytes", "[quotes]") {
    const std::pair<const char*, std::string> rows[] = {
        {"en", "The skipper's \"plan\" - a 'quick fix,' she said - worked on the players' boats."},
        {"en", "\u201cWe sail at dawn,\u201d said O\u2019Brien. \u201cDon\u2019t wait.\u201d \u2018Maybe\u2019 not."},
        {"en", "He called it \"nonsense\u201d and \u201cmore hours\" and \u201cMostly False.\u201c Then 'done'."},
        {"de", "\u201eDie Br\u00fccke bleibt zu\u201c, sagte sie. \u00bbNie\u00ab, rief er, \u203aleise\u2039."},
        {"fr", "\u00ab Nous partons \u00bb, a-t-elle dit, \u00ab l\u2019\u00e9t\u00e9 prochain \u00bb. \u2039 Bon \u203a."},
        {"ja", "\u300c\u306f\u3044\u300d\u3068\u8a00\u3063\u305f\u3002\u300e\u672c\u300f"},
        {"en", "\"Unclosed at the end of the paragraph"},
        {"en", "'Tis the 'season' of \"stray marks \u201c in \u2018 the 'middle"},
        {"en", ""},
    };
    for (const auto& [language, text] : rows) {
        INFO(text);
        auto lexs = quoting::lexicons_for(language);
        const auto bytes = find_quote_spans(text);
        const auto words = quoting::find_quote_spans(text, quoting::words_of(text, 0, text.size(), &lexs));
        REQUIRE(words.size() == bytes.size());
        for (std::size_t k = 0; k < bytes.size(); ++k) {
            CHECK(words[k].open == bytes[k].open);
            CHECK(words[k].close == bytes[k].close);
            CHECK(words[k].open_len == bytes[k].open_len);
            CHECK(words[k].close_len == bytes[k].close_len);
            CHECK(words[k].closed == bytes[k].closed);
        }
    }
}

TEST_CASE("skip_to stops on the first byte of its set whether it reads eight bytes at a time or one", "[quotes]") {
    std::array<bool, 256> ends{};
    ends['.'] = ends['!'] = ends['?'] = true;
    std::array<bool, 256> marks{};
    for (const char b : {'\'', '"', '\xC2', '\xE2', '\xE3'})
        marks[static_cast<unsigned char>(b)] = true;
    const std::string lines[] = {
        "", "a", "Kein Punkt hier und auch sonst nichts weiter zu sehen", "Ja. Nein! Wie? Gut.",
        "Die Brücke „Alte Mühle“ bleibt zu, sagte sie. « Bien sûr », répond-il.",
        "The mayor's \"plan\" – a 'quick fix' – failed.", "ééééééééééééééééé.", "........"};
    for (const auto& line : lines)
        for (std::size_t from = 0; from <= line.size(); ++from) {
            CAPTURE(line, from);
            std::size_t end = from, mark = from;
            while (end < line.size() && !ends[static_cast<unsigned char>(line[end])])
                ++end;
            while (mark < line.size() && !marks[static_cast<unsigned char>(line[mark])])
                ++mark;
            CHECK(archive::quoting::skip_to(line, from, ends, ".!?", false) == end);
            CHECK(archive::quoting::skip_to(line, from, marks, "'\"", true) == mark);
        }
}

TEST_CASE("words_of reads each ASCII mark as a word of its own byte, in a short text and a long one", "[quotes][words]") {
    // (words_into builds a mark of one ASCII byte at once, without decoding it: the same word as for any other mark)
    auto lexs = quoting::lexicons_for("en");
    for (int c = 0x21; c < 0x7F; ++c) {
        const char mark = static_cast<char>(c);
        if (std::isalnum(static_cast<unsigned char>(mark)))
            continue;
        for (const std::string& s : {std::string(1, mark) + " ab", "ab " + std::string(1, mark),
                                     "Ferry " + std::string(1, mark) + " crew", std::string(3, mark),
                                     std::string(40, 'x') + " " + std::string(1, mark) + " " + std::string(300, 'y')}) {
            CAPTURE(s, c);
            std::vector<quoting::Word> ws;
            const quoting::WordsSeen seen = quoting::words_into(ws, s, 0, s.size(), &lexs);
            std::size_t marks = 0;
            for (const auto& w : ws)
                if (w.punct) {
                    ++marks;
                    CHECK(w.e == w.b + 1);
                    CHECK(s[w.b] == mark);
                    CHECK(w.low == std::string_view(&s[w.b], 1));
                    CHECK_FALSE(w.upper);
                    CHECK_FALSE(w.tagged);
                }
            CHECK(marks == static_cast<std::size_t>(std::count(s.begin(), s.end(), mark)));
            CHECK(seen.mark == (mark == '"' || mark == '\''));
        }
    }
}
