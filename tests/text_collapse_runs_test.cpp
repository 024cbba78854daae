// text::collapse() copies a line's runs of ASCII without white space eight bytes at a time: runs that end inside a
// step, at a step's edge, at a control character (kept: no white space) or at a character from U+0080, and a long
// line, against the lines written out by hand.
#include <catch2/catch.hpp>

#include "text.hpp"

#include <string>

using namespace archive;

TEST_CASE("collapse copies the runs of a line whole whatever ends them", "[text]") {
    struct Row {
        std::string in, out;
    };
    const Row rows[] = {
        {"", ""},
        {"  \xC2\xA0 \t", ""},
        {"Kelp\x01" "farms line the bay", "Kelp\x01" "farms line the bay"},
        {"\x01\x02" "abc", "\x01\x02" "abc"},
        {"Die Seetangfelder s\xC3\xA4umen  die Bucht\t\tvor Tang", "Die Seetangfelder s\xC3\xA4umen die Bucht vor Tang"},
        {"ABCDEFGHIJKLMNOPQRSTUVWXYZ\xC2\xA0" "abcdefghijklmnop", "ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefghijklmnop"},
        {"12345678 12345678\xE2\x80\x83" "12345678", "12345678 12345678 12345678"},
        {"abcdefg\x7F" "hijklmn  opq", "abcdefg\x7F" "hijklmn opq"},
        {"  Les algues\xC2\xA0: une r\xC3\xA9" "colte du matin  ", "Les algues : une r\xC3\xA9" "colte du matin"},
        {"\xE3\x80\x80\xE6\xB5\xB7\xE8\x97\xBB\xE3\x80\x80x", "\xE6\xB5\xB7\xE8\x97\xBB x"},
    };
    for (const Row& r : rows) {
        CAPTURE(r.in);
        CHECK(text::collapse(r.in) == r.out);
    }
    // A paragraph of some thousand words, a no-break space after every seventh and two spaces after every eleventh.
    std::string in = "\t", out;
    for (int k = 1; k <= 1000; ++k) {
        const std::string word = k % 3 == 0 ? "baie" : k % 3 == 1 ? "Seegraswiese" : "\xC3\xA9tang";
        in += word;
        in += k % 7 == 0 ? "\xC2\xA0" : k % 11 == 0 ? "  " : " ";
        out += word;
        if (k < 1000)
            out += ' ';
    }
    CHECK(text::collapse(in) == out);
}
