// Tests of the names under the headline read past the site's name printed again (masthead_again()), and of two bare
// names on two lines over the date line (mark_names_under_headline()), on invented pages in several languages.
#include "byline_rows.hpp"

#include "page.hpp"

using namespace archive;
using test::valley_page;

TEST_CASE("the site's name printed again between the headline and the author's name names nobody",
          "[classify][byline][head32]") {
    const std::vector<std::tuple<const char*, const char*, const char*>> rows = {
        {"fr", "Yann Kerhervé.", "Publié le 24 novembre 2026 à 14h12"},
        {"de", "Anna Muster", "24.11.2026, 14:12 Uhr"},
        {"en", "Jane Roe", "November 24, 2026 2:12 pm"},
        {"it", "Mario Rossi", "24 novembre 2026 14:12"},
        {"es", "Ana García", "24/11/2026 14:12"},
    };
    for (const auto& [lang, name, date] : rows) {
        INFO(lang);
        const Article a = valley_page(lang, std::string("Harbour Notes\n") + name + "\n" + date);
        std::string expected = name;
        if (expected.back() == '.')
            expected.pop_back();
        CHECK(a.authors == std::vector<std::string>{expected});
        CHECK(a.headline == test::valley_text(lang).title);
    }
    // Under a menu's entry the site's name is the menu's again ("Sixers" / "Phillies" / "Sixers"): no name read past it.
    const Article menu = valley_page("en", "Port\nHarbour Notes\nJane Roe\nNovember 24, 2026 2:12 pm");
    CHECK(menu.authors != std::vector<std::string>{"Jane Roe"});
}

TEST_CASE("two bare names on two lines between the headline and the date line are two authors",
          "[classify][byline][head32]") {
    const std::vector<std::tuple<const char*, const char*, const char*, const char*>> rows = {
        {"fr", "Jeanne Dupont", "Marc Favre", "Publié le 24 novembre 2026 à 14h12"},
        {"de", "Anna Muster", "Jan Roth", "24.11.2026, 14:12 Uhr"},
        {"en", "Jane Roe", "Tom Hale", "November 24, 2026 2:12 pm"},
        {"es", "Ana García", "Luis Pérez", "24/11/2026 14:12"},
    };
    for (const auto& [lang, first, second, date] : rows) {
        INFO(lang);
        const Article a = valley_page(lang, std::string(first) + "\n" + second + "\n" + date);
        CHECK(a.authors == std::vector<std::string>{first, second});
    }
    // Three names are a list of people, no pair of authors.
    const Article three = valley_page("fr", "Jeanne Dupont\nMarc Favre\nAnna Berg\nPublié le 24 novembre 2026 à 14h12");
    CHECK(three.authors != std::vector<std::string>{"Jeanne Dupont", "Marc Favre"});
    CHECK(three.authors != std::vector<std::string>{"Marc Favre", "Anna Berg"});
    // A paper's name under the name is no second author.
    const Article paper = valley_page("es", "Ana García\nDiario del Alto Puerto\n24/11/2026 14:12");
    CHECK(paper.authors != std::vector<std::string>{"Ana García", "Diario del Alto Puerto"});
    // Two names with no date line under them stay as they were: no pair.
    const Article undated = valley_page("de", "Anna Muster\nJan Roth");
    CHECK(undated.authors != std::vector<std::string>{"Anna Muster", "Jan Roth"});
}
