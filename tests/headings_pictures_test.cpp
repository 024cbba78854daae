// Section headings beside the pictures inside the article (what stands under a picture's caption, credit or button),
// and the shape of a Spanish question heading.
#include <catch2/catch.hpp>

#include "test_pages.hpp"

using archive::test::check_heading_rows;

TEST_CASE("a question under a picture's caption between two paragraphs heads its section", "[classify][heading]") {
    check_heading_rows({
        {"en", R"(Divers return to the old wreck
The divers of the town went back to the wreck in the bay on Monday after two winters spent waiting for calm water.
The first dives went to the bow, which had sunk into the sand since the storm and hid the cargo hold from view.
The wreck at low tide in the winter of 1962. (Photo: Jane Roe)
So where do the divers of the bay learn to work under the ice?
Most of them learn in the old quarry behind the dunes, where the club has trained its members since the war.
The water there freezes every January, and the instructors cut a hole in the ice for the first lessons of the year.
)",
         {"So where do the divers of the bay learn to work under the ice?"}},
        {"de", R"(Die Taucher kehren zum alten Wrack zurück
Die Taucher der Stadt sind am Montag nach zwei Wintern des Wartens auf ruhiges Wasser wieder zum Wrack getaucht.
Die ersten Tauchgänge galten dem Bug, der seit dem Sturm im Sand versunken ist und den Laderaum verdeckt.
Das Wrack bei Ebbe im Winter 1962. (Foto: Anna Muster)
Wo lernen die Taucher aus der Bucht eigentlich, unter dem Eis zu arbeiten?
Die meisten lernen es im alten Steinbruch hinter den Dünen, wo der Verein seine Mitglieder seit dem Krieg ausbildet.
Das Wasser dort friert jeden Januar zu, und die Lehrer sägen für die ersten Stunden ein Loch in das Eis.
)",
         {"Wo lernen die Taucher aus der Bucht eigentlich, unter dem Eis zu arbeiten?"}},
        {"fr", R"(Les plongeurs retournent à la vieille épave
Les plongeurs de la ville sont retournés lundi à l'épave de la baie après deux hivers à attendre une eau calme.
Les premières plongées ont porté sur la proue, enfoncée dans le sable depuis la tempête et qui cache la cale.
L'épave à marée basse pendant l'hiver 1962. (Photo : Marie Dupont)
Mais où les plongeurs de la baie apprennent-ils à travailler sous la glace ?
La plupart apprennent dans la vieille carrière derrière les dunes, où le club forme ses membres depuis la guerre.
L'eau y gèle chaque mois de janvier, et les moniteurs percent un trou dans la glace pour les premières leçons.
)",
         {"Mais où les plongeurs de la baie apprennent-ils à travailler sous la glace ?"}},
        {"es", R"(Los buzos vuelven al viejo pecio
Los buzos de la ciudad volvieron el lunes al pecio de la bahía después de dos inviernos esperando aguas tranquilas.
Las primeras inmersiones fueron para la proa, que se hundió en la arena con la tormenta y tapa la bodega.
El pecio con la marea baja en el invierno de 1962. (Foto: Ana Pérez)
¿Y dónde aprenden los buzos de la bahía a trabajar bajo el hielo?
La mayoría aprende en la vieja cantera detrás de las dunas, donde el club forma a sus socios desde la guerra.
El agua allí se congela cada enero, y los monitores abren un agujero en el hielo para las primeras clases.
)",
         {"¿Y dónde aprenden los buzos de la bahía a trabajar bajo el hielo?"}},
        // (A caption glued to its credit, kept as a line of text.)
        {"en", R"(Divers return to the old wreck
The divers of the town went back to the wreck in the bay on Monday after two winters spent waiting for calm water.
The first dives went to the bow, which had sunk into the sand since the storm and hid the cargo hold from view.
Image
Divers on the wreck at low tide in the winter of 1962.CreditJane Roe/Harbour Weekly
So where do the divers of the bay learn to work under the ice?
Most of them learn in the old quarry behind the dunes, where the club has trained its members since the war.
The water there freezes every January, and the instructors cut a hole in the ice for the first lessons of the year.
)",
         {"So where do the divers of the bay learn to work under the ice?"}},
        // Asked between two paragraphs, with no picture above it, the question is the text's.
        {"en", R"(Divers return to the old wreck
The divers of the town went back to the wreck in the bay on Monday after two winters spent waiting for calm water.
The first dives went to the bow, which had sunk into the sand since the storm and hid the cargo hold from view.
So where do the divers of the bay learn to work under the ice?
Most of them learn in the old quarry behind the dunes, where the club has trained its members since the war.
The water there freezes every January, and the instructors cut a hole in the ice for the first lessons of the year.
)",
         {}},
    });
}

TEST_CASE("the line under a picture's button is the picture's credit, no heading", "[classify][heading]") {
    check_heading_rows({
        {"en", R"(Divers return to the old wreck
The divers of the town went back to the wreck in the bay on Monday after two winters spent waiting for calm water.
The first dives went to the bow, which had sunk into the sand since the storm and hid the cargo hold from view.
View this image ›
Northport Harbour Police
The cargo hold is still closed, and the divers will need another summer to clear the sand away from its hatch.
The town council has promised them a new boat for the work, to be delivered by the shipyard in the spring.
)",
         {}},
        {"de", R"(Die Taucher kehren zum alten Wrack zurück
Die Taucher der Stadt sind am Montag nach zwei Wintern des Wartens auf ruhiges Wasser wieder zum Wrack getaucht.
Die ersten Tauchgänge galten dem Bug, der seit dem Sturm im Sand versunken ist und den Laderaum verdeckt.
Bild ansehen ›
Polizei Nordhafen West
Der Laderaum ist noch verschlossen, und die Taucher brauchen einen weiteren Sommer, um den Sand wegzuräumen.
Der Stadtrat hat ihnen für die Arbeit ein neues Boot versprochen, das die Werft im Frühjahr liefern soll.
)",
         {}},
        {"fr", R"(Les plongeurs retournent à la vieille épave
Les plongeurs de la ville sont retournés lundi à l'épave de la baie après deux hivers à attendre une eau calme.
Les premières plongées ont porté sur la proue, enfoncée dans le sable depuis la tempête et qui cache la cale.
Voir la photo ›
Gendarmerie maritime du Nord
La cale est toujours fermée, et les plongeurs auront besoin d'un autre été pour dégager le sable de son écoutille.
Le conseil municipal leur a promis un nouveau bateau pour ce travail, livré par le chantier au printemps.
)",
         {}},
        {"es", R"(Los buzos vuelven al viejo pecio
Los buzos de la ciudad volvieron el lunes al pecio de la bahía después de dos inviernos esperando aguas tranquilas.
Las primeras inmersiones fueron para la proa, que se hundió en la arena con la tormenta y tapa la bodega.
Ver foto ›
Policía Portuaria del Norte
La bodega sigue cerrada, y los buzos necesitarán otro verano para quitar la arena de su escotilla.
El ayuntamiento les ha prometido un barco nuevo para el trabajo, que el astillero entregará en primavera.
)",
         {}},
        {"it", R"(I sommozzatori tornano al vecchio relitto
I sommozzatori della città sono tornati lunedì al relitto nella baia dopo due inverni passati ad aspettare acqua calma.
Le prime immersioni sono andate alla prua, affondata nella sabbia dopo la tempesta, che nasconde la stiva.
Vedi foto ›
Polizia Portuale del Nord
La stiva è ancora chiusa, e ai sommozzatori servirà un'altra estate per togliere la sabbia dal suo boccaporto.
Il consiglio comunale ha promesso loro una barca nuova per il lavoro, che il cantiere consegnerà in primavera.
)",
         {}},
    });
}

TEST_CASE("a Spanish question opening with its inverted mark has a heading's shape", "[classify][heading]") {
    check_heading_rows({
        {"es", R"(Los buzos vuelven al viejo pecio
Los buzos de la ciudad volvieron el lunes al pecio de la bahía después de dos inviernos esperando aguas tranquilas.
Las primeras inmersiones fueron para la proa, que se hundió en la arena con la tormenta y tapa la bodega.
¿Quién paga el barco nuevo?
El ayuntamiento ha prometido un barco nuevo para el trabajo, que el astillero entregará en primavera.
La cofradía de pescadores pagará la mitad del motor, según el acuerdo firmado el mes pasado en el puerto.
)",
         {"¿Quién paga el barco nuevo?"}},
        // A question asked inside the paragraph's text stays in it.
        {"es", R"(Los buzos vuelven al viejo pecio
Los buzos de la ciudad volvieron el lunes al pecio de la bahía después de dos inviernos esperando aguas tranquilas.
Las primeras inmersiones fueron para la proa. ¿Quién paga el barco nuevo? El ayuntamiento lo ha prometido.
La cofradía de pescadores pagará la mitad del motor, según el acuerdo firmado el mes pasado en el puerto.
)",
         {}},
    });
}
