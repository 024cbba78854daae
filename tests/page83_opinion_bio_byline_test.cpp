// An opinion piece signed with the writer's bare name and a bio line under it, over the date line ("Martin Lebrun" /
// "Géographe, professeur à l'université de Tours ..." / "Publié le ..."): the name is the byline, the bio line is
// neither the headline nor a paragraph, and the standfirst over the name stays the lede. Invented pages.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <string>

namespace {

struct Row {
    const char* page;
    const char* author;
    const char* headline_opening;
    const char* lede_opening;
    const char* first_paragraph;
};

} // namespace

TEST_CASE("a bare name over the writer's bio line and the date is the byline", "[byline][lede][page83]") {
    const Row rows[] = {
        {R"(Idées
Tribune
« Les petites lignes ferroviaires ne sont pas un luxe mais une condition de l'égalité des territoires »
Alors que la région prévoit de fermer trois dessertes, le géographe Martin Lebrun juge que cette décision pénalise d'abord les habitants sans voiture.
Martin Lebrun
Géographe, professeur à l'université de Tours et membre du conseil scientifique de la Fédération des usagers
Publié le 2 décembre 2026 à 06h30
Chaque fermeture de ligne est présentée comme une mesure de bon sens budgétaire. Les chiffres de fréquentation sont faibles, les trains coûtent cher, les cars feraient aussi bien.
Mais ces chiffres ne disent rien de ceux qui n'ont pas d'autre choix. Dans les cantons concernés, un ménage sur cinq ne possède aucune voiture.
La région doit publier l'an prochain un schéma des mobilités qui engagera les dix prochaines années de transport public dans les vallées.
)",
         "Martin Lebrun", "« Les petites lignes", "Alors que la région prévoit", "Chaque fermeture de ligne est"},
        {R"(Opinión
TRIBUNA
Los trenes de cercanías no son un lujo sino una cuestión de igualdad
Tres años después del cierre de la línea, los vecinos de la comarca siguen sin una alternativa de transporte público razonable
Marta Ibáñez
Economista y profesora de Transporte en la Universidad de Zaragoza
03 DIC 2026 - 06:30
Cada vez que se cierra una línea se habla de sentido común presupuestario. Los viajeros son pocos, los trenes cuestan mucho y el autobús haría lo mismo.
Pero esas cifras no dicen nada de quienes no tienen otra opción. En la comarca, uno de cada cinco hogares no tiene coche.
El Gobierno regional publicará el año que viene un plan de movilidad que marcará la próxima década del transporte público en los valles.
)",
         "Marta Ibáñez", "Los trenes de cercanías", "Tres años después del cierre", "Cada vez que se cierra"},
        {R"(Opinion
Comment
Branch lines are not a luxury but a matter of fairness between regions
As the county plans to close three rural services, a transport economist argues the cut falls hardest on households without a car.
Martin Lebrook
Economist and lecturer in transport policy at the University of Harbourside
Wed 2 Dec 2026 06.30 GMT
Every closure of a line is presented as common budgetary sense. Passenger numbers are low, trains are expensive and buses would do just as well.
But those figures say nothing about the people who have no other choice. In the districts concerned, one household in five owns no car.
The county will publish a transport plan next year that will shape public transport in the valleys for a decade.
)",
         "Martin Lebrook", "Branch lines are not", "As the county plans to", "Every closure of a line"},
        {R"(Meinung
Gastbeitrag
Nebenbahnen sind kein Luxus, sondern eine Frage der Gerechtigkeit zwischen Stadt und Land
Der Kreis will drei Strecken stilllegen. Die Verkehrsökonomin Marta Ibach hält das für einen Fehler, der vor allem Haushalte ohne Auto trifft.
Marta Ibach
Professorin für Verkehrspolitik an der Hochschule Hafenstadt und Mitglied im Fahrgastbeirat
02.12.2026, 06:30 Uhr
Jede Stilllegung wird als Gebot der Haushaltsvernunft dargestellt. Die Fahrgastzahlen seien niedrig, die Züge teuer, Busse könnten das genauso gut.
Doch diese Zahlen sagen nichts über jene, die keine Wahl haben. In den betroffenen Gemeinden besitzt jeder fünfte Haushalt kein Auto.
Der Kreis will im kommenden Jahr einen Nahverkehrsplan vorlegen, der den öffentlichen Verkehr in den Tälern für ein Jahrzehnt prägt.
)",
         "Marta Ibach", "Nebenbahnen sind kein Luxus,", "Der Kreis will drei Strecken",
         "Jede Stilllegung wird als Gebot"},
    };
    for (const Row& r : rows) {
        INFO(r.author);
        const archive::Article a = archive::parse(r.page, "x");
        REQUIRE(a.authors.size() == 1);
        CHECK(a.authors[0] == r.author);
        CHECK(a.headline.value_or("").starts_with(r.headline_opening));
        CHECK(a.lede.value_or("").starts_with(r.lede_opening));
        REQUIRE(!a.sections.empty());
        REQUIRE(!a.sections[0].paragraphs.empty());
        CHECK(a.sections[0].paragraphs[0].starts_with(r.first_paragraph));
    }
}
