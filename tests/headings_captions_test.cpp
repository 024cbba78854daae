// Section headings beside pictures and graphics: a heading under a caption stays one; a caption's credit, a line glued
// under a caption and a title over a labelled caption head nothing. Whole pages, one row per kind of page.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "test_pages.hpp"

#include <string>

using namespace archive;
using archive::test::check_heading_rows;

TEST_CASE("the title of an embedded graphic printed again without its button heads nothing", "[classify][heading]") {
    check_heading_rows({
        {"en", R"(Ferries return to the harbour
The harbour of the town reopened on Monday after two years of work on its old quays and its new basin.
Map: Ferry routes of the bay View Graphic
Map: Ferry routes of the bay
The first year went to the channel, which had silted up since the war and kept the larger boats out of the bay.
The old stones were taken down one by one, numbered, and put back on a new concrete core by local masons.
)",
         {}},
        {"de", R"(Die Fähren kehren in den Hafen zurück
Der Hafen der Stadt wurde am Montag nach zwei Jahren Arbeit an den alten Kais und dem neuen Becken wieder eröffnet.
Karte: Die Fährlinien der Bucht Grafik ansehen
Karte: Die Fährlinien der Bucht
Das erste Jahr galt der Fahrrinne, die seit dem Krieg verschlammt war und die größeren Schiffe aus der Bucht hielt.
Die alten Steine wurden einzeln abgetragen, nummeriert und auf einem neuen Betonkern wieder aufgesetzt.
)",
         {}},
        // A heading under a longer line that merely shares its first word still heads.
        {"en", R"(Ferries return to the harbour
The harbour of the town reopened on Monday after two years of work on its old quays and its new basin.
The first year went to the channel, which had silted up since the war and kept the larger boats out of the bay.
The new quays
The old stones were taken down one by one, numbered, and put back on a new concrete core by local masons.
)",
         {"The new quays"}},
    });
}

TEST_CASE("a heading under a picture's caption or a teaser's date between two paragraphs heads its section",
          "[classify][heading]") {
    check_heading_rows({
        {"en", R"(Ferries return to the harbour
The harbour of the town reopened on Monday after two years of work on its old quays and its new basin.
The first year went to the channel, which had silted up since the war and kept the larger boats out of the bay.
Image
The flooded quay in the winter of 1962.Credit: Jane Roe/Harbour Weekly
Rebuilding the quays: stone by stone
The old stones were taken down one by one, numbered, and put back on a new concrete core by local masons.
The whole town came down to the water on Monday to watch the first ferry moor at the new northern quay.
)",
         {"Rebuilding the quays: stone by stone"}},
        {"de", R"(Die Fähren kehren in den Hafen zurück
Der Hafen der Stadt ist am Montag nach zwei Jahren Arbeit an den alten Kais und dem neuen Becken wieder offen.
Das erste Jahr ging an die Fahrrinne, die seit dem Krieg verschlammt war und die großen Schiffe fernhielt.
Mehr aus dem Hafen
Sturm sperrt die Brücke zu den Inseln für eine Woche
12. März 2021
Der Kai wird Stein für Stein neu gebaut
Die alten Steine wurden einzeln abgetragen, nummeriert und von Maurern aus dem Ort wieder aufgesetzt.
Die ganze Stadt kam am Montag ans Wasser, um die erste Fähre am neuen Nordkai anlegen zu sehen.
)",
         {"Der Kai wird Stein für Stein neu gebaut"}},
        {"fr", R"(Les ferries reviennent au port
Le port de la ville a rouvert lundi après deux années de travaux sur ses vieux quais et son nouveau bassin.
La première année a été consacrée au chenal, qui s'était envasé depuis la guerre et fermait la baie aux bateaux.
Plus sur le port
Une tempête ferme le pont des îles pour une semaine
12 mars 2021
Le quai reconstruit pierre par pierre
Les vieilles pierres ont été démontées une à une, numérotées, puis remontées sur un nouveau noyau de béton.
Toute la ville est descendue au bord de l'eau lundi pour voir le premier ferry accoster au nouveau quai nord.
)",
         {"Le quai reconstruit pierre par pierre"}},
        {"es", R"(Los transbordadores vuelven al puerto
El puerto de la ciudad reabrió el lunes después de dos años de obras en sus muelles y en su nueva dársena.
El primer año se dedicó al canal, que se había llenado de barro y cerraba la bahía a los barcos grandes.
Más sobre el puerto
Una tormenta cierra el puente a las islas durante una semana
12 de marzo de 2021
El muelle, reconstruido piedra a piedra
Las piedras viejas se desmontaron una a una, se numeraron y se volvieron a colocar sobre un núcleo de hormigón.
Todo el pueblo bajó al agua el lunes para ver atracar el primer transbordador en el nuevo muelle norte.
)",
         {"El muelle, reconstruido piedra a piedra"}},
        // A credit running on to the next line after its comma, and a name of two words under a photo's button,
        // head nothing.
        {"en", R"(Ferries return to the harbour
The harbour of the town reopened on Monday after two years of work on its old quays and its new basin.
The first year went to the channel, which had silted up since the war and kept the larger boats out of the bay.
Graphic by Jane Roe for Harbour Weekly; sources: Town Archives,
Harbour Museum, Sea Institute
The old stones were taken down one by one, numbered, and put back on a new concrete core by local masons.
The whole town came down to the water on Monday to watch the first ferry moor at the new northern quay.
View photo
.
Tom Fisher
The mayor thanked the masons in a short speech and cut the ribbon in front of the new ferry building.
)",
         {}},
    });
}

TEST_CASE("a caption closed by its credit in parentheses heads no section", "[classify][heading][credit]") {
    check_heading_rows({
        {"en", R"(Ferries return to the harbour
The harbour of the town reopened on Monday after two years of work on its old quays and its new basin.
The whole town came down to the water on Monday to watch the first ferry moor at the new northern quay.
The first ferry at the northern quay (Photo Harbour Times: Jane Roe)
The council will vote the budget of the second basin in June, and the works could start in the autumn.
The company will run two boats a day from June, and a third one during the summer holidays, the mayor said.
)",
         {}},
        {"de", R"(Die Fähren kehren in den Hafen zurück
Der Hafen der Stadt ist am Montag nach zwei Jahren Arbeit an den alten Kais und dem neuen Becken wieder offen.
Die ganze Stadt kam am Montag ans Wasser, um die erste Fähre am neuen Nordkai anlegen zu sehen.
Die erste Fähre am neuen Nordkai (Bild Hafenzeitung: Anna Muster)
Der Gemeinderat stimmt im Juni über das zweite Becken ab, und die Arbeiten könnten im Herbst beginnen.
Die Reederei wird ab Juni zwei Schiffe am Tag einsetzen und in den Sommerferien ein drittes, sagte der Bürgermeister.
)",
         {}},
        {"es", R"(Los transbordadores vuelven al puerto
El puerto de la ciudad reabrió el lunes después de dos años de obras en sus muelles y en su nueva dársena.
Todo el pueblo bajó al agua el lunes para ver atracar el primer transbordador en el nuevo muelle norte.
El primer ferri en el muelle (Foto Diario Sur: Juan Pérez)
El ayuntamiento votará en junio el presupuesto de la segunda dársena, y las obras podrían empezar en otoño.
La compañía operará dos barcos al día a partir de junio y un tercero durante las vacaciones de verano.
)",
         {}},
        {"fr", R"(Les ferries reviennent au port
Le port de la ville a rouvert lundi après deux années de travaux sur ses vieux quais et son nouveau bassin.
Toute la ville est descendue au bord de l'eau lundi pour voir le premier ferry accoster au nouveau quai nord.
Le premier ferry au quai nord (Crédit Journal Sud : Jean Dupont)
Le conseil votera le budget du second bassin en juin, et les travaux pourraient commencer à l'automne.
La compagnie fera partir deux bateaux par jour dès juin, et un troisième pendant les vacances d'été, a dit le maire.
)",
         {}},
        // A heading closing on a parenthesis of its own words still heads its text.
        {"en", R"(Ferries return to the harbour
The harbour of the town reopened on Monday after two years of work on its old quays and its new basin.
The whole town came down to the water on Monday to watch the first ferry moor at the new northern quay.
The new quay (and the old one)
The council will vote the budget of the second basin in June, and the works could start in the autumn.
The company will run two boats a day from June, and a third one during the summer holidays, the mayor said.
)",
         {"The new quay (and the old one)"}},
    });
}

TEST_CASE("a photo credit glued to its label heads no section", "[classify][heading][credit]") {
    for (const char* line : {"CreditJane Roe for The Harbour Weekly", "FotoAnna Muster/Hafenbild", "PhotoJohn Doe",
                             "CréditJean Dupont pour Le Courrier du Port", "BildTom Fischer"}) {
        INFO(line);
        CHECK(glued_credit_label(line));
    }
    for (const char* line : {"Photography on the quays", "Photos", "Credit Unions Open a Branch on the Pier",
                             "PhotoJohn Doe took this picture of the pier."}) {
        INFO(line);
        CHECK_FALSE(glued_credit_label(line));
    }
    check_heading_rows({
        {"en", R"(Ferries Return to the Harbour
The harbour of the town reopened on Monday after two years of work on its old quays and its new basin.
The first year went to the channel, which had silted up since the war and kept the larger boats out of the bay.
Photo
CreditJane Roe for The Harbour Weekly
The whole town came down to the water on Monday to watch the first ferry moor at the new northern quay.
)",
         {}},
        {"de", R"(Die Fähren kehren in den Hafen zurück
Der Hafen der Stadt ist am Montag nach zwei Jahren Arbeit an den alten Kais und dem neuen Becken wieder offen.
Das erste Jahr ging an die Fahrrinne, die seit dem Krieg verschlammt war und die großen Schiffe fernhielt.
Bild
FotoAnna Muster für den Hafenboten
Die ganze Stadt kam am Montag ans Wasser, um die erste Fähre am neuen Nordkai anlegen zu sehen.
)",
         {}},
        {"fr", R"(Les ferries reviennent au port
Le port de la ville a rouvert lundi après deux années de travaux sur ses vieux quais et son nouveau bassin.
La première année a été consacrée au chenal, qui s'était envasé depuis la guerre et fermait la baie aux gros bateaux.
Photo
CréditJean Dupont pour Le Courrier du Port
Toute la ville est descendue au bord de l'eau lundi pour voir le premier ferry accoster au nouveau quai nord.
)",
         {}},
    });
}

TEST_CASE("a line glued under a caption and apart from the text below goes on with the caption, no heading",
          "[classify][heading][caption]") {
    check_heading_rows({
        {"en", R"(Wendle Gets Its Second Ferry Pier

The town of Wendle opened its second ferry pier on Sunday, two years after the old one was damaged by the winter storms.

Hundreds of people came down to the harbour to watch the first boat moor at the new pier in the morning sun.

Media caption The mayor of Wendle opens the new pier
The mayor promised a second ferry by the summer

"We waited a long time for this day, and now the islands are only half an hour away," the mayor told the crowd.

A new timetable

From Monday the ferries leave every hour from both piers, and the last boat back from the islands leaves at ten.
)",
         {"A new timetable"}},
        {"de", R"(Wendle bekommt einen zweiten Fähranleger

Die Stadt Wendle hat am Sonntag ihren zweiten Fähranleger eröffnet, zwei Jahre nachdem der alte in den Winterstürmen beschädigt wurde.

Hunderte Menschen kamen an den Hafen, um zu sehen, wie das erste Schiff in der Morgensonne am neuen Anleger festmachte.

Bildunterschrift: Der Bürgermeister von Wendle eröffnet den neuen Anleger
Der Bürgermeister versprach eine zweite Fähre bis zum Sommer

„Wir haben lange auf diesen Tag gewartet, und jetzt sind die Inseln nur eine halbe Stunde entfernt“, sagte der Bürgermeister.

Ein neuer Fahrplan

Ab Montag fahren die Fähren stündlich von beiden Anlegern ab, und das letzte Schiff von den Inseln fährt um zehn Uhr zurück.
)",
         {"Ein neuer Fahrplan"}},
        {"fr", R"(Wendle inaugure son deuxième embarcadère

La ville de Wendle a inauguré dimanche son deuxième embarcadère, deux ans après que l'ancien a été endommagé par les tempêtes d'hiver.

Des centaines de personnes sont venues au port pour voir le premier bateau accoster au nouvel embarcadère sous le soleil du matin.

Légende : Le maire de Wendle inaugure le nouvel embarcadère
Le maire a promis un deuxième bac pour l'été

« Nous avons attendu ce jour longtemps, et maintenant les îles ne sont plus qu'à une demi-heure », a déclaré le maire à la foule.

Un nouvel horaire

À partir de lundi, les bacs partent toutes les heures des deux embarcadères, et le dernier bateau quitte les îles à dix heures.
)",
         {"Un nouvel horaire"}},
        // A caption closed by its credit ends there: the line glued under it heads the text below.
        {"en", R"(Wendle Gets Its Second Ferry Pier

The town of Wendle opened its second ferry pier on Sunday, two years after the old one was damaged by the winter storms.

Hundreds of people came down to the harbour to watch the first boat moor at the new pier in the morning sun.

The new pier at dawn on Sunday (Photo: Jane Roe)
A pier of concrete and oak

The pier rests on forty concrete piles driven into the rock, and its deck is made of oak from the forests behind the town.
)",
         {"A pier of concrete and oak"}},
        {"de", R"(Wendle bekommt einen zweiten Fähranleger

Die Stadt Wendle hat am Sonntag ihren zweiten Fähranleger eröffnet, zwei Jahre nachdem der alte in den Winterstürmen beschädigt wurde.

Hunderte Menschen kamen an den Hafen, um zu sehen, wie das erste Schiff in der Morgensonne am neuen Anleger festmachte.

Der neue Anleger am Sonntagmorgen (Foto: Jane Roe)
Ein Anleger aus Beton und Eiche

Der Anleger ruht auf vierzig Betonpfählen im Fels, und sein Deck ist aus Eichenholz aus den Wäldern hinter der Stadt gebaut.
)",
         {"Ein Anleger aus Beton und Eiche"}},
    });
}

TEST_CASE("a title over a labelled caption names the video or picture, no heading", "[classify][heading][over_caption]") {
    check_heading_rows({
        {"en", R"(Lighthouse Keeper Retires After Forty Years

The last keeper of the Wendle lighthouse climbed its spiral stairs for the final time on Friday evening.

The keeper's last night

Media caption The keeper lights the lamp for the last time on Friday

He had kept the light burning through storms, power cuts and one long winter when the supply boat never came.

What comes next

The lamp will be run from the harbour office by remote control, and the tower will open to visitors in the spring.
)",
         {"What comes next"}},
        {"de", R"(Leuchtturmwärter geht nach vierzig Jahren in Rente

Der letzte Wärter des Leuchtturms von Wendle stieg am Freitagabend zum letzten Mal die Wendeltreppe hinauf.

Die letzte Nacht des Wärters

Bildunterschrift: Der Wärter zündet am Freitag zum letzten Mal die Lampe an

Er hielt das Licht durch Stürme, Stromausfälle und einen langen Winter, in dem das Versorgungsboot nie kam, am Brennen.

Wie es weitergeht

Die Lampe wird künftig vom Hafenbüro aus ferngesteuert, und der Turm öffnet im Frühjahr für Besucher.
)",
         {"Wie es weitergeht"}},
        {"fr", R"(Le gardien du phare prend sa retraite après quarante ans

Le dernier gardien du phare de Wendle a gravi vendredi soir pour la dernière fois l'escalier en colimaçon.

La dernière nuit du gardien

Légende : Le gardien allume la lampe pour la dernière fois vendredi

Il a gardé la lumière allumée malgré les tempêtes, les coupures de courant et un long hiver sans bateau de ravitaillement.

La suite

La lampe sera commandée à distance depuis le bureau du port, et la tour ouvrira aux visiteurs au printemps.
)",
         {"La suite"}},
    });
}
