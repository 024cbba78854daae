// A caption line opening with the picture's label, its credit apart (probe51 M1): "Foto: Wellen an der Mole. Foto:
// Jane Roe/dpa", "Photo : Des bateaux à quai. (Jean Roux / AFP)". The label made the whole line a credit (the
// paragraph above then taken for its caption), or stayed in the caption. The line is the caption without its label,
// and the credit apart. A label and a name, or names closed by a stop, is still a credit. Invented lines and pages.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "classify.hpp"
#include "media39_caption_rows.hpp"
#include "page.hpp"
#include "region_pages.hpp"

#include <algorithm>
#include <string>

using namespace archive;

TEST_CASE("a labelled caption closed by its stop and its own credit is no credit line", "[media][credit][media35]") {
    const test::CaptionSplitRow rows[] = {
        {"Foto: Möwen kreisen über dem alten Fischmarkt in Husum. Foto: Anna Muster/dpa",
         "Foto: Möwen kreisen über dem alten Fischmarkt in Husum.", "Foto: Anna Muster/dpa"},
        {"Photograph: Gulls circle over the old fish market. Photograph: Jane Roe/Harbour Press",
         "Photograph: Gulls circle over the old fish market.", "Photograph: Jane Roe/Harbour Press"},
        {"Photo : Des mouettes au-dessus du vieux port, ce matin. Photo : Jean Roux / AFP",
         "Photo : Des mouettes au-dessus du vieux port, ce matin.", "Photo : Jean Roux / AFP"},
    };
    test::check_caption_splits(rows);
    // A label and names, a stop between them, is the credit itself: no caption of four words with a small one.
    for (const char* line : {"Foto: Anna Muster, Hafenamt Kiel. Foto: dpa", "Photo: Jane Roe. Harbour Press",
                             "Photo : Jean Roux, Le Courrier. Photo : AFP", "Foto: Anna Muster/dpa"}) {
        INFO(line);
        CHECK(is_credit_line(std::string_view(line)));
    }
}

TEST_CASE("a caption whose credit stands apart loses the picture's label", "[media][credit][media35]") {
    // (credit nullptr: none)
    const test::CaptionLabelRow rows[] = {
        {"Foto: Möwen kreisen über dem Fischmarkt.", "Foto: Anna Muster/dpa", "Möwen kreisen über dem Fischmarkt."},
        {"Photograph: Gulls circle over the fish market.", "Photograph: Jane Roe/Harbour Press",
         "Gulls circle over the fish market."},
        {"Photo : Des mouettes au-dessus du port.", "(Jean Roux / AFP)", "Des mouettes au-dessus du port."},
        {"Bild: Die Gründer vor dem Gasthaus, 1908", "(Foto: Vereinsarchiv)", "Die Gründer vor dem Gasthaus, 1908"},
        // No credit apart: the label stays ("Photo: ..." alone may be the credit's own line).
        {"Photo: Gulls circle over the fish market.", nullptr, "Photo: Gulls circle over the fish market."},
        // A label of no picture's word, or names alone after it, stays.
        {"Quelle: Möwen kreisen über dem Fischmarkt.", "Foto: dpa", "Quelle: Möwen kreisen über dem Fischmarkt."},
        {"Foto: Anna Muster Hafenamt Kiel", "(Keystone)", "Foto: Anna Muster Hafenamt Kiel"},
        {"Update: the pier reopens on Friday", "Photo: Jane Roe", "Update: the pier reopens on Friday"},
    };
    test::check_caption_labels(rows);
}

TEST_CASE("a labelled caption line between paragraphs keeps the paragraph above", "[media][credit][media35]") {
    const struct {
        const char* page;
        const char* caption;
        const char* credit;
        const char* above;
    } rows[] = {
        {R"(Sturmflut an der Küste: Fähren bleiben im Hafen
Der Sturm hat am Dienstag die Nordseeküste erreicht und den Fährverkehr zu den Inseln vollständig zum Erliegen gebracht.
Die Reederei teilte mit, dass alle Abfahrten bis Mittwochmittag gestrichen seien. Reisende sollen sich auf der Webseite informieren.
Foto: Möwen kreisen über dem alten Fischmarkt in Husum. Foto: Anna Muster/dpa
Der Wetterdienst erwartet den Höhepunkt des Sturms in der Nacht. Am Morgen soll der Wind dann langsam nachlassen, hieß es.
)",
         "Möwen kreisen über dem alten Fischmarkt in Husum.", "Foto: Anna Muster/dpa", "Die Reederei teilte mit"},
        {R"(Tempête sur la côte : les ferries restent à quai
La tempête a atteint la côte mardi et a complètement interrompu les liaisons maritimes vers les îles, selon la préfecture.
La compagnie a annoncé que tous les départs étaient annulés jusqu'à mercredi midi. Les voyageurs sont invités à consulter le site.
Photo : Des mouettes au-dessus du vieux port, ce matin. Photo : Jean Roux / AFP
Météo-France attend le pic de la tempête dans la nuit. Le vent devrait faiblir au petit matin, selon les prévisionnistes.
)",
         "Des mouettes au-dessus du vieux port, ce matin.", "Photo : Jean Roux / AFP", "La compagnie a annoncé"},
    };
    for (const auto& r : rows) {
        INFO(r.caption);
        const Article a = parse(r.page);
        REQUIRE(a.media.size() == 1);
        CHECK(a.media[0].caption == std::optional<std::string>(r.caption));
        CHECK(a.media[0].credit == std::optional<std::string>(r.credit));
        CHECK(test::has_paragraph_starting(a, r.above));
    }
}
