// decode(): what a page captured or pasted together from other sources holds: a terminal's control sequences
// (ECMA-48 CSI: colours, cursor moves), removed whole, not only their ESC; lines of windows-1252 in a UTF-8 page and
// lines of UTF-8 in a legacy page, each read in its own charset instead of U+FFFD or mojibake, while broken UTF-8
// is still replaced.
#include <catch2/catch.hpp>

#include "pipeline.hpp"

#include <string>
#include <vector>

namespace {

using archive::decode;
using archive::Decoded;

/// A page, the text decode() gives of it and its warnings.
struct Case {
    const char* kind;
    std::string raw;
    std::string text;
    std::vector<std::string> warnings;
};

} // namespace

TEST_CASE("robust30: a terminal's colour and cursor sequences are removed whole", "[decode][robust30]") {
    const Case cases[] = {
        {"a French kicker in bold red", "\x1B[1;31mPolitique\x1B[0m\nLe maire pr\xC3\xA9sente son budget\n",
         "Politique\nLe maire pr\xC3\xA9sente son budget\n",
         {"control characters dropped (2), first at byte 0", "terminal escape sequences dropped (2), first at byte 0"}},
        {"a German line after a cursor move and an erase", "\x1B[2K\x1B[1GDer Stadtrat hat gestern abgestimmt.\n",
         "Der Stadtrat hat gestern abgestimmt.\n",
         {"control characters dropped (2), first at byte 0", "terminal escape sequences dropped (2), first at byte 0"}},
        {"a private parameter and an intermediate byte", "Hide \x1B[?25lthe cursor\x1B[1 q, then text.\n",
         "Hide the cursor, then text.\n",
         {"control characters dropped (2), first at byte 5", "terminal escape sequences dropped (2), first at byte 5"}},
        {"NFC still composes after a removed sequence (Spanish)", "\x1B[32mCafe\xCC\x81 y m\xC3\xA1s\n",
         "Caf\xC3\xA9 y m\xC3\xA1s\n",
         {"control characters dropped (1), first at byte 0", "terminal escape sequences dropped (1), first at byte 0"}},
    };
    for (const Case& c : cases) {
        CAPTURE(c.kind);
        Decoded d = decode(c.raw);
        CHECK(d.text == c.text);
        CHECK(d.warnings == c.warnings);
    }
}

TEST_CASE("robust30: brackets that no ESC opens, or an ESC opening no CSI, are left as they are", "[decode][robust30]") {
    // A footnote mark and a wiki's "[edit]" are text; an ESC before a letter (a two-byte escape, not CSI) loses
    // only its ESC; a sequence cut off before its final byte, or with more parameter bytes than a terminal takes,
    // is no sequence.
    CHECK(decode("Le budget [1] a \xC3\xA9t\xC3\xA9 vot\xC3\xA9 [modifier]\n").text ==
          "Le budget [1] a \xC3\xA9t\xC3\xA9 vot\xC3\xA9 [modifier]\n");
    Decoded two_byte = decode("\x1BHallo Welt\n");
    CHECK(two_byte.text == "Hallo Welt\n");
    CHECK(two_byte.warnings == std::vector<std::string>{"control characters dropped (1), first at byte 0"});
    CHECK(decode("The end \x1B[12;").text == "The end [12;");
    const std::string long_params(40, '1');
    CHECK(decode("x \x1B[" + long_params + "m y\n").text == "x [" + long_params + "m y\n");
}

TEST_CASE("robust30: lines of windows-1252 in a UTF-8 page are read as windows-1252", "[decode][robust30]") {
    const Case cases[] = {
        {"a German footer in Latin-1 after a UTF-8 body",
         "Die Stra\xC3\x9F" "e bleibt f\xC3\xBCr Fu\xC3\x9Fg\xC3\xA4nger gesperrt.\n"
         "\xA9 2025 M\xFCnchner Zeitung, alle Rechte vorbehalten\n",
         "Die Stra\xC3\x9F" "e bleibt f\xC3\xBCr Fu\xC3\x9Fg\xC3\xA4nger gesperrt.\n"
         "\xC2\xA9 2025 M\xC3\xBCnchner Zeitung, alle Rechte vorbehalten\n",
         {"lines not UTF-8 read as windows-1252 (1), first at byte 46"}},
        {"a Spanish line with a tilde and an English line with windows-1252 curly quotes",
         "La se\xC3\xB1ora habl\xC3\xB3.\nEl a\xF1o pasado.\n\x93We won\x92t stop,\x94 she said.\n",
         "La se\xC3\xB1ora habl\xC3\xB3.\nEl a\xC3\xB1o pasado.\n\xE2\x80\x9CWe won\xE2\x80\x99t stop,\xE2\x80\x9D she said.\n",
         {"lines not UTF-8 read as windows-1252 (2), first at byte 19"}},
        {"after a BOM, offsets count it", "\xEF\xBB\xBF" "Caf\xC3\xA9\nCaf\xE9 cr\xE8me\n",
         "Caf\xC3\xA9\nCaf\xC3\xA9 cr\xC3\xA8me\n", {"lines not UTF-8 read as windows-1252 (1), first at byte 9"}},
    };
    for (const Case& c : cases) {
        CAPTURE(c.kind);
        Decoded d = decode(c.raw);
        CHECK(d.encoding == "utf-8");
        CHECK(d.text == c.text);
        CHECK(d.warnings == c.warnings);
    }
}

TEST_CASE("robust30: lines of UTF-8 in a legacy page are read as UTF-8", "[decode][robust30]") {
    // Most of the page is Latin-1 (its lone high bytes outnumber the UTF-8 sequences), but a line pasted from
    // another source is UTF-8: read as the page's charset, "pr\xC3\xA9sente" would be "prÃ©sente".
    struct Case {
        const char* kind;
        std::string raw;
        std::string text;
        std::string warning_end;
    };
    const Case cases[] = {
        {"a French UTF-8 headline over a Latin-1 paragraph",
         "Le maire pr\xC3\xA9sente son budget\nLe conseil a vot\xE9 jeudi apr\xE8s une s\xE9" "ance houleuse.\n",
         "Le maire pr\xC3\xA9sente son budget\nLe conseil a vot\xC3\xA9 jeudi apr\xC3\xA8s une s\xC3\xA9" "ance houleuse.\n",
         " read as UTF-8 (1), first at byte 0"},
        {"a Portuguese UTF-8 quote in a Latin-1 page",
         "A prefeitura anunciou a constru\xE7\xE3o de uma ponte.\nO projeto custar\xE1 milh\xF5" "es.\n"
         "\xE2\x80\x9CN\xC3\xA3o vamos parar\xE2\x80\x9D, disse o prefeito.\n",
         "A prefeitura anunciou a constru\xC3\xA7\xC3\xA3o de uma ponte.\nO projeto custar\xC3\xA1 milh\xC3\xB5" "es.\n"
         "\xE2\x80\x9CN\xC3\xA3o vamos parar\xE2\x80\x9D, disse o prefeito.\n",
         " read as UTF-8 (1), first at byte 76"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.kind);
        Decoded d = decode(c.raw);
        CHECK(d.encoding != "utf-8");
        CHECK(d.text == c.text);
        REQUIRE(d.warnings.size() == 1);
        CHECK(d.warnings[0].rfind("lines not " + d.encoding, 0) == 0);
        CHECK(d.warnings[0].substr(d.warnings[0].size() - c.warning_end.size()) == c.warning_end);
    }
}

TEST_CASE("robust30: broken UTF-8 in a UTF-8 page is no line of another charset", "[decode][robust30]") {
    // Each line below holds no valid sequence from U+0080 beside its bad bytes, or holds one: a sequence cut short,
    // an overlong form, an encoded surrogate, a byte windows-1252 leaves undefined, a stray byte among valid letters.
    const std::string good = "Le ma\xC3\xAEtre a parl\xC3\xA9.\n";
    const std::string fffd = "\xEF\xBF\xBD";
    struct Case {
        const char* kind;
        std::string line;
        std::string text;
    };
    const Case cases[] = {
        {"a sequence cut short", "He said \xE2\x80 no.\n", "He said " + fffd + " no.\n"},
        {"an overlong slash", "a\xC0\xAF" "b\n", "a" + fffd + "b\n"},
        {"an encoded surrogate", "x\xED\xA0\x80y\n", "x" + fffd + "y\n"},
        {"a byte windows-1252 does not define", "Antwort \x81 hier\n", "Antwort " + fffd + " hier\n"},
        {"a stray byte beside a valid letter", "d\xC3\xA9j\xE0 vu\n", "d\xC3\xA9j" + fffd + " vu\n"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.kind);
        Decoded d = decode(good + c.line);
        CHECK(d.encoding == "utf-8");
        CHECK(d.text == good + c.text);
        REQUIRE(d.warnings.size() == 1);
        CHECK(d.warnings[0].rfind("invalid UTF-8 replaced at byte", 0) == 0);
    }
}
