// A cross-head over short lines of a label, a colon and a figure ("Le vote en chiffres / Oui: 12 345 voix") heads
// them; a line that is itself a label and a value, or a line over clock times, heads nothing by that rule. Every line
// is invented.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "rows.hpp"
#include "test_pages.hpp"

#include <string>
#include <vector>

using namespace archive;

using archive::test::contains;
using archive::test::headings_of;
using archive::test::paragraphs_of;

namespace {

struct Row {
    const char* language;
    const char* page;
    const char* line; // the cross-head sought, or the line that must head nothing
};

// The headings of a row's page, classified in its language.
std::vector<std::string> headings_in(const Row& r) {
    return headings_of(classify(segment(r.page), r.language));
}

} // namespace

TEST_CASE("a cross-head over short lines of figures heads them", "[classify][headings]") {
    const Row rows[] = {
        {"fr", R"(Le budget du port passe de justesse au conseil

Le conseil municipal a adopté mardi soir le budget du port après un débat de plus de trois heures sur le prix des places.

Les pêcheurs paieront un peu plus cette année, mais la digue sera enfin réparée avant l'hiver prochain, a promis le maire.

Le vote en chiffres
Pour: 23 voix
Contre: 19 voix
Abstentions: 3

Le maire a promis une réunion publique en avril pour présenter les travaux aux habitants du quartier du port.
)",
         "Le vote en chiffres"},
        {"de", R"(Hafenhaushalt knapp beschlossen

Der Gemeinderat hat am Dienstagabend nach mehr als drei Stunden Debatte den Haushalt für den Hafen beschlossen.

Die Fischer zahlen in diesem Jahr etwas mehr, dafür wird die Mole noch vor dem Winter repariert, versprach der Bürgermeister.

Die Abstimmung in Zahlen
Dafür: 23 Stimmen
Dagegen: 19 Stimmen
Enthaltungen: 3

Im April will der Bürgermeister die Bauarbeiten bei einer öffentlichen Versammlung am Hafen vorstellen.
)",
         "Die Abstimmung in Zahlen"},
        {"en", R"(Harbour budget narrowly passes

The council passed the harbour budget on Tuesday evening after a debate of more than three hours over mooring fees.

Fishermen will pay a little more this year, but the breakwater will be mended before winter, the mayor promised them.

The vote in numbers
For: 23 votes
Against: 19 votes
Abstentions: 3

The mayor promised a public meeting in April to present the works to the people who live around the harbour.
)",
         "The vote in numbers"},
        {"es", R"(El presupuesto del puerto sale adelante por poco

El pleno aprobó el martes por la noche el presupuesto del puerto tras un debate de más de tres horas sobre las tasas.

Los pescadores pagarán algo más este año, pero el espigón se reparará antes del invierno, prometió el alcalde.

La votación en cifras
A favor: 23 votos
En contra: 19 votos
Abstenciones: 3

El alcalde prometió una reunión pública en abril para presentar las obras a los vecinos del barrio del puerto.
)",
         "La votación en cifras"},
    };
    for (const Row& r : rows) {
        INFO(r.language);
        CHECK(contains(headings_in(r), r.line));
        CHECK_FALSE(contains(paragraphs_of(classify(segment(r.page), r.language)), r.line));
    }
}

TEST_CASE("a label and its value, or a line over clock times, heads no lines of figures", "[classify][headings]") {
    const Row rows[] = {
        // a recipe's facts: the line over them is one of them
        {"en", R"(Lemon cake with thyme

This cake keeps well for three days in a tin and tastes even better on the second day, when the syrup has soaked in.

You can swap the thyme for rosemary, but use half as much, because its taste is much stronger than that of thyme.

Cuisine: Mediterranean
Servings: 8 slices
Calories: 320 kcal

Bake it in a loaf tin lined with paper and leave it to cool completely before you pour the syrup over the top.
)",
         "Cuisine: Mediterranean"},
        // a live report's times under a short line
        {"en", R"(Ferries return to the pier

The ferries to the islands run again from the eastern pier after a winter of repairs on the northern quay.

The harbour master said the new moorings were safer than the old ones and would last for many years to come.

Harbour crews at work
14:05: the first ferry leaves
13:40: the pier opens again

Fishermen welcomed the works, although the quay was closed for most of the winter and they lost many days.
)",
         "Harbour crews at work"},
    };
    for (const Row& r : rows) {
        INFO(r.line);
        CHECK_FALSE(contains(headings_in(r), r.line));
    }
}
