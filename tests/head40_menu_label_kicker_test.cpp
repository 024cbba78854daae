// On a page without blank lines (a select-all copy), the site's menu one item a line ends right over the headline.
// A label of two or three words under the menu's one-word entries stands out of the menu's shape: it is the
// article's kicker, though it holds more than one capital ("Europäische Union", "Stadtrat Zürich"). A link to a
// software site's code or users' pages ("GitHub", "Community", "Forum") closing such a menu is its last item, no
// kicker. Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <string>

namespace {

struct Row {
    const char* menu;  // the site's name and menu, one item a line, no blank line
    const char* label; // the line right over the headline
    const char* rest;  // the headline, the lede and the text
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
const char* const en_menu = "Harbour Herald\nWorld\nPolitics\nSports\nCulture\n";
const char* const de_menu = "Hafenblatt\nPolitik\nWirtschaft\nSport\nKultur\n";
const char* const fr_menu = "Le Courrier du Port\nPolitique\nÉconomie\nSports\nCulture\n";

std::string page_of(const Row& r) {
    return std::string(r.menu) + r.label + "\n" + r.rest;
}

} // namespace

TEST_CASE("a label of several words and capitals under a menu's one-word entries is the kicker",
          "[classify][kicker][unspaced][head40]") {
    const Row rows[] = {
        {de_menu, "Europäische Union", de_rest, "Hafenstadt sperrt die alte Drehbrücke nach Rissen in zwei Pfeilern"},
        {de_menu, "Stadtrat Hafenstadt", de_rest, "Hafenstadt sperrt die alte Drehbrücke nach Rissen in zwei Pfeilern"},
        {de_menu, "Verkehr im Hafen", de_rest, "Hafenstadt sperrt die alte Drehbrücke nach Rissen in zwei Pfeilern"},
        {en_menu, "Town Council", en_rest, "Harbour town votes to close its old swing bridge after divers find cracks"},
        {en_menu, "Bridges in Harbour", en_rest,
         "Harbour town votes to close its old swing bridge after divers find cracks"},
        {fr_menu, "Conseil Municipal", fr_rest, "La ville ferme son vieux pont tournant après la découverte de fissures"},
    };
    for (const Row& r : rows) {
        INFO(r.label);
        const archive::Article a = archive::parse(page_of(r), "x");
        CHECK(a.headline.value_or("") == r.headline);
        CHECK(a.kicker.value_or("") == r.label);
    }
}

TEST_CASE("a badge in capitals or a label under a menu of longer entries is not read as a label standing out",
          "[classify][kicker][unspaced][head40]") {
    // A live badge in capitals flags the coverage; under entries of two words the label has the menu's own shape.
    const Row rows[] = {
        {fr_menu, "EN DIRECT", fr_rest, "La ville ferme son vieux pont tournant après la découverte de fissures"},
        {en_menu, "LIVE UPDATES", en_rest, "Harbour town votes to close its old swing bridge after divers find cracks"},
        {"Hafenblatt\nPolitik Inland\nWirtschaft Aktuell\n", "Stadtrat Hafenstadt", de_rest,
         "Hafenstadt sperrt die alte Drehbrücke nach Rissen in zwei Pfeilern"},
    };
    for (const Row& r : rows) {
        INFO(r.label);
        const archive::Article a = archive::parse(page_of(r), "x");
        CHECK(a.headline.value_or("") == r.headline);
        CHECK(a.kicker.value_or("") != r.label);
    }
}

TEST_CASE("a software site's link to its code or users' pages closing the menu over the title is no kicker",
          "[classify][kicker][unspaced][head40]") {
    const Row rows[] = {
        {"Harbour Herald\nNews\nApps\nChangelog\nCommunity\n", "GitHub", en_rest,
         "Harbour town votes to close its old swing bridge after divers find cracks"},
        {"Harbour Herald\nNews\nApps\nDocs\n", "Community", en_rest,
         "Harbour town votes to close its old swing bridge after divers find cracks"},
        {"Hafenblatt\nPolitik\nWirtschaft\nSport\n", "Forum", de_rest,
         "Hafenstadt sperrt die alte Drehbrücke nach Rissen in zwei Pfeilern"},
        {"Le Courrier du Port\nPolitique\nÉconomie\nSports\n", "Communauté", fr_rest,
         "La ville ferme son vieux pont tournant après la découverte de fissures"},
    };
    for (const Row& r : rows) {
        INFO(r.label);
        const archive::Article a = archive::parse(page_of(r), "x");
        CHECK(a.headline.value_or("") == r.headline);
        CHECK_FALSE(a.kicker.has_value());
    }
}
