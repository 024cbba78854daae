// "... sur la place du marché. / L'essentiel / <three short sentences> / <closing line>", "... in der Altstadt. / Auf
// einen Blick / <three short sentences> / <closing line>": the label of a box of key points under the text, glued over
// its short sentences, heads the box's section (summary_box_heading() in sections_build.cpp) though jusText rates the
// label alone as bad and the box joined the region only at its end; it goes to the boilerplate no more. Invented lines.
#include <catch2/catch.hpp>

#include "pipeline.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;

namespace {
// The French page's text down to its box's label, the same over the box's sentences and over a list of titles.
const std::string fr_text = R"(Ville de Brive
Le marché couvert rouvrira au printemps

Mis à jour le 03.02.2026 à 09h15

Après deux ans de travaux, le marché couvert de la ville rouvrira ses portes au mois d'avril avec quarante stands.

Les commerçants ont été consultés tout au long du chantier. Ils pourront s'installer dès la fin du mois de mars.

La municipalité a investi près de six millions d'euros dans la rénovation du bâtiment et de la place du marché.

L'essentiel
)";

bool heading_over(const Article& a, const std::string& heading, const std::string& first) {
    return std::any_of(a.sections.begin(), a.sections.end(), [&](const Section& s) {
        return s.heading && *s.heading == heading && !s.paragraphs.empty() && s.paragraphs.front() == first;
    });
}
} // namespace

TEST_CASE("a box of key points' label heads its section", "[sections][sect31]") {
    struct Row {
        const char* language;
        std::string page;
        const char* label;
        const char* first_item;
    };
    const Row rows[] = {
        {"fr", fr_text + std::string(R"(Le marché rouvrira en avril avec quarante stands.
Les travaux ont duré deux ans en tout.
La rénovation a coûté six millions d'euros.

Les horaires seront annoncés au début du printemps.

Partager sur Facebook
Partager sur X
)"), "L'essentiel", "Le marché rouvrira en avril avec quarante stands."},
        {"de", std::string(R"(Stadt Brugg
Die Markthalle öffnet im Frühling wieder

Aktualisiert am 03.02.2026, 09:15 Uhr

Nach zwei Jahren Bauzeit öffnet die Markthalle der Stadt im April wieder ihre Türen, mit vierzig Ständen.

Die Händler wurden während der ganzen Bauzeit angehört. Sie können ab Ende März ihre Stände einrichten.

Die Stadt hat fast sechs Millionen Franken in die Erneuerung des Gebäudes und des Marktplatzes gesteckt.

Auf einen Blick
Die Halle öffnet im April mit vierzig Ständen.
Die Arbeiten dauerten zwei Jahre.
Die Erneuerung kostete sechs Millionen Franken.

Die Öffnungszeiten folgen im Frühling.

Auf Facebook teilen
Auf X teilen
)"), "Auf einen Blick", "Die Halle öffnet im April mit vierzig Ständen."},
    };
    for (const Row& r : rows) {
        INFO(r.page);
        const Article a = classify(segment(r.page), r.language);
        CHECK(heading_over(a, r.label, r.first_item));
        CHECK(std::count(a.boilerplate.begin(), a.boilerplate.end(), std::string(r.label)) == 0);
    }
}

TEST_CASE("a box's label over titles without stops heads nothing", "[sections][sect31]") {
    const Article a = classify(segment(fr_text + std::string(R"(Brive: le nouveau parking ouvre en mai
Un festival de jazz sur la place du marché
Les écoles de la ville fermées lundi

Partager sur Facebook
Partager sur X
)")), "fr");
    CHECK_FALSE(std::any_of(a.sections.begin(), a.sections.end(),
                            [](const Section& s) { return s.heading && *s.heading == "L'essentiel"; }));
}
