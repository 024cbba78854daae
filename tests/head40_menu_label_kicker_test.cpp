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
    const char* menu;     // the site's name and menu, one item a line, no blank line
    const char* label;    // the line right over the headline
    const char* rest;     // the headline, the byline and the text
    const char* headline; // what the headline must be
};

const char* const en_rest =
    "Ferry company adds a night crossing to the islands from June\n"
    "By Tom Hale\n"
    "The ferry company will run a crossing to the islands every night from June, its director said on Wednesday.\n"
    "Islanders have asked for a late boat for years, since the last ferry now leaves the harbour at seven.\n"
    "The new crossing will leave at eleven and take cars as well as foot passengers, the company said.\n"
    "Fares will be the same as in the day, though a return ticket will cost a little more in August.\n";
const char* const de_rest =
    "Reederei bietet ab Juni eine Nachtfähre zu den Inseln an\n"
    "Von Lena Voss\n"
    "Die Reederei wird ab Juni jede Nacht eine Fähre zu den Inseln fahren lassen, sagte ihr Direktor am Mittwoch.\n"
    "Die Inselbewohner wünschen sich seit Jahren ein spätes Schiff, denn die letzte Fähre legt heute um sieben ab.\n"
    "Die neue Fahrt beginnt um elf Uhr und nimmt Autos wie Fußgänger mit, teilte die Reederei mit.\n"
    "Die Preise bleiben wie am Tag, nur die Rückfahrkarte wird im August etwas teurer.\n";
const char* const fr_rest =
    "La compagnie ajoute une traversée de nuit vers les îles dès juin\n"
    "Par Lise Marin\n"
    "La compagnie maritime assurera une traversée vers les îles chaque nuit à partir de juin, a annoncé mercredi son directeur.\n"
    "Les îliens réclament depuis des années un bateau tardif, le dernier départ ayant lieu aujourd'hui à dix-neuf heures.\n"
    "La nouvelle traversée partira à vingt-trois heures et embarquera voitures et piétons, selon la compagnie.\n"
    "Les tarifs resteront ceux de la journée, mais l'aller-retour coûtera un peu plus cher en août.\n";

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
        {de_menu, "Europäische Union", de_rest, "Reederei bietet ab Juni eine Nachtfähre zu den Inseln an"},
        {de_menu, "Stadtrat Hafenstadt", de_rest, "Reederei bietet ab Juni eine Nachtfähre zu den Inseln an"},
        {de_menu, "Verkehr im Hafen", de_rest, "Reederei bietet ab Juni eine Nachtfähre zu den Inseln an"},
        {en_menu, "Town Council", en_rest, "Ferry company adds a night crossing to the islands from June"},
        {en_menu, "Bridges in Harbour", en_rest,
         "Ferry company adds a night crossing to the islands from June"},
        {fr_menu, "Conseil Municipal", fr_rest, "La compagnie ajoute une traversée de nuit vers les îles dès juin"},
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
    // A live badge in capitals flags the coverage; under a menu with entries of several words, or with one entry only
    // under the page's first line, the label has the menu's own shape.
    const Row rows[] = {
        {fr_menu, "EN DIRECT", fr_rest, "La compagnie ajoute une traversée de nuit vers les îles dès juin"},
        {en_menu, "LIVE UPDATES", en_rest, "Ferry company adds a night crossing to the islands from June"},
        {"Skip to content\nNews\n", "Town Council", en_rest,
         "Ferry company adds a night crossing to the islands from June"},
        {"Harbour Herald\nNews\nEngland\nIsle of Wight\nJersey\n", "Local News", en_rest,
         "Ferry company adds a night crossing to the islands from June"},
        {"Hafenblatt\nPolitik\nBad Hafenstadt\nKultur\n", "Lokale Nachrichten", de_rest,
         "Reederei bietet ab Juni eine Nachtfähre zu den Inseln an"},
        {"Hafenblatt\nPolitik Inland\nWirtschaft Aktuell\n", "Stadtrat Hafenstadt", de_rest,
         "Reederei bietet ab Juni eine Nachtfähre zu den Inseln an"},
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
         "Ferry company adds a night crossing to the islands from June"},
        {"Harbour Herald\nNews\nApps\nDocs\n", "Community", en_rest,
         "Ferry company adds a night crossing to the islands from June"},
        {"Hafenblatt\nPolitik\nWirtschaft\nSport\n", "Forum", de_rest,
         "Reederei bietet ab Juni eine Nachtfähre zu den Inseln an"},
        {"Le Courrier du Port\nPolitique\nÉconomie\nSports\n", "Communauté", fr_rest,
         "La compagnie ajoute une traversée de nuit vers les îles dès juin"},
    };
    for (const Row& r : rows) {
        INFO(r.label);
        const archive::Article a = archive::parse(page_of(r), "x");
        CHECK(a.headline.value_or("") == r.headline);
        CHECK_FALSE(a.kicker.has_value());
    }
}
