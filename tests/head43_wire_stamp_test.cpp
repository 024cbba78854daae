// "051634 DEC 26" (AFP), "051423 Dez 26" (dpa), "05-DIC-26 13:41" (ANSA): a wire's transmission stamp alone on its
// line at the end of wire copy is the day and time published; a day printed without a time (the dateline's) gets the
// stamp's time. Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "meta_parts.hpp"

#include <string>

using namespace archive;

TEST_CASE("a wire's transmission stamp reads as a day and a time", "[dates][wire][head43]") {
    CHECK(wire_stamp("061210 MAR 26", "fr").value_or("") == "2026-03-06T12:10");
    CHECK(wire_stamp("061210 Mär 26", "de").value_or("") == "2026-03-06T12:10");
    CHECK(wire_stamp("06-MAR-26 12:10", "it").value_or("") == "2026-03-06T12:10");
    CHECK(wire_stamp("06-DIC-26 09:05", "es").value_or("") == "2026-12-06T09:05");
    // (no month, an hour past 23, a figure of a table, a longer line: no stamp)
    CHECK_FALSE(wire_stamp("061210 ABC 26", "en"));
    CHECK_FALSE(wire_stamp("062510 MAR 26", "en"));
    CHECK_FALSE(wire_stamp("061210 123 26", "en"));
    CHECK_FALSE(wire_stamp("061210 MAR 2026 x", "en"));
}

TEST_CASE("the stamp closing wire copy dates the record", "[dates][wire][head43]") {
    struct Row {
        const char* lang;
        const char* page;
        const char* published;
    };
    const Row rows[] = {
        {"de",
         "Verkehr/Fähre/\nFährlinie nach Helgoland fährt wieder ab Montag\n"
         "Cuxhaven (dpa) - Die Fährlinie nach Helgoland nimmt am Montag den Betrieb wieder auf, teilte die Reederei "
         "am Freitag mit.\nDie Schiffe waren seit Oktober in der Werft, wo die Motoren erneuert wurden.\n"
         "dpa ab yyzz n1 kro\n061210 Mär 26\n",
         "2026-03-06T12:10"},
        {"fr",
         "Le port de Brest rouvre après la tempête\n"
         "BREST, 6 mars 2026 (AFP) - Le port de Brest a rouvert vendredi après trois jours de fermeture due à la "
         "tempête, a indiqué la capitainerie.\nLes navires bloqués ont appareillé dès l'aube, selon la capitainerie.\n"
         "abc-def/gh\nAFP\n061210 MAR 26\n",
         "2026-03-06T12:10"},
        {"it",
         "Riapre il porto di Ancona dopo la mareggiata\n"
         "(ANSA) - ANCONA, 06 MAR - Il porto di Ancona ha riaperto oggi dopo tre giorni di chiusura per la "
         "mareggiata, ha fatto sapere la capitaneria.\nLe navi ferme in rada sono partite all'alba.\n"
         "(ANSA).\nXYZ-AB/\n06-MAR-26 12:10\n",
         "2026-03-06T12:10"},
    };
    for (const Row& r : rows) {
        INFO(r.lang);
        const Article a = parse(r.page);
        CHECK(a.published.value_or("") == r.published);
    }
}

TEST_CASE("a stamp of another day leaves the printed date", "[dates][wire][head43]") {
    const Article a = parse("Le port de Brest rouvre après la tempête\n"
                            "BREST, 6 mars 2026 (AFP) - Le port de Brest a rouvert vendredi après trois jours de "
                            "fermeture due à la tempête, a indiqué la capitainerie.\nLes navires bloqués ont appareillé "
                            "dès l'aube, selon la capitainerie.\nabc-def/gh\nAFP\n071210 MAR 26\n");
    CHECK(a.published.value_or("") == "2026-03-06");
}
