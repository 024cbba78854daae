// Section headings of a rarer shape: a few words quoted between blank lines; and the title of a video under its
// player, no heading. Whole pages in several languages, one row per page.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "test_pages.hpp"

#include <string>
#include <vector>

using namespace archive;

using archive::test::check_heading_rows;

TEST_CASE("a few quoted words set apart between paragraphs head the section below", "[classify][heading]") {
    check_heading_rows({
        {"en", R"(The last ferryman of the northern bay

The old ferryman has crossed the bay twice a day for forty years, in fog and in storms, and never lost a boat.

His son will not take over the boat next spring, and the council has not found anybody else for the crossing yet.

‘We will keep rowing’

The villagers on the far shore have started a rota of their own, two rowers a day, to keep the crossing open.

They meet every Sunday in the chapel to settle who rows on which day, and who keeps the old boat in repair.
)",
         {"‘We will keep rowing’"}},
        {"de", R"(Der letzte Fährmann der Nordbucht

Der alte Fährmann fährt seit vierzig Jahren zweimal am Tag über die Bucht, bei Nebel und bei Sturm, ohne Unfall.

Sein Sohn wird das Boot im nächsten Frühling nicht übernehmen, und die Gemeinde hat noch niemanden gefunden.

„Wir rudern einfach weiter“

Die Leute am anderen Ufer haben einen eigenen Dienstplan aufgestellt, zwei Ruderer am Tag, für die Überfahrt.

Sie treffen sich jeden Sonntag in der Kapelle, um die Tage zu verteilen und die Pflege des alten Bootes zu regeln.
)",
         {"„Wir rudern einfach weiter“"}},
        {"fr", R"(Le dernier passeur de la baie du nord

Le vieux passeur traverse la baie deux fois par jour depuis quarante ans, par brouillard et par tempête, sans accident.

Son fils ne reprendra pas le bateau au printemps prochain, et la commune n'a encore trouvé personne pour la traversée.

«Nous continuerons à ramer»

Les habitants de l'autre rive ont organisé leur propre tour de garde, deux rameurs par jour, pour garder le passage.

Ils se retrouvent chaque dimanche à la chapelle pour fixer les jours de chacun et l'entretien du vieux bateau.
)",
         {"«Nous continuerons à ramer»"}},
        {"es", R"(El último barquero de la bahía del norte

El viejo barquero cruza la bahía dos veces al día desde hace cuarenta años, con niebla y con tormenta, sin accidentes.

Su hijo no se hará cargo del barco la próxima primavera, y el ayuntamiento todavía no ha encontrado a nadie más.

“Seguiremos remando”

Los vecinos de la otra orilla han organizado su propio turno, dos remeros al día, para mantener abierto el paso.

Se reúnen cada domingo en la capilla para decidir quién rema qué día y quién repara el viejo barco de madera.
)",
         {"“Seguiremos remando”"}},
        {"it", R"(L'ultimo traghettatore della baia del nord

Il vecchio traghettatore attraversa la baia due volte al giorno da quarant'anni, con la nebbia e con la tempesta.

Suo figlio non prenderà la barca la prossima primavera, e il comune non ha ancora trovato nessuno per la traversata.

«Continueremo a remare»

Gli abitanti dell'altra riva hanno organizzato un proprio turno, due rematori al giorno, per tenere aperto il passaggio.

Si incontrano ogni domenica nella cappella per decidere chi rema in quale giorno e chi ripara la vecchia barca.
)",
         {"«Continueremo a remare»"}},
    });
}

TEST_CASE("quoted lines of dialogue or with a sentence's mark inside head nothing", "[classify][heading]") {
    check_heading_rows({
        // A line of dialogue under another one.
        {"en", R"(The last ferryman of the northern bay

The old ferryman has crossed the bay twice a day for forty years, in fog and in storms, and never lost a boat.

“Why did you never tell us?”

“Nobody asked me”

The villagers on the far shore have started a rota of their own, two rowers a day, to keep the crossing open.
)",
         {}},
        // A quoted sentence closed by its stop inside the marks.
        {"de", R"(Der letzte Fährmann der Nordbucht

Der alte Fährmann fährt seit vierzig Jahren zweimal am Tag über die Bucht, bei Nebel und bei Sturm, ohne Unfall.

„Wir rudern einfach weiter.“

Die Leute am anderen Ufer haben einen eigenen Dienstplan aufgestellt, zwei Ruderer am Tag, für die Überfahrt.
)",
         {}},
        // Glued to the paragraph below: a quotation opening the text, no title.
        {"fr", R"(Le dernier passeur de la baie du nord

Le vieux passeur traverse la baie deux fois par jour depuis quarante ans, par brouillard et par tempête, sans accident.

«Nous continuerons à ramer»
Les habitants de l'autre rive ont organisé leur propre tour de garde, deux rameurs par jour, pour garder le passage.
)",
         {}},
    });
}

TEST_CASE("the title of a video under its player's notice heads nothing", "[classify][heading]") {
    check_heading_rows({
        {"en", R"(Divers return to the wreck in the northern bay

Divers from the harbour club went down to the old wreck again on Saturday, for the first time since the storm.

The wreck lies in twelve metres of water, a mile off the pier, and its hull has broken into three large parts.

This is a modal window. Press Escape or the close button to leave it and go back to the film.

Divers film the broken hull of the wreck

The club wants to map the wreck before the winter, when the currents in the bay are too strong for diving.

Its members have asked the council for a boat of their own, as the ferry can no longer take them out there.
)",
         {}},
        {"de", R"(Taucher kehren zum Wrack in der Nordbucht zurück

Taucher des Hafenvereins sind am Samstag wieder zum alten Wrack hinabgestiegen, zum ersten Mal seit dem Sturm.

Das Wrack liegt in zwölf Metern Tiefe, eine Meile vor dem Pier, und sein Rumpf ist in drei große Teile zerbrochen.

Dies ist ein modales Fenster. Es kann mit der Escape-Taste oder der Schaltfläche zum Schließen geschlossen werden.

Taucher filmen den zerbrochenen Rumpf

Der Verein will das Wrack vor dem Winter vermessen, wenn die Strömungen in der Bucht zu stark zum Tauchen sind.

Seine Mitglieder haben die Gemeinde um ein eigenes Boot gebeten, da die Fähre sie nicht mehr hinausbringen kann.
)",
         {}},
        {"fr", R"(Les plongeurs retournent à l'épave de la baie du nord

Les plongeurs du club du port sont redescendus samedi vers la vieille épave, pour la première fois depuis la tempête.

L'épave repose par douze mètres de fond, à un mille de la jetée, et sa coque s'est brisée en trois grandes parties.

Ceci est une fenêtre modale. Elle peut être fermée avec la touche Échap ou en activant le bouton de fermeture.

Les plongeurs filment la coque brisée

Le club veut cartographier l'épave avant l'hiver, quand les courants de la baie sont trop forts pour la plongée.

Ses membres ont demandé à la commune un bateau à eux, car le bac ne peut plus les emmener jusque là-bas.
)",
         {}},
        {"es", R"(Los buzos vuelven al pecio de la bahía del norte

Los buzos del club del puerto bajaron el sábado de nuevo al viejo pecio, por primera vez desde la tormenta.

El pecio está a doce metros de profundidad, a una milla del muelle, y su casco se ha partido en tres grandes trozos.

Esta es una ventana modal. Se puede cerrar con la tecla Escape o activando el botón de cierre.

Los buzos graban el casco partido

El club quiere cartografiar el pecio antes del invierno, cuando las corrientes de la bahía son demasiado fuertes.

Sus miembros han pedido al ayuntamiento un barco propio, porque el transbordador ya no puede llevarlos hasta allí.
)",
         {}},
        {"it", R"(I sub tornano al relitto della baia del nord

I sub del circolo del porto sono scesi di nuovo sabato al vecchio relitto, per la prima volta dopo la tempesta.

Il relitto giace a dodici metri di profondità, a un miglio dal molo, e lo scafo si è spezzato in tre grandi parti.

Questa è una finestra modale. Si può chiudere con il tasto Esc o attivando il pulsante di chiusura.

I sub filmano lo scafo spezzato

Il circolo vuole rilevare il relitto prima dell'inverno, quando le correnti della baia sono troppo forti per le immersioni.

I suoi soci hanno chiesto al comune una barca propria, perché il traghetto non può più portarli fin laggiù.
)",
         {}},
    });
}
