// A paragraph of one short sentence under a related article's box that ends the text (a terminator label: "Mehr zum
// Thema", "Related articles", "À lire aussi"), over the text going on, went to the boilerplate (invented pages): the
// region took the text past the box, but the section loop dropped the sentence, four words rated bad with boilerplate
// round it (sentence_under_related_box()). A card's short summary under the box, over the next card's title, stays
// out.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "region_pages.hpp"
#include "test_pages.hpp"

#include <string>

using namespace archive;

namespace {

struct Region99Box {
    const char* lang;
    std::string page;
    std::string label, title, brief, next;
};

std::string region99_first_line(const std::string& rest) { return rest.substr(0, rest.find("\n\n")); }

} // namespace

TEST_CASE("a short sentence under a closed related box, over the text going on, is text", "[region][region99]") {
    const std::string de_head =
        "Lokales\n\nStadtrat Wendelsheim beschließt neuen Haushalt\n\nVon Ilka Brandauer\n\n4. Dezember "
        "2026, 19:05 Uhr\n\nDer Stadtrat von Wendelsheim hat am Mittwochabend nach einer langen Sitzung den "
        "Haushalt für das kommende Jahr beschlossen. Die Debatte war von scharfen Worten geprägt.\n\nDer "
        "Plan sieht mehr Geld für die Sanierung der Turnhallen und für neue Busse auf der Linie zum Bahnhof "
        "vor.";
    const std::string de_rest =
        "Die Opposition hielt der Mehrheit vor, die Kosten über höhere Gebühren auf die Familien mit kleinen "
        "Einkommen abzuwälzen.\n\n„Wir haben solide gewirtschaftet“, sagte Bürgermeisterin Hanne Vollrath "
        "und verwies auf die gesunkenen Schulden der Stadt.\n\nDer Haushalt muss noch vom "
        "Regierungspräsidium genehmigt werden.";
    const std::string en_head =
        "Local news\n\nHollowford council passes budget after long night\n\nBy Priya Castellane\n\nDecember "
        "4, 2026, 7:05 p.m.\n\nHollowford's town council passed its budget for next year late on Wednesday, "
        "after a session of more than five hours marked by sharp exchanges.\n\nThe plan puts more money into "
        "the repair of the sports halls and new buses on the route to the station.";
    const std::string en_rest =
        "The opposition said the majority was shifting the cost onto families with small incomes through "
        "higher fees for waste collection.\n\n\"We have kept the books in order,\" said Mayor Hannah "
        "Vollard, pointing to the town's falling debt.\n\nThe budget must still be approved by the county "
        "before it takes effect.";
    const std::string fr_head =
        "Vie locale\n\nLe conseil de Valmorin adopte son budget après une longue nuit\n\nPar Lucie "
        "Fontanel\n\n4 décembre 2026 à 19h05\n\nLe conseil municipal de Valmorin a adopté mercredi soir le "
        "budget de l'année prochaine, au terme d'une séance de plus de cinq heures marquée par de vifs "
        "échanges.\n\nLe plan consacre davantage d'argent à la réfection des gymnases et à de nouveaux bus "
        "sur la ligne de la gare.";
    const std::string fr_rest =
        "L'opposition a reproché à la majorité de faire peser le coût sur les familles modestes par une "
        "hausse de la taxe sur les ordures.\n\n« Nous avons tenu les comptes », a répondu la maire Hélène "
        "Vollard en rappelant la baisse de la dette de la commune.\n\nLe budget doit encore être examiné par "
        "la préfecture avant son entrée en vigueur.";
    const Region99Box rows[] = {
        {"de", de_head, "Mehr zum Thema", "Turnhallen: Vereine warten auf die Sanierung",
         "Die Opposition stimmte dagegen.", de_rest},
        {"en", en_head, "Related articles", "Sports halls: clubs still wait for repairs", "The opposition voted no.",
         en_rest},
        {"fr", fr_head, "À lire aussi", "Gymnases : les clubs attendent toujours les travaux",
         "L'opposition a voté contre.", fr_rest},
    };
    for (const auto& r : rows) {
        const std::string page =
            r.page + "\n\n" + r.label + "\n\n" + r.title + "\n\n" + r.brief + "\n\n" + r.next + "\n";
        INFO(page);
        const Article a = classify(segment(page), r.lang);
        CHECK(test::in_text(a, r.brief));
        CHECK(test::in_text(a, region99_first_line(r.next)));
        CHECK_FALSE(test::in_text(a, r.label));
        CHECK_FALSE(test::in_text(a, r.title));
        // Near misses: the same box over a card (its short summary, then the next card's title and summary): the
        // summary is no text going on.
        const std::string cards = r.page + "\n\n" + r.label + "\n\n" + r.title + "\n\n" + r.brief +
                                  "\n\nAnother card's title without a stop\n\n" + region99_first_line(r.next) + "\n";
        INFO(cards);
        CHECK_FALSE(test::in_text(classify(segment(cards), r.lang), r.brief));
    }
}
