// Tests of the look at a line's bytes that settles most lines before read_dates() tokenizes them
// (dating::may_hold_date()): the lines it turns away hold no year, no date of numbers and no relative date's marker.
#include <catch2/catch.hpp>

#include "dates.hpp"
#include "dates_parts.hpp"
#include "random_text.hpp"
#include "text.hpp"

#include <random>
#include <string>
#include <string_view>
#include <vector>

using namespace archive;

namespace {

// The reference: the tokens of the line hold a year, a date of numbers or a relative date's marker, or a date that
// find_from() reads (find_date(), leading_date() and date_amid_words() ask may_hold_date() before they read one).
bool tokens_hold_date(std::string_view line) {
    std::string lowered;
    std::vector<dating::Tok> toks;
    dating::tokenize(line, lowered, toks);
    return dating::may_hold_date_tokens(toks) || dating::find_from(toks, 0, "en").has_value() ||
           dating::find_from(toks, 0, "de").has_value();
}

} // namespace

TEST_CASE("may_hold_date keeps the lines with a year, a date of numbers or a relative date's marker", "[dates]") {
    struct Row {
        const char* line;
        bool kept;
    };
    const Row rows[] = {
        {"Published 3 May 2024", true},              // en, a year
        {"Aktualisiert am 12.03.2024, 14:05", true}, // de
        {"Publié le 25 octobre 2016 à 14h32", true}, // fr
        {"Publicado el 5 de mayo de 2024", true},    // es
        {"Pubblicato il 12 marzo 2024", true},       // it
        {"19.10.19, 23:38 Uhr", true},               // de, a year of two digits
        {"30 / 10 / 23", true},                      // slashes with white space around them
        {"Updated 2 hours ago", true},               // en, a marker
        {"vor 3 Stunden", true},                     // de
        {"Il y a 3 heures", true},                   // fr, in capitals
        {"hace 5 minutos", true},                    // es
        {"2 ore fa", true},                          // it
        {"há 2 horas", true},                        // pt, a marker with a letter from U+0080
        {"Mai20241", true},                          // a year glued to the day of a second date
        {"5 Kommentare", false},                     // de, a count
        {"Seite 2 von 3", false},                    // de, "von" is no marker
        {"12:30 Uhr", false},                        // a time alone
        {"3 comments", false},                       // en
        {"Page 2 sur 3", false},                     // fr
        {"Capítulo 3: el puerto", false},            // es, a word with a letter from U+0080 that holds no marker
        {"Tappa 4 di 7, il porto", true},            // it "il" is a French marker's word: kept, read further
        {"Version 1.2 released", false},             // one dot between figures
        {"Savings of 20% for 3 days", false},
    };
    for (const Row& row : rows) {
        INFO(row.line);
        CHECK(dating::may_hold_date(row.line) == row.kept);
        // (A line the tokens keep is kept by the bytes too.)
        if (tokens_hold_date(row.line))
            CHECK(dating::may_hold_date(row.line));
    }
}

TEST_CASE("may_hold_date keeps every random line whose tokens hold a year, a date of numbers or a marker", "[dates]") {
    // Digits, separators, white space (ASCII and from U+0080), the markers' words in every case and cut by letters
    // from U+0080 ("İ", U+212A KELVIN SIGN lower-case to ASCII letters), digits from U+0080, broken UTF-8.
    const std::vector<std::string> pieces = {
        "1", "2", "0", "19", "3", "12", "2024", "092018", " ", "  ", ".", "/", ":", "-", "'", ",", "\t",
        "\xC2\xA0", "\xE2\x80\x83", "vor", "VOR", "Vor", "ago", "aGo", "il", "IL", "fa", "hier", "h\xC3\xA1",
        "H\xC3\x81", "h", "\xC3\xA1", "\xC3\x81", "hace", "ieri", "heute", "just", "a", "y", "Z", "x", "l",
        "\xC4\xB0", "\xE2\x84\xAA", "\xD9\xA2", "\xF0\x9D\x9F\x90", "\xEF\xBC\x92", "\xC3", "\x80", "Stunden",
        "hours", "\xC3\xBC", "gestern", "today", "May", "M\xC3\xA4rz", "mai", "Oct"};
    std::vector<std::string> lines;
    test::add_random_lines(lines, pieces, 12, 20000, 20261202);
    std::size_t kept = 0, turned_away = 0;
    for (const std::string& line : lines) {
        const bool bytes = dating::may_hold_date(line);
        kept += bytes;
        turned_away += !bytes;
        if (!bytes && tokens_hold_date(line)) {
            INFO(line);
            FAIL("may_hold_date() turned away a line whose tokens hold a date");
        }
    }
    // (Both kinds are met: the test reaches lines of each.)
    CHECK(kept > 500);
    CHECK(turned_away > 500);
}
