// Two West African state agencies the lexicon lacked: Côte d'Ivoire's AIP ("Abidjan, 3 déc. (AIP) -") and Mali's
// AMAP ("Bamako, 3 déc. (AMAP) -"). Their datelines tag the text and give the place (probe6 kind 3c). Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "classify.hpp"

#include <optional>
#include <string>
#include <vector>

using namespace archive;

TEST_CASE("a dateline naming AIP or AMAP tags the text and gives its place", "[agencies][probe6]") {
    struct Row {
        const char* headline;
        const char* opening;
        const char* place;
        const char* agency;
    };
    const Row rows[] = {
        {"Les riverains du canal exigent le curage avant la saison des pluies",
         "Abidjan, 3 déc. (AIP) - Plusieurs dizaines d'habitants du quartier ont manifesté mardi matin devant la "
         "mairie annexe pour réclamer le curage du canal principal.",
         "Abidjan", "aip"},
        {"La campagne cotonnière démarre avec un mois de retard",
         "Bamako, 3 déc. (AMAP) - La campagne de commercialisation du coton a été lancée mercredi dans la région, avec "
         "un mois de retard sur le calendrier prévu par la compagnie.",
         "Bamako", "amap"},
    };
    for (const Row& r : rows) {
        INFO(r.opening);
        CHECK(agency_tag(std::string("(") + (r.agency == std::string("aip") ? "AIP" : "AMAP") + ")") ==
              std::optional<std::vector<std::string>>{{r.agency}});
        const Article a = parse(std::string(r.headline) + "\n\n" + r.opening + "\n\n" +
                                "Les autorités ont promis une réponse avant la fin du mois, selon la même source.\n");
        REQUIRE(a.dateline);
        CHECK(*a.dateline == r.place);
        REQUIRE(a.source_tag);
        CHECK(a.source_tag->agencies == std::vector<std::string>{r.agency});
    }
}
