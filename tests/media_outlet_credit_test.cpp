// "A nurse checks a patient's temperature at a clinic on Nov. 28." / "Maddie McGarvey for The Daily Record": a
// photographer's name and the outlet the picture was taken for, alone on the line under the caption, is its credit;
// so is the name and the outlet joined by a slash ("Hugo Perrin/Le Courrier du Lac", "24info/Marc Vernet").
#include <catch2/catch.hpp>

#include "pipeline.hpp"

#include <string>

using namespace archive;

TEST_CASE("a photographer for an outlet on the line under a caption is the caption's credit",
          "[media][credit][outlet_credit]") {
    struct Row {
        const char* language;
        std::string page;
        const char* caption;
        const char* credit;
    };
    const Row rows[] = {
        {"en", R"(News
Health
Clinics extend opening hours as flu cases rise
By Naomi Feld
Dec. 3, 2026
The county's clinics will stay open until 9 p.m. on weekdays from next Monday, the health department said on Tuesday.
A nurse checks a patient's temperature at a walk-in clinic in Dayton, Ohio, on Nov. 28.
Maddie McGarvey for The Daily Record
Flu cases have doubled in the past three weeks, and emergency rooms report waits of more than five hours.
Officials urged residents to get vaccinated before the holidays, when travel usually spreads the virus further.
)",
         "A nurse checks a patient's temperature at a walk-in clinic in Dayton, Ohio, on Nov. 28.",
         "Maddie McGarvey for The Daily Record"},
        {"fr", R"(Actualité
Santé
Les centres de santé ouvrent plus tard face à la grippe
Par Claire Dumas
3 décembre 2026
Les centres de santé du canton resteront ouverts jusqu'à 21 heures en semaine dès lundi prochain, a annoncé mardi le département.
Une infirmière prend la température d'un patient dans un centre de Lausanne, le 28 novembre.
Jeanne Morel pour Le Quotidien
Les cas de grippe ont doublé en trois semaines et les urgences signalent des attentes de plus de cinq heures.
Les autorités appellent la population à se faire vacciner avant les fêtes de fin d'année.
)",
         "Une infirmière prend la température d'un patient dans un centre de Lausanne, le 28 novembre.",
         "Jeanne Morel pour Le Quotidien"},
        {"de", R"(Nachrichten
Gesundheit
Arztpraxen öffnen wegen der Grippewelle länger
Von Claudia Berger
3. Dezember 2026
Die Praxen im Landkreis bleiben ab kommendem Montag werktags bis 21 Uhr geöffnet, teilte das Gesundheitsamt am Dienstag mit.
Eine Pflegerin misst in einer Praxis in Passau die Temperatur eines Patienten, am 28. November.
Anna Muster für Die Zeit
Die Zahl der Grippefälle hat sich in drei Wochen verdoppelt, in den Notaufnahmen warten Patienten mehr als fünf Stunden.
Die Behörden rufen dazu auf, sich vor den Feiertagen impfen zu lassen.
)",
         "Eine Pflegerin misst in einer Praxis in Passau die Temperatur eines Patienten, am 28. November.",
         "Anna Muster für Die Zeit"},
        {"es", R"(Noticias
Salud
Los centros de salud amplían su horario por la gripe
Por Lucía Ortega
3 de diciembre de 2026
Los centros de salud de la comunidad abrirán hasta las 21 horas entre semana a partir del próximo lunes, informó el martes la consejería.
Una enfermera toma la temperatura a un paciente en un centro de salud de Vigo, el 28 de noviembre.
Marta Iglesias para El Diario
Los casos de gripe se han duplicado en tres semanas y las urgencias registran esperas de más de cinco horas.
Las autoridades piden a la población que se vacune antes de las fiestas de fin de año.
)",
         "Una enfermera toma la temperatura a un paciente en un centro de salud de Vigo, el 28 de noviembre.",
         "Marta Iglesias para El Diario"},
        // "Hugo Perrin/Le Courrier du Lac", "24info/Marc Vernet": the name and the outlet joined by a slash, in either
        // order, whatever the outlet (the lexicon need not know it).
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
        INFO(r.language);
        const Article a = classify(segment(r.page), r.language);
        REQUIRE(a.media.size() == 1);
        CHECK(a.media[0].caption.value_or("<none>") == r.caption);
        CHECK(a.media[0].credit.value_or("<none>") == r.credit);
    }
}

TEST_CASE("a name for an outlet that closes no caption's sentence credits no picture", "[media][credit][outlet_credit]") {
    // Over the date line: a contributor's byline under the standfirst.
    const std::string byline = R"(News
Opinion
Our harbours need a plan, not another review
The city has commissioned four studies of the docks in ten years. It is time to act on them.
Jane Roe for The Harbour Post
Dec. 3, 2026
The city council will on Thursday vote on yet another review of the harbour, the fifth since the docks closed in 2016.
Each review has found the same thing: the quays are crumbling and the money to mend them is not in the budget.
Residents who live along the water deserve more than a sixth study that says what the first five did.
)";
    CHECK(classify(segment(byline), "en").media.empty());
    // Under a question: two titles of a menu ("Essential Items for Allergy Relief" reads as a name and an outlet).
    const std::string menu = R"(Noticias
Salud
Los centros de salud amplían su horario por la gripe
Por Lucía Ortega
3 de diciembre de 2026
Los centros de salud de la comunidad abrirán hasta las 21 horas entre semana a partir del próximo lunes, informó el martes la consejería.
Los casos de gripe se han duplicado en tres semanas y las urgencias registran esperas de más de cinco horas.
¿Tiene usted alergia a algún alimento?
Remedios Caseros para El Invierno
Las autoridades piden a la población que se vacune antes de las fiestas de fin de año.
)";
    CHECK(classify(segment(menu), "es").media.empty());
}
