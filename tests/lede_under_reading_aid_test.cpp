// A reading aid between the headline and the standfirst (a read-aloud player's button with its length, "Écouter cet
// article · 4 min", "Listen to this article · 9 min", or the reading time) is passed over: the standfirst under it is
// the lede, and the aid stays with the boilerplate (probe7 kind 3). The base took the aid for the body's first
// paragraph and found no lede. Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "rows.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;

namespace {

struct Row {
    const char* lang;
    const char* headline;
    const char* aid;
    const char* standfirst;
    const char* byline; // the name and the date line under the standfirst
    const char* body;   // two paragraphs, blank line between
};

std::string page_of(const Row& r) {
    return std::string("Accueil\n\nRégion\n\nSports\n\n") + r.headline + "\n\n" + r.aid + "\n\n" + r.standfirst +
           "\n\n" + r.byline + "\n\n" + r.body + "\n\nPartager\n\nImprimer\n";
}

} // namespace

TEST_CASE("a reading aid between the headline and the standfirst is passed over", "[opening][lede][probe7]") {
    const Row rows[] = {
        {"fr", "La passerelle des Tanneurs fermée trois mois pour des travaux", "Écouter cet article · 4 min",
         "Les piétons et les cyclistes devront emprunter un détour par le pont du Moulin dès le 11 janvier. La Ville "
         "promet une réouverture avant Pâques.",
         "Par Sylvie Monney\n\nPublié le 3 décembre 2026 à 10h15",
         "La passerelle fermera le 11 janvier pour une durée de trois mois. Les infiltrations d'eau constatées "
         "l'hiver dernier ont fragilisé le revêtement du tablier, a annoncé mardi la commune.\n\nUn itinéraire de "
         "détour a été balisé pour les quelque 3000 passages quotidiens, et la cadence du funiculaire sera "
         "renforcée aux heures de pointe."},
        {"en", "The last bog cutters: what happens to the village when the turf runs out",
         "Listen to this article · 9 min",
         "For four generations, families here cut turf by hand every summer. Now the bog is closing, and the village "
         "is arguing about what comes next.",
         "By Orla Kinsella\n\nDecember 3, 2026",
         "Pádraig Moran is 71 and has cut turf on the same bank since he was nine. Every May he walks out with his "
         "spade and lays the sods to dry in the wind.\n\nThe board that owns most of the bog announced in March "
         "that it would end cutting licences from next year and begin rewetting the land."},
        {"de", "Die Reussfähre bei Unterwil fährt nach vierzig Jahren wieder", "Artikel anhören (5 Min.)",
         "Der Verein hat 380'000 Franken gesammelt. Ab Frühling pendelt die Fähre wieder zwischen den Ufern, vorerst "
         "nur an Wochenenden.",
         "Von Nadine Bärtschi\n\n03.12.2026, 16.40 Uhr",
         "Als die alte Fähre 1986 ihren Dienst einstellte, glaubte kaum jemand an eine Rückkehr. Die Brücke zwei "
         "Kilometer flussabwärts hatte sie überflüssig gemacht.\n\nVierzig Jahre später steht am Ufer wieder ein "
         "Fährhäuschen, und am Dienstag absolvierte die neue Fähre ihre erste Probefahrt."},
        {"it", "Neve in alta valle, catene obbligatorie sulla statale dello Spluga", "Ascolta l'articolo",
         "Fino a 40 centimetri nella notte. Chiuso il passo per valanghe, disagi per i pendolari diretti in "
         "Svizzera.",
         "di Chiara Bordoni\n\n3 dicembre 2026, 07:45",
         "La prima vera nevicata della stagione ha imbiancato la valle nella notte tra martedì e mercoledì. Sopra i "
         "mille metri sono caduti fino a 40 centimetri di neve fresca.\n\nLe squadre sono al lavoro dalle tre di "
         "notte e i mezzi spazzaneve sono intervenuti anche nei centri abitati della valle."},
        {"fr", "Le théâtre des Aubépines rouvre ses portes après deux ans de travaux", "Temps de lecture : 4 min",
         "La salle a été entièrement rénovée et compte désormais 420 places. La première saison s'ouvre avec une "
         "création de la compagnie maison.",
         "Par Céline Marguerat\n\nPublié le 4 décembre 2026 à 11h20",
         "Il aura fallu deux ans de chantier et neuf millions de francs pour remettre la vieille salle aux normes. "
         "Les fauteuils, la scène et la machinerie ont été changés.\n\nLa directrice se réjouit de retrouver son "
         "public dès le mois de janvier, avec une programmation tournée vers les créations locales."},
    };
    for (const Row& r : rows) {
        INFO(r.lang << ": " << r.aid);
        const Article a = parse(page_of(r));
        REQUIRE(a.headline);
        CHECK(*a.headline == r.headline);
        REQUIRE(a.lede);
        CHECK(*a.lede == r.standfirst);
        CHECK(test::contains(a.boilerplate, r.aid));
        REQUIRE_FALSE(a.sections.empty());
        CHECK(a.sections.front().paragraphs.front() != r.aid);
    }
}

TEST_CASE("a line of the text under the headline is no reading aid", "[opening][lede][probe7]") {
    // The player's words followed by no length but a clause, and a short sentence of the text: neither is passed
    // over as an aid, and neither leaves for the boilerplate.
    for (const char* line : {"Écouter cet article · le témoignage du syndic", "Le chantier commence lundi."}) {
        INFO(line);
        const Row r{"fr", "La passerelle des Tanneurs fermée trois mois pour des travaux", line,
                    "Les piétons et les cyclistes devront emprunter un détour par le pont du Moulin dès le 11 janvier. "
                    "La Ville promet une réouverture avant Pâques.",
                    "Par Sylvie Monney\n\nPublié le 3 décembre 2026 à 10h15",
                    "La passerelle fermera le 11 janvier pour une durée de trois mois. Les infiltrations d'eau "
                    "constatées l'hiver dernier ont fragilisé le revêtement du tablier, a annoncé mardi la commune."
                    "\n\nUn itinéraire de détour a été balisé pour les quelque 3000 passages quotidiens."};
        const Article a = parse(page_of(r));
        CHECK_FALSE((a.lede && *a.lede == r.standfirst));
    }
}
