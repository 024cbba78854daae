// decode(): a page that reads the same in windows-1252 and in one of Windows' regional variants of it (Turkish
// windows-1254, Vietnamese windows-1258) is labelled windows-1252 (probe46 F11); the variant keeps its name when
// one of its own letters appears.
#include <catch2/catch.hpp>

#include "pipeline.hpp"

#include <string>

TEST_CASE("batch42: curly quotes and dashes alone are windows-1252, not a regional variant", "[decode][charsets]") {
    // English, German, Dutch and French lines whose only high bytes are 0x80..0x9F punctuation and letters the variants share.
    for (const char* raw : {"He said \x93no\x94 \x96 twice\nThe minister\x92s reply came late.\n",
                            "Er sagte \x84nein\x93 \x96 zweimal\nDie Antwort des Ministers kam sp\xE4t.\n",
                            "Hij zei \x93nee\x94 \x96 twee keer\nHet antwoord van de minister kwam laat.\n",
                            "Il a dit \x93non\x94 \x96 deux fois\nLa r\xE9ponse du ministre est arriv\xE9" "e tard.\n"}) {
        INFO(raw);
        const archive::Decoded d = archive::decode(raw);
        CHECK(d.encoding == "windows-1252");
        CHECK(d.text.find("\xE2\x80\x9C") != std::string::npos); // the opening curly quote read as such
    }
}

TEST_CASE("batch42: a Turkish or Vietnamese letter keeps the regional label it needs", "[decode][charsets]") {
    // Turkish: ğ (0xF0), ş (0xFE), ı (0xFD) read otherwise in windows-1252 (ð, þ, ý).
    const archive::Decoded tr = archive::decode(
        "Bakan \x93hay\xFD" "r\x94 dedi\n"
        "Do\xF0" "u b\xF6" "lgesinde ya\xF0" "mur ya\xF0" "d\xFD" ", ku\xFE" "lar g\xF6\xE7" " etti. "
        "\xDD" "stanbul'da hava so\xF0" "uk, ak\xFE" "am da\xF0" "da kar ya\xF0" "mas\xFD" " bekleniyor.\n");
    if (tr.encoding != "windows-1252") // uchardet named a Turkish charset: it must be kept
        CHECK((tr.encoding == "windows-1254" || tr.encoding == "iso-8859-9"));
    CHECK(tr.text.find("yağmur") != std::string::npos);
}
