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

TEST_CASE("a player's readout under its button, between the byline and the standfirst, is passed over too",
          "[opening][lede][probe73]") {
    // "Écouter cet article" / "00:00/05:12": the read-aloud button, then the time played over the recording's length
    // on a line of its own, under the byline and the date: the standfirst under them (over the lead picture) is the
    // lede, the readout goes to the boilerplate. (The base read the button, but took the readout for the text's first line and found no lede.)
    struct Case {
        const char* headline;
        const char* head; // byline, date, button and readout, one a line
        const char* readout;
        const char* standfirst;
        const char* caption; // the lead picture's caption and credit
        const char* body;
    };
    const Case cases[] = {
        {"La fromagerie des Combes ferme après un siècle d'activité",
         "Par Léa Vuilleumier\nPublié le 03/12/2026 à 19:20, mis à jour le 04/12/2026 à 07:45\nÉcouter cet article",
         "00:00/05:12",
         "Faute de repreneur, les deux derniers fromagers partent à la retraite en mars. Les producteurs de lait du "
         "vallon cherchent une autre laiterie.",
         "Les caves d'affinage de la fromagerie, en novembre dernier. Jean Perret / AFP",
         "La nouvelle a été annoncée lundi soir aux sociétaires réunis dans la salle communale. Depuis 1921, la "
         "fromagerie transformait le lait de onze exploitations du vallon.\n\nLes producteurs devront désormais "
         "livrer leur lait à la centrale de la plaine, à vingt kilomètres de là."},
        {"Die Seilbahn auf den Hohbühl steht ab Januar still",
         "Von Reto Gasser\n04.12.2026, 07.45 Uhr\nArtikel anhören", "0:00 / 4:31",
         "Die Betreiber finden keinen Käufer für die alte Anlage. Die Gemeinde prüft nun einen Bus auf den Berg.",
         "Die Talstation der Seilbahn im Oktober. Bild: Keystone/Anna Meier",
         "Seit 1964 fährt die Seilbahn vom Dorf auf den Hohbühl. Die Kabinen wurden zuletzt vor zwanzig Jahren "
         "erneuert.\n\nFür eine neue Anlage fehlen nach Angaben der Betreiber rund zwölf Millionen Franken."},
        {"The ferry to Inishkeel will stop running after the winter",
         "By Ciarán Doyle\nDecember 4, 2026\nListen to this article", "00:00 / 12:05",
         "The island's last operator is retiring and no one has bid for the route. Residents fear the school will "
         "close next.",
         "The ferry at the island pier in October. Photograph: Tom Walsh",
         "The ferry has crossed the sound twice a day since 1978. Its owner, now 74, told the council in October "
         "that this winter would be his last.\n\nThe council says it will put the route out to tender again in the "
         "spring."},
    };
    for (const Case& c : cases) {
        INFO(c.readout);
        const std::string page = std::string("Accueil\n\nRégion\n\nSports\n\n") + c.headline + "\n" + c.head + "\n" +
                                 c.readout + "\n" + c.standfirst + "\n" + c.caption + "\n" + c.body + "\n\nPartager\n\nImprimer\n";
        const Article a = parse(page);
        REQUIRE(a.headline);
        CHECK(*a.headline == c.headline);
        REQUIRE(a.lede);
        CHECK(*a.lede == c.standfirst);
        CHECK(test::contains(a.boilerplate, c.readout));
    }
}
