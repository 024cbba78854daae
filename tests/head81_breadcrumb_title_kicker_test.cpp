// A breadcrumb laid out one crumb a line that closes on the headline's own text ("Accueil / Actualités / Voirie /
// <title>"), then the section's label and the title printed again: the label right over the headline is its kicker,
// though the breadcrumb prints it too. Invented pages.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <string>
#include <vector>

TEST_CASE("the label under a breadcrumb closing on the headline's text is the kicker", "[headline][kicker][head81]") {
    struct Row {
        const char* page;
        const char* kicker;
        const char* headline;
    };
    const std::vector<Row> rows = {
        {// fr
         R"(Aller au contenu
Commune de Vallon
Ma ville
Vie municipale
Culture et loisirs
Actualités
Rechercher
Accueil
Actualités
Voirie
Réfection de la rue des Écoles : la circulation coupée pendant trois semaines
Voirie
Réfection de la rue des Écoles : la circulation coupée pendant trois semaines
Publié le 3 décembre 2026
La commune refait la chaussée et les trottoirs de la rue des Écoles à partir du lundi 11 janvier. Les travaux dureront trois semaines.
La rue sera fermée à la circulation entre la place de la Mairie et le carrefour du stade. Une déviation sera mise en place par l'avenue de la Gare.
Les riverains pourront accéder à leur garage le soir et le week-end. Les bus scolaires s'arrêteront place de la Mairie.
Le chantier coûtera 180 000 euros, dont la moitié est payée par le département.
Mots-clés :
Voirie
Travaux
)",
         "Voirie", "Réfection de la rue des Écoles : la circulation coupée pendant trois semaines"},
        {// en
         R"(Skip to content
Millbrook Town Council
Your council
Bins and recycling
Leisure
News
Search
Home
News
Roads
Mill Street to close for three weeks of resurfacing
Roads
Mill Street to close for three weeks of resurfacing
Published 3 December 2026
The council will resurface the road and pavements of Mill Street from Monday 11 January. The work will take three weeks.
The street will be closed to traffic between the Town Hall and the football ground. A diversion will run along Station Road.
Residents will be able to reach their driveways in the evenings and at weekends. School buses will stop at the Town Hall.
The work will cost 180,000 pounds, half of it paid by the county.
Tags:
Roads
Works
)",
         "Roads", "Mill Street to close for three weeks of resurfacing"},
        {// de
         R"(Zum Inhalt springen
Gemeinde Talheim
Rathaus
Leben in Talheim
Freizeit
Aktuelles
Suche
Startseite
Aktuelles
Straßenbau
Schulstraße wird drei Wochen lang für den Verkehr gesperrt
Straßenbau
Schulstraße wird drei Wochen lang für den Verkehr gesperrt
Veröffentlicht am 3. Dezember 2026
Die Gemeinde erneuert ab Montag, 11. Januar, Fahrbahn und Gehwege der Schulstraße. Die Arbeiten dauern drei Wochen.
Die Straße wird zwischen dem Rathaus und dem Sportplatz gesperrt. Eine Umleitung führt über die Bahnhofstraße.
Anwohner erreichen ihre Garagen abends und am Wochenende. Die Schulbusse halten am Rathaus.
Die Arbeiten kosten 180 000 Euro, die Hälfte zahlt der Landkreis.
Schlagwörter:
Straßenbau
Baustellen
)",
         "Straßenbau", "Schulstraße wird drei Wochen lang für den Verkehr gesperrt"},
    };
    for (const Row& r : rows) {
        INFO(r.headline);
        const archive::Article a = archive::parse(r.page, "x");
        CHECK(a.kicker.value_or("") == r.kicker);
        CHECK(a.headline.value_or("") == r.headline);
    }
}
