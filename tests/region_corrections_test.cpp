// A correction note under the article's text, below a list of other articles' titles: the note is the article's last
// paragraph, with no heading taken from the list, and the list stays out of the body. Invented lines.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;

TEST_CASE("a correction note under a list of titles closes the text with no heading", "[region][correction]") {
    const test::PageRow rows[] = {
        {"en", R"(The lighthouse gets a new lamp after ninety years

The old lamp of the northern cape was taken down on Monday after ninety years of service to the fishing fleet.

Engineers fitted a lamp that uses a tenth of the power and can be seen from twice as far out at sea.

The keepers' cottage will become a small museum of the coast, with the old lamp at the centre of its only room.

Read more
Fishermen ask for a longer pier on the south quay
The ferry timetable changes again in April

Correction: An earlier version of this story misstated the age of the lamp. It served for ninety years, not sixty.
)",
         "Correction: An earlier version"},
        {"fr", R"(Le phare du cap Nord change de lampe après quatre-vingt-dix ans

La vieille lampe du cap Nord a été démontée lundi après quatre-vingt-dix ans de service pour les pêcheurs du port.

Les techniciens ont posé une lampe qui consomme dix fois moins et se voit deux fois plus loin en mer.

La maison des gardiens deviendra un petit musée de la côte, avec l'ancienne lampe au centre de son unique pièce.

Lire aussi
Les pêcheurs réclament une jetée plus longue sur le quai sud
Les horaires du bac changent encore en avril

Rectificatif : une version précédente de cet article indiquait un mauvais âge pour la lampe, qui a servi quatre-vingt-dix ans.
)",
         "Rectificatif : une version"},
        {"de", R"(Der Leuchtturm am Nordkap bekommt nach neunzig Jahren eine neue Lampe

Die alte Lampe am Nordkap wurde am Montag nach neunzig Jahren Dienst für die Fischer des Hafens abgebaut.

Die Techniker setzten eine Lampe ein, die ein Zehntel des Stroms braucht und doppelt so weit zu sehen ist.

Das Haus der Wärter wird ein kleines Museum der Küste, mit der alten Lampe in der Mitte seines einzigen Raums.

Fischer fordern einen längeren Steg am Südkai
Der Fahrplan der Fähre ändert sich im April erneut

Berichtigung: In einer früheren Fassung dieses Artikels stand ein falsches Alter der Lampe. Sie diente neunzig Jahre.
)",
         "Berichtigung: In einer"},
        {"es", R"(El faro del cabo Norte estrena lámpara después de noventa años

La vieja lámpara del cabo Norte fue desmontada el lunes después de noventa años al servicio de los pescadores del puerto.

Los técnicos colocaron una lámpara que gasta diez veces menos y se ve al doble de distancia en el mar.

La casa de los fareros será un pequeño museo de la costa, con la vieja lámpara en el centro de su única sala.

Lee también
Los pescadores piden un muelle más largo en el puerto sur
El horario del transbordador cambia otra vez en abril

Corrección: una versión anterior de esta noticia daba una edad equivocada de la lámpara, que sirvió noventa años.
)",
         "Corrección: una versión"},
    };
    for (const test::PageRow& r : rows) {
        const Article a = classify(segment(r.page), r.lang);
        INFO(r.page);
        CHECK(test::headings_of(a).empty());
        const std::vector<std::string> body = test::paragraphs_of(a);
        CHECK((body.size() == 4 && body[3].starts_with(r.line)));
    }
}

TEST_CASE("a correction note under a box of related articles whose label ends the text joins the region",
          "[region][correction]") {
    // The box's label ("Mehr zum Thema", "Leggi anche", "Sur le même sujet") ends the article on its own; the note
    // under the box's titles closes the text all the same, and the box stays out of the body.
    const test::PageRow rows[] = {
        {"de", R"(Startseite
Politik
Die alte Holzbrücke über den Fluss ist nach zwei Jahren wieder offen
Die hölzerne Fußgängerbrücke über die Tamm ist am Samstagmorgen nach zwei Jahren Bauzeit wieder freigegeben worden.
Der Bürgermeister durchschnitt das Band vor einigen hundert Anwohnern, die aus den Nachbardörfern gekommen waren.
Die Arbeiten kosteten am Ende anderthalb Millionen Euro, die Hälfte davon zahlte der Landkreis.
Mehr zum Thema
Neue Radwege am Fluss bis zum Sommer
Schnee schließt Schulen in drei Dörfern des Tals
Korrektur: In einer früheren Version dieses Artikels waren die Kosten mit einer Million Euro angegeben.
Teilen
)",
         "Korrektur: In einer"},
        {"it", R"(Il ponte sul torrente riapre dopo due anni di lavori

Il ponte di legno sul torrente Varena è stato riaperto sabato mattina dopo due anni di lavori di consolidamento.

Il sindaco ha tagliato il nastro davanti a qualche centinaio di abitanti arrivati a piedi dalle frazioni vicine.

Il costo finale dei lavori è stato di un milione e mezzo di euro, coperto per metà dalla regione.
Leggi anche
Nuove piste ciclabili lungo il fiume entro l'estate
Scuole chiuse per neve in tre comuni della valle
Rettifica: in una versione precedente di questo articolo il costo dei lavori era indicato in un milione di euro.
Condividi
)",
         "Rettifica: in una"},
        {"fr", R"(La passerelle sur la rivière rouvre après deux ans de travaux

La passerelle en bois sur la Tarne a rouvert samedi matin après deux années de travaux de consolidation de ses piles.

Le maire a coupé le ruban devant quelques centaines d'habitants venus à pied des hameaux voisins.

Le coût final des travaux s'élève à un million et demi d'euros, dont la moitié payée par la région.
Sur le même sujet
De nouvelles pistes cyclables le long de la rivière cet été
La neige ferme les écoles de trois villages de la vallée
Rectificatif : une version précédente de cet article indiquait un coût d'un million d'euros pour les travaux.
Partager
)",
         "Rectificatif : une"},
    };
    for (const test::PageRow& r : rows) {
        const Article a = classify(segment(r.page), r.lang);
        INFO(r.page);
        const std::vector<std::string> body = test::paragraphs_of(a);
        CHECK((body.size() == 4 && body[3].starts_with(r.line)));
    }
}
