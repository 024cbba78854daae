// decode(): encodings, line ends, spaces, invisible and control characters, NFC, binary refusal.
#include <catch2/catch.hpp>

#include "decode_parts.hpp"
#include "normalise.hpp"
#include "pipeline.hpp"
#include "random_text.hpp"
#include "text.hpp"

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <map>
#include <string>
#include <vector>

#include <utf8proc.h>

namespace {

using archive::decode;
using archive::Decoded;

template <std::size_t N>
std::string bytes(const char (&s)[N]) {
    return std::string(s, N - 1);
}

/// UTF-8 -> UTF-16 or UTF-32 bytes, optionally with a BOM.
std::string encode_wide(std::string_view utf8, int width, bool big_endian, bool bom) {
    std::vector<char32_t> cps;
    if (bom)
        cps.push_back(0xFEFF);
    for (std::size_t i = 0; i < utf8.size();)
        cps.push_back(archive::text::next_cp(utf8, i));
    std::vector<std::uint32_t> units;
    for (char32_t cp : cps) {
        if (width == 2 && cp >= 0x10000) {
            units.push_back(0xD800 + ((cp - 0x10000) >> 10));
            units.push_back(0xDC00 + ((cp - 0x10000) & 0x3FF));
        } else {
            units.push_back(cp);
        }
    }
    std::string out;
    for (std::uint32_t u : units)
        for (int k = 0; k < width; ++k) {
            int shift = big_endian ? 8 * (width - 1 - k) : 8 * k;
            out += static_cast<char>((u >> shift) & 0xFF);
        }
    return out;
}

/// UTF-8 -> a single-byte charset: ASCII as is, other characters from `table`.
std::string encode_8bit(std::string_view utf8, const std::map<char32_t, unsigned char>& table) {
    std::string out;
    for (std::size_t i = 0; i < utf8.size();) {
        char32_t cp = archive::text::next_cp(utf8, i);
        if (cp < 0x80) {
            out += static_cast<char>(cp);
        } else {
            auto it = table.find(cp);
            REQUIRE(it != table.end());
            out += static_cast<char>(it->second);
        }
    }
    return out;
}

struct TextCase {
    const char* kind;
    std::string raw;
    std::string text;
};

struct WarnCase {
    const char* kind;
    std::string raw;
    std::string text;
    std::vector<std::string> warnings;
};

struct BinaryCase {
    const char* kind;
    std::string raw;
    std::string message;
};

} // namespace

TEST_CASE("decode: valid UTF-8 is normalised without warnings", "[decode]") {
    const TextCase cases[] = {
        {"plain ASCII", "PARIS (AFP) - Hello.", "PARIS (AFP) - Hello."},
        {"UTF-8 with BOM, BOM stripped", bytes("\xEF\xBB\xBF" "caf\xC3\xA9"), "caf\xC3\xA9"},
        {"BOM inside the text removed (a second BOM)", bytes("\xEF\xBB\xBF\xEF\xBB\xBF" "a\xEF\xBB\xBF" "b"), "ab"},
        {"CRLF line ends", "one\r\ntwo\r\n", "one\ntwo\n"},
        {"lone CR line ends (old Mac)", "one\rtwo\r", "one\ntwo\n"},
        {"CR CR LF is two line ends", "one\r\r\ntwo", "one\n\ntwo"},
        {"LF CR is two line ends", "one\n\rtwo", "one\n\ntwo"},
        {"LINE SEPARATOR U+2028", "one\xE2\x80\xA8two", "one\ntwo"},
        {"PARAGRAPH SEPARATOR U+2029", "one\xE2\x80\xA9two", "one\ntwo"},
        {"NEXT LINE U+0085", "one\xC2\x85two", "one\ntwo"},
        {"form feed and vertical tab break lines", "page one\fpage two\vend", "page one\npage two\nend"},
        {"NBSP U+00A0", "5\xC2\xA0km", "5 km"},
        {"narrow NBSP U+202F before a French colon", "Il a dit\xE2\x80\xAF: non", "Il a dit : non"},
        {"thin space U+2009 in a number", "1\xE2\x80\x89" "000", "1 000"},
        {"en quad U+2000 and hair space U+200A", "a\xE2\x80\x80" "b\xE2\x80\x8A" "c", "a b c"},
        {"ideographic space U+3000", "a\xE3\x80\x80" "b", "a b"},
        {"medium mathematical space U+205F", "a\xE2\x81\x9F" "b", "a b"},
        {"tab kept", "a\tb", "a\tb"},
        {"spaces not collapsed, lines not trimmed", "  a   b  \n\n\n  c ", "  a   b  \n\n\n  c "},
        {"zero-width space U+200B removed", "news\xE2\x80\x8Bpaper", "newspaper"},
        {"ZWNJ U+200C and ZWJ U+200D removed", "a\xE2\x80\x8C" "b\xE2\x80\x8D" "c", "abc"},
        {"word joiner U+2060 removed", "a\xE2\x81\xA0" "b", "ab"},
        {"soft hyphen U+00AD removed", "Bundes\xC2\xADregierung", "Bundesregierung"},
        {"direction marks removed", "\xE2\x80\x8F" "abc\xE2\x80\x8E", "abc"},
        {"NFC: e + U+0301 -> U+00E9", "caf" "e\xCC\x81", "caf\xC3\xA9"},
        {"NFC: A + ring U+030A -> U+00C5", "A\xCC\x8A" "ngstr\xC3\xB6m", "\xC3\x85ngstr\xC3\xB6m"},
        {"NFC: Hangul jamo compose", "\xE1\x84\x92\xE1\x85\xA1\xE1\x86\xAB", "\xED\x95\x9C"},
        {"NFC after a CR LF, whose line feed is dropped", "Zeile\r\nCafe\xCC\x81 ouvert", "Zeile\nCaf\xC3\xA9 ouvert"},
        {"NFC after composed letters and quote marks", "\xC5\xBC\xC3\xB3\xE2\x80\x9E" "e\xCC\x81", "\xC5\xBC\xC3\xB3\xE2\x80\x9E\xC3\xA9"},
        {"NFC keeps already composed text", "\xC5\xBC\xC3\xB3\xC5\x82w", "\xC5\xBC\xC3\xB3\xC5\x82w"},
        {"4-byte UTF-8 (emoji) kept", "ok \xF0\x9F\x91\x8D", "ok \xF0\x9F\x91\x8D"},
        {"U+FFFD in the input is kept, no warning", "a\xEF\xBF\xBD" "b", "a\xEF\xBF\xBD" "b"},
        {"'MZ' opening a line of text is not an executable", "MZ Motors said on Monday it would cut jobs.",
         "MZ Motors said on Monday it would cut jobs."},
    };
    for (const TextCase& c : cases) {
        CAPTURE(c.kind);
        Decoded d = decode(c.raw);
        CHECK(d.text == c.text);
        CHECK(d.encoding == "utf-8");
        CHECK(d.warnings.empty());
    }
}

TEST_CASE("decode: empty input gives empty UTF-8 text and no warning", "[decode]") {
    Decoded d = decode("");
    CHECK(d.text.empty());
    CHECK(d.encoding == "utf-8");
    CHECK(d.warnings.empty());
}

TEST_CASE("decode: bad bytes, NULs and controls are replaced or dropped with warnings", "[decode]") {
    const WarnCase cases[] = {
        {"a stray 0xFF in UTF-8 text", bytes("caf\xC3\xA9 \xFF ok"), "caf\xC3\xA9 \xEF\xBF\xBD ok",
         {"invalid UTF-8 replaced at byte 6"}},
        {"a lone continuation byte", bytes("\xC3\xA9t\xC3\xA9 \x80"), "\xC3\xA9t\xC3\xA9 \xEF\xBF\xBD",
         {"invalid UTF-8 replaced at byte 6"}},
        {"a sequence cut short is one replacement", bytes("\xE2\x80 said"), "\xEF\xBF\xBD said",
         {"invalid UTF-8 replaced at byte 0"}},
        {"an encoded surrogate ED A0 80 is one replacement", bytes("ab\xED\xA0\x80" "cd"), "ab\xEF\xBF\xBD" "cd",
         {"invalid UTF-8 replaced at byte 2"}},
        {"an overlong '/' C0 AF", bytes("a\xC0\xAF" "b"), "a\xEF\xBF\xBD" "b", {"invalid UTF-8 replaced at byte 1"}},
        {"an overlong 3-byte E0 80 AF", bytes("a\xE0\x80\xAF" "b"), "a\xEF\xBF\xBD" "b",
         {"invalid UTF-8 replaced at byte 1"}},
        {"beyond U+10FFFF F4 90 80 80", bytes("a\xF4\x90\x80\x80" "b"), "a\xEF\xBF\xBD" "b",
         {"invalid UTF-8 replaced at byte 1"}},
        {"offsets count the BOM", bytes("\xEF\xBB\xBF\xC3\xA9\xFF"), "\xC3\xA9\xEF\xBF\xBD",
         {"invalid UTF-8 replaced at byte 5"}},
        {"two broken sequences, two warnings", bytes("\xC3\xA9\xC3\xA9\xC3\xA9 \xE2\x80 x \xED\xBF\xBF"),
         "\xC3\xA9\xC3\xA9\xC3\xA9 \xEF\xBF\xBD x \xEF\xBF\xBD",
         {"invalid UTF-8 replaced at byte 7", "invalid UTF-8 replaced at byte 12"}},
        {"NUL bytes in text", bytes("ab\0cd\0\0e"), "abcde", {"NUL bytes dropped (3), first at byte 2"}},
        {"NUL padding after the text", std::string("text\n") + std::string(300, '\0'), "text\n",
         {"NUL bytes dropped (300), first at byte 5"}},
        {"C0 controls, DEL", bytes("The minister said \x01 it \x1B[0m was \x7F over."),
         "The minister said  it  was  over.",
         {"control characters dropped (3), first at byte 18", "terminal escape sequences dropped (1), first at byte 23"}},
        {"C1 control U+0080 as UTF-8", bytes("a\xC2\x80" "b\xC2\x9F"), "ab",
         {"control characters dropped (2), first at byte 1"}},
        {"everything at once, in a fixed order", bytes("\xC3\xA9\xC3\xA9\xC3\xA9\x01\0\xFF"), "\xC3\xA9\xC3\xA9\xC3\xA9\xEF\xBF\xBD",
         {"invalid UTF-8 replaced at byte 8", "NUL bytes dropped (1), first at byte 7",
          "control characters dropped (1), first at byte 6"}},
    };
    for (const WarnCase& c : cases) {
        CAPTURE(c.kind);
        Decoded d = decode(c.raw);
        CHECK(d.text == c.text);
        CHECK(d.encoding == "utf-8");
        CHECK(d.warnings == c.warnings);
    }
}

TEST_CASE("decode: the offset of a bad sequence deep in the page", "[decode]") {
    // "invalid UTF-8 replaced at byte 812", as in the issue.
    std::string raw = std::string(812, 'x') + bytes("\xED\xA0\x80") + "\xE2\x80\x99s";
    Decoded d = decode(raw);
    CHECK(d.encoding == "utf-8");
    CHECK(d.warnings == std::vector<std::string>{"invalid UTF-8 replaced at byte 812"});
    CHECK(d.text == std::string(812, 'x') + "\xEF\xBF\xBD\xE2\x80\x99s");
}

TEST_CASE("decode: many bad sequences give ten warnings and a count", "[decode]") {
    std::string raw;
    for (int i = 0; i < 25; ++i)
        raw += "\xC3\xA9\xC3\xA9\xC3\xA9 \xE2\x80\n"; // 10 bytes: three é, a space, a cut sequence, "\n"
    Decoded d = decode(raw);
    CHECK(d.encoding == "utf-8");
    REQUIRE(d.warnings.size() == 11);
    CHECK(d.warnings[0] == "invalid UTF-8 replaced at byte 7");
    CHECK(d.warnings[9] == "invalid UTF-8 replaced at byte 97");
    CHECK(d.warnings[10] == "... and 15 more invalid UTF-8 sequences");
}

TEST_CASE("decode: UTF-16 and UTF-32, with and without BOM", "[decode]") {
    const std::string english = "PARIS (AFP) \xE2\x80\x93 The minister said on Monday.\r\nSecond line \xF0\x9F\x91\x8D";
    const std::string english_lf = "PARIS (AFP) \xE2\x80\x93 The minister said on Monday.\nSecond line \xF0\x9F\x91\x8D";
    const std::string russian = "\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0, 12 \xD0\xBC\xD0\xB0\xD1\x8F. "
                                "\xD0\x9F\xD1\x80\xD0\xB5\xD0\xB7\xD0\xB8\xD0\xB4\xD0\xB5\xD0\xBD\xD1\x82 "
                                "\xD0\xB7\xD0\xB0\xD1\x8F\xD0\xB2\xD0\xB8\xD0\xBB \xD0\xBE \xD1\x80\xD0\xBE\xD1\x81\xD1\x82\xD0\xB5.";
    const std::string japanese = "\xE6\x9D\xB1\xE4\xBA\xAC\xE3\x81\xA7\xE9\x96\x8B\xE3\x81\x8B\xE3\x82\x8C\xE3\x81\x9F"
                                 "\xE8\xA8\x98\xE8\x80\x85\xE4\xBC\x9A\xE8\xA6\x8B\xE3\x81\xA7\xE3\x80\x81\xE9\xA6\x96"
                                 "\xE7\x9B\xB8\xE3\x81\xAF\xE7\xB5\x8C\xE6\xB8\x88\xE3\x81\xAE\xE5\x9B\x9E\xE5\xBE\xA9"
                                 "\xE3\x81\x8C\xE7\xB6\x9A\xE3\x81\x84\xE3\x81\xA6\xE3\x81\x84\xE3\x82\x8B\xE3\x81\xA8"
                                 "\xE8\xBF\xB0\xE3\x81\xB9\xE3\x81\x9F\xE3\x80\x82";
    struct WideCase {
        const char* kind;
        std::string raw;
        std::string text;
        const char* encoding;
    };
    const WideCase cases[] = {
        {"UTF-16LE with BOM", encode_wide(english, 2, false, true), english_lf, "utf-16le"},
        {"UTF-16BE with BOM", encode_wide(english, 2, true, true), english_lf, "utf-16be"},
        {"UTF-16LE without BOM (NULs at odd offsets)", encode_wide(english, 2, false, false), english_lf, "utf-16le"},
        {"UTF-16BE without BOM (NULs at even offsets)", encode_wide(english, 2, true, false), english_lf, "utf-16be"},
        {"Russian UTF-16LE without BOM (NULs only in spaces and digits)", encode_wide(russian, 2, false, false),
         russian, "utf-16le"},
        {"Japanese UTF-16BE without BOM (no NUL at all)", encode_wide(japanese, 2, true, false), japanese, "utf-16be"},
        {"Japanese UTF-16LE without BOM (no NUL at all)", encode_wide(japanese, 2, false, false), japanese, "utf-16le"},
        {"UTF-32LE with BOM", encode_wide(english, 4, false, true), english_lf, "utf-32le"},
        {"UTF-32BE with BOM", encode_wide(english, 4, true, true), english_lf, "utf-32be"},
        {"UTF-32LE without BOM", encode_wide(english, 4, false, false), english_lf, "utf-32le"},
        {"UTF-16LE NBSP, zero-width space and decomposed e", encode_wide("a\xC2\xA0" "b\xE2\x80\x8B" "ce\xCC\x81", 2, false, true),
         "a bc\xC3\xA9", "utf-16le"},
    };
    for (const WideCase& c : cases) {
        CAPTURE(c.kind);
        Decoded d = decode(c.raw);
        CHECK(d.encoding == c.encoding);
        CHECK(d.text == c.text);
        CHECK(d.warnings.empty());
    }
}

TEST_CASE("decode: broken UTF-16 is replaced with warnings naming the byte", "[decode]") {
    // BOM, 'a', an unpaired high surrogate, 'b', a stray low surrogate, 'c', an odd trailing byte
    std::string raw = bytes("\xFF\xFE" "a\0" "\x00\xD8" "b\0" "\x00\xDC" "c\0" "d");
    Decoded d = decode(raw);
    CHECK(d.encoding == "utf-16le");
    CHECK(d.text == "a\xEF\xBF\xBD" "b\xEF\xBF\xBD" "c\xEF\xBF\xBD");
    CHECK(d.warnings == std::vector<std::string>{"invalid UTF-16 replaced at byte 4",
                                                 "invalid UTF-16 replaced at byte 8",
                                                 "invalid UTF-16 replaced at byte 12"});
}

TEST_CASE("decode: UTF-16 NULs and controls are reported at their byte offsets", "[decode]") {
    std::string raw = encode_wide("ab", 2, false, true) + bytes("\0\0\x01\0") + encode_wide("c\r\nd", 2, false, false);
    Decoded d = decode(raw);
    CHECK(d.encoding == "utf-16le");
    CHECK(d.text == "abc\nd");
    CHECK(d.warnings == std::vector<std::string>{"NUL bytes dropped (1), first at byte 6",
                                                 "control characters dropped (1), first at byte 8"});
}

TEST_CASE("decode: legacy 8-bit pages are detected and converted", "[decode]") {
    // Windows-1252: é E9, à E0, è E8, ç E7, ô F4, € 80, ’ 92, « AB, » BB, NBSP A0, – 96
    const std::map<char32_t, unsigned char> cp1252 = {
        {U'é', 0xE9}, {U'à', 0xE0}, {U'è', 0xE8}, {U'ç', 0xE7}, {U'ô', 0xF4}, {U'ê', 0xEA}, {U'€', 0x80},
        {U'’', 0x92}, {U'«', 0xAB}, {U'»', 0xBB}, {U'–', 0x96}, {U'É', 0xC9}, {U'û', 0xFB}, {U'î', 0xEE}};
    const std::string french =
        "PARIS (AFP) – Le président a déclaré mardi à la presse que l’économie française était en meilleure "
        "santé. « Nous avons gagné 5 € de plus par ménage », a-t-il ajouté devant les députés réunis à "
        "l’Assemblée nationale.\r\nLes syndicats ont réagi très vivement à cette déclaration, jugée "
        "« déconnectée » de la réalité des salariés. Élus et ministres se sont succédé à la tribune jusqu’à "
        "minuit, sans que le débat ne s’apaise.\r\n";
    const std::string french_lf =
        "PARIS (AFP) – Le président a déclaré mardi à la presse que l’économie française était en meilleure "
        "santé. « Nous avons gagné 5 € de plus par ménage », a-t-il ajouté devant les députés réunis à "
        "l’Assemblée nationale.\nLes syndicats ont réagi très vivement à cette déclaration, jugée "
        "« déconnectée » de la réalité des salariés. Élus et ministres se sont succédé à la tribune jusqu’à "
        "minuit, sans que le débat ne s’apaise.\n";
    // ISO-8859-1: German, no bytes in 0x80..0x9F
    const std::map<char32_t, unsigned char> latin1 = {{U'ä', 0xE4}, {U'ö', 0xF6}, {U'ü', 0xFC}, {U'ß', 0xDF},
                                                      {U'Ä', 0xC4}, {U'Ö', 0xD6}, {U'Ü', 0xDC}};
    const std::string german =
        "BERLIN (dpa) - Der Bundesminister für Wirtschaft hat am Montag erklärt, dass die Größe des Haushalts "
        "überprüft werde. Die Gewerkschaften äußerten sich kritisch über die Pläne der Regierung. Über die "
        "Änderungen soll der Bundestag im Frühjahr abstimmen, hieß es aus Regierungskreisen. Ökonomen "
        "begrüßten den Schritt grundsätzlich, warnten aber vor übereilten Kürzungen.";
    // ISO-8859-15: € A4, œ BD
    const std::map<char32_t, unsigned char> latin9 = {{U'é', 0xE9}, {U'à', 0xE0}, {U'è', 0xE8}, {U'€', 0xA4},
                                                      {U'œ', 0xBD}, {U'ê', 0xEA}, {U'ç', 0xE7}, {U'û', 0xFB}};
    const std::string french9 =
        "Le prix du pain a augmenté de 5 € en un an, selon les chiffres publiés mercredi. Au cœur de la "
        "capitale, les boulangers ont vu leurs coûts s'envoler, et leurs sœurs de province aussi. Le "
        "ministre a promis une aide de 300 millions d'euros, ce que les artisans ont jugé très insuffisant "
        "pour faire face à la hausse générale des prix de l'énergie.";
    // ISO-8859-2 and Windows-1250: Polish
    const std::map<char32_t, unsigned char> latin2 = {
        {U'ą', 0xB1}, {U'ć', 0xE6}, {U'ę', 0xEA}, {U'ł', 0xB3}, {U'ń', 0xF1}, {U'ó', 0xF3}, {U'ś', 0xB6},
        {U'ź', 0xBC}, {U'ż', 0xBF}, {U'Ż', 0xAF}, {U'Ł', 0xA3}, {U'Ś', 0xA6}, {U'Z', 'Z'}};
    const std::map<char32_t, unsigned char> cp1250 = {
        {U'ą', 0xB9}, {U'ć', 0xE6}, {U'ę', 0xEA}, {U'ł', 0xB3}, {U'ń', 0xF1}, {U'ó', 0xF3}, {U'ś', 0x9C},
        {U'ź', 0x9F}, {U'ż', 0xBF}, {U'Ż', 0xAF}, {U'Ł', 0xA3}, {U'Ś', 0x8C}, {U'Z', 'Z'}};
    const std::string polish =
        "WARSZAWA (PAP) - Prezydent powiedział dziennikarzom, że gospodarka kraju jest w coraz lepszej "
        "kondycji. Według ministra finansów wzrost gospodarczy przyśpieszył w ostatnim kwartale, a bezrobocie "
        "spadło do najniższego poziomu od lat. Związki zawodowe zapowiedziały jednak protesty w przyszłym "
        "tygodniu, żądając podwyżek płac. Łączna wartość inwestycji ma przekroczyć sto miliardów złotych.";
    // Windows-1251: Russian, А..я at C0..FF
    std::map<char32_t, unsigned char> cp1251;
    for (char32_t cp = U'А'; cp <= U'я'; ++cp)
        cp1251[cp] = static_cast<unsigned char>(0xC0 + (cp - U'А'));
    const std::string russian =
        "МОСКВА (ТАСС) - Президент заявил журналистам, что экономика страны находится в хорошем состоянии. "
        "Министр финансов сообщил о росте доходов бюджета и снижении инфляции в последнем квартале.";

    struct LegacyCase {
        const char* kind;
        std::string raw;
        std::string text;
        const char* encoding;
    };
    const LegacyCase cases[] = {
        {"Windows-1252 French page with é à € ’ « » and CRLF", encode_8bit(french, cp1252), french_lf, "windows-1252"},
        {"ISO-8859-1 German page", encode_8bit(german, latin1), german, "iso-8859-1"},
        {"ISO-8859-15 French page with € and œ", encode_8bit(french9, latin9), french9, "iso-8859-15"},
        {"ISO-8859-2 Polish page", encode_8bit(polish, latin2), polish, "iso-8859-2"},
        {"Windows-1250 Polish page", encode_8bit(polish, cp1250), polish, "windows-1250"},
        {"Windows-1251 Russian page", encode_8bit(russian, cp1251), russian, "windows-1251"},
    };
    for (const LegacyCase& c : cases) {
        CAPTURE(c.kind);
        Decoded d = decode(c.raw);
        CHECK(d.encoding == c.encoding);
        CHECK(d.text == c.text);
        CHECK(d.warnings.empty());
    }
}

TEST_CASE("decode: short legacy lines keep their characters whatever charset uchardet names", "[decode]") {
    // uchardet is unsure on a line or two (it says windows-1250 for the first): the text is what is robust.
    const TextCase cases[] = {
        {"one Windows-1252 apostrophe", bytes("It wasn\x92t over, the minister said."), "It wasn’t over, the minister said."},
        {"one Latin-1 e acute in English", bytes("The caf\xE9 on the corner was closed on Monday."),
         "The café on the corner was closed on Monday."},
        {"Windows-1252 quotes and dash", bytes("\x93No,\x94 he said \x96 twice."), "“No,” he said – twice."},
    };
    for (const TextCase& c : cases) {
        CAPTURE(c.kind);
        Decoded d = decode(c.raw);
        CHECK(d.text == c.text);
        CHECK(d.encoding != "utf-8");
        CHECK(d.warnings.empty());
    }
}

TEST_CASE("decode: ISO-2022-JP is 7-bit, valid UTF-8, yet not UTF-8", "[decode]") {
    // "東京で記者会見が開かれた。首相は経済の回復を強調した。" between "ESC $ B" and "ESC ( B"
    std::string raw = bytes(
        "\x1b\x24\x42\x45\x6c\x35\x7e\x24\x47\x35\x2d\x3c\x54\x32\x71\x38\x2b\x24\x2c\x33\x2b\x24\x2b\x24\x6c\x24"
        "\x3f\x21\x23\x3c\x73\x41\x6a\x24\x4f\x37\x50\x3a\x51\x24\x4e\x32\x73\x49\x7c\x24\x72\x36\x2f\x44\x34\x24"
        "\x37\x24\x3f\x21\x23\x1b\x28\x42");
    Decoded d = decode(raw);
    CHECK(d.encoding == "iso-2022-jp");
    CHECK(d.text == "東京で記者会見が開かれた。首相は経済の回復を強調した。");
    CHECK(d.warnings.empty());
}

TEST_CASE("decode: multi-byte legacy charset (Shift_JIS)", "[decode]") {
    // "東京で開かれた記者会見で、首相は経済の回復が続いていると述べた。政府は来年度の予算案について、..."
    std::string raw = bytes(
        "\x93\x8c\x8b\x9e\x82\xc5\x8a\x4a\x82\xa9\x82\xea\x82\xbd\x8b\x4c\x8e\xd2\x89\xef\x8c\xa9\x82\xc5\x81\x41"
        "\x8e\xf1\x91\x8a\x82\xcd\x8c\x6f\x8d\xcf\x82\xcc\x89\xf1\x95\x9c\x82\xaa\x91\xb1\x82\xa2\x82\xc4\x82\xa2"
        "\x82\xe9\x82\xc6\x8f\x71\x82\xd7\x82\xbd\x81\x42\x90\xad\x95\x7b\x82\xcd\x97\x88\x94\x4e\x93\x78\x82\xcc"
        "\x97\x5c\x8e\x5a\x88\xc4\x82\xc9\x82\xc2\x82\xa2\x82\xc4\x81\x41\x8e\xd0\x89\xef\x95\xdb\x8f\xe1\x94\xef"
        "\x82\xcc\x91\x9d\x89\xc1\x82\xf0\x8c\xa9\x8d\x9e\x82\xf1\x82\xc5\x82\xa2\x82\xe9\x81\x42");
    Decoded d = decode(raw + "\x01");
    CHECK(d.encoding == "shift_jis");
    CHECK(d.text == "東京で開かれた記者会見で、首相は経済の回復が続いていると述べた。"
                    "政府は来年度の予算案について、社会保障費の増加を見込んでいる。");
    CHECK(d.warnings == std::vector<std::string>{"control characters dropped (1), first at byte 126"});
}

TEST_CASE("decode: binary files are refused, named by their magic bytes", "[decode]") {
    std::string elf = bytes("\x7F" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x02\0\x3E\0");
    std::string pe = "MZ" + std::string(58, '\0') + bytes("\x80\0\0\0") + "This program cannot be run in DOS mode.";
    std::string tar = std::string("article.txt") + std::string(246, '\0') + "ustar  " + std::string(100, '\0');
    const BinaryCase cases[] = {
        {"PNG image", bytes("\x89PNG\r\n\x1A\n\0\0\0\rIHDR"), "not a text file (looks like PNG image)"},
        {"JPEG image", bytes("\xFF\xD8\xFF\xE0\0\x10JFIF\0"), "not a text file (looks like JPEG image)"},
        {"GIF image (ASCII magic)", "GIF89a\x01\x00\x01\x00", "not a text file (looks like GIF image)"},
        {"PDF document (ASCII magic)", "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj", "not a text file (looks like PDF document)"},
        {"ZIP archive (also docx, epub)", bytes("PK\3\4\x14\0\0\0\x08\0"), "not a text file (looks like ZIP archive)"},
        {"gzip archive", bytes("\x1F\x8B\x08\0\0\0\0\0\0\x03"), "not a text file (looks like gzip archive)"},
        {"ELF executable", elf, "not a text file (looks like ELF executable)"},
        {"Windows executable", pe, "not a text file (looks like Windows executable)"},
        {"Java class file", bytes("\xCA\xFE\xBA\xBE\0\0\0\x34"), "not a text file (looks like Java class file)"},
        {"SQLite database", bytes("SQLite format 3\0\x10\0"), "not a text file (looks like SQLite database)"},
        {"tar archive (magic at 257)", tar, "not a text file (looks like tar archive)"},
        {"WAV audio", bytes("RIFF\x24\0\0\0WAVEfmt "), "not a text file (looks like WAV audio)"},
        {"MP4 video", bytes("\0\0\0\x18" "ftypisom\0\0\0\0"), "not a text file (looks like MP4 video)"},
        {"MP3 audio with an ID3 tag", bytes("ID3\x04\0\0\0\0\0\x23"), "not a text file (looks like MP3 audio)"},
        {"xz archive", bytes("\xFD" "7zXZ\0\0\x04"), "not a text file (looks like xz archive)"},
        {"Microsoft Office document", bytes("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0"),
         "not a text file (looks like Microsoft Office document)"},
    };
    for (const BinaryCase& c : cases) {
        CAPTURE(c.kind);
        CHECK_THROWS_MATCHES(decode(c.raw), archive::Error, Catch::Message(c.message));
    }
}

TEST_CASE("decode: a page whose bytes 257-261 read \"ustar\" by chance is text, not a tar archive", "[decode]") {
    // A tar header's magic ends in a NUL ("ustar\0", GNU "ustar  \0"); a page of text may hold "custar", "gustar" or
    // "Augustaro" at that place, with a space or a letter after it.
    const char* words[] = {"custar caro às famílias.", "gustar a los vecinos.", "Augustaro Neri, sindaco."};
    for (const char* word : words) {
        std::string page = "Titel der Seite\n\n";
        while (page.size() < 257)
            page += "Ein Satz der Seite. ";
        page.resize(257 - std::string_view(word).find("ustar"));
        page += std::string(word) + "\nDer Text geht weiter.\n";
        REQUIRE(page.compare(257, 5, "ustar") == 0);
        CAPTURE(page);
        CHECK_NOTHROW(decode(page));
    }
}

TEST_CASE("decode: unnamed binary data is refused by its control bytes", "[decode]") {
    std::string noise;
    std::uint32_t state = 12345;
    for (int i = 0; i < 4096; ++i) {
        state = state * 1103515245u + 12345u;
        noise += static_cast<char>((state >> 16) & 0xFF);
    }
    std::string records;
    for (int i = 0; i < 200; ++i)
        records += bytes("\x05\0\0\0\x1A\0\0\0\x10\x27\0\0");
    std::string controls;
    for (int i = 0; i < 100; ++i)
        controls += "ab\x01\x02\x03";
    const BinaryCase cases[] = {
        {"random bytes (compressed data)", noise, "not a text file (binary data)"},
        {"fixed-size integer records", records, "not a text file (binary data)"},
        {"ASCII shot through with control bytes", controls, "not a text file (binary data)"},
        {"nothing but NULs", std::string(100, '\0'), "not a text file (binary data)"},
    };
    for (const BinaryCase& c : cases) {
        CAPTURE(c.kind);
        CHECK_THROWS_MATCHES(decode(c.raw), archive::Error, Catch::Message(c.message));
    }
}

TEST_CASE("decode: NFC holds across the chunks of a large input", "[decode]") {
    // 2 MiB+ of "e" + U+0301 with no ASCII between them except a space every 1000 characters.
    std::string raw, expected;
    for (int i = 0; i < 700'000; ++i) {
        raw += "e\xCC\x81";
        expected += "\xC3\xA9";
        if (i % 1000 == 999) {
            raw += ' ';
            expected += ' ';
        }
    }
    Decoded d = decode(raw);
    CHECK(d.encoding == "utf-8");
    CHECK(d.warnings.empty());
    CHECK(d.text.size() == expected.size());
    CHECK(d.text == expected);
}

TEST_CASE("decode: the scan for plain text stops at the same bytes with SSE2 and without", "[decode]") {
    using archive::decoding::plain_text_end;
    using archive::decoding::plain_text_end_portable;
    // Every byte value, and plain runs with a byte to stop at (or a line feed or tab to go past) on each side of an
    // eight- and a sixteen-byte step's edge.
    std::vector<std::string> lines = archive::test::edge_lines(40, "a", {"\xC3\xA4", "\r", "\n", "\t", "\x7F", "\x1F", " ", "~"});
    const std::vector<std::string> pieces = {"word ", "a", "\n", "\t", "\r", "\x01", "\x1F", " ", "\x7F", "\x80",
                                             "\xC3\xA9", "\xE2\x80\x94", "\xFF", "~", "sixteen letters!"};
    archive::test::add_random_lines(lines, pieces, 12, 3000, 41);
    const auto scans = archive::test::compare_scans(lines, plain_text_end, plain_text_end_portable);
    CHECK(scans.first_difference == "");
    CHECK(scans.compared > 100000);
    // (Each stops where it must: past line feeds and tabs, at a carriage return, a DEL or a letter from U+0080.)
    const std::string text = "Two lines\n\tof plain text\r\n";
    CHECK(plain_text_end(text, 0) == text.size() - 2);
    CHECK(plain_text_end_portable(text, 0) == text.size() - 2);
    CHECK(plain_text_end("Zwei Zeilen \xC3\xBC" "ber Text", 0) == 12);
    CHECK(plain_text_end("seventeen letters\x7F", 0) == 17);
}

TEST_CASE("decode: every character taken as NFC-inert is one that NFC leaves alone wherever it stands", "[decode]") {
    // The characters that compose with one before them: every character but the first of a canonical
    // decomposition (combining marks, Hangul vowels and finals, the vowel signs of some scripts).
    std::vector<bool> second(0x110000, false);
    for (utf8proc_int32_t cp = 0; cp < 0x110000; ++cp) {
        utf8proc_int32_t parts[32];
        int last = 0;
        const utf8proc_ssize_t n = utf8proc_decompose_char(cp, parts, 32, UTF8PROC_DECOMPOSE, &last);
        for (utf8proc_ssize_t k = 1; k < n; ++k)
            second[static_cast<std::size_t>(parts[k])] = true;
    }
    std::size_t inert = 0;
    std::string failures;
    for (utf8proc_int32_t cp = 0; cp < 0x110000; ++cp) {
        if ((cp >= 0xD800 && cp <= 0xDFFF) || !archive::decoding::nfc_inert(static_cast<char32_t>(cp)))
            continue;
        ++inert;
        utf8proc_uint8_t in[8];
        const utf8proc_ssize_t len = utf8proc_encode_char(cp, in);
        utf8proc_uint8_t* out = nullptr;
        const utf8proc_ssize_t n =
            utf8proc_map(in, len, &out, static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
        const bool unchanged = n == len && std::memcmp(in, out, static_cast<std::size_t>(len)) == 0;
        std::free(out);
        if (!unchanged || utf8proc_get_property(cp)->combining_class != 0 || second[static_cast<std::size_t>(cp)])
            if (failures.size() < 200)
                failures += " U+" + std::to_string(cp);
    }
    CHECK(failures == "");
    CHECK(inert > 30000);
    // A page of symbols stays as it is; a mark after an arrow still composes with it ("\u2192\u0338" is U+219B).
    const std::string symbols = "Brand\xE2\x84\xA2 \xE2\x86\x90 back \xE2\x89\x88 3 \xE2\x99\xA1 "
                                "\xF0\x9F\x8C\x9F \xEF\xBC\x9C\n";
    CHECK(decode(symbols).text == symbols);
    CHECK(decode("a \xE2\x86\x92\xCC\xB8 b\n").text == "a \xE2\x86\x9B b\n");
    CHECK(decode("Stra\xC3\x9F" "e \xE2\x84\xA2 A\xCC\x88rger\n").text == "Stra\xC3\x9F" "e \xE2\x84\xA2 \xC3\x84rger\n");
}
