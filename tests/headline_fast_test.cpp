// The headline search's fast paths against the plain reading they spare: the cheap test in front of byline_authors()
// where the headline's rules look for the date or byline line signing a title (may_be_byline(), byline_names.cpp),
// which turns away most lines and never one byline_authors() reads; split_camel_kicker()'s first word read byte by byte.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "headline.hpp"
#include "headline_parts.hpp"
#include "headline_rows.hpp"
#include "pipeline.hpp"
#include "text.hpp"

#include <functional>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace {

struct SignRow {
    const char* line;
    const char* language;
};

// The block segment() makes of one line.
archive::Block block_of(const std::string& line) {
    auto blocks = archive::segment(line);
    REQUIRE(blocks.size() == 1);
    return blocks.front();
}

} // namespace

TEST_CASE("may_be_byline lets through every line that byline_authors reads as a byline", "[headline][signs]") {
    const SignRow rows[] = {
        {"By Jane Roe", "en"},
        {"by Jane Roe and Tom Wick", "en"},
        {"ByJane Roe", "en"},           // the byline word glued to the name
        {"By\tJane Roe", "en"},         // a tab after the byline word
        {"Columnist: Jane Roe", "en"},  // a label that names the author only before a colon
        {"Von Anna Muster", "de"},
        {"Redaktion: Anna Muster", "de"},
        {"Redaktion : Anna Muster", "de"},
        {"Ein Beitrag von Anna Muster", "de"},
        {"Par Jeanne Morel", "fr"},
        {"Publié par Jeanne Morel", "fr"},
        {"A cura di Marco Bianchi", "it"},
        {"di Marco Bianchi", "it"},
        {"da Marco Bianchi", "it"},     // a byline word read only printed small (small_byline_words)
        {"Por Ana Ruiz", "es"},
        {"Door Anke de Vries", "nl"},
    };
    for (const auto& r : rows) {
        INFO(r.line);
        REQUIRE(archive::byline_authors(r.line, r.language));
        CHECK(archive::may_be_byline(block_of(r.line)));
    }
}

TEST_CASE("may_be_byline turns away lines that open with no byline phrase", "[headline][signs]") {
    // Lines opening with a byline phrase's first word but not the phrase ("Un", "De", "Ein", "Publié"), or with it
    // inside a longer word ("Bytes", "Vonne"), or with a colon after a word that is no label of a byline.
    const SignRow rows[] = {
        {"About the new ferry timetable", "en"},
        {"Bytes and boats on the quay", "en"},
        {"A new ferry for the harbour", "en"},
        {"Harbour news: the ferry runs again", "en"},
        {"12:30 The ferry leaves the quay", "en"},
        {"Ein Hafen im Wandel der Zeit", "de"},
        {"Vonne Hafenkante bis zur Mole", "de"},
        {"Hafen: Neue Fähre ab Montag", "de"},
        {"Publié hier soir dans le journal du port", "fr"},
        {"De nieuwe veerboot vaart vanaf maandag", "nl"},
        {"Un traghetto nuovo per il porto", "it"},
        {"Écluses et quais du vieux port", "fr"},
    };
    for (const auto& r : rows) {
        INFO(r.line);
        const archive::Block b = block_of(r.line);
        CHECK_FALSE(archive::may_be_byline(b));
        CHECK_FALSE(archive::byline_authors(r.line, r.language));
    }
}

TEST_CASE("may_be_byline turns away no line that byline_authors reads, whatever its bytes", "[headline][signs]") {
    // The fast test and the plain call compared: where the test says no byline, the call finds none either.
    std::vector<std::string> lines = {
        "Text und Fotos: Anna Muster",
        "Interview: Jane Roe",
        "von: Anna Muster",
        "BY JANE ROE",
        "Écrit par Jeanne Morel",
        "Автор: Иван Петров",
        "İstanbul'dan bildiriyor",
        "„Wir bauen den Kai neu“, sagt Anna Muster",
        "«Le port change», dit Jeanne Morel",
        "by",
        "By ",
        ":",
        "a",
        "Posted by jroe under Harbour News",
        "Gespeichert von jroe am 3. Juni 2018",
        std::string(3000, 'x'),
        "By " + std::string(400, 'a'),
        "Redaktion:" + std::string(500, ' ') + "Anna Muster",
    };
    for (const auto& line : lines) {
        INFO(line.substr(0, 80));
        const auto blocks = archive::segment(line);
        for (const auto& b : blocks)
            if (!archive::may_be_byline(b))
                for (const char* language : {"en", "de", "fr", "it", ""})
                    CHECK_FALSE(archive::byline_authors(b.text, language));
    }
    // A block made without segment() has no lower-cased text to read: it is let through.
    archive::Block bare;
    bare.text = "Von Anna Muster";
    CHECK(archive::may_be_byline(bare));
}

TEST_CASE("a byline printed again over a comment thread still signs the article's title above it",
          "[headline][signs]") {
    // The page prints the article's byline again in its comments' box: its copies are read once, and the title over
    // the first copy is the headline, not the comment under the thread's date.
    const archive::test::HeadlineRow rows[] = {
        {"title, byline, text, thread with the byline again (en)", "en", R"(Harbour Weekly
Menu
The old crane on the north quay gets a new coat of paint
By Jane Roe
The old crane on the north quay has stood there since the harbour opened, and now it gets a new coat of paint.
Painters will work on the crane for three weeks, and the quay stays open for walkers the whole time.
The harbour board chose a dark green, the colour the crane had when it was first built.
By Jane Roe
Comments
Tom says:
4 March 2024 at 10:12
Where can I watch the painters work on the crane?
Ann says:
5 March 2024 at 11:40
Lovely colour, and the crane looks new again!
)", "The old crane on the north quay gets a new coat of paint"},
        {"title, byline, text, thread with the byline again (de)", "de", R"(Hafenblatt
Menü
Der alte Kran am Nordkai bekommt einen neuen Anstrich
Von Anna Muster
Der alte Kran am Nordkai steht dort, seit der Hafen eröffnet wurde, und jetzt bekommt er einen neuen Anstrich.
Die Maler arbeiten drei Wochen lang am Kran, und der Kai bleibt die ganze Zeit für Spaziergänger offen.
Das Hafenamt hat ein dunkles Grün gewählt, die Farbe, die der Kran hatte, als er gebaut wurde.
Von Anna Muster
Kommentare
Tom sagt:
4. März 2024 um 10:12
Wo kann man den Malern bei der Arbeit am Kran zusehen?
Ann sagt:
5. März 2024 um 11:40
Schöne Farbe, und der Kran sieht wieder aus wie neu!
)", "Der alte Kran am Nordkai bekommt einen neuen Anstrich"},
    };
    archive::test::check_headlines(std::begin(rows), std::end(rows));
}

namespace {

// split_camel_kicker() as it read every line, code point by code point (before its bytes were read first).
std::optional<std::pair<std::string, std::string>> plain_camel_kicker(
    std::string_view line, std::string_view language, const std::function<bool(std::string_view)>& printed_alone) {
    if (!archive::text::starts_upper(line))
        return std::nullopt;
    std::size_t i = 0, letters = 0;
    char32_t before = 0;
    while (i < line.size()) {
        const char32_t cp = archive::text::next_cp(line, i);
        if (!archive::text::is_letter(cp))
            return std::nullopt;
        if (archive::text::is_upper(cp) && archive::text::is_lower(before)) {
            if (letters < 3)
                return std::nullopt;
            // (The rest as the rule reads it: asked of the rule itself on the line cut here.)
            return archive::split_camel_kicker(line, language, printed_alone);
        }
        before = cp;
        ++letters;
    }
    return std::nullopt;
}

} // namespace

TEST_CASE("split_camel_kicker reads a first word of ASCII letters as it reads code points", "[headline][kicker]") {
    auto menu = [](std::string_view label) {
        return label == "Region" || label == "Hafen" || label == "Économie" || label == "Kultur";
    };
    const std::vector<std::string> lines = {
        "",
        "R",
        "Region",
        "RegionMost na Wiśle zamknięty",
        "HafenNeue Fähre fährt ab Montag",
        "KulturDas Museum am Kai öffnet wieder",
        "ÉconomieLe port gagne trois nouvelles grues",
        "HafenÉcluse du port fermée pour travaux",
        "YouTube zmienia zasady dla twórców",
        "McCain visits the harbour today",
        "Harbour news today",
        "Harbour-News today",
        "lowercaseStart of the line here",
        "HAFENNeue Fähre fährt ab Montag",
        "HafenNeue",
        "Hafen2024 Neue Fähre",
        std::string("Hafen") + std::string(2000, 'a') + "Neue Fähre fährt ab Montag",
        std::string(3000, 'A'),
        "Ab",
        "AbCd ef gh ij",
    };
    for (const auto& line : lines) {
        INFO(line.substr(0, 80));
        CHECK(archive::split_camel_kicker(line, "de", menu) == plain_camel_kicker(line, "de", menu));
    }
    CHECK(archive::split_camel_kicker("HafenNeue Fähre fährt ab Montag", "de", menu) ==
          std::optional<std::pair<std::string, std::string>>({"Hafen", "Neue Fähre fährt ab Montag"}));
    CHECK(archive::split_camel_kicker("ÉconomieLe port gagne trois nouvelles grues", "fr", menu) ==
          std::optional<std::pair<std::string, std::string>>({"Économie", "Le port gagne trois nouvelles grues"}));
}
