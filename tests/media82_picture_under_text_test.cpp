// The picture a page sets right under its text's last paragraph, over the links that follow ("Mais lidas", "VÍDEOS",
// "More stories", "Video"), is the article's: a caption with its labelled credit on its line or the next, or a
// caption's label over caption and credit ("Legende:"). A short line under the text with no picture's label under
// it is no caption (media82, probe71 M3, probe73 M1 rest). Invented pages.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;

namespace {

struct Row {
    const char* name;
    std::string head;  // the section, the headline, the standfirst, the byline and the date line
    std::string body;  // the text's paragraphs
    std::string after; // the links under the text
};

const std::vector<Row> rows = {
    {"pt",
     "Cidades\nCheia do rio Mondego obriga a fechar estrada entre Coimbra e Penacova\n"
     "Proteção Civil pede aos moradores das margens que evitem deslocações até domingo\nPor Helena Duarte\n"
     "05/12/2026 14h32\n",
     "A estrada nacional entre Coimbra e Penacova foi cortada ao trânsito na manhã desta sexta-feira, depois de a "
     "água do rio Mondego ter subido mais de dois metros durante a noite.\n"
     "Segundo a Proteção Civil, não há feridos, mas cerca de trinta famílias de duas aldeias ribeirinhas foram "
     "retiradas das suas casas por precaução e passaram a noite num pavilhão municipal.\n",
     "Mais lidas\nBenfica vence em Braga e isola-se na liderança\nPreço dos combustíveis volta a subir\n"},
    {"de",
     "Region\nHochwasser an der Lahn: Bundesstraße bei Weilburg gesperrt\n"
     "Die Feuerwehr bittet Anwohner, die Ufer bis Sonntag zu meiden\nVon Anna Muster\n5. Dezember 2026, 14:32 Uhr\n",
     "Die Bundesstraße zwischen Weilburg und Löhnberg ist seit Freitagmorgen gesperrt, nachdem die Lahn in der Nacht "
     "um mehr als zwei Meter gestiegen ist.\n"
     "Nach Angaben der Feuerwehr wurde niemand verletzt, doch rund dreißig Familien aus zwei Ortsteilen mussten ihre "
     "Häuser vorsorglich verlassen und verbrachten die Nacht in einer Turnhalle.\n",
     "Mehr zum Thema\nRegionalliga: Wetzlar siegt in Gießen\nSpritpreise steigen wieder\n"},
    {"en",
     "News\nRiver Tamar floods close the road between Gunnislake and Calstock\n"
     "Residents near the banks are asked to avoid travel until Sunday\nBy Jane Roe\nDecember 5, 2026\n",
     "The road between Gunnislake and Calstock was closed on Friday morning after the River Tamar rose by more than "
     "two metres overnight.\n"
     "No one was hurt, the fire service said, but about thirty families from two riverside villages were moved out "
     "of their homes as a precaution and spent the night in a sports hall.\n",
     "More stories\nPlymouth Argyle win at Exeter\nFuel prices rise again\n"},
};

struct Picture {
    std::string caption, credit;
};

const std::vector<Picture> pictures = {
    {"A estrada inundada junto à ponte de Penacova", "Foto: Paulo Neves/Lusa"},
    {"Die überflutete Straße an der Brücke bei Weilburg", "Foto: Anna Muster/dpa"},
    {"The flooded road by the bridge at Calstock", "Photo: Tom Vale/Harbour News"},
};

} // namespace

TEST_CASE("a caption with its labelled credit under the text's last paragraph is the article's picture",
          "[media][credit][media82]") {
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const Row& row = rows[r];
        const Picture& pic = pictures[r];
        CAPTURE(row.name);
        // The credit on the caption's line after a dash, the line printed twice.
        const std::string glued = pic.caption + " \u2014 " + pic.credit + "\n";
        const Article once = parse(row.head + row.body + glued + row.after, "page.txt");
        const Article twice = parse(row.head + row.body + glued + glued + row.after, "page.txt");
        // The credit on the line under the caption.
        const Article two_lines =
            parse(row.head + row.body + pic.caption + "\n" + pic.credit + "\n" + row.after, "page.txt");
        for (const Article* a : {&once, &twice, &two_lines}) {
            REQUIRE(a->media.size() == 1);
            CHECK(a->media[0].caption == pic.caption);
            CHECK(a->media[0].credit == pic.credit);
            CHECK(std::find(a->boilerplate.begin(), a->boilerplate.end(), pic.credit) == a->boilerplate.end());
        }
    }
}

TEST_CASE("a caption's label under the text's last paragraph opens its picture", "[media][credit][media82]") {
    const Row& row = rows[1];
    const std::string after = "Legende:\nDie Feuerwehr sichert die Uferstraße bei Löhnberg.\nKeystone/Anna Meier\n"
                              "Video\n";
    const Article a = parse(row.head + row.body + after + row.after, "page.txt");
    REQUIRE(a.media.size() == 1);
    CHECK(a.media[0].caption == "Die Feuerwehr sichert die Uferstraße bei Löhnberg.");
    CHECK(a.media[0].credit == "Keystone/Anna Meier");
}

TEST_CASE("a short line under the text's last paragraph with no picture's label is no caption",
          "[media][credit][media82]") {
    for (const Row& row : rows) {
        CAPTURE(row.name);
        // A teaser's title over another teaser: no credit's label under it.
        const Article a = parse(row.head + row.body + row.after, "page.txt");
        CHECK(a.media.empty());
        // A credit with no picture's label (a text's source) under a short line: no picture.
        const Article source = parse(
            row.head + row.body + "Read the council's statement in full\nSource: Reuters\n" + row.after, "page.txt");
        CHECK(source.media.empty());
    }
}
