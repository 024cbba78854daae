// Source tags: Reuters' code "rts" inside a list of agencies beside another one ("(dpa/rts)", "Quelle: ntv.de, dpa,
// rts, AFP") names Reuters, alone it names nobody ("RTS", the Swiss broadcaster); the agency's bare name under the
// headline gives way to the closing tag naming it, as printed ("(ACN)", "(SDA)"). Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "classify.hpp"

#include <string>
#include <vector>

using namespace archive;

using Ids = std::vector<std::string>;

TEST_CASE("Reuters' code in a list of agencies", "[classify][source_tag][agency_codes][head48]") {
    CHECK(agency_tag("(dpa/rts)").value_or(Ids{}) == Ids{"dpa", "reuters"});
    CHECK(agency_tag("(afp/rts)").value_or(Ids{}) == Ids{"afp", "reuters"});
    CHECK(agency_tag("Quelle: ntv.de, dpa, rts, AFP").value_or(Ids{}) == Ids{"dpa", "reuters", "afp"});
    CHECK(agency_tag("Source : lefil.fr, AFP, rts").value_or(Ids{}) == Ids{"afp", "reuters"});
    // (alone, or in capitals, it is no agency's)
    CHECK_FALSE(agency_tag("(rts)"));
    CHECK(agency_tag("(ats/RTS)").value_or(Ids{}) == Ids{"ats"});
}

TEST_CASE("the closing tag as printed is the raw tag, over the agency's name under the headline",
          "[classify][source_tag][closing][head48]") {
    struct Row {
        const char* lang;
        const char* page;
        const char* raw;
        const char* id;
        const char* head_line;
    };
    const Row rows[] = {
        {"ca",
         "Diari del Port\nPortada\nTerritori\n"
         "Els Bombers donen per estabilitzat l'incendi de la serra després de cremar 120 hectàrees\n"
         "ACN\nVic\nDijous, 3 de desembre de 2026, 10:22\n"
         "Els Bombers han donat per estabilitzat aquest dijous al matí l'incendi que es va declarar dimecres a la "
         "serra.\n"
         "Segons el cap d'intervenció, les flames no han arribat a cap nucli habitat durant la nit.\n"
         "Els Agents Rurals investiguen les causes del foc i demanen prudència als veïns.\n"
         "(ACN)\nNotícies relacionades\nComentaris\n",
         "(ACN)", "acn", "ACN"},
        {"de",
         "Seeländer Bote\nStartseite\nSchweiz\n"
         "Nachtzug nach Rom fährt ab Dezember wieder täglich ab Basel\n"
         "Keystone-SDA\n03.12.2026, 10:15 Uhr\n"
         "Der Nachtzug von Basel nach Rom verkehrt ab dem Fahrplanwechsel im Dezember wieder jeden Abend, wie die "
         "Bahn mitteilte.\n"
         "Die Verbindung war im Sommer wegen Bauarbeiten an der Strecke nur dreimal pro Woche angeboten worden.\n"
         "Die Bahn rechnet mit einer guten Auslastung, vor allem über die Feiertage.\n"
         "(SDA)\nMehr zum Thema\nKommentare\n",
         "(SDA)", "sda", "Keystone-SDA"},
    };
    for (const Row& r : rows) {
        INFO(r.lang);
        const Article a = parse(r.page);
        REQUIRE(a.source_tag);
        CHECK(a.source_tag->raw == r.raw);
        CHECK(a.source_tag->agencies == Ids{r.id});
    }
}
