// Tests of a web address as a name ("Genius.com", "spiegel.de"): the dot inside it splits neither the word nor the
// sentence, so the mention is the whole address (quote_words.cpp, domain_end). Invented sentences.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"
#include "quote_words.hpp"

#include <string>

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a web address is one word", "[quotes][words]") {
    const std::string line = "Lyricsplus.com wirft bbc.co.uk vor, es sei spät.v2 ist neu.";
    const auto ws = quoting::words_of(line, 0, line.size(), nullptr);
    REQUIRE(ws.size() >= 3);
    CHECK(ws[0].low == "lyricsplus.com");
    CHECK(ws[0].upper);
    CHECK(ws[2].low == "bbc.co.uk");
    // (an abbreviation's dot before a capital, a sentence's dot before a space, letters then a digit: no address)
    for (const auto& w : ws)
        CHECK(w.low != "spät.v2");
}

TEST_CASE("a web address names the speaker whole", "[quotes][mentions]") {
    check_only_quotes(
        {
            {"de", "Lyricsplus.com wirft dem Konzern vor, die Texte kopiert zu haben.", "die Texte kopiert zu haben",
             "wirft vor", "Lyricsplus.com"},
            {"de", "Die Daten würden nach dreißig Tagen gelöscht, teilte Lyricsplus.com am Montag mit.",
             "Die Daten würden nach dreißig Tagen gelöscht", "teilte mit", "Lyricsplus.com"},
            {"en", "The data would be deleted after thirty days, Lyricsplus.com said on Monday.",
             "The data would be deleted after thirty days", "said", "Lyricsplus.com"},
        },
        QuoteKind::indirect);
}
