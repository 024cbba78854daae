// region47: the first part's roman numeral "I." alone over the text's first paragraph heads the first part when the
// region holds the second part's "II." (heading_over_region(), region_body_drops.cpp); region46's "II.", "III." head
// theirs already. Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "region_pages.hpp"
#include "test_pages.hpp"

#include <string>

using namespace archive;

namespace {
const std::string essay_en = R"(Skip to content
The Coastal Review
Essays
Archive
About
The keepers of the northern light
By Ruth Calloway
Issue 12, Winter 2026
Reading time: 18 min
I.
In the winter of 1911, the keeper of the northern light wrote in his log that the lamp had burned for ninety nights without a break, and that his hands no longer felt the cold.
The log is kept today in the harbour museum, where few visitors ask to see it and fewer still read past its first pages.
II.
What the keeper wrote was not what a sailor would want to know. He noted the weather and the ships, but also the birds that struck the glass and the days his wife walked to the village.
His successor kept the log in the same way for another twenty years, until the lamp was wired to the mainland.
Further reading
)";

const std::string essay_fr = R"(Aller au contenu
La Revue des Côtes
Essais
Archives
Les gardiens du phare du nord
Par Ruth Calloway
Numéro 12, hiver 2026
Temps de lecture : 18 min
I.
Pendant l’hiver 1911, le gardien du phare du nord écrivit dans son registre que la lampe avait brûlé quatre-vingt-dix nuits sans interruption, et que ses mains ne sentaient plus le froid.
Le registre est conservé aujourd’hui au musée du port, où peu de visiteurs demandent à le voir et moins encore le lisent au-delà des premières pages.
II.
Ce que le gardien écrivait n’était pas ce qu’un marin aurait voulu savoir. Il notait le temps et les navires, mais aussi les oiseaux qui heurtaient la vitre et les jours où sa femme marchait jusqu’au village.
Son successeur tint le registre de la même façon pendant vingt ans encore, jusqu’à ce que la lampe soit reliée au continent.
Pour aller plus loin
)";

} // namespace

TEST_CASE("the first part's roman numeral heads the first section", "[region][sections][region47]") {
    for (const std::string* page : {&essay_en, &essay_fr}) {
        const Article a = parse(*page);
        REQUIRE(a.sections.size() >= 2);
        REQUIRE(a.sections[0].heading);
        CHECK(*a.sections[0].heading == "I.");
        REQUIRE(a.sections[1].heading);
        CHECK(*a.sections[1].heading == "II.");
    }
}

TEST_CASE("a lone \"I.\" over the text with no second part heads nothing", "[region][sections][region47]") {
    std::string page = essay_en;
    page.replace(page.find("\nII.\n"), 5, "\nPart two\n");
    const Article a = parse(page);
    REQUIRE_FALSE(a.sections.empty());
    CHECK_FALSE(a.sections[0].heading);
    CHECK_FALSE(test::in_text(a, "I."));
}
