// A credit's label alone on its line ("Credit:", "Crédit :", "Bild:") between a caption's line over it and the
// credit's line under it: the picture's caption is the line over the label, and the line under the credit stays a
// paragraph of the text (media83, probe70 M1). Before, the label was read as a line announcing what follows and the
// paragraph under the credit became the caption. Invented pages.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;

namespace {

struct Row {
    const char* name;
    std::string page;
    std::string caption, credit;
    std::string under; // the paragraph under the credit
};

const std::vector<Row> rows = {
    {"en",
     "Skip to main content\n"
     "Health A to Z\n"
     "Live Well\n"
     "Mental health\n"
     "Services near you\n"
     "Frostnip\n"
     "Frostnip is a mild cold injury to the skin. It usually gets better on its own once the skin is warmed.\n"
     "Check if you have frostnip\n"
     "Symptoms of frostnip include:\n"
     "pale or red skin on the fingers, toes, nose or ears\n"
     "a tingling or prickly feeling as the skin warms up\n"
     "Frostnip on the fingertips. The skin is pale and slightly waxy.\n"
     "Credit:\n"
     "JANE ROE/HARBOUR MEDICAL IMAGES\n"
     "Frostnip usually gets better within a few hours once you are warm.\n"
     "How to treat frostnip yourself\n"
     "Move somewhere warm and remove any wet clothing as soon as you can.\n"
     "Warm the skin slowly with your hands or under your arms. Do not rub it or use direct heat such as a fire.\n"
     "Page last reviewed: 02 December 2026\n",
     "Frostnip on the fingertips. The skin is pale and slightly waxy.", "JANE ROE/HARBOUR MEDICAL IMAGES",
     "Frostnip usually gets better within a few hours once you are warm."},
    {"fr",
     "Aller au contenu principal\n"
     "Santé de A à Z\n"
     "Bien vivre\n"
     "Services\n"
     "Engelures\n"
     "Les engelures sont une réaction de la peau au froid humide. Elles guérissent le plus souvent seules en une à "
     "deux semaines.\n"
     "Reconnaître les engelures\n"
     "Les signes les plus fréquents sont :\n"
     "des démangeaisons et des brûlures aux doigts ou aux orteils\n"
     "une peau gonflée, rouge ou violacée\n"
     "Engelures sur les orteils. La peau est gonflée et rouge foncé.\n"
     "Crédit :\n"
     "JEAN ROUX/STUDIO MÉDICAL DU LAC\n"
     "Les engelures disparaissent en général d'elles-mêmes en une à deux semaines.\n"
     "Que faire soi-même\n"
     "Réchauffez lentement la peau, sans la frotter, et évitez de la placer près d'une source de chaleur directe.\n"
     "Portez des chaussettes et des gants chauds, et gardez la peau au sec autant que possible pendant l'hiver.\n"
     "Dernière mise à jour : 2 décembre 2026\n",
     "Engelures sur les orteils. La peau est gonflée et rouge foncé.", "JEAN ROUX/STUDIO MÉDICAL DU LAC",
     "Les engelures disparaissent en général d'elles-mêmes en une à deux semaines."},
    {"de",
     "Zum Inhalt springen\n"
     "Gesundheit von A bis Z\n"
     "Gut leben\n"
     "Angebote\n"
     "Frostbeulen\n"
     "Frostbeulen sind eine Reaktion der Haut auf feuchte Kälte. Sie heilen meist von selbst innerhalb von ein bis "
     "zwei Wochen.\n"
     "Woran man Frostbeulen erkennt\n"
     "Typische Anzeichen sind:\n"
     "Jucken und Brennen an Fingern oder Zehen\n"
     "geschwollene, rote oder bläuliche Haut\n"
     "Frostbeulen an den Zehen. Die Haut ist geschwollen und dunkelrot.\n"
     "Bild:\n"
     "ANNA MUSTER/MEDIZINBILD\n"
     "Frostbeulen heilen meist innerhalb von ein bis zwei Wochen von selbst ab.\n"
     "Was man selbst tun kann\n"
     "Wärmen Sie die Haut langsam auf, ohne sie zu reiben, und halten Sie sie von direkter Hitze wie einem Ofen "
     "fern.\n"
     "Tragen Sie warme Socken und Handschuhe und halten Sie die Haut im Winter möglichst trocken.\n"
     "Zuletzt geprüft: 2. Dezember 2026\n",
     "Frostbeulen an den Zehen. Die Haut ist geschwollen und dunkelrot.", "ANNA MUSTER/MEDIZINBILD",
     "Frostbeulen heilen meist innerhalb von ein bis zwei Wochen von selbst ab."},
};

} // namespace

TEST_CASE("a credit's label alone between a caption and its credit gives the caption over it",
          "[media][credit][media83]") {
    for (const Row& row : rows) {
        CAPTURE(row.name);
        const Article a = parse(row.page, "page.txt");
        REQUIRE(a.media.size() == 1);
        CHECK(a.media[0].caption == row.caption);
        CHECK(a.media[0].credit == row.credit);
        bool under_in_text = false;
        for (const Section& s : a.sections)
            under_in_text =
                under_in_text || std::find(s.paragraphs.begin(), s.paragraphs.end(), row.under) != s.paragraphs.end();
        CHECK(under_in_text);
    }
}
