// A web archive's toolbar over the page it captured ("The Wayback Machine - https://..." down to "TIMESTAMPS"): one
// block of boilerplate, its collection's name ("Organization: Archive Team") no picture's credit (capture_toolbar.cpp).
// The toolbar is English over pages of every language. Invented pages.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <algorithm>
#include <string>

using namespace archive;

namespace {

// The toolbar's lines over a captured page at `address`, collected by `collector`.
std::string toolbar(const std::string& address, const std::string& collector) {
    return "The Wayback Machine - https://web.archive.org/web/20261102094512/" + address + "\nWayback Machine\n" +
           address + "\nGo\n5 captures\n01 Nov 2026 - 04 Nov 2026\nOCT\tNOV\tDEC\n02\n2025\t2026\t2027\n" +
           "About this capture\nCOLLECTED BY\n" + collector + "\nTIMESTAMPS\n";
}

} // namespace

TEST_CASE("a web archive's toolbar over the captured page is boilerplate, its collection no credit",
          "[boilerplate][media][capture_toolbar]") {
    struct Row {
        const char* lang;
        std::string page;
        const char* headline;
    };
    const Row rows[] = {
        {"fr",
         toolbar("https://www.lorient-matin.fr/lorient/port-agrandi-4f2a", "Organization: Archive Team") +
             "Lorient-Matin\nLorient\nLe port de pêche de Lorient sera agrandi d'ici à 2028\nPar Anne Kervella\n"
             "Publié le 01/11/2026 à 18h05\nLe conseil portuaire a validé mercredi un projet d'agrandissement du port "
             "de pêche, qui doit accueillir une dizaine de bateaux de plus d'ici à 2028.\nLes travaux, estimés à 40 "
             "millions d'euros, commenceront à l'automne prochain, selon le président du conseil portuaire.\n",
         "Le port de pêche de Lorient sera agrandi d'ici à 2028"},
        {"de",
         toolbar("https://www.seetaler-bote.ch/region/buslinien-7c2d", "Collection: Internet Archive") +
             "Seetaler Bote\nRegion\nSeetaler Stadtrat will neue Buslinien bis Ende 2027\nVon Lena Brunner\n"
             "01.11.2026, 06.15 Uhr\nDer Stadtrat von Seetal will das Busnetz bis Ende 2027 deutlich ausbauen, wie er "
             "am Mittwoch mitteilte. Vier neue Linien sollen die Quartiere am Hang erschliessen.\nDie Kosten belaufen "
             "sich auf rund 30 Millionen Franken, die Hälfte davon trägt der Kanton.\n",
         "Seetaler Stadtrat will neue Buslinien bis Ende 2027"},
    };
    for (const Row& r : rows) {
        INFO(r.lang);
        const Article a = parse(r.page);
        CHECK(a.headline == std::optional<std::string>(r.headline));
        CHECK(std::none_of(a.media.begin(), a.media.end(), [](const Media& m) {
            return m.credit && (m.credit->find("Archive") != std::string::npos);
        }));
        for (const char* line : {"Organization: Archive Team", "Collection: Internet Archive", "COLLECTED BY"})
            if (r.page.find(line) != std::string::npos)
                CHECK(std::find(a.boilerplate.begin(), a.boilerplate.end(), line) != a.boilerplate.end());
    }
}
