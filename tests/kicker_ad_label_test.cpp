// On a page without blank lines, the label of an advertisement's slot ("Advertisement", "ANZEIGE", "Publicité") over a
// section's label ends the furniture over the article's head, as a blank line does: the label under it is the kicker.
// Invented lines.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"

#include <string>

using namespace archive;

namespace {

struct Row {
    const char* lang;
    const char* ad;    // the advertisement's label
    const char* label; // the kicker
    const char* rest;  // the headline and the text
};

const char* const top = "Menu Home News Sport Business Opinion Weather Contact us Subscribe\nThe Harbour Gazette\n";

const char* const rest_en = "Harbour car park charges to double as council tries to close budget gap\n"
                            "By Jenna Polwhele\n"
                            "Parking charges at the harbour car park will double from April under plans approved by the district council on Tuesday.\n"
                            "The hourly rate will rise from £1.50 to £3.00, with a day ticket going up to £15, the council said in a statement.\n"
                            "Traders on the quay said the rise would drive visitors to the retail park outside the town.\n"
                            "The council says the increase will raise around £300,000 a year towards its budget gap.\n";
const char* const rest_de = "Parkgebühren am Hafen sollen sich verdoppeln\n"
                            "Von Lena Brückner\n"
                            "Die Gebühren am Parkplatz am Hafen sollen sich ab April verdoppeln, das hat der Gemeinderat am Dienstag beschlossen.\n"
                            "Eine Stunde kostet dann drei Euro statt bisher anderthalb, ein Tagesticket fünfzehn Euro, teilte die Stadt mit.\n"
                            "Die Händler am Kai fürchten, dass die Besucher künftig in das Einkaufszentrum am Stadtrand fahren.\n"
                            "Die Stadt rechnet mit Mehreinnahmen von rund 300.000 Euro im Jahr für ihren Haushalt.\n";
const char* const rest_fr = "Le stationnement au port coûtera deux fois plus cher dès avril\n"
                            "Par Erwan Le Goff\n"
                            "Les tarifs du parking du port vont doubler à partir d'avril, a décidé mardi le conseil municipal après un long débat.\n"
                            "L'heure passera de 1,50 euro à 3 euros et le ticket à la journée de 8 à 15 euros, selon la délibération adoptée.\n"
                            "Les commerçants du quai craignent que les visiteurs partent vers la zone commerciale à l'entrée de la ville.\n"
                            "La commune attend environ 300 000 euros de recettes supplémentaires par an pour son budget.\n";

} // namespace

TEST_CASE("a section's label under an advertisement's label is the kicker", "[classify][kicker][ad_label]") {
    const Row rows[] = {
        {"en", "Advertisement", "Cornwall", rest_en},
        {"en", "ADVERTISEMENT", "Cornwall", rest_en},
        {"de", "Anzeige", "Bayern", rest_de},
        {"fr", "Publicité", "Bretagne", rest_fr},
    };
    for (const Row& r : rows) {
        INFO(r.ad);
        const Article a = classify(segment(std::string(top) + r.ad + "\n" + r.label + "\n" + r.rest), r.lang);
        CHECK(a.kicker.value_or("") == r.label);
    }
}

TEST_CASE("a section's label under a sentence, not an advertisement's label, is no kicker",
          "[classify][kicker][ad_label]") {
    // A teaser's sentence over the label: the label closes another box, it opens nothing.
    const Row r{"en", "Advertisement rates for small businesses are going up again this spring.", "Cornwall", rest_en};
    const Article a = classify(segment(std::string(top) + r.ad + "\n" + r.label + "\n" + r.rest), r.lang);
    CHECK(a.kicker.value_or("") != r.label);
}

TEST_CASE("a label under the advertisers' entry closing a menu is no kicker", "[classify][kicker][ad_label]") {
    // "Impressum" / "Werbung" / "Hafenblatt": the menu's last entries, a link to the advertisers' page and the site's
    // name under it; no slot of an advertisement over the article.
    const std::string page = std::string("Start\nMode\nWohnen\nImpressum\nWerbung\nHafenblatt\n") + rest_de;
    const Article a = classify(segment(page), "de");
    CHECK(a.kicker.value_or("") != "Hafenblatt");
}
