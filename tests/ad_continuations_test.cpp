// The line under an advertisement's slot telling the reader the text goes on below it ("Continue reading below",
// "Weiter nach der Anzeige", "La suite après la publicité"): no text of the article and no heading of a section,
// while the line under it is the article's own. Every line is invented.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "rows.hpp"
#include "test_pages.hpp"

#include <string>
#include <vector>

using namespace archive;

using archive::test::contains;
using archive::test::headings_of;
using archive::test::paragraphs_of;

TEST_CASE("an ad break's continuation line is boilerplate", "[classify][boilerplate][ad_labels]") {
    for (const char* line :
         {"Continue reading below", "Article continues below", "Story continues below advertisement",
          "Weiter nach der Anzeige", "La suite après la publicité", "Continúa después de la publicidad",
          "Continua dopo la pubblicità", "Lees verder onder de advertentie", "Continua depois da publicidade",
          "Dalsza część artykułu pod reklamą"}) {
        INFO(line);
        CHECK(is_boilerplate_phrase(line));
    }
    // The same words in a sentence are text.
    for (const char* line : {"The path continues below the harbour wall to the old slipway.",
                             "Die Straße geht unter der Brücke weiter bis zum Hafen."}) {
        INFO(line);
        CHECK_FALSE(is_boilerplate_phrase(line));
    }
}

TEST_CASE("an ad break's continuation line under the ad's label heads no section", "[classify][boilerplate][ad_labels]") {
    const test::PageRow rows[] = {
        {"en", R"(Harbour car park charges to double next spring
Parking charges at the harbour car park will double from April under plans approved by the district council on Tuesday.
The hourly rate will rise from two pounds to four, with a day ticket going up to twenty pounds for every visitor.
Advertisement
Continue reading below
Traders on the high street were quick to criticise the decision and said visitors would simply drive on to the next town.
)", "Continue reading below"},
        {"de", R"(Die Parkgebühren am Hafen werden verdoppelt
Die Parkgebühren am Hafenparkplatz werden ab April verdoppelt, wie der Gemeinderat am Dienstag beschlossen hat.
Der Stundensatz steigt von zwei auf vier Euro, ein Tagesticket kostet künftig zwanzig Euro für jeden Besucher.
Anzeige
Weiter nach der Anzeige
Die Händler in der Altstadt kritisierten den Beschluss sofort und sagten, die Gäste würden einfach weiterfahren.
)", "Weiter nach der Anzeige"},
        {"fr", R"(Le stationnement au port coûtera deux fois plus cher
Le tarif du parking du port doublera à partir d'avril, selon le plan adopté mardi par le conseil municipal de la ville.
L'heure passera de deux à quatre euros, et le ticket à la journée montera à vingt euros pour chaque visiteur du port.
Publicité
La suite après la publicité
Les commerçants du centre ont aussitôt critiqué la décision et disent que les visiteurs iront dans la ville voisine.
)", "La suite après la publicité"},
        {"es", R"(El aparcamiento del puerto costará el doble
Las tarifas del aparcamiento del puerto se duplicarán a partir de abril, según el plan aprobado el martes por el pleno.
La hora pasará de dos a cuatro euros y el billete de un día subirá a veinte euros para cada visitante del puerto.
Publicidad
Continúa después de la publicidad
Los comerciantes del centro criticaron enseguida la decisión y dijeron que los visitantes se irán al pueblo vecino.
)", "Continúa después de la publicidad"},
    };
    for (const auto& r : rows) {
        INFO(r.page);
        Article a = classify(segment(r.page), r.lang);
        const std::vector<std::string> paragraphs = paragraphs_of(a);
        CHECK_FALSE(contains(paragraphs, r.line));
        CHECK_FALSE(contains(headings_of(a), r.line));
        CHECK(contains(a.boilerplate, r.line));
        // The article goes on under it: the paragraph below stays text.
        CHECK(paragraphs.size() == 3);
    }
}
