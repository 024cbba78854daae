// The box over an obituary (or a portrait) names its subject alone on a line, perhaps over the lines of its dates
// ("Harriet Stone" / "Born: 3 March 1937, Kelby" / "Died: ..."), and the text's first paragraph opens with the same
// name ("Harriet Stone, who has died aged 88, ..."): the name is the box's label, no heading of the text
// (src/region_body_drops.cpp drop_subject_label(), asked by heading_over_region()). Invented pages.
#include <catch2/catch.hpp>

#include "region_pages.hpp"

#include <string>
#include <vector>

using namespace archive;

namespace {

struct SubjectPage {
    const char* lang;
    std::vector<std::string> lines; // the box: the name at line 10, its dates at lines 11 and 12
    const char* name;
};

const SubjectPage subject_pages[] = {
    {"en",
     {
      "The Coast Ledger",
      "News",
      "Obituaries",
      "Obituaries",
      "Harriet Stone, lighthouse keeper of Kelby Head, dies aged 88",
      "She kept the lamp of the northern cape for thirty years and wrote the only history of the coast's lights.",
      "By Tom Hale",
      "Monday 10 November 2025 16:20 GMT",
      "Harriet Stone at the lamp room of Kelby Head in 1979.",
      "Photo: Stone family archive",
      "Harriet Stone",
      "Born: 3 March 1937, Kelby",
      "Died: 2 November 2025, Whitby",
      "Harriet Stone, who has died aged 88, spent most of her working life on the cape, first as the keeper's assistant and later as the keeper herself.",
      "She was born in Kelby, the daughter of a fisherman, and left school at 15 to work in the harbour office before the lighthouse board took her on.",
      "After the light was automated in 1994, she wrote a history of the lights of the coast that is still sold in the museum shop.",
      "She is survived by her son, David, and three grandchildren.",
      "Terms",
      "Privacy",
     },
     "Harriet Stone"},
    {"de",
     {
      "Hafenblatt",
      "Nachrichten",
      "Nachrufe",
      "Nachrufe",
      "Anna Muster, Leuchtturmwärterin am Nordkap, ist mit 88 Jahren gestorben",
      "Sie hütete dreißig Jahre lang die Lampe am Nordkap und schrieb die einzige Geschichte der Leuchtfeuer der Küste.",
      "Von Max Roe",
      "Montag, 10. November 2025, 16:20 Uhr",
      "Anna Muster im Lampenraum am Nordkap, 1979.",
      "Foto: Familienarchiv Muster",
      "Anna Muster",
      "Geboren: 3. März 1937, Kelby",
      "Gestorben: 2. November 2025, Husum",
      "Anna Muster, die mit 88 Jahren gestorben ist, verbrachte fast ihr ganzes Berufsleben am Kap, zuerst als Gehilfin des Wärters und später als Wärterin.",
      "Sie wurde in Kelby als Tochter eines Fischers geboren und verließ die Schule mit 15 Jahren, um im Hafenamt zu arbeiten.",
      "Nach der Automatisierung des Leuchtfeuers 1994 schrieb sie eine Geschichte der Leuchtfeuer der Küste, die noch heute im Museum verkauft wird.",
      "Sie hinterlässt einen Sohn und drei Enkelkinder.",
      "Impressum",
      "Datenschutz",
     },
     "Anna Muster"},
    {"fr",
     {
      "Ouest-Journal",
      "Actualités",
      "Nécrologie",
      "Nécrologie",
      "Hélène Kerlan, gardienne du phare de Penmarc'h, est morte à 88 ans",
      "Elle a gardé la lampe du cap pendant trente ans et écrit la seule histoire des feux de la côte.",
      "Par Paul Roux",
      "Lundi 10 novembre 2025 16:20",
      "Hélène Kerlan dans la chambre de la lampe en 1979.",
      "Photo : archives de la famille Kerlan",
      "Hélène Kerlan",
      "Née le 3 mars 1937 à Lorient",
      "Morte le 2 novembre 2025 à Quimper",
      "Hélène Kerlan, morte à 88 ans, a passé presque toute sa vie professionnelle sur le cap, d'abord comme aide du gardien puis comme gardienne elle-même.",
      "Fille d'un pêcheur de Lorient, elle a quitté l'école à 15 ans pour travailler au bureau du port avant d'entrer au service des phares.",
      "Après l'automatisation du feu en 1994, elle a écrit une histoire des phares de la côte que le musée vend encore.",
      "Elle laisse un fils et trois petits-enfants.",
      "Mentions légales",
      "Contact",
     },
     "Hélène Kerlan"},
};

// The page with the box's dates or without them (the name alone over the text).
std::vector<std::string> with_dates(const SubjectPage& c, bool dates) {
    std::vector<std::string> lines = c.lines;
    if (!dates)
        lines.erase(lines.begin() + 11, lines.begin() + 13);
    return lines;
}

} // namespace

TEST_CASE("an obituary's box label naming its subject is no heading of the text", "[region][region51]") {
    for (const auto& c : subject_pages)
        for (const bool dates : {true, false}) {
            INFO(c.lang << " " << c.name << (dates ? " with its dates" : " alone"));
            const Article a = classify(segment(test::page_of(with_dates(c, dates))), c.lang);
            REQUIRE_FALSE(a.sections.empty());
            CHECK_FALSE(a.sections.front().heading.has_value());
            CHECK(test::in_boilerplate(a, c.name));
            CHECK(test::has_paragraph_starting(a, std::string(c.name) + ","));
        }
}

TEST_CASE("a name over a first paragraph that does not open with it is left as it was", "[region][region51]") {
    // "Harriet Stone" / "Born: ..." / "Died: ..." / "She spent most of her working life ...": the paragraph does not
    // repeat the name, which stays where the page's other rules put it (the text's heading here).
    for (const char* opening : {"She spent most of her working life on the cape, first as the keeper's assistant.",
                                "Harriet Stones of the cape were known to every fisherman of the coast and beyond."}) {
        INFO(opening);
        std::vector<std::string> lines = subject_pages[0].lines;
        lines[13] = opening;
        const Article a = classify(segment(test::page_of(lines)), "en");
        CHECK_FALSE(test::in_boilerplate(a, "Harriet Stone"));
        CHECK(test::in_text(a, "Harriet Stone"));
    }
}
