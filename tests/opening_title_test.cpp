// The title of the first section, right under the byline block and over the region's first lines, heads that
// section (opening_title() of classify_head.cpp) when more titles follow in the text; a box of key points over the
// byline, or over a text of no titles, does not.
#include <catch2/catch.hpp>

#include "test_pages.hpp"

#include <algorithm>
#include <string>
#include <tuple>

using archive::test::check_heading_rows;

namespace {

const char* const de = R"(Stadtrat beschließt neuen Park am Flussufer nach langer Debatte

Von Jana Roth
18. Dezember 2020
Das Wichtigste
Der Park soll zwölf Hektar am östlichen Ufer umfassen.
Die Arbeiten beginnen im Frühjahr und dauern zwei Jahre.
Bürger können die Pläne bis Ende Januar kommentieren.
Warum der Rat umdachte
Jahrelang lehnte der Rat jeden Vorschlag für das Ufergelände ab und verwies auf die Kosten für die Reinigung des alten Bodens. Im Herbst bot ein regionaler Fonds an, den größten Teil zu zahlen.
Wie es weitergeht
Das Planungsamt veröffentlicht im Februar eine genaue Karte, im März folgt eine Versammlung in der Stadthalle.
)";

} // namespace

TEST_CASE("the first section's title under the byline block heads it", "[classify][heading][opening_title]") {
    const char* en = R"(Town council approves new riverside park after long debate

Jane Roe
December 18, 2020
2 responses
Highlights
The park will cover twelve hectares along the eastern bank.
Construction starts in spring and should last two years.
Residents can comment on the plans until the end of January.
Why the council changed its mind
For years the council rejected every proposal for the riverside land, citing the cost of cleaning the old soil. The mood shifted last autumn when a regional fund offered to cover most of the work.
What happens next
The planning office will publish a detailed map in February, and a public meeting is planned for March in the hall.
)";
    const char* fr = R"(Le conseil municipal approuve un nouveau parc au bord du fleuve

Par Jeanne Roux
18 décembre 2020
En bref
Le parc couvrira douze hectares le long de la rive est.
Les travaux commencent au printemps et dureront deux ans.
Les habitants peuvent commenter les plans jusqu'à fin janvier.
Pourquoi le conseil a changé d'avis
Pendant des années, le conseil a rejeté chaque projet pour ces terrains, en invoquant le coût du nettoyage des sols. L'automne dernier, un fonds régional a proposé de payer l'essentiel des travaux.
La suite
Le service d'urbanisme publiera une carte détaillée en février, et une réunion publique aura lieu en mars.
)";
    check_heading_rows({
        {"en", en, {"Highlights", "Why the council changed its mind", "What happens next"}},
        {"de", de, {"Das Wichtigste", "Warum der Rat umdachte", "Wie es weitergeht"}},
        {"fr", fr, {"En bref", "Pourquoi le conseil a changé d'avis", "La suite"}},
    });
}

TEST_CASE("a box of key points heads its sentences, over the byline or under it on a text of no titles",
          "[classify][heading][opening_title]") {
    // Over the byline, right under the headline: the box opens the text as under the byline (sect34; the base kept its
    // sentences in the text under no label).
    const char* over_byline = R"(Town council approves new riverside park after long debate

Key points
The park will cover twelve hectares along the eastern bank.
Construction starts in spring and should last two years.
Jane Roe
December 18, 2020
For years the council rejected every proposal for the riverside land, citing the cost of cleaning the old soil. The mood shifted last autumn when a regional fund offered to cover most of the work.
Why the council changed its mind
The planning office will publish a detailed map in February, and a public meeting is planned for March in the hall.
)";
    // Under the byline, over a text with no titles further down: the German page without its titles.
    std::string no_titles = de;
    for (const char* title : {"Warum der Rat umdachte\n", "Wie es weitergeht\n"})
        no_titles.erase(no_titles.find(title), std::string(title).size());
    // (The box's label, lexicon section summary_box_labels, heads the box as a section of its own: the article's own
    // summary; the text under it goes on in a section of no heading.)
    for (const auto& [lang, page, label, heads] : {std::tuple{"en", over_byline, "Key points", true},
                                                   std::tuple{"de", no_titles.c_str(), "Das Wichtigste", true}}) {
        INFO(page);
        const auto headings = archive::test::headings_of(archive::classify(archive::segment(page), lang));
        CHECK((std::find(headings.begin(), headings.end(), label) != headings.end()) == heads);
    }
}
