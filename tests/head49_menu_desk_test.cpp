// A news site's standing desk of health or science ("Health", "Gesundheit", "Santé") printed once as the last of a run
// of the menu's one-word entries right over the headline is the menu's last item, no kicker (lexicon section
// menu_section_names); a label naming the story's own topic under the same run stays the kicker. Every line is
// invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <optional>
#include <string>

using namespace archive;

TEST_CASE("a menu's last item naming a health or science desk is no kicker", "[classify][kicker][menu][head49]") {
    struct Row {
        const char* lang;
        const char* menu;  // the run of one-word entries over the label
        const char* label; // the line right over the headline
        const char* head;  // the headline and the article under it
        const char* kicker; // "" for none
    };
    const char* en = "Harbour ferry contract awarded to northern shipyard\nPublished\n3 hours ago\n"
                     "A contract to build two new ferries for the island routes has been awarded to a shipyard.\n"
                     "The deal was announced by the state-owned vessel owner on Friday morning, officials said.\n";
    const char* de = "Neue Fähren für die Inselrouten werden in Polen gebaut\n05.12.2026, 10:14 Uhr\n"
                     "Der Auftrag für zwei neue Fähren für die Inselrouten geht an eine Werft an der Ostsee.\n"
                     "Die Reederei des Landes hat den Vertrag am Freitagmorgen unterzeichnet, wie sie mitteilte.\n";
    const char* fr = "Deux nouveaux ferries pour les îles seront construits en Pologne\n5 décembre 2026\n"
                     "Le contrat pour deux nouveaux ferries des lignes insulaires a été attribué à un chantier.\n"
                     "L'armateur public a signé le contrat vendredi matin, a-t-il indiqué dans un communiqué.\n";
    const Row rows[] = {
        {"en", "Home\nUK\nWorld\nBusiness\nPolitics\nTech\n", "Health\n", en, ""},
        {"en", "Home\nUK\nWorld\nBusiness\nPolitics\nTech\n", "Science\n", en, ""},
        {"de", "Startseite\nPolitik\nWirtschaft\nKultur\nSport\n", "Gesundheit\n", de, ""},
        {"fr", "Accueil\nPolitique\nÉconomie\nCulture\nSport\n", "Santé\n", fr, ""},
        // (a label naming the story's own topic under the same run is its kicker, as before)
        {"en", "Home\nUK\nWorld\nBusiness\nPolitics\nTech\n", "Ferries\n", en, "Ferries"},
        {"de", "Startseite\nPolitik\nWirtschaft\nKultur\nSport\n", "Fährverkehr\n", de, "Fährverkehr"},
    };
    for (const Row& r : rows) {
        INFO(r.lang << " " << r.label);
        const Article a = parse(std::string(r.menu) + r.label + r.head);
        CHECK(a.kicker.value_or("") == std::string(r.kicker));
        CHECK(a.headline.value_or("").find(' ') != std::string::npos);
    }
}
