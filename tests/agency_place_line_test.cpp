// The place a wire's text was filed from and the agency in a parenthesis, alone on the line under the author's name
// and over the date line ("Bento Figueira, SP (Folhapress)", "Bern (SDA)", "Dakar (APS)"), is the text's signature: it
// tags the text and is neither the headline nor a picture's caption. Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "classify.hpp"

#include <optional>
#include <string>
#include <vector>

using namespace archive;

TEST_CASE("a place and an agency in a parenthesis make a signature line", "[agencies][place_line]") {
    using Ids = std::optional<std::vector<std::string>>;
    const std::pair<const char*, Ids> rows[] = {
        {"Bento Figueira, SP (Folhapress)", Ids{{"folhapress"}}}, // pt-BR
        {"Bern (SDA)", Ids{{"sda"}}},                             // de-CH
        {"Dakar (APS)", Ids{{"aps"}}},                            // fr-SN
        {"San Lorenzo Tepatlán (EFE)", Ids{{"efe"}}},             // es
        {"Bern (Symbolbild)", std::nullopt},                      // no agency
        {"Der Gemeinderat tagte am Montag in Bern (SDA)", std::nullopt}, // a sentence, not a place
        {"Bern, 3. Dezember (SDA)", std::nullopt},                // a date is no place's word
    };
    for (const auto& [line, ids] : rows) {
        INFO(line);
        CHECK(place_agency_line(line) == ids);
    }
}

TEST_CASE("a place and agency line under the byline signs the text", "[agencies][place_line]") {
    struct Row {
        const char* page;
        const char* headline;
        const char* agency;
    };
    const std::vector<Row> rows = {
        {"Nachruf\n\nSie hat dem Seeland eine Stimme gegeben\n\n"
         "Die Mundartdichterin ist im Alter von 91 Jahren gestorben. Ein Nachruf auf eine Frau, die das Alltägliche in "
         "Verse fasste.\n\nUrs Gfeller\n\nBern (SDA)\n\nPubliziert: 03.12.2026, 10.15 Uhr\n\n"
         "Wer sie je lesen hörte, vergass ihre Stimme nicht. Leise, fast zögernd begann sie jeweils.\n\n"
         "Sie wuchs als jüngstes von fünf Kindern einer Winzerfamilie auf und unterrichtete 34 Jahre lang.\n",
         "Sie hat dem Seeland eine Stimme gegeben", "sda"}, // de-CH
    };
    for (const Row& r : rows) {
        INFO(r.page);
        const Article a = parse(r.page);
        REQUIRE(a.headline);
        CHECK(*a.headline == r.headline);
        REQUIRE(a.source_tag);
        CHECK(a.source_tag->agencies == std::vector<std::string>{r.agency});
        CHECK(a.media.empty());
        CHECK(a.lede);
    }
}
