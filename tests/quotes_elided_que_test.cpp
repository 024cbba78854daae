// "a indiqué qu'ils …": the words reported after an elided "qu" start past its apostrophe, a character of one byte
// or more ("‘", or U+FFFD where a decoder replaced a broken one), never inside it (a quote's text cut two bytes
// into a three-byte character was no valid UTF-8: the fuzzer's find).
#include <catch2/catch.hpp>

#include "quote_checks.hpp"

#include <string>

using namespace archive::quote_checks;

TEST_CASE("the words after an elided qu start past its apostrophe of any width", "[quotes][indirect]") {
    const std::string words = "ils commenceraient les travaux de découpe dès l’été prochain";
    for (const std::string apostrophe : {"\u2018", "\uFFFD"}) {
        const std::string paragraph = "Le directeur du site, Paul Roux, a indiqué qu" + apostrophe + words + ".";
        INFO(paragraph);
        check_cues({{"fr", {paragraph}, words.c_str(), "a indiqué", "Paul Roux"}});
    }
}

TEST_CASE("an elided qu written as one word with the word after it opens the reported words", "[quotes][indirect]") {
    // ("qu'il", "qu’elle", "qu'une": one word, the apostrophe straight or curly)
    check_cues({
        {"fr", {"Claire Vidal a averti qu'il supprimera des centaines d'emplois en ville."},
         "il supprimera des centaines d'emplois en ville", "a averti", "Claire Vidal"},
        {"fr", {"Le directeur du site, Paul Roux, a indiqué qu’elle ouvrira ses portes dès l'été prochain."},
         "elle ouvrira ses portes dès l'été prochain", "a indiqué", "Paul Roux"},
        {"fr", {"Les syndicats ont salué la mesure mais ont averti qu'une réforme supprimera des emplois."},
         "une réforme supprimera des emplois", "ont averti", ""},
    });
}
