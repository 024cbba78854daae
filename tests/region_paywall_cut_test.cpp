// The free text cut off mid-sentence by a paywall (cut_before_paywall()): the cut paragraph is text for the heading over
// it, and the record warns that the text is not whole. Whole pages in several languages.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;

namespace {

const char* const cut_warning = "text cut off mid-sentence at a paywall";

bool warned(const Article& a) {
    return std::find(a.warnings.begin(), a.warnings.end(), cut_warning) != a.warnings.end();
}

} // namespace

TEST_CASE("a paragraph cut off mid-sentence over a paywall's prompt is the text of the heading over it",
          "[classify][region][paywall]") {
    // (Each row's `line` is the heading over the cut paragraph.)
    const std::vector<test::PageRow> rows = {
        {"de", R"(Warum die Fährpreise trotzdem steigen
Die Reederei senkt den Dieselpreis, doch Pendler zahlen im nächsten Jahr mehr für die Überfahrt zur Insel.
Als die Reederei im Oktober ankündigte, die Zuschläge für Diesel zum Jahreswechsel zu senken, rechneten viele Pendler mit billigeren Karten für die Fähre.
„Ich habe zweimal nachgerechnet, weil ich es nicht glauben konnte“, sagt eine Pendlerin, die jeden Tag mit dem Auto auf die Insel fährt.
Eine Klausel aus dem Jahr 2009
Der Grund liegt in einer alten Klausel im Vertrag mit dem Land. Sie koppelt den Fahrpreis nicht nur an den Dieselpreis, sondern auch an einen Lohnindex, der seit
Jetzt weiterlesen mit Plus
Sie haben bereits ein Abo? Hier anmelden
Mehr zum Thema
Fähre: Neuer Fahrplan ab Januar
)",
         "Eine Klausel aus dem Jahr 2009"},
        {"en", R"(Why ferry fares are rising anyway
The operator is cutting its fuel surcharge, but commuters will pay more next year for the crossing to the island.
When the operator announced in October that it would cut the fuel surcharge from January, many commuters expected cheaper tickets for the ferry.
"I did the sums twice because I could not believe it," said one commuter, who drives onto the island every day for work.
A clause written back in 2009
The reason lies in an old clause in the contract with the county. It ties the fare not only to the price of fuel but also to a wage index, which has been rising since
Subscribe to keep reading
Already a subscriber? Log in
More on this story
Ferry: new timetable from January
)",
         "A clause written back in 2009"},
        {"fr", R"(Pourquoi le prix du ferry augmente malgré tout
La compagnie baisse sa surcharge carburant, mais les pendulaires paieront plus cher la traversée l'an prochain.
Quand la compagnie a annoncé en octobre qu'elle baisserait sa surcharge carburant en janvier, beaucoup de pendulaires attendaient des billets moins chers.
« J'ai refait le calcul deux fois, je n'y croyais pas », raconte une pendulaire qui prend le ferry chaque jour pour aller travailler.
Une clause écrite dès l'année 2009
La raison tient à une vieille clause du contrat avec le département. Elle lie le prix du billet non seulement au carburant mais aussi à un indice des salaires,
Il vous reste 65 % de cet article à lire. La suite est réservée aux abonnés.
Déjà abonné ? Se connecter
)",
         "Une clause écrite dès l'année 2009"},
    };
    for (const auto& r : rows) {
        INFO(r.page);
        const Article a = classify(segment(r.page), r.lang);
        const auto headings = test::headings_of(a);
        CHECK(std::find(headings.begin(), headings.end(), r.line) != headings.end());
        CHECK(warned(a));
    }
}

TEST_CASE("a text closed by its stop, or a line without one under no paywall, is not cut", "[classify][region][paywall]") {
    // Whole: the last paragraph ends with its stop over the prompt.
    const Article whole = classify(segment(R"(Why ferry fares are rising anyway
The operator is cutting its fuel surcharge, but commuters will pay more next year for the crossing to the island.
When the operator announced in October that it would cut the fuel surcharge from January, many commuters expected cheaper tickets for the ferry.
The reason lies in an old clause in the contract with the county, which ties the fare not only to the price of fuel but also to a wage index.
Already a subscriber? Log in
)"),
                                   "en");
    CHECK_FALSE(warned(whole));
    // No stop, but no paywall under it: a list's line or a caption run long, no cut.
    const Article open = classify(segment(R"(Why ferry fares are rising anyway
The operator is cutting its fuel surcharge, but commuters will pay more next year for the crossing to the island.
When the operator announced in October that it would cut the fuel surcharge from January, many commuters expected cheaper tickets for the ferry.
The reason lies in an old clause in the contract with the county. It ties the fare not only to the price of fuel but also to a wage index, which has been rising since
More on this story
Ferry: new timetable from January
)"),
                                  "en");
    CHECK_FALSE(warned(open));
}
