// On a page without blank lines (a scraper's text), a menu laid out one item a line may end with a link to one of the
// site's tools ("Search", "Listen", "Suche", "Rechercher") right over the headline: that item names no section and
// is no kicker. A section's label closing the same menu stays the kicker. Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <string>

namespace {

struct Row {
    const char* menu;  // the site's menu, one item a line, no blank line
    const char* label; // the line right over the headline
    const char* rest;  // the headline, the byline and the text
    const char* headline;
};

const char* const en_rest =
    "Harbour town votes to close its old swing bridge after divers find cracks\n"
    "By Ann Porter\n"
    "The council voted on Monday to close the swing bridge for two years after divers found cracks in two of its piers.\n"
    "The bridge carries about nine thousand cars a day between the two halves of the town, the council said.\n"
    "Shop owners on the east bank said the closure would cost them a third of their trade over the winter.\n"
    "A ferry will run every twenty minutes from the old pier while the bridge is repaired, the mayor said.\n";
const char* const de_rest =
    "Hafenstadt sperrt die alte Drehbrücke nach Rissen in zwei Pfeilern\n"
    "Von Anna Berger\n"
    "Der Gemeinderat hat am Montag beschlossen, die Drehbrücke für zwei Jahre zu sperren, nachdem Taucher Risse gefunden hatten.\n"
    "Über die Brücke fahren jeden Tag rund neuntausend Autos zwischen den beiden Hälften der Stadt, sagte die Verwaltung.\n"
    "Die Händler am Ostufer fürchten, dass ihnen im Winter ein Drittel der Kundschaft fehlen wird.\n"
    "Eine Fähre soll alle zwanzig Minuten vom alten Anleger fahren, solange die Brücke repariert wird.\n";
const char* const fr_rest =
    "La ville ferme son vieux pont tournant après la découverte de fissures\n"
    "Par Claire Dumas\n"
    "Le conseil municipal a voté lundi la fermeture du pont tournant pour deux ans, après que des plongeurs ont trouvé des fissures.\n"
    "Le pont voit passer chaque jour environ neuf mille voitures entre les deux moitiés de la ville, selon la mairie.\n"
    "Les commerçants de la rive est craignent de perdre un tiers de leur clientèle pendant l'hiver.\n"
    "Un bac partira toutes les vingt minutes du vieux quai pendant les travaux, a indiqué le maire.\n";

std::string page_of(const Row& r) {
    return std::string(r.menu) + r.label + "\n" + r.rest;
}

} // namespace

TEST_CASE("a menu's link to a site tool right over the headline is no kicker", "[classify][kicker][unspaced]") {
    const Row rows[] = {
        {"Harbour Herald\nWorld\nPolitics\nSports\nBusiness\n", "Search", en_rest,
         "Harbour town votes to close its old swing bridge after divers find cracks"},
        {"Harbour Herald\nWorld\nPolitics\nWatch\n", "Listen", en_rest,
         "Harbour town votes to close its old swing bridge after divers find cracks"},
        {"Hafenblatt\nPolitik\nWirtschaft\nSport\nKultur\n", "Suche", de_rest,
         "Hafenstadt sperrt die alte Drehbrücke nach Rissen in zwei Pfeilern"},
        {"Le Courrier du Port\nPolitique\nÉconomie\nSports\n", "Rechercher", fr_rest,
         "La ville ferme son vieux pont tournant après la découverte de fissures"},
    };
    for (const Row& r : rows) {
        INFO(r.label);
        const archive::Article a = archive::parse(page_of(r), "x");
        CHECK(a.headline.value_or("") == r.headline);
        CHECK_FALSE(a.kicker.has_value());
    }
}

TEST_CASE("a section's label closing the menu right over the headline stays its kicker",
          "[classify][kicker][unspaced]") {
    // The same pages with a section's label where the tool's link was: the label is printed again over the title.
    const Row rows[] = {
        {"Harbour Herald\nWorld\nPolitics\nSports\nBusiness\n", "Business", en_rest,
         "Harbour town votes to close its old swing bridge after divers find cracks"},
        {"Hafenblatt\nPolitik\nWirtschaft\nSport\nKultur\n", "Wirtschaft", de_rest,
         "Hafenstadt sperrt die alte Drehbrücke nach Rissen in zwei Pfeilern"},
        {"Le Courrier du Port\nPolitique\nÉconomie\nSports\n", "Économie", fr_rest,
         "La ville ferme son vieux pont tournant après la découverte de fissures"},
    };
    for (const Row& r : rows) {
        INFO(r.label);
        const archive::Article a = archive::parse(page_of(r), "x");
        CHECK(a.headline.value_or("") == r.headline);
        CHECK(a.kicker.value_or("") == r.label);
    }
}
