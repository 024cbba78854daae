// A date of numbers with a year of two digits joined by dashes ("12-05-25") after a date's label counts only when the
// label opens the line or a fact of it (after a bar, a bullet or a dash): inside a sentence of prose the label is a
// verb and its preposition ("The report was published on 12-05-25."). Every line is invented.
#include <catch2/catch.hpp>

#include "dates.hpp"

#include <string>

using namespace archive;

namespace {

void check_published(const char* line, const char* lang, const char* published, const char* updated) {
    INFO(line);
    const DateLine d = read_dates(line, lang);
    CHECK(d.published.value_or("") == published);
    CHECK(d.updated.value_or("") == updated);
}

} // namespace

TEST_CASE("a dashed two-digit year after a label amid a sentence is no date", "[dates][short_years][dashed_prose]") {
    check_published("The report was published on 12-05-25.", "en", "", "");
    check_published("The harbour report, published on 12-05-25 after a long delay, asks for new walls.", "en", "", "");
    check_published("Der Bericht wurde am 12-05-25 veröffentlicht.", "de", "", "");
    check_published("Der Plan, aktualisiert am 12-05-25, sieht neue Mauern vor.", "de", "", "");
    check_published("Het rapport werd gepubliceerd op 12-05-25 na lange vertraging.", "nl", "", "");
}

TEST_CASE("a dashed two-digit year after a label opening the line or a fact is a date",
          "[dates][short_years][dashed_prose]") {
    check_published("Published on 12-05-25", "en", "2025-12-05", "");
    check_published("Harbour Post | Updated on 12-05-25", "en", "", "2025-12-05");
    check_published("Harbour Post \u2022 Gepubliceerd op 12-05-25", "nl", "2025-05-12", "");
    check_published("Hafenblatt - Aktualisiert am 12-05-25", "de", "", "2025-05-12");
}
