// "SRF 4 News, 05.12.2026, 06:00 Uhr ; sda/jaw", "Forum, 05.12.2026, 18:00 ; ats/jfe": a broadcaster's credit line
// under the text, closed by the agency's tag after a semicolon. The tag as printed is the source tag's raw text; the
// line's date with its time dates the article, over an audio player's day without time ("aus Rendez-vous vom
// 05.12.2026"); the whole line stays with the boilerplate. Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <algorithm>
#include <string>

using namespace archive;

TEST_CASE("a broadcaster's credit line gives the tag and the time published", "[classify][tags][dates][head44]") {
    struct Row {
        const char* lang;
        const char* page;
        const char* credit;
        const char* raw;
        const char* agency;
        const char* published;
    };
    const Row rows[] = {
        {"de",
         "Schnee in den Bergen\nPassstrassen wegen Lawinengefahr gesperrt\n\n"
         "Die Neuschneemengen im Oberland sind gross, die Gefahrenstufe wurde erhöht.\n\n"
         "Audio\nLawinengefahr in den Bergen\n02:40 min, aus Rendez-vous vom 05.12.2026.\n\n"
         "In den letzten zwei Tagen sind im Oberland bis zu einem Meter Neuschnee gefallen, meldete das Institut.\n\n"
         "Die Strassen bleiben bis auf Weiteres geschlossen, teilte der Kanton am Morgen mit.\n\n"
         "Radio Bern, 05.12.2026, 06:00 Uhr ; sda/kel\n",
         "Radio Bern, 05.12.2026, 06:00 Uhr ; sda/kel", "sda/kel", "sda", "2026-12-05T06:00"},
        {"fr",
         "Le Grand Conseil veut baisser les primes\n\n"
         "Le parlement cantonal a accepté mardi une motion pour des primes d'assurance maladie plus basses, par 80 "
         "voix contre 64.\n\n"
         "Le gouvernement a désormais deux ans pour présenter un projet, a précisé le président du parlement.\n\n"
         "Forum, 05.12.2026, 18:00 ; ats/jfe\n",
         "Forum, 05.12.2026, 18:00 ; ats/jfe", "ats/jfe", "ats", "2026-12-05T18:00"},
    };
    for (const Row& r : rows) {
        INFO(r.lang);
        const Article a = parse(r.page);
        REQUIRE(a.source_tag);
        CHECK(a.source_tag->raw == r.raw);
        CHECK(a.source_tag->agencies == std::vector<std::string>{r.agency});
        CHECK(a.published.value_or("") == r.published);
        CHECK(std::find(a.boilerplate.begin(), a.boilerplate.end(), r.credit) != a.boilerplate.end());
    }
}

TEST_CASE("a credit line of another day leaves the date read over the text", "[classify][tags][dates][head44]") {
    // Guard: the date line over the text names another day; the credit line's is not taken over it.
    const Article a = parse("Le Grand Conseil veut baisser les primes\n\n4 décembre 2026, 19:40\n\n"
                            "Le parlement cantonal a accepté mardi une motion pour des primes d'assurance maladie plus "
                            "basses, par 80 voix contre 64.\n\n"
                            "Le gouvernement a désormais deux ans pour présenter un projet, a précisé le président.\n\n"
                            "Forum, 05.12.2026, 18:00 ; ats/jfe\n");
    CHECK(a.published.value_or("") == "2026-12-04T19:40");
    REQUIRE(a.source_tag);
    CHECK(a.source_tag->raw == "ats/jfe");
}
