// The lead picture printed over the head, its caption and credit read as such (a subscribers' badge of a word perhaps
// under it), ends the furniture over the kicker as a blank line does: the label right over the headline is the
// kicker (probe7 kind 7). The base read none on such a page. Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <optional>
#include <string>

using namespace archive;

namespace {

struct Row {
    const char* lang;
    const char* picture; // the caption with its credit, then a badge line perhaps
    const char* kicker;
    const char* rest; // headline, standfirst, byline, date, text: no blank lines
};

std::string page_of(const Row& r) {
    return std::string("Zum Inhalt\nRegion\nWirtschaft\nSport\nKultur\n") + r.picture + "\n" + r.kicker + "\n" +
           r.rest + "\n";
}

} // namespace

TEST_CASE("a label under the lead picture printed over the head is the kicker", "[opening][kicker][probe7]") {
    const Row rows[] = {
        {"de", "Die neue Fähre bei ihrer ersten Probefahrt am Dienstag. Bild: Severin Hug\nAbo+", "Fährbetrieb",
         "Nach 40 Jahren: Die Reussfähre bei Unterwil fährt wieder\nDer Verein hat 380'000 Franken gesammelt. Ab "
         "Frühling pendelt die Fähre wieder zwischen den Ufern.\nNadine Bärtschi\n03.12.2026, 16.40 Uhr\nAls die "
         "alte Fähre 1986 ihren Dienst einstellte, glaubte kaum jemand an eine Rückkehr. Die Brücke zwei Kilometer "
         "flussabwärts hatte sie überflüssig gemacht.\nVierzig Jahre später steht am Ufer bei Unterwil wieder ein "
         "Fährhäuschen, und am Dienstag absolvierte die neue Fähre ihre erste Probefahrt mit dem Vorstand."},
        {"fr", "La passerelle des Tanneurs sera fermée dès le 11 janvier. Photo: Marc Overney", "Mobilité",
         "La passerelle des Tanneurs fermée trois mois pour des travaux\nLes piétons devront emprunter un détour "
         "par le pont du Moulin dès le 11 janvier.\nSylvie Monney\nPublié le 3 décembre 2026 à 10h15\nLa "
         "passerelle fermera le 11 janvier pour une durée de trois mois. Les infiltrations d'eau constatées "
         "l'hiver dernier ont fragilisé le revêtement du tablier.\nUn itinéraire de détour a été balisé pour les "
         "quelque 3000 passages quotidiens, et la cadence du funiculaire sera renforcée aux heures de pointe."},
        {"en", "Waves break over the harbour wall on Wednesday. Photograph: Jane Roe\nPremium", "Transport",
         "Gales close the harbour bridge for a second day\nFerries to the islands are cancelled until "
         "Friday.\nOrla Kinsella\nDecember 3, 2026\nGales forced the closure of the harbour bridge for a second day "
         "on Wednesday, and the coastguard warned people to keep away from the sea front.\nThe bridge carries about "
         "four thousand people a day, most of them on foot or by bicycle, between the old town and the station."},
        {"it", "Lo spazzaneve al lavoro sulla statale all'alba. Foto: Chiara Bordoni", "Maltempo",
         "Neve in alta valle, catene obbligatorie sulla statale\nFino a 40 centimetri nella notte, chiuso il passo "
         "per valanghe.\nMarco Tognetti\n3 dicembre 2026, 07:45\nLa prima vera nevicata della stagione ha "
         "imbiancato la valle nella notte tra martedì e mercoledì, con fino a 40 centimetri sopra i mille "
         "metri.\nLe squadre sono al lavoro dalle tre di notte e i mezzi spazzaneve sono intervenuti anche nei "
         "centri abitati della valle."},
    };
    for (const Row& r : rows) {
        INFO(r.lang << ": " << r.kicker);
        const Article a = parse(page_of(r));
        CHECK(a.kicker == std::optional<std::string>(r.kicker));
    }
}

TEST_CASE("a word that is no subscribers' badge between the picture and the label opens nothing",
          "[opening][kicker][probe7]") {
    // "<credit>" / "Pfadnavigation" / "Startseite" / <headline>: the line under the credit is the page's breadcrumb,
    // the label under it its first entry, no kicker.
    const Row r{"de", "Die neue Fähre bei ihrer ersten Probefahrt am Dienstag. Bild: Severin Hug\nPfadnavigation",
                "Startseite",
                "Nach 40 Jahren: Die Reussfähre bei Unterwil fährt wieder\nDer Verein hat 380'000 Franken gesammelt. "
                "Ab Frühling pendelt die Fähre wieder zwischen den Ufern.\nNadine Bärtschi\n03.12.2026, 16.40 "
                "Uhr\nAls die alte Fähre 1986 ihren Dienst einstellte, glaubte kaum jemand an eine Rückkehr. Die "
                "Brücke zwei Kilometer flussabwärts hatte sie überflüssig gemacht.\nVierzig Jahre später steht am "
                "Ufer bei Unterwil wieder ein Fährhäuschen, und am Dienstag absolvierte die neue Fähre ihre erste "
                "Probefahrt mit dem Vorstand."};
    const Article a = parse(page_of(r));
    CHECK(a.kicker != std::optional<std::string>("Startseite"));
}
