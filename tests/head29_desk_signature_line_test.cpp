// A desk's job alone on its line under the headline and the date lines ("Staff Reporter", "Eigener Bericht", "Notre
// correspondant") signs the text with no person's name: no heading of the text under it, no author. Invented pages.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <string>

namespace {

struct Row {
    const char* page;
    const char* desk;
};

} // namespace

TEST_CASE("a desk's job alone under the headline heads no section and names no author", "[bylines][head29]") {
    const Row rows[] = {
        {"The Harbour Daily\nNews\nCity\nWorld\nSport\n"
         "Metro line to open its first stretch in March\n"
         "Updated - November 24, 2026 09:15 pm IST\n"
         "Published - November 24, 2026 07:30 pm IST\n"
         "Staff Reporter\n"
         "The new stations between the harbour and the airport will open in March. File\n"
         "The Harbour Daily\n"
         "HARBOURTOWN:\n"
         "The first stretch of the new metro line will open to passengers in March, officials said on Tuesday.\n"
         "The elevated stretch will have nine stations and is expected to carry 50,000 passengers a day.\n"
         "\"Trial runs will begin in January,\" a senior official of the metro company said.\n",
         "Staff Reporter"},
        {"Hafenblatt\nLokales\nPolitik\nSport\n"
         "Die neue Stadtbahn fährt ab März auf dem ersten Abschnitt\n"
         "Aktualisiert am 24.11.2026, 21:15 Uhr\n"
         "Veröffentlicht am 24.11.2026, 19:30 Uhr\n"
         "Eigener Bericht\n"
         "Die neuen Haltestellen zwischen Hafen und Flughafen sollen im März öffnen. Archiv\n"
         "Hafenblatt\n"
         "Der erste Abschnitt der neuen Stadtbahn wird im März für die Fahrgäste eröffnet, teilte die Stadt am Dienstag mit.\n"
         "Der Abschnitt hat neun Haltestellen und soll jeden Tag 50.000 Fahrgäste befördern.\n"
         "\"Die Probefahrten beginnen im Januar\", sagte ein Sprecher der Verkehrsbetriebe.\n",
         "Eigener Bericht"},
        {"Le Courrier du Port\nLocal\nPolitique\nSports\n"
         "Le nouveau tramway ouvrira son premier tronçon en mars\n"
         "Mis à jour le 24 novembre 2026 à 21h15\n"
         "Publié le 24 novembre 2026 à 19h30\n"
         "Notre correspondant\n"
         "Les nouvelles stations entre le port et l'aéroport ouvriront en mars. Archives\n"
         "Le Courrier du Port\n"
         "Le premier tronçon du nouveau tramway ouvrira aux voyageurs en mars, a annoncé mardi la mairie.\n"
         "Le tronçon comptera neuf stations et devrait transporter 50 000 voyageurs par jour.\n"
         "« Les essais commenceront en janvier », a indiqué un responsable de la régie des transports.\n",
         "Notre correspondant"},
    };
    for (const Row& r : rows) {
        INFO(r.desk);
        const archive::Article a = archive::parse(r.page, "x");
        CHECK(a.authors.empty());
        for (const archive::Section& s : a.sections)
            CHECK(s.heading.value_or("") != r.desk);
    }
}
