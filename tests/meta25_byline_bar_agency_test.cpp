// A byline closed by a bar and an agency ("Von Katrin Baumgart und Jonas Feldhaus | dpa", "By Jane Roe | Reuters"):
// the names are the authors, the agency the text's source (source_tag), in several languages; a bar before a word
// that is no agency ("| Politik") still only closes the names. Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "classify.hpp"

#include <string>
#include <tuple>
#include <vector>

using namespace archive;

TEST_CASE("an agency after a bar closing the byline is kept after the names", "[bylines][agency][bar]") {
    using Names = std::vector<std::string>;
    for (const auto& [line, lang, names] : {
             std::tuple{"Von Katrin Baumgart und Jonas Feldhaus | dpa", "de",
                        Names{"Katrin Baumgart", "Jonas Feldhaus", "dpa"}},
             std::tuple{"By Jane Roe | Reuters", "en", Names{"Jane Roe", "Reuters"}},
             std::tuple{"Por Ana Ruiz y Luis Ortega | EFE", "es", Names{"Ana Ruiz", "Luis Ortega", "EFE"}},
             std::tuple{"Par Claire Montel | AFP", "fr", Names{"Claire Montel", "AFP"}},
             // (no agency after the bar: the names alone, as before)
             std::tuple{"Von Katrin Baumgart | Politik", "de", Names{"Katrin Baumgart"}},
             std::tuple{"By Jane Roe | Harbour Weekly", "en", Names{"Jane Roe"}},
         }) {
        INFO(line);
        const auto got = byline_authors(line, lang);
        REQUIRE(got);
        CHECK(*got == names);
    }
}

TEST_CASE("an agency before a bar opening the byline is kept after the names", "[bylines][agency][bar]") {
    using Names = std::vector<std::string>;
    for (const auto& [line, lang, names] : {
             std::tuple{"dpa | Von Katrin Baumgart", "de", Names{"Katrin Baumgart", "dpa"}},
             std::tuple{"EFE | Por Ana Ruiz y Luis Ortega", "es", Names{"Ana Ruiz", "Luis Ortega", "EFE"}},
             std::tuple{"Reuters | By Jane Roe", "en", Names{"Jane Roe", "Reuters"}},
         }) {
        INFO(line);
        const auto got = byline_authors(line, lang);
        REQUIRE(got);
        CHECK(*got == names);
    }
    // A word that is no agency before the bar opens no byline; nor does an agency before a date.
    for (const auto& [line, lang] : {std::tuple{"Politik | Von Katrin Baumgart", "de"},
                                     std::tuple{"dpa | 12.03.2024", "de"}, std::tuple{"AFP | Monde", "fr"}}) {
        INFO(line);
        const auto got = byline_authors(line, lang);
        CHECK((!got || got->empty()));
    }
}

TEST_CASE("a page whose byline closes with '| dpa' credits the agency", "[classify][agency][bar]") {
    for (const auto& [lang, page, agency] : {
             std::tuple{"de",
                        std::string("Politik\nLandtag streitet über neue Schulbusse\n"
                                    "Von Katrin Baumgart und Jonas Feldhaus | dpa\n12.03.2024, 14:25 Uhr\n"
                                    "Der Landtag hat am Dienstag stundenlang über die Anschaffung neuer Schulbusse "
                                    "debattiert.\nDie Regierung will bis zum Sommer rund 300 Fahrzeuge bestellen, die "
                                    "Opposition hält die Pläne für unterfinanziert.\nTeilen\n"),
                        "dpa"},
             std::tuple{"en",
                        std::string("News\nCouncil approves new bike lanes downtown\nBy Mark Ellison | Reuters\n"
                                    "March 12, 2024\nThe city council voted on Tuesday night to approve a plan adding "
                                    "protected bike lanes to downtown streets.\nConstruction on the first segment is "
                                    "expected to begin in the spring, officials said.\nShare\n"),
                        "reuters"},
         }) {
        INFO(page);
        const Article a = parse(page, "page.txt");
        REQUIRE(a.source_tag);
        CHECK(a.source_tag->agencies == std::vector<std::string>{agency});
        CHECK(a.authors.size() >= 1);
        for (const auto& name : a.authors)
            CHECK(name.find('|') == std::string::npos);
    }
}
