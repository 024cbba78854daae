// The author's bare name read by the head's lines beside it (boiler23, probe7 kinds 3 and 2): a name set apart under
// the date line that stands right under the standfirst, once a read-aloud player's line over the standfirst has been
// passed over ("<headline> / Écouter cet article · 4 min / <standfirst> / Mis à jour il y a 2 heures / Sylvie
// Monney-Chappuis"); and a name over the line of the paper it writes for, over the date line ("Mathieu
// Lafrenière-Ouimet" / "Le Riverain de l'Outaouais" / "3 décembre 2026 à 16 h 45"). The base gave no author on both
// kinds. Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "rows.hpp"

#include <string>
#include <vector>

using namespace archive;

namespace {

struct AidRow {
    const char* lang;
    const char* headline;
    const char* aid;        // the read-aloud player's line
    const char* standfirst;
    const char* updated;    // the date line under it
    const char* author;
    const char* body;       // paragraphs, blank line between
};

std::string aid_page(const AidRow& r, const char* under_name) {
    return std::string("La Gazette du Lac\n\nRégion\nSports\nCulture\n\n") + r.headline + "\n\n" + r.aid + "\n\n" +
           r.standfirst + "\n\n" + r.updated + "\n\n" + r.author + under_name + r.body + "\n\nPartager\n";
}

const AidRow aid_rows[] = {
    {"fr", "La passerelle du Moulin fermée trois mois pour des travaux d'étanchéité", "Écouter cet article · 4 min",
     "Les piétons devront emprunter un détour par le pont des Chaudronniers dès le 12 janvier. La Ville promet une "
     "réouverture avant Pâques.",
     "Mis à jour il y a 2 heures", "Odile Brunisholz-Vial",
     "La passerelle du Moulin, qui relie les deux rives du quartier ancien, fermera le 12 janvier pour trois mois. "
     "Les infiltrations constatées l'hiver dernier ont fragilisé le tablier, a annoncé mardi la commune.\n\nLe "
     "chantier coûtera environ un million de francs, selon le service des travaux, qui promet de garder un passage "
     "ouvert aux secours."},
    {"en", "Mill footbridge to close for three months of waterproofing work", "Listen to this article · 5 min",
     "Walkers will have to take a detour over the Tanners' bridge from 12 January. The council promises the bridge "
     "will reopen before Easter.",
     "Updated 3 hours ago", "Fenella Crowther-Vale",
     "The Mill footbridge, which links both banks of the old quarter, will close on 12 January for three months. "
     "Leaks found last winter weakened the deck, the council said on Tuesday.\n\nThe works will cost about a "
     "million pounds, according to the works department, which promises to keep a lane open for emergency crews."},
    {"de", "Mühlensteg wird für drei Monate wegen Abdichtungsarbeiten gesperrt", "Artikel anhören · 5 Min.",
     "Fussgänger müssen ab dem 12. Januar einen Umweg über die Gerberbrücke nehmen. Die Stadt verspricht eine "
     "Wiedereröffnung vor Ostern.",
     "Aktualisiert vor 2 Stunden", "Regula Tschannen-Moor",
     "Der Mühlensteg, der die beiden Ufer der Altstadt verbindet, wird am 12. Januar für drei Monate gesperrt. "
     "Undichte Stellen haben im letzten Winter den Belag beschädigt, teilte die Gemeinde am Dienstag mit.\n\nDie "
     "Arbeiten kosten rund eine Million Franken, wie das Bauamt mitteilt, das eine Spur für Rettungskräfte offen "
     "halten will."},
};

} // namespace

TEST_CASE("a bare name set apart under the date line under the standfirst, past a read-aloud player's line",
          "[bylines][boiler23]") {
    for (const AidRow& r : aid_rows) {
        INFO(r.lang << ": " << r.author);
        const Article a = parse(aid_page(r, "\n\n"));
        REQUIRE(a.authors.size() == 1);
        CHECK(a.authors[0] == r.author);
        REQUIRE(a.lede);
        CHECK(*a.lede == r.standfirst);
        CHECK(test::contains(a.boilerplate, r.aid));
    }
}

TEST_CASE("a name set apart under the head's date line but glued to the lines under it is no byline",
          "[bylines][boiler23]") {
    // "Mis à jour il y a 2 heures" / "" / "Odile Brunisholz-Vial" / "Mode d'emploi du détour" / ...: a name glued to a
    // line under it heads a block of its own (a list, a box), no byline standing alone.
    for (const AidRow& r : aid_rows) {
        INFO(r.lang << ": " << r.author);
        const Article a = parse(aid_page(r, "\nPont des Chaudronniers\nPont de la Gare\n\n"));
        CHECK(a.authors.empty());
    }
}

namespace {

struct OutletRow {
    const char* lang;
    const char* headline;
    const char* author;
    const char* outlet; // the paper under the name
    const char* date;
    const char* body;
};

std::string outlet_page(const OutletRow& r, const char* outlet) {
    return std::string(r.headline) + "\n\n" + r.author + "\n" + outlet + "\n" + r.date + "\n\n" + r.body +
           "\n\nPartager cet article\n";
}

const OutletRow outlet_rows[] = {
    {"fr", "Déneigement : la Ville renouvelle un contrat contesté pour cinq ans", "Gaston Beaulieu-Pelletier",
     "Le Courrier de la Matawin", "3 décembre 2026 à 16 h 45",
     "La Ville a renouvelé mardi soir le contrat de déneigement du secteur nord, malgré les plaintes répétées de "
     "citoyens l'hiver dernier. Le conseil a approuvé la dépense par une voix de majorité.\n\nLe nouveau contrat "
     "prévoit des pénalités pour chaque jour de retard, une clause que le maire juge décisive."},
    {"en", "Council renews disputed gritting contract for five more years", "Imogen Trevelyan-Hart",
     "The Westbay Gazette", "3 December 2026",
     "The council renewed the gritting contract for the northern wards on Tuesday night, despite complaints from "
     "residents last winter. The spending was approved by a single vote.\n\nThe new contract sets penalties for "
     "every day of delay, a clause the leader of the council called decisive."},
    {"de", "Gemeinde verlängert umstrittenen Winterdienstvertrag um fünf Jahre", "Beat Zumbrunnen-Käch",
     "Der Seeländer Bote", "03.12.2026, 16:45 Uhr",
     "Der Gemeinderat hat am Dienstagabend den Vertrag für den Winterdienst in den nördlichen Quartieren verlängert, "
     "trotz zahlreicher Beschwerden im letzten Winter. Der Entscheid fiel knapp.\n\nDer neue Vertrag sieht Strafen "
     "für jeden Tag Verspätung vor, eine Klausel, die der Gemeindepräsident als entscheidend bezeichnet."},
    {"es", "El ayuntamiento renueva por cinco años el polémico contrato de quitanieves", "Inmaculada Roig Benet",
     "Diario del Alto Turia", "3 de diciembre de 2026",
     "El pleno renovó el martes por la noche el contrato de quitanieves de los barrios del norte, pese a las quejas "
     "de los vecinos el invierno pasado. La votación se decidió por un solo voto.\n\nEl nuevo contrato fija "
     "sanciones por cada día de retraso, una cláusula que el alcalde considera decisiva."},
};

} // namespace

TEST_CASE("a bare name over the line of the paper it writes for, over the date line", "[bylines][boiler23]") {
    for (const OutletRow& r : outlet_rows) {
        INFO(r.lang << ": " << r.author);
        const Article a = parse(outlet_page(r, r.outlet));
        REQUIRE(a.authors.size() == 1);
        CHECK(a.authors[0] == r.author);
        REQUIRE(a.headline);
        CHECK(*a.headline == r.headline);
    }
}

TEST_CASE("a name over another person's name over the date line is not read by the paper's line",
          "[bylines][boiler23]") {
    // "Gaston Beaulieu-Pelletier" / "Lina Marchetti" / date: the line under the name is a person's, no paper's: two
    // authors perhaps, or a list of people; the first name alone is not the byline.
    for (const OutletRow& r : outlet_rows) {
        INFO(r.lang << ": " << r.author);
        const Article a = parse(outlet_page(r, "Lina Marchetti"));
        CHECK(a.authors != std::vector<std::string>{r.author});
    }
}
