// "La façade rénovée de la salle." / "Sacha Bittel/Le Nouvelliste", "Der Kran am Hafen." / "20min/Marvin Ancian": a
// photographer's name and the outlet joined by a slash, in either order, alone on the line under a caption's
// sentence, is that caption's credit, whether or not the lexicon knows the outlet.
#include <catch2/catch.hpp>

#include "credits_parts.hpp"
#include "pipeline.hpp"

#include <string>

using namespace archive;

TEST_CASE("a name and an outlet joined by a slash under a caption's sentence credit its picture",
          "[media][credit][boiler26]") {
    struct Row {
        const char* language;
        std::string page;
        const char* caption;
        const char* credit;
    };
    const Row rows[] = {
        {"fr", R"(Le Courrier du Lac
Culture
La salle des fêtes de Vernier rouvre après deux ans de travaux
Par Odile Favre
14 sept. 2026, 05:30
La commune a profité de la fermeture pour refaire toute la machinerie de scène et agrandir le foyer du public.
La façade rénovée de la salle des fêtes, un soir de répétition.
Hugo Perrin/Le Courrier du Lac
La première représentation aura lieu samedi soir, devant plus de quatre cents spectateurs déjà inscrits.
Les travaux ont coûté huit millions de francs, deux de plus que prévu au départ.
)",
         "La façade rénovée de la salle des fêtes, un soir de répétition.", "Hugo Perrin/Le Courrier du Lac"},
        {"fr", R"(Info Lac
Genève
Un cycliste blessé au carrefour de la Pointe
Mis à jour: 05.06.2026, 06:30
Un cycliste de 54 ans a été grièvement blessé mardi soir au carrefour de la Pointe, percuté par une voiture.
L’accident s’est produit au carrefour de la Pointe. (Photo d’illustration)
24info/Marc Vernet
La police cantonale recherche des témoins et prie les personnes présentes d'appeler le poste du quartier.
Le conducteur a été entendu mardi soir, il n'a pas été inculpé à ce stade de l'enquête.
)",
         "L’accident s’est produit au carrefour de la Pointe. (Photo d’illustration)", "24info/Marc Vernet"},
        {"de", R"(Seeblatt
Region
Der alte Kran am Hafen wird restauriert
Von Claudia Berger
3. Dezember 2026
Die Stadt lässt den über hundert Jahre alten Kran am Hafenbecken bis zum Frühling vollständig restaurieren.
Der Kran am Hafenbecken kurz vor dem Beginn der Arbeiten.
Seeblatt/Anna Muster
Die Kosten von rund 400'000 Franken teilen sich die Stadt und der kantonale Denkmalfonds.
Im Mai soll der Kran wieder für Führungen offen stehen, wie die Stadt am Dienstag mitteilte.
)",
         "Der Kran am Hafenbecken kurz vor dem Beginn der Arbeiten.", "Seeblatt/Anna Muster"},
        {"en", R"(Harbour Weekly
Local
Tide gauges on the harbour wall get a new sensor
By Naomi Feld
Dec. 3, 2026
The port authority replaced the sensors of all four gauges last week, ahead of the winter storms.
Two technicians fit a sensor to the gauge at the end of the east pier on Tuesday.
Lena Marsh/Harbour Weekly
The new sensors report the water level every ten seconds instead of every minute, the authority said.
Fishermen had asked for faster readings after two boats ran aground at low tide in March.
)",
         "Two technicians fit a sensor to the gauge at the end of the east pier on Tuesday.",
         "Lena Marsh/Harbour Weekly"},
    };
    for (const Row& r : rows) {
        INFO(r.page);
        const Article a = classify(segment(r.page), r.language);
        REQUIRE(a.media.size() == 1);
        CHECK(a.media[0].caption.value_or("<none>") == r.caption);
        CHECK(a.media[0].credit.value_or("<none>") == r.credit);
    }
}

TEST_CASE("a slashed line that is no name and outlet, or under no caption's sentence, credits no picture",
          "[media][credit][boiler26]") {
    // The shape alone: a slash joining two words, a bare name on one side.
    CHECK(person_outlet_credit("Sacha Bittel/Le Nouvelliste"));
    CHECK(person_outlet_credit("20min/Marvin Ancian"));
    CHECK_FALSE(person_outlet_credit("Redaktion Lokales / Katrin Mayer")); // a desk's byline, a spaced slash
    CHECK_FALSE(person_outlet_credit("Pain / Anesthetics"));                // a menu's entry
    CHECK_FALSE(person_outlet_credit("Hans Muster/Anna Meier, Bern"));      // a comma: no credit's shape
    CHECK_FALSE(person_outlet_credit("Zürich/Bern"));                       // two places, no name
    // A heading between paragraphs over the slashed line: no caption's sentence over it.
    const std::string page = R"(Seeblatt
Region
Der alte Kran am Hafen wird restauriert
Von Claudia Berger
3. Dezember 2026
Die Stadt lässt den über hundert Jahre alten Kran am Hafenbecken bis zum Frühling vollständig restaurieren.
Die Kosten und der Zeitplan
Seeblatt/Anna Muster
Die Kosten von rund 400'000 Franken teilen sich die Stadt und der kantonale Denkmalfonds.
Im Mai soll der Kran wieder für Führungen offen stehen, wie die Stadt am Dienstag mitteilte.
)";
    const Article a = classify(segment(page), "de");
    CHECK(a.media.empty());
}
