// A subscribers' badge opening the head's block ("Abo" / "Streit um Hardbrücke" / <headline>): the label under it is
// the kicker, the badge set apart from the menu above as a blank line sets a label apart. Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <string>
#include <vector>

using namespace archive;

TEST_CASE("the label under a subscribers' badge opening the head is the kicker", "[classify][kicker]") {
    struct Row {
        const char* page;
        const char* kicker;
        const char* headline;
    };
    const std::vector<Row> rows = {
        {
         "Seeblatt\n"
         "Region\n"
         "Schweiz\n"
         "Abo\n"
         "Anmelden\n"
         "\n"
         "Abo\n"
         "Streit um Seebrücke\n"
         "Stadt will zwei Spuren für Busse reservieren\n"
         "\n"
         "Der Stadtrat plant eine Busspur auf der Seebrücke. Der Gewerbeverband droht mit dem Referendum.\n"
         "\n"
         "Jana Roth\n"
         "Veröffentlicht am 12.03.2025, 06:30 Uhr\n"
         "\n"
         "Die Seebrücke ist eine der wichtigsten Verbindungen der Stadt. Täglich fahren dort über 40 000 Autos.\n"
         "\n"
         "Die Busbetriebe begrüssen den Plan, weil ihre Linien heute oft im Stau stehen.\n",
         "Streit um Seebrücke", "Stadt will zwei Spuren für Busse reservieren"},
        {
         "Le Quotidien du Lac\n"
         "Région\n"
         "Suisse\n"
         "Abonnés\n"
         "\n"
         "Abonnés\n"
         "Mobilité douce\n"
         "La Ville veut réserver deux voies aux bus\n"
         "\n"
         "La Municipalité prévoit une voie de bus sur le pont. Les commerçants menacent de lancer un référendum.\n"
         "\n"
         "Jeanne Morel\n"
         "Publié le 12.03.2025 à 06h30\n"
         "\n"
         "Le pont est l'un des axes principaux de la ville. Plus de 40 000 voitures y passent chaque jour.\n"
         "\n"
         "Les transports publics saluent le projet, car leurs lignes sont souvent bloquées dans les bouchons.\n",
         "Mobilité douce", "La Ville veut réserver deux voies aux bus"},
    };
    for (const Row& r : rows) {
        INFO(r.page);
        const Article a = parse(r.page);
        CHECK(a.kicker.value_or("") == r.kicker);
        CHECK(a.headline.value_or("") == r.headline);
    }
}
