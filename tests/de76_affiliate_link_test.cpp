// "Hier findest du günstige Hotels in Porto*": a link of a few words whose last word carries the star that the
// footer explains ("* Affiliate-Link") is an advertiser's link inside the text: boilerplate, no heading nor
// paragraph. A sentence with a stop before its star is the text's own. Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "body_checks.hpp"

#include <algorithm>
#include <string>

using namespace archive;

TEST_CASE("a link whose last word carries a footnote's star is no text", "[classify][boilerplate][de76]") {
    struct Row {
        const char* page;
        const char* link;
        bool text;
    };
    const Row rows[] = {
        {"Unterwegs mit Jana\nReisen\nZwei Tage in Porto\n"
         "Porto ist im Frühling noch ruhig, und die Altstadt am Fluss gehört fast ganz den Einheimischen.\n"
         "Am ersten Tag sind wir mit der alten Standseilbahn hinauf in die Oberstadt gefahren.\n"
         "Hier findest du günstige Hotels in Porto*\n"
         "Am zweiten Tag haben wir eine Bootsfahrt unter den sechs Brücken der Stadt gemacht.\n"
         "Die Fahrt dauert knapp eine Stunde und kostet für Erwachsene fünfzehn Euro.\n"
         "* Affiliate-Link\nImpressum\nDatenschutz\n",
         "Hier findest du günstige Hotels in Porto*", false},
        {"Roaming with Jana\nTravel\nTwo days in Porto\n"
         "Porto is still quiet in spring, and the old town by the river belongs almost wholly to its people.\n"
         "On the first day we took the old funicular up to the upper town and walked back down.\n"
         "Check prices for hotels in Porto here*\n"
         "On the second day we took a boat trip under the six bridges of the city.\n"
         "The trip takes just under an hour and costs fifteen euros for adults.\n"
         "* Affiliate link\nImprint\nPrivacy\n",
         "Check prices for hotels in Porto here*", false},
        {"En route avec Jana\nVoyages\nDeux jours à Porto\n"
         "Porto est encore calme au printemps, et la vieille ville au bord du fleuve appartient à ses habitants.\n"
         "Le premier jour, nous avons pris le vieux funiculaire jusqu'à la ville haute.\n"
         "Voir les hôtels pas chers à Porto*\n"
         "Le deuxième jour, nous avons fait une promenade en bateau sous les six ponts de la ville.\n"
         "La promenade dure un peu moins d'une heure et coûte quinze euros pour les adultes.\n"
         "* Lien affilié\nMentions légales\n",
         "Voir les hôtels pas chers à Porto*", false},
        // (A sentence closed by its stop before the star is the text's.)
        {"Unterwegs mit Jana\nReisen\nZwei Tage in Porto\n"
         "Porto ist im Frühling noch ruhig, und die Altstadt am Fluss gehört fast ganz den Einheimischen.\n"
         "Am ersten Tag sind wir mit der alten Standseilbahn hinauf in die Oberstadt gefahren.\n"
         "Die Fahrt mit dem Boot unter den sechs Brücken kostet für Erwachsene fünfzehn Euro.*\n"
         "Am zweiten Tag haben wir den Markt in der Unterstadt besucht und Käse gekauft.\n"
         "* Preise vom Frühjahr 2026\nImpressum\nDatenschutz\n",
         "Die Fahrt mit dem Boot unter den sechs Brücken kostet für Erwachsene fünfzehn Euro.*", true},
    };
    for (const Row& r : rows) {
        INFO(r.link);
        const Article a = parse(r.page, "x");
        CHECK(test::in_sections(a, r.link) == r.text);
        if (!r.text)
            CHECK(std::find(a.boilerplate.begin(), a.boilerplate.end(), r.link) != a.boilerplate.end());
    }
}
