// A site's menu printed one item a block, each entry set apart by blank lines ("Startseite / <blank> / Nachrichten /
// <blank> / Welt / <blank> / <headline>"): its last item, a standing desk of the site right over the headline, is no
// kicker, as on a menu printed without blank lines. A topic label closing the same run ("Hafenfest"), or a desk
// under the paper's name alone, stays the kicker. Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <string>
#include <vector>

namespace {

// The headline, the byline and the text under the menu and its label.
const char* const de_rest = "\n\nDie Fähre nach Lindau fährt nach der Winterpause wieder\n\n"
                            "Von Katrin Vogel\n\n"
                            "Die Autofähre zwischen dem Hafen und der Insel fährt ab Montag wieder, wie die "
                            "Hafenverwaltung am Freitag mitteilte, nach vier Monaten Reparaturen an den Motoren.\n\n"
                            "Die Tickets für die Winterfahrten bleiben bis Ende März gültig, teilte die Reederei mit.\n\n"
                            "Im Sommer sollen zusätzliche Fahrten am Abend angeboten werden, sagte ein Sprecher.\n";
const char* const es_rest = "\n\nEl ayuntamiento cierra el viejo mercado de abastos durante dos años\n\n"
                            "Por Marta Ruiz\n\n"
                            "El pleno municipal aprobó el lunes cerrar el mercado de abastos durante dos años, después "
                            "de que los técnicos hallaran grietas en la cubierta.\n\n"
                            "Los comerciantes se trasladarán a una carpa en la plaza mayor mientras duren las obras.\n\n"
                            "La reforma costará unos cuatro millones de euros, según el alcalde.\n";

std::string page(const std::string& menu, const std::string& label, const char* rest = de_rest) {
    return menu + label + rest;
}

} // namespace

TEST_CASE("a menu's last desk, the menu printed one item a block, is no kicker", "[classify][kicker][head33]") {
    const std::vector<std::string> pages = {
        page("Seeblatt Online\n\nStartseite\n\nLokales\n\n", "Politik"),
        page("Startseite\n\nNachrichten\n\n", "Welt"),
        page("Portada\n\nLocal\n\nDeportes\n\n", "Opinión", es_rest),
        page("El Diario del Puerto\n\nInicio\n\n", "Sociedad", es_rest),
    };
    for (const std::string& text : pages) {
        INFO(text);
        const archive::Article a = archive::parse(text, "page.txt");
        CHECK_FALSE(a.kicker);
        CHECK(a.headline);
    }
}

TEST_CASE("a topic label under a menu printed one item a block, or a desk under a lone line, stays the kicker",
          "[classify][kicker][head33]") {
    struct Row {
        std::string text;
        const char* kicker;
    };
    const std::vector<Row> rows = {
        // (A topic label, no desk of the site.)
        {page("Startseite\n\nLokales\n\n", "Hafenfest"), "Hafenfest"},
        {page("Portada\n\nLocal\n\n", "Mercados", es_rest), "Mercados"},
        // (A desk under the paper's name alone: no run of a menu's entries over it.)
        {page("Seeblatt Online\n\n", "Politik"), "Politik"},
        // (A desk after a blank line under a run printed without blank lines opens a block of its own.)
        {page("El Diario del Puerto\nLocal\n\n", "Sociedad", es_rest), "Sociedad"},
    };
    for (const Row& r : rows) {
        INFO(r.text);
        const archive::Article a = archive::parse(r.text, "page.txt");
        CHECK(a.kicker == std::optional<std::string>(r.kicker));
    }
}
