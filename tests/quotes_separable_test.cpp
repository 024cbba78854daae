// Separable speech verbs: the verb and its particle closing the clause are one cue ("teilte am Dienstag mit, ...",
// "maakte dinsdag bekend dat ..."), and a time opening the clause is no speaker (src/quote_cues.cpp,
// src/quote_indirect.cpp).
#include "quote_rows.hpp"

#include <catch2/catch.hpp>

using namespace archive;

TEST_CASE("a speech verb and its particle closing the clause are one cue of indirect speech", "[quotes][separable]") {
    quote_rows::check_only_quotes({
        {"de", "Der Fährverband teilte am Dienstag mit, die Tarife würden im Herbst steigen.",
         "die Tarife würden im Herbst steigen", "teilte mit", "Der Fährverband"},
        {"de", "Die Landrätin kündigte nach der Sitzung an, sie werde den Fonds verdoppeln.",
         "sie werde den Fonds verdoppeln", "kündigte an", "Die Landrätin"},
        {"de", "Die Reederei gab am Montag bekannt, dass zwei Schiffe verkauft würden.",
         "zwei Schiffe verkauft würden", "gab bekannt", "Die Reederei"},
        {"de", "Der Kapitän Lutz Brenner wies in seinem Bericht darauf hin, dass die Rampe beschädigt war.",
         "die Rampe beschädigt war", "wies hin", "Der Kapitän Lutz Brenner"},
        // The subject after the verb: a time opens the clause ("Am Mittwoch"), or another phrase does.
        {"de", "Am Mittwoch teilte die Hafensprecherin Vera Lindt mit, dass die Fähre wieder fahre.",
         "die Fähre wieder fahre", "teilte mit", "die Hafensprecherin Vera Lindt"},
        {"de", "Erst gestern kündigte der Betreiber an, alle Schalter zu schließen.",
         "alle Schalter zu schließen", "kündigte an", "der Betreiber"},
        {"de", "Als Grund für die Absage gab die Schule an, der Saal sei zu klein gewesen.",
         "der Saal sei zu klein gewesen", "gab an", "die Schule"},
        {"nl", "De havenbond maakte dinsdag bekend dat de tarieven in de herfst stijgen.",
         "de tarieven in de herfst stijgen", "maakte bekend", "De havenbond"},
        {"nl", "Het ministerie deelde in een verklaring mee dat de brug gesloten blijft.",
         "de brug gesloten blijft", "deelde mee", "Het ministerie"},
    }, QuoteKind::indirect);
}

TEST_CASE("a finite verb after the particle's comma is the subject's next verb, not what is said", "[quotes][separable]") {
    CHECK(extract_quotes(quote_rows::page("de", "", {"Die Stadt kündigt neue Hilfen an, will aber zugleich die Gebühren "
                                                     "für den Hafen deutlich erhöhen."}))
              .empty());
    CHECK(extract_quotes(quote_rows::page("de", "", {"Die Reederei gab die Zahlen am Montag bekannt, muss aber noch "
                                                     "die Prüfung der Behörde abwarten."}))
              .empty());
}

TEST_CASE("a particle inside the clause is no separable cue's", "[quotes][separable]") {
    // "mit" opens a complement here, and no comma, colon or "dass" follows it.
    const auto qs = extract_quotes(quote_rows::page(
        "de", "", {"Der Kapitän teilte die Kabine mit seinem Bruder, der auch an Bord arbeitete, bis zum Herbst."}));
    CHECK(qs.empty());
}

TEST_CASE("a separable verb opening a paragraph and closing on its particle reads no word before the first",
          "[quotes][separable]") {
    // "Gab die Stadt am Montag bekannt." alone as a paragraph: the verb is the unit's first word, so there is no word
    // before it to be a comma (the test asked for one, reading out of the words: ASan's heap-buffer-overflow, and an
    // intermittent crash in batch runs where the bytes before the words happened to look like a one-byte word).
    // No reported words precede it, so no quote; the page is read whole.
    for (const auto& [lang, line] : std::vector<std::pair<std::string, std::string>>{
             {"de", "Gab die Stadt am Montag bekannt."},
             {"de", "Teilte die Reederei am Abend mit."},
             {"nl", "Maakte de gemeente maandag bekend."},
         }) {
        INFO(line);
        CHECK(extract_quotes(quote_rows::page(lang, "", {"Het zwembad blijft tot maart dicht.", line})).empty());
    }
}
