// The boundary between a list and the headings around it: a line naming what a list holds ("Our services", "Unsere
// Leistungen", "Nos prestations") glued between a paragraph and the list's short items heads them, though it has the
// items' shape; the list's last item glued over the sentences below stays an item, though longer than the others; a
// row of facts ("Features: as new") heads nothing.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "rows.hpp"
#include "test_pages.hpp"

#include <string>
#include <vector>

using namespace archive;
using archive::test::check_heading_rows;

namespace {

const char* const services_en = R"(The bakery on Harbour Street turns forty
Anna Berg took over her father's bakery in 1998 and has kept the old oven running ever since. This spring the shop on Harbour Street celebrates forty years with a week of open doors.
Our services
Catering for weddings and parties
Cakes to order
Cooking classes for small groups
Bread delivered to the door
Every order is baked on the morning it leaves the shop, and nothing is frozen. The bakery opens at six every day but Monday.
)";
const char* const services_de = R"(Die Bäckerei an der Hafenstraße wird vierzig
Anna Berg hat die Bäckerei ihres Vaters 1998 übernommen und den alten Ofen seither nie ausgehen lassen. In diesem Frühling feiert der Laden an der Hafenstraße vierzig Jahre mit einer Woche der offenen Tür.
Unsere Leistungen
Hochzeitstorten und Festgebäck
Brot auf Bestellung
Backkurse für kleine Gruppen
Lieferung bis an die Haustür
Jede Bestellung wird am Morgen gebacken, an dem sie den Laden verlässt, und nichts wird eingefroren. Die Bäckerei öffnet jeden Tag außer montags um sechs Uhr.
)";
const char* const services_fr = R"(La boulangerie de la rue du Port fête ses quarante ans
Anne Berger a repris la boulangerie de son père en 1998 et n'a jamais laissé s'éteindre le vieux four. Ce printemps, la boutique de la rue du Port fête ses quarante ans avec une semaine portes ouvertes.
Nos prestations
Pièces montées pour les mariages
Pain sur commande
Cours de pâtisserie en petits groupes
Livraison à domicile
Chaque commande est cuite le matin même de son départ, et rien n'est congelé. La boulangerie ouvre à six heures tous les jours sauf le lundi.
)";

} // namespace

TEST_CASE("a line naming what a list holds heads the list, its last item no heading", "[classify][heading][list]") {
    check_heading_rows({
        {"en", services_en, {"Our services"}},
        {"de", services_de, {"Unsere Leistungen"}},
        {"fr", services_fr, {"Nos prestations"}},
    });
}

TEST_CASE("the items of a list under the line naming it are its section's paragraphs", "[classify][list]") {
    struct Row {
        const char* lang;
        const char* page;
        std::vector<std::string> items;
    };
    const Row rows[] = {
        {"en", services_en,
         {"Catering for weddings and parties", "Cakes to order", "Cooking classes for small groups",
          "Bread delivered to the door"}},
        {"de", services_de,
         {"Hochzeitstorten und Festgebäck", "Brot auf Bestellung", "Backkurse für kleine Gruppen",
          "Lieferung bis an die Haustür"}},
        {"fr", services_fr,
         {"Pièces montées pour les mariages", "Pain sur commande", "Cours de pâtisserie en petits groupes",
          "Livraison à domicile"}},
    };
    for (const auto& r : rows) {
        INFO(r.lang);
        const Article a = classify(segment(r.page), r.lang);
        REQUIRE(a.sections.size() == 2);
        const std::vector<std::string>& paragraphs = a.sections[1].paragraphs;
        REQUIRE(paragraphs.size() == r.items.size() + 1);
        CHECK(std::vector<std::string>(paragraphs.begin(), paragraphs.end() - 1) == r.items);
    }
}

TEST_CASE("a row of facts naming a list's kind heads no list", "[classify][heading][list]") {
    const test::PageRow rows[] = {
        {"en", R"(Harbour flat to let
The flat is on the third floor of a house built in 1910 and was renovated last winter. The view reaches over the whole harbour basin.
Features: as new
Rooms three
Floor area 85 square metres
Rent 1200 pounds
Viewings are possible on Saturday between ten and twelve, and no appointment is needed.
)", "Features: as new"},
        {"de", R"(Altbauwohnung am Hafen zu vermieten
Die Wohnung liegt im dritten Stock eines Hauses von 1910 und wurde im letzten Winter ganz renoviert. Der Blick reicht über das ganze Hafenbecken.
Ausstattung: wie neu
Zimmer drei
Fläche 85 Quadratmeter
Miete 1200 Euro
Besichtigungen sind am Samstag zwischen zehn und zwölf Uhr möglich, eine Anmeldung ist nicht nötig.
)", "Ausstattung: wie neu"},
    };
    for (const auto& r : rows) {
        INFO(r.page);
        const Article a = classify(segment(r.page), r.lang);
        CHECK_FALSE(test::contains(test::headings_of(a), r.line));
        CHECK(test::contains(test::paragraphs_of(a), r.line));
    }
}
