// text::lower_with_words_at(), which segment() lowers a page's lines with into one buffer, against
// text::lower_with_words() (its lowered bytes and words' places the same), on invented lines and random bytes.
#include <catch2/catch.hpp>

#include "random_text.hpp"
#include "text.hpp"
#include "text_lowered.hpp"

#include <memory>
#include <random>
#include <string>
#include <vector>

using namespace archive;

namespace {

// lower_with_words_at() of s into room of exactly lower_with_words_room(s.size()), the bytes after it guarded: the
// same lowered bytes and places as lower_with_words(), nothing written past the room; or npos for a text it leaves
// to append_lower_with_words(), which then gives the same as lower_with_words().
void check_same(const std::string& s) {
    CAPTURE(s);
    std::string low;
    std::vector<text::WordSpan> places;
    text::lower_with_words(s, low, places);
    const text::LoweredSizes room = text::lower_with_words_room(s.size());
    const std::size_t guard = 32;
    std::string out(room.bytes + guard, '#');
    std::vector<text::WordSpan> spans(room.words + guard, text::WordSpan{7, 7});
    const text::LoweredSizes got = text::lower_with_words_at(s, out.data(), spans.data());
    REQUIRE(out.substr(room.bytes) == std::string(guard, '#'));
    for (std::size_t k = room.words; k < spans.size(); ++k)
        REQUIRE((spans[k].begin == 7 && spans[k].size == 7));
    if (got.bytes == std::string::npos) {
        std::string appended = "kept ";
        std::vector<text::WordSpan> appended_places;
        REQUIRE(text::append_lower_with_words(s, appended, appended_places) == places.size());
        REQUIRE(appended.substr(5) == low);
        return;
    }
    REQUIRE(std::string_view(out.data(), got.bytes) == low);
    REQUIRE(got.words == places.size());
    for (std::size_t k = 0; k < places.size(); ++k) {
        REQUIRE(spans[k].begin == places[k].begin);
        REQUIRE(spans[k].size == places[k].size);
    }
}

} // namespace

TEST_CASE("lower_with_words_at lowers into the caller's room as lower_with_words does", "[text][segment]") {
    std::string long_line;
    for (int k = 0; k < 3000; ++k)
        long_line += k % 4 == 0 ? "Hafenkante \xC3\x9C" "BER " : "quai ";
    for (const std::string& s :
         {std::string(), std::string("a"), std::string("Ferries return to the PIER at 6"),
          std::string("Der F\xC3\xA4hrhafen \xC3\x96STKAI \xC3\xB6" "ffnet wieder"),
          std::string("L'\xC3\x89T\xC3\x89 AU PORT : les quais sont \xC3\xA0 nouveau ouverts"),
          std::string("\xC8\xBA\xC8\xBA\xC8\xBA\xC8\xBA\xC8\xBA\xC8\xBA\xC8\xBA\xC8\xBA"), // (grows by half when lowered)
          std::string("\xCE\xA3\xCE\x97\xCE\x9C\xCE\x95\xCE\xA1\xCE\x91 \xD0\x9F\xD0\xA0\xD0\x98\xD0\xA1\xD0\xA2\xD0\x90\xD0\x9D\xD0\xAC"),
          std::string("Pier \xF0\x9F\x98\x80 open"), // (a character of four bytes: left to append_lower_with_words)
          std::string("stray \x80 byte"), long_line})
        check_same(s);
}

TEST_CASE("lower_with_words_at agrees with lower_with_words on random bytes", "[text][segment]") {
    const std::vector<std::string> pieces = {
        "a", "Q", "7", " ", "  ", "\t", ".", "'", "-", "\xC3\xA9", "\xC3\x89", "\xC3\x9F", "\xC2\xA0", "\xC2",
        "\xE2\x80\x99", "\xE2\x80\x83", "\xE3\x80\x80", "\xF0\x9F\x98\x80", "\x80", "\xCE\xA3", "\xD0\x96", "\xC4\xB0",
        "\xE2\x84\xAA", "\xC8\xBA", "\xE1\xBA\x9E", "Quai", "the ferry ", "KAI7", "\xE4\xB8\xAD\xE6\x96\x87"};
    std::mt19937 rng(20261203);
    for (int n = 0; n < 5000; ++n)
        check_same(test::random_pieces(pieces, 48, rng));
}
