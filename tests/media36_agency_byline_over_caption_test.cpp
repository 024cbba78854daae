// An agency's bare name under the title, over a caption whose own credit under it names the same agency ("<title>" /
// "PAP" / "<caption>" / "Fot. PAP/EPA/Jan Kowal"): the wire's byline, no picture of its own (media.cpp,
// agency_over_credited_caption()). The caption keeps its own credit. Invented lines.
#include <catch2/catch.hpp>

#include "pipeline.hpp"

#include <algorithm>
#include <string>

using namespace archive;

namespace {

struct Row {
    const char* date;
    const char* headline;
    const char* agency;
    const char* caption;
    const char* credit;
    const char* first;
    const char* last;
};

Article page_of(const Row& r) {
    return parse(std::string("Portal Morski\nKraj\nŚwiat\nSport\n") + r.date + "\n" + r.headline + "\n" + r.agency + "\n" + r.caption + "\n" + r.credit + "\n" + r.first +
                     "\n" + r.last + "\n",
                 "page.txt");
}

bool credited(const Article& a, const std::string& credit) {
    return std::any_of(a.media.begin(), a.media.end(), [&](const Media& m) { return m.credit == credit; });
}

} // namespace

TEST_CASE("an agency's bare name under the title over a caption its own credit closes is no picture",
          "[classify][media36]") {
    const Row rows[] = {
        {"Dodano: 4 grudnia 2026, 07:48", "Prom wraca na trasę po zimowym remoncie", "PAP", "Prom Marigold w porcie w Gdyni",
         "Fot. PAP/Jan Kowal",
         "Prom Marigold wróci w poniedziałek na trasę między portem a wyspą, poinformował w piątek zarząd portu po "
         "czterech miesiącach napraw silników.",
         "Bilety kupione na zimowe rejsy pozostają ważne do końca marca, dodał rzecznik armatora."},
        {"Publié le 4 décembre 2026 à 07h48", "Le traversier reprend du service lundi", "AFP", "Le traversier Marigold dans le port de Saint-Ellis",
         "Photo : AFP/Jean Roux",
         "Le traversier Marigold reprendra lundi la liaison entre le port et l'île, a indiqué vendredi la direction "
         "du port après quatre mois de réparations.",
         "Les billets achetés pour les traversées d'hiver restent valables jusqu'à fin mars, a précisé la compagnie."},
        {"Published 4 December 2026, 07:48", "Harbour ferry returns after winter repairs", "Reuters", "The ferry Marigold in the harbour at Port Ellis",
         "Photo: Reuters/Sam Vale",
         "The ferry Marigold will run again between the harbour and the island from Monday, the harbour board said "
         "on Friday after four months of engine repairs.",
         "Tickets bought for the winter crossings remain valid until the end of March, the operator added."},
    };
    for (const Row& r : rows) {
        INFO(r.agency);
        const Article a = page_of(r);
        CHECK_FALSE(credited(a, r.agency));
        REQUIRE(credited(a, r.credit));
        CHECK(std::any_of(a.media.begin(), a.media.end(), [&](const Media& m) {
            return m.credit == std::string(r.credit) && m.caption == std::string(r.caption);
        }));
    }
}

TEST_CASE("an agency's bare name over a caption credited to someone else stays beside the picture",
          "[classify][media36]") {
    // (The credit under the caption names another agency: the bare name may be a picture's credit of its own.)
    const Row r = {"Published 4 December 2026, 07:48", "Harbour ferry returns after winter repairs", "Reuters",
                   "The ferry Marigold in the harbour at Port Ellis", "Photo: AFP/Sam Vale",
                   "The ferry Marigold will run again between the harbour and the island from Monday, the harbour "
                   "board said on Friday after four months of engine repairs.",
                   "Tickets bought for the winter crossings remain valid until the end of March, the operator added."};
    const Article a = page_of(r);
    CHECK(credited(a, r.agency));
}
