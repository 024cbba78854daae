// The Normaliser's shortcut: every character copied_as_is() lets decode_utf8() copy in its runs is one that put()
// writes as it is, with the same counts and the same NFC start, and the page's punctuation takes the shortcut.
#include <catch2/catch.hpp>

#include "normalise.hpp"
#include "pipeline.hpp"
#include "text.hpp"

#include <string>

using archive::decoding::Normaliser;

TEST_CASE("robust31: a character copied as it is reads the same through put() and as_is()", "[decode]") {
    std::size_t copied = 0;
    for (char32_t cp = 0x80; cp <= 0x10FFFF; ++cp) {
        if ((cp >= 0xD800 && cp <= 0xDFFF) || !Normaliser::copied_as_is(cp))
            continue;
        ++copied;
        std::string bytes;
        archive::text::append_utf8(bytes, cp);
        Normaliser by_put(8, "UTF-8"), by_copy(8, "UTF-8");
        by_put.put(cp, 0);
        by_copy.as_is(cp, bytes);
        if (by_put.text() != by_copy.text() || by_put.first_not_inert() != by_copy.first_not_inert() ||
            by_put.counts().units != by_copy.counts().units || !by_put.clean()) {
            CAPTURE(static_cast<std::uint32_t>(cp));
            FAIL("put() does not copy a character copied_as_is() lets through");
        }
    }
    CHECK(copied > 1000000);
}

TEST_CASE("robust31: the punctuation of a page is copied as it is, its spaces and invisible marks are not",
          "[decode]") {
    // French guillemets, English and German quotes and dashes, an ellipsis, a per mille sign.
    for (const char32_t cp : {U'«', U'»', U'’', U'“', U'”', U'„', U'–', U'—', U'…', U'‰', U'¡', U'©'})
        CHECK(Normaliser::copied_as_is(cp));
    // No-break and thin spaces, soft hyphen, zero-width space, line separator, word joiner, BOM.
    for (const char32_t cp : {U'\u00A0', U'\u202F', U'\u2009', U'\u00AD', U'\u200B', U'\u2028', U'\u2060',
                              U'\u205F', U'\uFEFF', U'\u0085'})
        CHECK_FALSE(Normaliser::copied_as_is(cp));
    // Through the whole decode: the text is the same, with a NBSP made a space and a soft hyphen dropped.
    const std::string page = "« Déjà vu » — l’été… „Straße“\u00A0und Kaf\u00ADfee";
    CHECK(archive::decode(page).text == "« Déjà vu » — l’été… „Straße“ und Kaffee");
}
