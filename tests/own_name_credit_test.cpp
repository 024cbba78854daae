// A picture's credit naming the page's own site ("Karin Hofer / NZZ", "Ouest-France", "... — N. Liponne / 20
// Minutes"): the site's masthead, its address line or its copyright footer names it, and the credit under a caption or
// closing it is read as an agency's would be (own_name_credits.cpp). Invented pages.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "own_name_credits.hpp"

#include <algorithm>
#include <string>

using namespace archive;

namespace {

bool has_media(const Article& a, const std::string& caption, const std::string& credit) {
    return std::any_of(a.media.begin(), a.media.end(), [&](const Media& m) {
        return m.caption == std::optional<std::string>(caption) && m.credit == std::optional<std::string>(credit);
    });
}

bool in_body(const Article& a, const std::string& line) {
    for (const Section& s : a.sections)
        for (const std::string& para : s.paragraphs)
            if (para.find(line) != std::string::npos)
                return true;
    return false;
}

} // namespace

TEST_CASE("a credit naming the page's own site credits the caption over it", "[media][credit][own_name]") {
    struct Row {
        const char* lang;
        const char* page;
        const char* caption;
        const char* credit;
    };
    const Row rows[] = {
        // de: the masthead over the headline, "photographer / site" under the caption.
        {"de",
         "SBT\nSeetaler Stadtrat will neue Buslinien bis Ende 2027\nLena Brunner\n04.12.2026, 06.15 Uhr\n\nDer "
         "Stadtrat legt ein dichtes Programm vor. Die Quartiere sollen schneller angebunden werden.\n\nEin Bus der "
         "Linie 7 wartet am Bahnhofplatz auf die Abfahrt.\nMarco Keller / SBT\n\nDer Stadtrat von Seetal will das "
         "Busnetz bis Ende 2027 deutlich ausbauen, wie er am Mittwoch mitteilte. Vier neue Linien sollen die "
         "Quartiere am Hang erschliessen.\n\nDie Kosten belaufen sich auf rund 30 Millionen Franken, die Hälfte "
         "davon trägt der Kanton. Der Gemeinderat entscheidet im Frühling über den Kredit.\n",
         "Ein Bus der Linie 7 wartet am Bahnhofplatz auf die Abfahrt.", "Marco Keller / SBT"},
        // fr: a print view, the site named by its address; the credit is the site's name alone.
        {"fr",
         "Imprimer cette page\n\nhttps://www.lorient-matin.fr/bretagne/lorient/le-port-de-peche-agrandi-4f2a\n\nLe "
         "port de pêche de Lorient sera agrandi d'ici à 2028\n\nPar Anne Kervella\nPublié le 03/12/2026 à 18h05\n\n"
         "Des chalutiers amarrés au quai principal, mercredi matin.\nLorient-Matin\n\nLe conseil portuaire a validé "
         "mercredi un projet d'agrandissement du port de pêche, qui doit accueillir une dizaine de bateaux de plus "
         "d'ici à 2028.\n\nLes travaux, estimés à 40 millions d'euros, commenceront à l'automne prochain, selon le "
         "président du conseil portuaire.\n",
         "Des chalutiers amarrés au quai principal, mercredi matin.", "Lorient-Matin"},
        // en: the site named by its copyright footer; the credit closes the caption's line after a dash.
        {"en",
         "Menu\nSearch\n\nCouncil approves new ferry timetable for the winter\nBy Tom Ashby\nDecember 3, 2026\n\n"
         "The evening ferry leaves the north pier at dusk. — Photo / J. Marlow / Harbour Daily\n\nThe town council "
         "approved a new ferry timetable on Tuesday that adds two evening crossings during the winter months.\n\n"
         "The operator said the change would cost about $200,000 a year and would be reviewed in the spring.\n\n"
         "© 2026 Harbour Daily. All rights reserved.\n",
         "The evening ferry leaves the north pier at dusk.", "Photo / J. Marlow / Harbour Daily"},
        // fr: the masthead of the site's name with a figure; the credit closes the caption's line.
        {"fr",
         "Menu\n20 secondes\nRechercher\n\nSociété\nNantes : une crue de l'Erdre inonde les quais\n\nPar Julie "
         "Maréchal\nPublié le 05/12/26 à 09h12\n\nLes quais de l'Erdre sous l'eau, vendredi matin. — J. Ravel / 20 "
         "secondes\n\nLa crue de l'Erdre a inondé les quais du centre de Nantes dans la nuit de jeudi à vendredi, "
         "ont indiqué les services de la ville.\n\nLes promeneurs sont invités à éviter les berges jusqu'à lundi, "
         "le temps que le niveau de la rivière redescende.\n",
         "Les quais de l'Erdre sous l'eau, vendredi matin.", "J. Ravel / 20 secondes"},
        // fr: the credit after a bar, the site's name in capitals (the bar is no part of the credit; s52).
        {"fr",
         "Menu\n\nhttps://www.ouest-breizh.fr/bretagne/rennes/metro-ligne-b-travaux\n\nRennes : la ligne b du "
         "métro fermée trois semaines\n\nPar Yann Le Goff\nPublié le 05/12/2026 à 07h40\n\nLa station Beaulieu, "
         "terminus de la ligne, sera fermée pendant trois semaines. | OUEST-BREIZH\n\nLes travaux de maintenance de "
         "la ligne b commenceront lundi et dureront trois semaines, a annoncé l'exploitant du réseau.\n\nDes bus de "
         "remplacement circuleront toutes les six minutes entre les stations fermées.\n",
         "La station Beaulieu, terminus de la ligne, sera fermée pendant trois semaines.", "OUEST-BREIZH"},
    };
    for (const Row& r : rows) {
        INFO(r.lang << ": " << r.credit);
        const Article a = parse(r.page);
        CHECK(has_media(a, r.caption, r.credit));
        CHECK_FALSE(in_body(a, r.caption));
        CHECK_FALSE(in_body(a, r.credit));
    }
}

TEST_CASE("the page's own name under the last paragraph or signing the byline credits no picture",
          "[media][credit][own_name]") {
    // en: the site's name printed under the text's last paragraph is its footer, no credit of that paragraph.
    const Article footer = parse(
        "Harbour Daily\nNews\n\nCouncil approves new ferry timetable for the winter\nBy Tom Ashby\nDecember 3, 2026\n\n"
        "The town council approved a new ferry timetable on Tuesday that adds two evening crossings during the winter "
        "months.\n\nThe operator said the change would cost about $200,000 a year and would be reviewed in spring.\n"
        "Harbour Daily\n");
    CHECK(footer.media.empty());
    // de: "name / site" over the date line is the author's byline with the paper's name.
    const Article byline =
        parse("SBT\nSeetaler Stadtrat will neue Buslinien bis Ende 2027\n\nDer Stadtrat legt ein dichtes Programm "
              "vor.\nLena Brunner / SBT\n04.12.2026, 06.15 Uhr\n\nDer Stadtrat von Seetal will das Busnetz bis Ende "
              "2027 deutlich ausbauen, wie er am Mittwoch mitteilte. Vier neue Linien sollen die Quartiere am Hang "
              "erschliessen.\n\nDie Kosten belaufen sich auf rund 30 Millionen Franken, die Hälfte davon trägt der "
              "Kanton.\n");
    CHECK(std::none_of(byline.media.begin(), byline.media.end(),
                       [](const Media& m) { return m.credit == std::optional<std::string>("Lena Brunner / SBT"); }));
}

TEST_CASE("a line may close with a credit only with a stop and a space among its last 120 bytes",
          "[media][credit][own_name]") {
    // (the first test before the page's own name is read: a caption, its stop, then the credit)
    CHECK(may_close_with_credit("Les pompiers sont intervenus vers minuit. — N. Liponne / 20 Minutes"));
    CHECK(may_close_with_credit("Der neue Steg am Seeufer von Walden. Karin Hofer / NZZ"));
    CHECK(may_close_with_credit("Volunteers clear the towpath near the lock. Harbour Daily"));
    // near misses: closed by its stop, a stop without a space after it, no stop, a stop too far from the end
    CHECK_FALSE(may_close_with_credit("Der neue Steg am Seeufer von Walden. Karin Hofer / NZZ."));
    CHECK_FALSE(may_close_with_credit("Les pompiers sont intervenus vers minuit.20 Minutes"));
    CHECK_FALSE(may_close_with_credit("Volunteers clear the towpath near the lock"));
    CHECK_FALSE(may_close_with_credit(""));
    CHECK_FALSE(may_close_with_credit("Volunteers clear the towpath. " + std::string(130, 'x')));
    CHECK(may_close_with_credit("Volunteers clear the towpath. " + std::string(80, 'x')));
}
