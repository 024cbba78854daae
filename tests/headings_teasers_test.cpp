// Lines of a heading's shape over text that head no section: the titles of a list of teasers, each over its summary
// and the same link's button. Whole pages in several languages, one row per page.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "test_pages.hpp"

#include <string>
#include <vector>

using namespace archive;

using archive::test::check_heading_rows;

TEST_CASE("the titles of teasers each closed by the same link's button head no section",
          "[classify][heading][teaser]") {
    check_heading_rows({
        {"en", R"(Research on the coast

Our team studies how the towns along the northern coast can live with the rising sea and the winter storms.

Tide gauges for every harbour

The harbour offices now read the water level every hour and send the figures to the institute in the town.

Learn more

New dykes on the salt marshes

Three villages have agreed on a plan to raise the old dykes and to give some of the marsh back to the sea.

Learn more

Ferries that run on batteries

The island ferries could sail on electric power within ten years if the piers get chargers in time.

Learn more
)",
         {}},
        {"de", R"(Forschung an der Küste

Unser Team untersucht, wie die Orte an der Nordküste mit dem steigenden Meer und den Winterstürmen leben können.

Pegel für jeden Hafen

Die Hafenämter lesen den Wasserstand jetzt jede Stunde ab und schicken die Werte an das Institut in der Stadt.

Mehr erfahren

Neue Deiche an den Salzwiesen

Drei Dörfer haben sich auf einen Plan geeinigt, die alten Deiche zu erhöhen und dem Meer ein Stück Marsch zu geben.

Mehr erfahren

Fähren mit Batterien

Die Inselfähren könnten in zehn Jahren elektrisch fahren, wenn die Anleger rechtzeitig Ladestationen bekommen.

Mehr erfahren
)",
         {}},
        {"fr", R"(La recherche sur la côte

Notre équipe étudie comment les villes de la côte nord peuvent vivre avec la montée de la mer et les tempêtes d'hiver.

Des marégraphes dans chaque port

Les capitaineries relèvent désormais le niveau de l'eau chaque heure et envoient les chiffres à l'institut en ville.

En savoir plus

De nouvelles digues sur les prés salés

Trois villages se sont mis d'accord pour rehausser les vieilles digues et rendre une partie du marais à la mer.

En savoir plus

Des bacs qui roulent sur batterie

Les bacs des îles pourraient naviguer à l'électricité d'ici dix ans si les quais reçoivent des bornes à temps.

En savoir plus
)",
         {}},
        // One section of an article closed by a link to more heads its text: the page prints that link once.
        {"de", R"(Eine Tasche mit Geheimnis

Die Designerin hat die Tasche in einer kleinen Werkstatt am Hafen entworfen und jedes Stück selbst genäht.

Woher kommt der Name?

Er stammt aus der Sprache der Fischer und bedeutet so viel wie Geheimnis, erzählt die Designerin beim Besuch.

Mehr Informationen

Die Taschen gibt es nur bei wenigen Händlern, und jede trägt eine Nummer, die im Futter eingenäht ist.
)",
         {"Woher kommt der Name?"}},
        {"en", R"(A bag with a secret

The designer drew the bag in a small workshop by the harbour and sewed every single piece of it herself.

Where does the name come from?

It comes from the language of the fishermen and means something like secret, the designer says on our visit.

Learn more

The bags are sold by a few shops only, and each carries a number that is sewn into its lining by hand.
)",
         {"Where does the name come from?"}},
    });
}
