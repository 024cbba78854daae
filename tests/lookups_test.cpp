// Tests of the word-list look-ups the classify stage makes for every line: what each answers, whatever shortcut it
// takes (a sketch, an index by first word, a word lowered once) to answer most lines without a search.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "credits_parts.hpp"
#include "dates.hpp"
#include "page.hpp"
#include "pipeline.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

using namespace archive;

namespace {
Block block_of(std::string_view line) {
    std::vector<Block> blocks = segment(line);
    REQUIRE(blocks.size() == 1);
    return blocks.front();
}
} // namespace

TEST_CASE("live_coverage_link finds a live-coverage phrase anywhere in a short line, in every language") {
    struct Row {
        const char* line;
        bool link;
    };
    const Row rows[] = {
        {"Liveticker zum Streik der Fährleute", true},     // de, a phrase of one word opening the line
        {"Alles zum Hafenfest im Liveblog", true},         // de, "im liveblog" closing it
        {"Live updates from the ferry strike", true},      // en, two words
        {"The regatta as it happened", true},              // en, three words at the end
        {"La grève des dockers en direct", true},          // fr, "en" opens phrases of several languages
        {"La huelga del puerto, en directo", true},        // es, the same first word, another phrase
        {"Regata di Trieste minuto a minuto", true},       // es list, read for a page in any language
        {"Live music on the quay tonight", false},         // en, the first word of a phrase alone
        {"Les dockers en grève", false},                   // fr, "en" followed by another word
        {"Die Fähren fahren wieder en", false},            // a phrase's first word closing the line
        {"Live updates from the ferry strike.", false},    // a sentence, no link
        {"Liveticker", false},                             // one word is no link line
    };
    for (const Row& row : rows) {
        INFO(row.line);
        CHECK(live_coverage_link(block_of(row.line)) == row.link);
    }
}

TEST_CASE("agency_id and agency_id_of_lowered name the same agency for a word, lowered and trimmed or not") {
    CHECK(agency_id("AFP") == std::optional<std::string>("afp"));
    CHECK(agency_id(" Keystone-ATS ") == std::optional<std::string>("ats"));
    CHECK(agency_id("REU") == std::optional<std::string>("reuters"));
    CHECK(agency_id("Hafenamt") == std::nullopt);
    CHECK(agency_id("") == std::nullopt);
    const std::string* sda = agency_id_of_lowered("keystone-sda");
    REQUIRE(sda != nullptr);
    CHECK(*sda == "sda");
    CHECK(agency_id_of_lowered("reu") != nullptr);
    // (Its contract: the word comes lower-cased and trimmed; a word as printed is no spelling of the list.)
    CHECK(agency_id_of_lowered("AFP") == nullptr);
    CHECK(agency_id_of_lowered(" afp") == nullptr);
    CHECK(agency_id_of_lowered("capitainerie") == nullptr);
}

TEST_CASE("is_credit_word takes a credit word or an agency, within brackets, commas and spaces") {
    struct Row {
        const char* word;
        bool credit;
    };
    const Row rows[] = {
        {"(AFP),", true},        {"Reuters.", true},     {"(Keystone-ATS)", true}, {"REU)", true},
        {" afp", true},          {"Foto", true},         {"Bild:", false},        {"Hafenamt", false},
        {"Photographie", true},  {"Capitainerie", false}, {"(dpa", true},         {"Porto,", false},
    };
    for (const Row& row : rows) {
        INFO(row.word);
        CHECK(is_credit_word(row.word) == row.credit);
    }
}

TEST_CASE("read_dates reads the labels of published and updated dates in several languages") {
    SECTION("de") {
        DateLine d = read_dates("Aktualisiert am 12.03.2024, 14:05", "de");
        CHECK(d.updated == std::optional<std::string>("2024-03-12T14:05"));
        CHECK_FALSE(d.published);
        DateLine p = read_dates("Veröffentlicht am 05.01.2020", "de");
        CHECK(p.published == std::optional<std::string>("2020-01-05"));
        CHECK(p.published_labelled);
    }
    SECTION("en") {
        DateLine d = read_dates("Published March 4, 2025 | Updated March 5, 2025", "en");
        CHECK(d.published == std::optional<std::string>("2025-03-04"));
        CHECK(d.updated == std::optional<std::string>("2025-03-05"));
        CHECK(d.is_date_line);
    }
    SECTION("fr") {
        DateLine d = read_dates("Publié le 25 octobre 2016, mis à jour le 26 octobre 2016", "fr");
        CHECK(d.published == std::optional<std::string>("2016-10-25"));
        CHECK(d.updated == std::optional<std::string>("2016-10-26"));
    }
    SECTION("a word that opens no label leaves the date the page's") {
        DateLine d = read_dates("Hafenfest 12.03.2024", "de");
        CHECK(d.published == std::optional<std::string>("2024-03-12"));
        CHECK_FALSE(d.updated);
        CHECK_FALSE(d.published_labelled);
    }
}

TEST_CASE("the tables of contents turn away a text of no title's size before a look-up", "[classify][heading]") {
    archive::Contents toc;
    CHECK_FALSE(toc.may_list("Dredging the channel"));
    CHECK(toc.add("Dredging the channel", 3) == "Dredging the channel");
    CHECK(toc.may_list("Dredging the channel"));
    CHECK(toc.may_list("Rebuilding the quays")); // (of the same size: the map settles it)
    CHECK_FALSE(toc.may_list("Opening day"));
    // A title listed again keeps the line of its first entry.
    toc.add("Dredging the channel", 9);
    CHECK(toc.contents.at("Dredging the channel") == 3);
    // A title longer than the sizes' bits: every long text may be it.
    const std::string long_title(300, 'a');
    CHECK_FALSE(toc.may_list(std::string(400, 'b')));
    toc.add(long_title, 12);
    CHECK(toc.may_list(long_title));
    CHECK(toc.may_list(std::string(400, 'b')));
    CHECK_FALSE(toc.may_list("Opening day"));
}
