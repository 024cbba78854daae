// decode(): a terminal's control sequences (ECMA-48 CSI: colours, cursor moves) in a page captured from a terminal
// or a scraper's coloured log are removed whole, not only their ESC.
#include <catch2/catch.hpp>

#include "pipeline.hpp"

#include <string>
#include <vector>

namespace {

using archive::decode;
using archive::Decoded;

} // namespace

TEST_CASE("robust30: a terminal's colour and cursor sequences are removed whole", "[decode][robust30]") {
    struct Case {
        const char* kind;
        std::string raw;
        std::string text;
        std::vector<std::string> warnings;
    };
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
