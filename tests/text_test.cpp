// The text helpers' fast paths (ASCII runs, already-collapsed lines) against the plain code-point loops they
// replace, on fixed cases and on random byte strings that include invalid and overlong UTF-8.
#include <catch2/catch.hpp>

#include "text.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

using namespace archive;

namespace {

// The definitions the fast paths must agree with: one code point at a time.
std::string reference_collapse(std::string_view s) {
    std::string out;
    bool pending_space = false;
    std::size_t i = 0;
    while (i < s.size()) {
        std::size_t start = i;
        char32_t cp = text::next_cp(s, i);
        if (text::is_space(cp)) {
            pending_space = !out.empty();
            continue;
        }
        if (pending_space) {
            out += ' ';
            pending_space = false;
        }
        out.append(s.substr(start, i - start));
    }
    return out;
}

char32_t reference_lower_cp(char32_t cp) {
    if (cp < 0x80)
        return (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
    return static_cast<char32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(cp)));
}

std::string reference_lower(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size();)
        text::append_utf8(out, reference_lower_cp(text::next_cp(s, i)));
    return out;
}

std::vector<std::string> reference_words_lower(std::string_view s) {
    std::vector<std::string> out;
    std::string cur;
    for (std::size_t i = 0; i < s.size();) {
        char32_t cp = text::next_cp(s, i);
        if (text::is_word_char(cp)) {
            text::append_utf8(cur, reference_lower_cp(cp));
        } else if (!cur.empty()) {
            out.push_back(cur);
            cur.clear();
        }
    }
    if (!cur.empty())
        out.push_back(cur);
    return out;
}

} // namespace

TEST_CASE("collapse keeps single spaces and drops every other kind of white space", "[text]") {
    struct Row {
        const char* in;
        const char* out;
    };
    const Row rows[] = {
        {"Le chef de la diplomatie", "Le chef de la diplomatie"},
        {"  a  b\tc\r\nd  ", "a b c d"},
        {"a\xC2\xA0" "b", "a b"},              // NBSP
        {"a\xE2\x80\x83" "b", "a b"},          // EM SPACE
        {"a\xE2\x80\xAF" "b", "a b"},          // NARROW NO-BREAK SPACE
        {"a\xE3\x80\x80" "b", "a b"},          // IDEOGRAPHIC SPACE
        {"\xE2\x80\x99" "a\xE2\x80\x94" "b", "\xE2\x80\x99" "a\xE2\x80\x94" "b"}, // ’ and — stay
        {"a\xC0\xA0" "b", "a b"},              // overlong space: next_cp reads it as one
        {"a\xF0\x80\x80\xA0" "b", "a b"},      // overlong space in four bytes
        {"x\xE2\x80", "x\xE2\x80"},            // truncated: kept as written
    };
    for (const auto& r : rows) {
        CAPTURE(r.in);
        CHECK(text::collapse(r.in) == r.out);
    }
}

TEST_CASE("text fast paths agree with the code-point loops on random bytes", "[text]") {
    const std::vector<std::string> pieces = {
        "a", "Z", "7", " ", "  ", "\t", "\n", "\r", ".", "'", "-", "\xC3\xA9", "\xC3\x89", "\xC3\x9F", "\xC2\xA0",
        "\xC2", "\xC0\xA0", "\xC1\xA1", "\xE0\xA4\x95", "\xE0\x80\xA0", "\xE2\x80\x83", "\xE2\x80\x99", "\xE2\x80\xAF",
        "\xE2\x80", "\xE3\x80\x80", "\xF0\x9F\x98\x80", "\xF0\x80\x80\xA0", "\xF8\x80\x80\x89", "\x80", "\xBF",
        "\xCE\xA3", "\xD0\x96", "\xC4\xB0", "\xE2\x84\xAA", "\xCC\x81", "Ab", "x y", "@[`{", "AZaz",
        "LAVROV KERRY", "\xC8\xBA", "\xE1\xBA\x9E", "\xC1\x81", "\x01", "\x7F", "Sergue\xC3\xAF Lavrov a dit",
        "the quick brown fox ", "ABCDEFGHIJKLMNOPQRSTUVWXYZ"};
    std::mt19937 rng(20261130);
    // Up to 40 pieces: long enough for several eight-byte steps, and for stray bytes among letters that grow when
    // lower-cased ("\xC8\xBA", two bytes, lower-cases to three).
    std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1), length(0, 40);
    for (int n = 0; n < 20000; ++n) {
        std::string s;
        for (std::size_t k = length(rng); k > 0; --k)
            s += pieces[pick(rng)];
        CAPTURE(s);
        REQUIRE(text::collapse(s) == reference_collapse(s));
        REQUIRE(text::lower(s) == reference_lower(s));
        REQUIRE(text::words_lower(s) == reference_words_lower(s));
        std::size_t starts = 0;
        for (char c : s)
            starts += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
        REQUIRE(text::length_cp(s) == starts);
        auto all = text::split_ws(s);
        for (std::size_t max : {std::size_t{0}, std::size_t{1}, std::size_t{3}, std::size_t{7}}) {
            auto first = text::split_ws(s, max);
            REQUIRE(first.size() == std::min(max, all.size()));
            REQUIRE(std::equal(first.begin(), first.end(), all.begin()));
        }
    }
}
