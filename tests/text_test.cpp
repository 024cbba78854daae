// The text helpers' fast paths (ASCII runs, already-collapsed lines, the language detector's ASCII words) against
// the plain code-point loops they replace, on fixed cases and on random byte strings that include invalid and
// overlong UTF-8.
#include <catch2/catch.hpp>

#include "lexicon.hpp"
#include "random_text.hpp"
#include "text.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <random>
#include <string>
#include <vector>

using namespace archive;

namespace {

// The definitions the fast paths must agree with: one code point at a time.
std::string reference_collapse(std::string_view s) {
    std::string out;
    bool pending_space = false;
    std::size_t i = 0;
    while (i < s.size()) {
        std::size_t start = i;
        char32_t cp = text::next_cp(s, i);
        if (text::is_space(cp)) {
            pending_space = !out.empty();
            continue;
        }
        if (pending_space) {
            out += ' ';
            pending_space = false;
        }
        out.append(s.substr(start, i - start));
    }
    return out;
}

char32_t reference_lower_cp(char32_t cp) {
    if (cp < 0x80)
        return (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
    return static_cast<char32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(cp)));
}

std::string reference_lower(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size();)
        text::append_utf8(out, reference_lower_cp(text::next_cp(s, i)));
    return out;
}

std::vector<std::string> reference_words_lower(std::string_view s) {
    std::vector<std::string> out;
    std::string cur;
    for (std::size_t i = 0; i < s.size();) {
        char32_t cp = text::next_cp(s, i);
        if (text::is_word_char(cp)) {
            text::append_utf8(cur, reference_lower_cp(cp));
        } else if (!cur.empty()) {
            out.push_back(cur);
            cur.clear();
        }
    }
    if (!cur.empty())
        out.push_back(cur);
    return out;
}

// The words lower_with_words() keeps as places in `low`, as strings to compare with words_lower()'s.
std::vector<std::string> strings_of(std::string_view low, const std::vector<text::WordSpan>& spans) {
    const text::Words words(low, spans);
    return {words.begin(), words.end()};
}

} // namespace

TEST_CASE("collapse keeps single spaces and drops every other kind of white space", "[text]") {
    struct Row {
        const char* in;
        const char* out;
    };
    const Row rows[] = {
        {"Le chef de la diplomatie", "Le chef de la diplomatie"},
        {"  a  b\tc\r\nd  ", "a b c d"},
        {"a\xC2\xA0" "b", "a b"},              // NBSP
        {"a\xE2\x80\x83" "b", "a b"},          // EM SPACE
        {"a\xE2\x80\xAF" "b", "a b"},          // NARROW NO-BREAK SPACE
        {"a\xE3\x80\x80" "b", "a b"},          // IDEOGRAPHIC SPACE
        {"\xE2\x80\x99" "a\xE2\x80\x94" "b", "\xE2\x80\x99" "a\xE2\x80\x94" "b"}, // ’ and — stay
        {"a\xC0\xA0" "b", "a b"},              // overlong space: next_cp reads it as one
        {"a\xF0\x80\x80\xA0" "b", "a b"},      // overlong space in four bytes
        {"x\xE2\x80", "x\xE2\x80"},            // truncated: kept as written
    };
    for (const auto& r : rows) {
        CAPTURE(r.in);
        CHECK(text::collapse(r.in) == r.out);
    }
}

TEST_CASE("first_token cuts a phrase or a line at its first space or colon", "[text]") {
    // (Read eight bytes a step, the last ones alone: tokens ending within the first eight bytes, on the eighth, past
    // them and at the line's end.)
    struct Row {
        std::string_view line, token;
    };
    const Row rows[] = {{"by", "by"},
                        {"written by", "written"},
                        {"von:", "von"},
                        {"lire aussi | Le port rouvre", "lire"},
                        {"Mehr zum Thema:Hafen", "Mehr"},
                        {":", ""},
                        {"", ""},
                        {"Hafenfest:Programm", "Hafenfest"},
                        {"Harbour festival", "Harbour"},
                        {"Veranstaltungskalender des Hafens", "Veranstaltungskalender"},
                        {"Fährhafen Ostkai", "Fährhafen"},
                        {"Programmheft", "Programmheft"},
                        {"Przystań", "Przystań"},
                        {std::string_view("nul\0byte pier", 13), std::string_view("nul\0byte", 8)}};
    for (const Row& row : rows) {
        CAPTURE(row.line);
        CHECK(text::first_token(row.line) == row.token);
    }
}

TEST_CASE("text fast paths agree with the code-point loops on random bytes", "[text]") {
    const std::vector<std::string> pieces = {
        "a", "Z", "7", " ", "  ", "\t", "\n", "\r", ".", "'", "-", "\xC3\xA9", "\xC3\x89", "\xC3\x9F", "\xC2\xA0",
        "\xC2", "\xC0\xA0", "\xC1\xA1", "\xE0\xA4\x95", "\xE0\x80\xA0", "\xE2\x80\x83", "\xE2\x80\x99", "\xE2\x80\xAF",
        "\xE2\x80", "\xE3\x80\x80", "\xF0\x9F\x98\x80", "\xF0\x80\x80\xA0", "\xF8\x80\x80\x89", "\x80", "\xBF",
        "\xCE\xA3", "\xD0\x96", "\xC4\xB0", "\xE2\x84\xAA", "\xCC\x81", "Ab", "x y", "@[`{", "AZaz",
        "LAVROV KERRY", "\xC8\xBA", "\xE1\xBA\x9E", "\xC1\x81", "\x01", "\x7F", "Sergue\xC3\xAF Lavrov a dit",
        "the quick brown fox ", "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "~", "\x1F", "\x7E\x7F", "/09:", "Mai2026Berlin"};
    std::mt19937 rng(20261130);
    // Up to 40 pieces: long enough for several eight-byte steps, and for stray bytes among letters that grow when
    // lower-cased ("\xC8\xBA", two bytes, lower-cases to three).
    for (int n = 0; n < 20000; ++n) {
        const std::string s = test::random_pieces(pieces, 40, rng);
        CAPTURE(s);
        REQUIRE(text::collapse(s) == reference_collapse(s));
        REQUIRE(text::lower(s) == reference_lower(s));
        std::string buf(3 * s.size() + 8, '\0');
        REQUIRE(std::string_view(buf.data(), text::lower_into(s, buf.data())) == reference_lower(s));
        auto words = reference_words_lower(s);
        REQUIRE(text::words_lower(s) == words);
        REQUIRE(text::words_of_lowered(text::lower(s)) == words);
        {
            // The one walk of segment() makes both at once, with SSE2 and without.
            std::string low = "stale";
            std::vector<text::WordSpan> ws = {{0, 5}};
            text::lower_with_words(s, low, ws);
            REQUIRE(low == reference_lower(s));
            REQUIRE(strings_of(low, ws) == words);
            text::lower_with_words_portable(s, low, ws);
            REQUIRE(low == reference_lower(s));
            REQUIRE(strings_of(low, ws) == words);
        }
        {
            const std::string low = text::lower(s);
            std::vector<std::string> one_at_a_time;
            std::size_t i = 0;
            for (auto w = text::next_word_of_lowered(low, i); !w.empty(); w = text::next_word_of_lowered(low, i))
                one_at_a_time.emplace_back(w);
            REQUIRE(one_at_a_time == words);
        }
        // A limit keeps the first words only.
        std::size_t limit = static_cast<std::size_t>(n % 5);
        words.resize(std::min(words.size(), limit));
        REQUIRE(text::words_lower(s, limit) == words);
        std::size_t starts = 0;
        for (char c : s)
            starts += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
        REQUIRE(text::length_cp(s) == starts);
        for (std::size_t from = 0; from <= s.size(); from += 3) {
            std::size_t ascii = from, printable = from;
            while (ascii < s.size() && static_cast<unsigned char>(s[ascii]) < 0x80)
                ++ascii;
            while (printable < s.size() && s[printable] >= 0x20 && s[printable] < 0x7F)
                ++printable;
            REQUIRE(text::ascii_run_end(s, from) == ascii);
            REQUIRE(text::printable_run_end(s, from) == printable);
        }
        for (std::size_t at = 0; at + 8 <= s.size(); ++at) {
            std::string_view eight(s.data() + at, 8);
            bool printable = std::all_of(eight.begin(), eight.end(), [](char c) { return c >= 0x20 && c < 0x7F; });
            REQUIRE(text::printable8(text::load8(eight.data())) == printable);
            auto letter = [](char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; };
            if (printable)
                REQUIRE(text::letters8(text::load8(eight.data())) == std::count_if(eight.begin(), eight.end(), letter));
        }
        auto all = text::split_ws(s);
        std::vector<std::string_view> tokens;
        for (std::size_t k = 0, start = 0; k <= s.size(); ++k)
            if (k == s.size() || s[k] == ' ' || s[k] == '\t' || s[k] == '\n') {
                if (k > start)
                    tokens.emplace_back(s.data() + start, k - start);
                start = k + 1;
            }
        REQUIRE(all == tokens);
        std::vector<std::string_view> one_by_one;
        for (std::size_t at = 0;;) {
            std::string_view tok = text::next_token(s, at);
            if (tok.empty())
                break;
            one_by_one.push_back(tok);
        }
        REQUIRE(one_by_one == tokens);
        for (std::size_t max : {std::size_t{0}, std::size_t{1}, std::size_t{3}, std::size_t{7}}) {
            auto first = text::split_ws(s, max);
            REQUIRE(first.size() == std::min(max, all.size()));
            REQUIRE(std::equal(first.begin(), first.end(), all.begin()));
        }
    }
}

namespace {

// count_stopwords() as one loop over next_word_lower(), the definition its ASCII shortcut must agree with.
StopwordCounts reference_count_stopwords(std::string_view s) {
    StopwordCounts counts;
    counts.hits.assign(languages().size(), 0);
    std::string w;
    for (std::size_t i = 0; text::next_word_lower(s, i, w);) {
        ++counts.words;
        std::uint32_t mask = stopword_languages(w);
        for (std::size_t k = 0; k < counts.hits.size(); ++k)
            counts.hits[k] += static_cast<int>((mask >> k) & 1U);
    }
    return counts;
}

} // namespace

TEST_CASE("count_stopwords counts the words of next_word_lower", "[text]") {
    // Stopwords of several languages among other words: ASCII words glued to accented letters ("Cette", "été",
    // "Straße"), long words, apostrophes, guillemets and stray bytes, in a share that varies from text to text.
    const std::vector<std::string> stopwords = {"Le", "la", "DES", "der", "Die", "und", "the", "The", "of", "and",
                                                "que", "\xC3\xA9t\xC3\xA9"};
    const std::vector<std::string> others = {
        "Cette", "d\xC3\xA9j\xC3\xA0", "l\xE2\x80\x99", "Stra\xC3\x9F" "e", "\xC2\xAB", "\xC2\xBB",
        "Gesundheitsministerium", "Harbour", "x7", "2026", "-", ",", ".", "'", "\xC3", "\x80",
        "\xCE\x9A\xCE\xB1\xCE\xB9", "\xE2\x80\x94", "\n"};
    std::mt19937 rng(5);
    std::uniform_int_distribution<std::size_t> pick_stop(0, stopwords.size() - 1), pick_other(0, others.size() - 1),
        length(0, 80);
    std::uniform_real_distribution<double> share(0.0, 0.3), coin(0.0, 1.0);
    std::uniform_int_distribution<int> glue(0, 3);
    for (int n = 0; n < 3000; ++n) {
        std::string s;
        double p = share(rng);
        for (std::size_t k = length(rng); k > 0; --k) {
            s += coin(rng) < p ? stopwords[pick_stop(rng)] : others[pick_other(rng)];
            if (glue(rng) != 0)
                s += ' ';
        }
        CAPTURE(s);
        StopwordCounts got = count_stopwords(s), want = reference_count_stopwords(s);
        REQUIRE(got.words == want.words);
        REQUIRE(got.hits == want.hits);
    }
    // Three German stopwords after 56 long words: under one word in ten, no language. Every long word counts.
    std::string long_words;
    for (int k = 0; k < 28; ++k)
        long_words += "Gesundheitsministerium Verkehrsministerium ";
    CHECK(detect_language(long_words + "der die und") == "");
    CHECK(detect_language("Gesundheitsministerium der die und") == "de");
    CHECK(detect_language("Le chef de la diplomatie a dit que la ville est libre et que les habitants partent.") ==
          "fr");
    CHECK(detect_language("Der Minister sagte, dass die Stadt nicht mehr sicher ist und die Leute gehen.") == "de");
}

TEST_CASE("stopword_languages gives every stopword its languages and other words none", "[text]") {
    const auto& langs = languages();
    for (std::size_t k = 0; k < langs.size(); ++k)
        for (const auto& w : langs[k]->stopwords) {
            CAPTURE(langs[k]->code, w);
            REQUIRE(((stopword_languages(w) >> k) & 1U) == 1U);
        }
    // Shared stopwords have the bits of all their languages, and only those.
    for (const char* w : {"la", "de", "die", "a", "en", "", "harbour", "gesundheitsministerium", "l", "the ", "THE",
                          "x7"}) {
        CAPTURE(w);
        std::uint32_t expected = 0;
        for (std::size_t k = 0; k < langs.size(); ++k)
            expected |= static_cast<std::uint32_t>(langs[k]->stopwords.count(w)) << k;
        CHECK(stopword_languages(w) == expected);
    }
}

TEST_CASE("lower_with_words keeps a short text's words within it after a longer text filled its buffer", "[text]") {
    // The walk writes sixteen bytes a step into a buffer kept from line to line: the bytes after the text are the
    // ones a longer text left there, and no word may reach into them.
    std::string low;
    std::vector<text::WordSpan> words;
    text::lower_with_words("Zusammenarbeitsvertrag Stadtentwicklungsplanung Hafenverwaltungsamt", low, words);
    REQUIRE(strings_of(low, words) ==
            std::vector<std::string>{"zusammenarbeitsvertrag", "stadtentwicklungsplanung", "hafenverwaltungsamt"});
    for (const std::string s : {"A be cee", "Fifteen-letters ABCDEFGHIJKLMNO abcdefghijklmnop", "Le Quai \xC3\x89tait",
                                "x", "Sixteen letters: abcdefghijklmnop"}) {
        CAPTURE(s);
        text::lower_with_words(s, low, words);
        REQUIRE(strings_of(low, words) == text::words_lower(s));
        for (const text::WordSpan& w : words)
            REQUIRE(w.begin + w.size <= low.size()); // (no byte of the buffer's past after the text's end)
    }
    text::lower_with_words("Ferries return to the eastern pier", low, words);
    REQUIRE(strings_of(low, words) == std::vector<std::string>{"ferries", "return", "to", "the", "eastern", "pier"});
}

TEST_CASE("append_lower_with_words puts each text after the last, its words counted from its own start", "[text]") {
    // segment() keeps a page's lines lower-cased one after another in one string: each line's bytes and word places
    // are those lower_with_words() gives it alone, whatever the lines before it (a longer one, a character that
    // lower() grows, a stray byte that it turns into U+FFFD).
    const std::vector<std::string> lines = {"Zusammenarbeitsvertrag Stadtentwicklungsplanung", "A be cee", "",
                                            "\xC8\xBA\xC8\xBA Hafen", "Le Quai \xC3\x89tait", "stray \xC3 byte",
                                            "Le quai \xF0\x9F\x9A\xA2 rouvre", "--",
                                            "Ferries return to the eastern pier"};
    std::string page = "(kept)";
    std::vector<text::WordSpan> places(1);
    for (const std::string& s : lines) {
        CAPTURE(s);
        const std::size_t at = page.size(), first = places.size();
        const std::size_t count = text::append_lower_with_words(s, page, places);
        std::string low;
        std::vector<text::WordSpan> words;
        text::lower_with_words(s, low, words);
        REQUIRE(page.substr(at) == low);
        REQUIRE(count == words.size());
        REQUIRE(places.size() == first + count);
        const std::vector<text::WordSpan> appended(places.begin() + static_cast<std::ptrdiff_t>(first), places.end());
        REQUIRE(strings_of(page.substr(at), appended) == strings_of(low, words));
    }
    CHECK(page.starts_with("(kept)"));
}

TEST_CASE("lower_with_words keeps every word of a text as dense in words as a text can be", "[text]") {
    // The places of the words go to a buffer kept from line to line, sized for the most words a text of its length
    // can hold: a word of one letter between single spaces ("a b c"), in a text longer than the last, and words of
    // "\xC8\xBA" (two bytes, lower-cased to three), which grow the text as they are lower-cased.
    std::string low;
    std::vector<text::WordSpan> words;
    text::lower_with_words("Ferries return", low, words);
    for (const std::string piece : {"a ", "B ", "7 ", "\xC8\xBA ", "\xC8\xBA\xC8\xBA-"})
        for (const int count : {1, 7, 8, 9, 300, 2000}) {
            std::string s;
            for (int k = 0; k < count; ++k)
                s += piece;
            CAPTURE(piece, count);
            const std::vector<std::string> expected = text::words_lower(s);
            text::lower_with_words(s, low, words);
            REQUIRE(low == text::lower(s));
            REQUIRE(strings_of(low, words) == expected);
            text::lower_with_words_portable(s, low, words);
            REQUIRE(strings_of(low, words) == expected);
        }
}

TEST_CASE("split_ws and lower_with_words keep every word of a very long text and of a short one after it", "[text]") {
    // Their buffers kept from call to call give back the room of a text of more than some 65,000 words: the words of
    // such a text, and of the short texts before and after it, are all there.
    std::string longest;
    for (int k = 0; k < 90000; ++k)
        longest += k % 3 == 0 ? "Kai " : "a ";
    for (const std::string& s : {std::string("Ferries return to the pier"), longest, std::string("Le Quai  est ouvert")}) {
        CAPTURE(s.size());
        const std::vector<std::string> expected = text::words_lower(s);
        const std::vector<std::string_view> tokens = text::split_ws(s);
        REQUIRE(tokens.size() == expected.size());
        REQUIRE(text::lower(tokens.back()) == expected.back());
        REQUIRE(text::split_ws(s, 3) == std::vector<std::string_view>(tokens.begin(), tokens.begin() + 3));
        std::string low;
        std::vector<text::WordSpan> words;
        text::lower_with_words(s, low, words);
        REQUIRE(strings_of(low, words) == expected);
    }
}

TEST_CASE("the words of a lower-cased text are its words lower-cased, for every code point", "[text]") {
    // words_of_lowered() copies the words of lower()'s text as they are: that needs lower-casing to keep word
    // characters word characters, and a lower-cased one as it is.
    for (char32_t cp = 1; cp < 0x30000; ++cp) {
        if (cp >= 0xD800 && cp < 0xE000)
            continue;
        std::string s = "Ab";
        text::append_utf8(s, cp);
        s += "c d";
        text::append_utf8(s, cp);
        CAPTURE(static_cast<std::uint32_t>(cp));
        REQUIRE(text::words_of_lowered(text::lower(s)) == text::words_lower(s));
        std::string low;
        std::vector<text::WordSpan> words;
        text::lower_with_words(s, low, words);
        REQUIRE(low == text::lower(s));
        REQUIRE(strings_of(low, words) == text::words_lower(s));
        // At the end of a line longer than one sixteen-byte step, and of one that fills whole steps.
        const std::string longer = "Der Hafen \xC3\x96stlich am Kai " + s;
        text::lower_with_words(longer, low, words);
        REQUIRE(low == text::lower(longer));
        REQUIRE(strings_of(low, words) == text::words_lower(longer));
        text::lower_with_words_portable(longer, low, words);
        REQUIRE(low == text::lower(longer));
        REQUIRE(strings_of(low, words) == text::words_lower(longer));
    }
}

TEST_CASE("the CJK ideographs and the kana that the classes answer without utf8proc are all letters of no case", "[text]") {
    for (auto [first, last] : {text::cjk_ideographs, text::hiragana, text::katakana})
        for (char32_t cp = first; cp <= last; ++cp) {
            CAPTURE(static_cast<std::uint32_t>(cp));
            REQUIRE(utf8proc_category(static_cast<utf8proc_int32_t>(cp)) == UTF8PROC_CATEGORY_LO);
            REQUIRE(text::is_letter(cp));
            REQUIRE(!text::is_upper(cp));
            REQUIRE(!text::is_lower(cp));
            REQUIRE(!text::is_digit(cp));
        }
    // Just outside them, code points of other categories (an unassigned one, a combining mark, the prolonged sound
    // mark, a modifier letter): asked of utf8proc.
    for (char32_t cp : {U'\x3040', U'\x3099', U'\x30FC', U'\x30FB', U'\x4DFF', U'\xA000'}) {
        CAPTURE(static_cast<std::uint32_t>(cp));
        const auto c = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
        CHECK(text::is_letter(cp) == (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO));
    }
    CHECK(!text::is_letter(0x3099)); // (a combining mark)
}

TEST_CASE("lower() keeps general punctuation and CJK as utf8proc does, for every code point of their blocks", "[text]") {
    for (char32_t cp = 0x1FF0; cp <= 0xA010; ++cp) {
        if (cp == 0x2080)
            cp = 0x2FF0; // (the blocks between have letters with a case: looked up, and tested elsewhere)
        std::string s = "Zitat ";
        text::append_utf8(s, cp);
        s += " Ende";
        CAPTURE(static_cast<unsigned>(cp));
        CHECK(text::lower(s) == reference_lower(s));
        CHECK(text::words_lower(s) == reference_words_lower(s));
    }
    CHECK(text::lower("\xE2\x80\x9EHafen\xE2\x80\x9C \xE2\x80\x93 Ost\xE2\x80\xA6") ==
          "\xE2\x80\x9Ehafen\xE2\x80\x9C \xE2\x80\x93 ost\xE2\x80\xA6");
    CHECK(text::lower("Tokyo \xE6\x9D\xB1\xE4\xBA\xAC\xE3\x80\x81OK") == "tokyo \xE6\x9D\xB1\xE4\xBA\xAC\xE3\x80\x81ok");
}

TEST_CASE("a text has an ASCII digit wherever it stands, and no other byte counts as one", "[text]") {
    // Eight bytes are read at a time: the rows put the digit in a step and in the last bytes, and put characters from
    // U+0080 whose bytes are digits but for their top bit ("µ" is C2 B5, "²" C2 B2, "ё" D1 91).
    struct Row {
        std::string text;
        bool digit;
    };
    const Row rows[] = {
        {"", false},
        {"7", true},
        {"Harbour ferries run at 9 each morning", true},
        {"Harbour ferries run each morning, 24", true},
        {"µµµµµµµµ²²²² ёёёё and more words", false},
        {"Größe µm² in der Übersicht genannt", false},
        {"Größe µm² in der Übersicht 2 genannt", true},
        {"//////::::::;;;;;;", false},
    };
    for (const auto& r : rows) {
        CAPTURE(r.text);
        CHECK(text::has_ascii_digit(r.text) == r.digit);
    }
}

TEST_CASE("a token is all ASCII digits only when it is not empty and holds no other byte", "[text]") {
    // The counts, years and page numbers the rules read ("2026", "07", "12" of "12 Kommentare"), and their near misses:
    // a sign, a stop, a space, a digit of another script ("٣" is D9 A3) and a superscript ("²").
    CHECK(text::all_ascii_digits("2026"));
    CHECK(text::all_ascii_digits("07"));
    CHECK(text::all_ascii_digits("5"));
    CHECK_FALSE(text::all_ascii_digits(""));
    CHECK_FALSE(text::all_ascii_digits("-3"));
    CHECK_FALSE(text::all_ascii_digits("12."));
    CHECK_FALSE(text::all_ascii_digits("1 400"));
    CHECK_FALSE(text::all_ascii_digits("\xD9\xA3"));
    CHECK_FALSE(text::all_ascii_digits("10\xC2\xB2"));
    CHECK_FALSE(text::all_ascii_digits("3e"));
}

TEST_CASE("LowerCased gives lower() of a short piece from the stack and of a long one from a string", "[text]") {
    for (const std::string& s : {std::string(), std::string("Sergueï LAVROV"), std::string("ÉTÉ À GENÈVE"),
                                 std::string(80, 'Q'), std::string(81, 'Q'),
                                 std::string(40, 'A') + "ÜBER" + std::string(60, 'Z')}) {
        CAPTURE(s);
        CHECK(archive::text::LowerCased(s).view() == archive::text::lower(s));
    }
}

TEST_CASE("words_of_lowered() splits the same words with SSE2 and without", "[text]") {
    // Every byte value at a line's start, middle and end, and multibyte characters (words' and others') at every
    // position of lines of 0 to 40 bytes: each meets the edges of the sixteen- and eight-byte steps.
    std::vector<std::string> lines = test::edge_lines(
        40, "ab1 c",
        {"\xC3\xA4", "\xE2\x80\x94", "\xCE\xB1\xCE\xB2", "\xF0\x9F\x93\xB0", "\xE4\xB8\xAD", "\xC3", "\x80", "-", "  "});
    test::add_random_lines(lines,
                           {"kelp ", "bay", "7", " ", "-", ".", "\xC3\xA9", "t\xC3\xBCr", "\xE2\x80\x9C", "\xD0\xBC\xD0\xBE",
                            "\xE3\x81\x82", "\xF0\x9F\x98\x80", "\xFF", "sixteen letters!", "Q"},
                           14, 4000, 77);
    std::size_t compared = 0;
    for (const std::string& line : lines) {
        const auto fast = text::words_of_lowered(line), portable = text::words_of_lowered_portable(line);
        if (fast != portable)
            FAIL_CHECK("line of " << line.size() << " bytes: \"" << line << "\" splits differently");
        ++compared;
    }
    CHECK(compared > 30000);
    // (And both split a lower-cased line into its words.)
    const std::string low = text::lower("Die Fähre nach Østby fährt um 7 Uhr — pünktlich, heißt es.");
    CHECK(text::words_of_lowered(low) == text::words_lower(low));
    CHECK(text::words_of_lowered_portable(low) == text::words_lower(low));
    CHECK(text::words_of_lowered(low).size() == 11);
}

TEST_CASE("detect_language tells the languages with no stopword lexicon by their script and letters", "[text][lang]") {
    struct Row {
        const char* text;
        const char* lang;
    };
    const Row rows[] = {
        {"今日は天気がとても良いので、私は公園へ散歩に行きました。", "ja"},
        {"今天天气很好，我们一起去公园散步，然后在河边吃午饭。", "zh"},
        {"오늘은 날씨가 아주 좋아서 우리는 공원에서 산책을 했습니다.", "ko"},
        {"Σήμερα ο καιρός είναι πολύ καλός και πηγαίνουμε στη θάλασσα με τους φίλους μας.", "el"},
        {"היום מזג האוויר יפה מאוד ואנחנו הולכים לים עם החברים שלנו.", "he"},
        {"الطقس جميل جدا اليوم وسنذهب إلى البحر مع أصدقائنا في المساء.", "ar"},
        {"امروز هوا خیلی خوب است و ما با دوستانمان به کنار دریا می‌رویم.", "fa"},
        {"آج موسم بہت اچھا ہے اور ہم اپنے دوستوں کے ساتھ سمندر پر جائیں گے۔", "ur"},
        {"วันนี้อากาศดีมากและเราจะไปเที่ยวทะเลกับเพื่อนของเรา", "th"},
        {"Сегодня очень хорошая погода, и мы пойдём гулять в парк вместе с друзьями.", "ru"},
        {"Сьогодні дуже гарна погода, і ми підемо гуляти в парк разом із друзями.", "uk"},
        {"Днес времето е много хубаво, затова ще отидем на разходка в парка със съседите.", "bg"},
        {"Данас је време веома лепо и ми ћемо ићи у шетњу са пријатељима.", "sr"},
        {"Dnes je velmi hezké počasí, proto půjdeme s přáteli na procházku k řece.", "cs"},
        {"Dnes je veľmi pekné počasie, preto pôjdeme s priateľmi na prechádzku k rieke.", "sk"},
        // Too few letters, or a script that is not one language's: no language.
        {"東京", ""},
        {"Тоҷикистон ва Қазоқистон ҳамсоя нестанд, аммо дӯстӣ доранд бо ҳам.", ""},
    };
    for (const auto& row : rows) {
        CAPTURE(row.text);
        CHECK(detect_language(std::string_view(row.text)) == row.lang);
    }
}
