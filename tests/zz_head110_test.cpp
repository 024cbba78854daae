// head110: a company site's press section ("Press releases", "Pressemitteilungen", "Communiqués de presse", "Notas de
// prensa") printed as the last crumb of its menu right over a release's title is the menu's item, no kicker: a
// standing section of [menu_section_names], read by menus_last_section() (classify_kickers.cpp). Set apart from the
// menu by a blank line it stays the release's label. Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

using namespace archive;

namespace {

// A company's release: its opening lines (the site's name, its menu), the title, a dateline paragraph, a quote, a
// closing paragraph and the footer, in `lang`.
std::string release_with(const std::vector<std::string>& opening, const std::string& title, const std::string& lang) {
    std::vector<std::string> lines = opening;
    lines.push_back(title);
    if (lang == "de")
        lines.insert(lines.end(),
                     {"Lindenau, 4. Dezember 2026 – Die Brenner Fahrzeugbau AG eröffnet im kommenden Frühjahr ein "
                      "Werk für Elektrobusse in Lindenau und schafft dort 250 Arbeitsplätze.",
                      "„Lindenau bietet uns Fachkräfte und kurze Wege zu unseren Kunden“, sagte Vorstandschefin "
                      "Hanna Leitner bei der Vorstellung der Pläne.",
                      "Das Unternehmen investiert in den nächsten drei Jahren rund 60 Millionen Euro in den Standort.",
                      "© 2026 Brenner Fahrzeugbau AG"});
    else if (lang == "fr")
        lines.insert(lines.end(),
                     {"Valmont, le 4 décembre 2026 – La société Aubrac Énergie ouvrira au printemps une usine de "
                      "panneaux solaires à Valmont, qui emploiera 180 personnes d'ici deux ans.",
                      "« Valmont nous offre un site prêt à bâtir et une école d'ingénieurs », a déclaré Louise "
                      "Berthier, directrice générale de l'entreprise.",
                      "Le groupe investira 45 millions d'euros dans le bâtiment et ses lignes de production.",
                      "© 2026 Aubrac Énergie"});
    else if (lang == "es")
        lines.insert(lines.end(),
                     {"Valdeluna, 4 de diciembre de 2026 – La empresa Ribera Solar abrirá en primavera una planta de "
                      "paneles en Valdeluna que dará empleo a 150 personas en dos años.",
                      "«Valdeluna tiene el talento que buscamos y una universidad que lo forma», afirmó la consejera "
                      "delegada, Marta Orozco.",
                      "La compañía invertirá 35 millones de euros en la nave y sus laboratorios durante tres años.",
                      "© 2026 Ribera Solar"});
    else
        lines.insert(lines.end(),
                     {"HARFORD, December 4, 2026 – Kestrel Labs today announced the opening of a research centre in "
                      "Harford that will employ 120 engineers by the end of next year.",
                      "\"Harford has the skills we need and a university that trains them,\" said Dana Whitfield, "
                      "chief executive of Kestrel Labs.",
                      "The company will invest 40 million dollars in the building and its laboratories over three "
                      "years.",
                      "© 2026 Kestrel Labs"});
    return test::page_of(lines);
}

} // namespace

TEST_CASE("a company site's press section over a release's title is the menu's item, no kicker", "[head110]") {
    struct Row {
        std::string lang;
        std::vector<std::string> opening;
        std::string title;
    };
    const std::vector<Row> rows = {
        {"en", {"Kestrel Labs", "Products", "Company", "Newsroom", "Press releases"},
         "Kestrel Labs opens a research centre in Harford with 120 engineers"},
        {"en", {"Kestrel Labs", "Products", "Company", "Newsroom"},
         "Kestrel Labs opens a research centre in Harford with 120 engineers"},
        {"de", {"Brenner Fahrzeugbau", "Produkte", "Unternehmen", "Pressemitteilungen"},
         "Brenner Fahrzeugbau baut Werk für Elektrobusse in Lindenau"},
        {"fr", {"Aubrac Énergie", "Produits", "Entreprise", "Communiqués de presse"},
         "Aubrac Énergie ouvre une usine de panneaux solaires à Valmont"},
        {"es", {"Ribera Solar", "Productos", "Empresa", "Notas de prensa"},
         "Ribera Solar abrirá una planta de paneles en Valdeluna"},
    };
    for (const auto& r : rows) {
        const Article a = parse(release_with(r.opening, r.title, r.lang), "release.txt");
        INFO(r.opening.back());
        CHECK(a.headline == std::optional<std::string>(r.title));
        CHECK_FALSE(a.kicker.has_value());
        CHECK(test::in_boilerplate(a, r.opening.back()));
    }
}

TEST_CASE("near miss: a press section set apart from the menu, or a label it does not list, stays the kicker",
          "[head110]") {
    // (Set apart by a blank line the section is the release's own label, as a desk is a news page's; "Investors" is
    // no press section of the lists.)
    struct Row {
        std::string lang;
        std::vector<std::string> opening;
        std::string title;
        std::string kicker;
    };
    const std::vector<Row> rows = {
        {"en", {"Kestrel Labs", "Products", "Company", "", "Press releases"},
         "Kestrel Labs opens a research centre in Harford with 120 engineers", "Press releases"},
        {"de", {"Brenner Fahrzeugbau", "Produkte", "Unternehmen", "", "Pressemitteilungen"},
         "Brenner Fahrzeugbau baut Werk für Elektrobusse in Lindenau", "Pressemitteilungen"},
    };
    for (const auto& r : rows) {
        const Article a = parse(release_with(r.opening, r.title, r.lang), "release.txt");
        INFO(r.kicker);
        CHECK(a.headline == std::optional<std::string>(r.title));
        CHECK(a.kicker == std::optional<std::string>(r.kicker));
    }
}
