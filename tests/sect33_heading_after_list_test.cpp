// A heading glued under a short list, over the paragraph it heads ("Why you'll love them / <three items> / Tips for
// browning butter / Use a light pan ... the butter ..."), is no item of the list: it names a word of the paragraph
// below that the list's last item does not (sections_headings.cpp list_item(), heads_paragraph_below()). Invented
// lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "rows.hpp"
#include "test_pages.hpp"

#include <string>
#include <vector>

using namespace archive;

namespace {

struct Row {
    const char* lang;
    std::string page, heading, item, other; // other: an item naming no word of the paragraph
};

std::vector<Row> rows() {
    return {
        {"en",
         "The Copper Whisk\nHome\nRecipes\nBaking\nAbout\nHome » Recipes » Baking » Walnut Honey Bars\n"
         "Walnut Honey Bars\nBy Clara Penhale | Published: May 4, 2025\n"
         "These chewy bars get their depth from toasted walnuts and a spoonful of dark honey stirred in at the end. "
         "They keep for days and travel well in a lunch box.\n"
         "I started making them when the children needed something for long school trips. The first batch was too "
         "sticky, the second too dry, and the third is the one we have baked ever since.\n"
         "Why we keep making them\n"
         "Only six ingredients\n"
         "One saucepan to wash\n"
         "Ready in under 40 minutes\n"
         "Toasting the walnuts well\n"
         "Spread the walnuts on a tray and roast them for eight minutes at a low heat. Shake the tray halfway so "
         "that they colour evenly, then let them cool before chopping.\n"
         "Leave a Comment\nSubscribe\n© 2025 The Copper Whisk\n",
         "Toasting the walnuts well", "Ready in under 40 minutes", "No chilling needed at all"},
        {"de",
         "Gartenglück\nStartseite\nRatgeber\nPflanzen\nKontakt\n"
         "Rosen im Herbst richtig pflegen\nVon Britta Kowalski | 12. Oktober 2025\n"
         "Im Herbst entscheidet sich, wie gut Rosen durch den Winter kommen. Wer jetzt ein paar Handgriffe erledigt, "
         "wird im Frühjahr mit kräftigen Trieben belohnt.\n"
         "Ich habe lange geglaubt, Rosen bräuchten im Herbst gar nichts mehr. Zwei erfrorene Stöcke später weiß ich "
         "es besser und teile hier, was sich in meinem Garten bewährt hat.\n"
         "Was Sie dafür brauchen\n"
         "Eine scharfe kleine Gartenschere\n"
         "Zwei Säcke reifer Kompost\n"
         "Ein Paar feste Handschuhe\n"
         "Die Rosen richtig anhäufeln\n"
         "Häufeln Sie die Rosen mit Kompost etwa zwanzig Zentimeter hoch an. So ist die Veredelungsstelle vor "
         "starkem Frost geschützt, und im Frühjahr ziehen Sie die Erde einfach wieder ab.\n"
         "Kommentar schreiben\nNewsletter\n© 2025 Gartenglück\n",
         "Die Rosen richtig anhäufeln", "Ein Paar feste Handschuhe", "Ganz ohne teures Spezialwerkzeug"},
        {"fr",
         "La Cuillère Bleue\nAccueil\nRecettes\nDesserts\nContact\n"
         "Tarte fine aux pommes et au miel\nPar Claire Jouvet | Publié le 3 novembre 2025\n"
         "Cette tarte fine demande peu de choses : une pâte feuilletée, quelques pommes et une cuillère de miel. "
         "Elle se prépare en vingt minutes et plaît à tout le monde.\n"
         "Ma grand-mère la faisait chaque dimanche d'automne avec les pommes du verger. J'ai seulement ajouté le miel, "
         "qui caramélise au four et donne une jolie couleur.\n"
         "Pourquoi vous allez l'adorer\n"
         "Seulement cinq ingrédients\n"
         "Aucun moule à laver\n"
         "Prête en moins de quarante minutes\n"
         "Bien couper les pommes\n"
         "Coupez les pommes en lamelles très fines, sans les éplucher, avec un couteau bien aiguisé. Des lamelles "
         "régulières cuisent en même temps et ne brûlent pas.\n"
         "Laisser un commentaire\nNewsletter\n© 2025 La Cuillère Bleue\n",
         "Bien couper les pommes", "Prête en moins de quarante minutes", "Sans robot ni batteur électrique"},
    };
}

} // namespace

TEST_CASE("a heading glued under a short list heads the paragraph naming its word", "[region][sect33]") {
    for (const Row& r : rows()) {
        INFO(r.lang);
        const Article a = parse(r.page);
        CHECK(test::contains(test::headings_of(a), r.heading));
        CHECK_FALSE(test::contains(test::paragraphs_of(a), r.heading));
        // (The list's items stay text.)
        CHECK(test::contains(test::paragraphs_of(a), r.item));
    }
}

TEST_CASE("the last item of a list naming no word of the paragraph below stays an item", "[region][sect33]") {
    // "... / Ready in under 40 minutes / No chilling needed at all / Spread the walnuts ...": the heading made one more
    // item sharing no word with the text under it, the list's last item.
    for (const Row& r : rows()) {
        INFO(r.lang);
        std::string page = r.page;
        const std::size_t at = page.find(r.heading + "\n");
        REQUIRE(at != std::string::npos);
        page.replace(at, r.heading.size(), r.other);
        const Article a = parse(page);
        CHECK_FALSE(test::contains(test::headings_of(a), r.other));
        CHECK(test::contains(test::paragraphs_of(a), r.other));
    }
}
