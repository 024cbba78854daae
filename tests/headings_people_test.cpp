// Section headings on pages with people on them: a comment quoting a heading, the author's box under the article, a
// name over a paragraph presenting a person, a title over its byline on a page of several articles.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "test_pages.hpp"

#include <string>

using namespace archive;
using archive::test::check_heading_rows;

TEST_CASE("a heading a comment under the article quotes again still heads its section", "[classify][heading]") {
    check_heading_rows({
        {"en", R"(How to keep a vegetable patch alive through a dry summer
By late July the beans hang limp, the soil cracks, and the hose seems to make no difference at all.
A few habits, picked up from growers in the south where rain is rare, keep the plants going until autumn.
Water the roots before the sun is up
A slow soak at dawn sinks deep into the ground, while water in the heat of the day mostly rises back into the air.
A can at the foot of each plant does more than a sprinkler over the paths, and it uses a third of the water.
12 comments
Tom Gardener
Water the roots before the sun is up
I tried this last year with my tomatoes, and they were the only ones on the street still green in August.
)",
         {"Water the roots before the sun is up"}},
        {"fr", R"(Comment garder un potager en vie pendant un été sec
Fin juillet, les haricots pendent, la terre se fend, et le tuyau d'arrosage ne semble plus rien changer.
Quelques habitudes, venues de maraîchers du Sud où la pluie est rare, tiennent les plantes jusqu'à l'automne.
Arroser les racines avant le lever du soleil
Un arrosage lent à l'aube descend loin dans le sol, alors qu'en pleine chaleur l'eau repart surtout dans l'air.
Un arrosoir au pied de chaque plante fait mieux qu'un jet sur les allées, et il consomme trois fois moins d'eau.
12 commentaires
Paul Jardinier
Arroser les racines avant le lever du soleil
J'ai essayé l'an dernier avec mes tomates, et ce sont les seules de la rue restées vertes en août.
)",
         {"Arroser les racines avant le lever du soleil"}},
    });
}

TEST_CASE("the box presenting the author right under the article is its last section", "[classify][heading]") {
    check_heading_rows({
        {"en", R"(Ferries return to the harbour
The harbour of the town reopened on Monday after two years of work on its old quays and its new basin.
The first year went to the channel, which had silted up since the war and kept the larger boats out of the bay.
The whole town came down to the water on Monday to watch the first ferry moor at the new northern quay.
About the author
Maeve Doyle
Head of the harbour desk at the Wendle Courier, and editor of its weekly tide tables since the spring of 2009
Most read
Storm closes the bridge
)",
         {"About the author"}},
        {"de", R"(Die Fähren kehren in den Hafen zurück
Der Hafen der Stadt ist am Montag nach zwei Jahren Arbeit an den alten Kais und dem neuen Becken wieder offen.
Das erste Jahr ging an die Fahrrinne, die seit dem Krieg verschlammt war und die großen Schiffe fernhielt.
Die ganze Stadt kam am Montag ans Wasser, um die erste Fähre am neuen Nordkai anlegen zu sehen.
Über die Autorin
Lena Brandt
Leiterin des Hafenressorts beim Wendler Kurier und seit dem Frühjahr 2009 verantwortlich für die Gezeitentabellen
Meistgelesen
Sturm sperrt die Brücke
)",
         {"Über die Autorin"}},
        {"fr", R"(Les ferries reviennent au port
Le port de la ville a rouvert lundi après deux années de travaux sur ses vieux quais et son nouveau bassin.
La première année a été consacrée au chenal, qui s'était envasé depuis la guerre et fermait la baie aux bateaux.
Toute la ville est descendue au bord de l'eau lundi pour voir le premier ferry accoster au nouveau quai nord.
À propos de l'auteur
Jean Dupont
Chef du service portuaire du Courrier de Wendle, il tient aussi la page des marées depuis le printemps 2009.
Les plus lus
Une tempête ferme le pont
)",
         {"À propos de l'auteur"}},
        {"es", R"(Los transbordadores vuelven al puerto
El puerto de la ciudad reabrió el lunes después de dos años de obras en sus muelles y en su nueva dársena.
El primer año se dedicó al canal, que se había llenado de barro y cerraba la bahía a los barcos grandes.
Todo el pueblo bajó al agua el lunes para ver atracar el primer transbordador en el nuevo muelle norte.
Sobre el autor
Juan Pérez
Jefe de la sección del puerto del Correo de Wendle y responsable de las tablas de mareas desde la primavera de 2009.
Lo más leído
Una tormenta cierra el puente
)",
         {"Sobre el autor"}},
        // A button of one word under the name ("Follow", "Folgen") stays out of the box.
        {"en", R"(Orchard saved by volunteers
The old orchard on the hill gave its first apples this autumn, three years after the storm that nearly felled it.
Volunteers planted two hundred young trees and watered them by hand through two dry summers in a row.
The cooperative will press its first cider in November and sell it at the market on the square.
About the author
Tom Fisher
Follow
Tom Fisher writes about farming and the countryside for the Wendle Courier.
Most read
)",
         {"About the author"}},
        {"de", R"(Obstgarten von Freiwilligen gerettet
Der alte Obstgarten am Hügel trug in diesem Herbst seine ersten Äpfel, drei Jahre nach dem Sturm, der ihn fast fällte.
Freiwillige pflanzten zweihundert junge Bäume und gossen sie zwei trockene Sommer lang von Hand.
Die Genossenschaft presst im November ihren ersten Most und verkauft ihn auf dem Markt am Platz.
Über den Autor
Tom Fischer
Folgen
Tom Fischer schreibt für den Wendler Kurier über Landwirtschaft und das Land.
Meistgelesen
)",
         {"Über den Autor"}},
        {"fr", R"(Un verger sauvé par des bénévoles
Le vieux verger de la colline a donné ses premières pommes cet automne, trois ans après la tempête qui a failli l'abattre.
Des bénévoles ont planté deux cents jeunes arbres et les ont arrosés à la main pendant deux étés secs.
La coopérative pressera son premier cidre en novembre et le vendra au marché de la place.
À propos de l'auteur
Tom Pêcheur
Suivre
Tom Pêcheur écrit sur l'agriculture et la campagne pour le Courrier de Wendle.
Les plus lus
)",
         {"À propos de l'auteur"}},
        {"es", R"(Un huerto salvado por voluntarios
El viejo huerto de la colina dio sus primeras manzanas este otoño, tres años después de la tormenta que casi lo derribó.
Los voluntarios plantaron doscientos árboles jóvenes y los regaron a mano durante dos veranos secos.
La cooperativa prensará su primera sidra en noviembre y la venderá en el mercado de la plaza.
Sobre el autor
Tomás Pescador
Seguir
Tomás Pescador escribe sobre agricultura y el campo para el Correo de Wendle.
Lo más leído
)",
         {"Sobre el autor"}},
        // The same title over a list of the author's other articles heads nothing.
        {"en", R"(Ferries return to the harbour
The harbour of the town reopened on Monday after two years of work on its old quays and its new basin.
The first year went to the channel, which had silted up since the war and kept the larger boats out of the bay.
The whole town came down to the water on Monday to watch the first ferry moor at the new northern quay.
About the author
Storm closes the bridge
New pier opens in May
Council votes the harbour budget
)",
         {}},
    });
}

TEST_CASE("a name over a paragraph that opens with it presents a person, no heading", "[classify][heading]") {
    check_heading_rows({
        {"en", R"(Ferries return to the harbour
The harbour of the town reopened on Monday after two years of work on its old quays and its new basin.
The first year went to the channel, which had silted up since the war and kept the larger boats out of the bay.
Maeve Doyle
Maeve Doyle covers the harbour, the ferries and the town council for the Wendle Courier since the spring of 2009.
)",
         {}},
        {"de", R"(Die Fähren kehren in den Hafen zurück
Der Hafen der Stadt ist am Montag nach zwei Jahren Arbeit an den alten Kais und dem neuen Becken wieder offen.
Das erste Jahr ging an die Fahrrinne, die seit dem Krieg verschlammt war und die großen Schiffe fernhielt.
Lena Brandt
Lena Brandt schreibt seit dem Frühjahr 2009 für den Wendler Kurier über den Hafen, die Fähren und den Gemeinderat.
)",
         {}},
        {"fr", R"(Les ferries reviennent au port
Le port de la ville a rouvert lundi après deux années de travaux sur ses vieux quais et son nouveau bassin.
La première année a été consacrée au chenal, qui s'était envasé depuis la guerre et fermait la baie aux bateaux.
Jean Dupont
Jean Dupont suit le port, les ferries et le conseil municipal pour le Courrier de Wendle depuis le printemps 2009.
)",
         {}},
        {"es", R"(Los transbordadores vuelven al puerto
El puerto de la ciudad reabrió el lunes después de dos años de obras en sus muelles y en su nueva dársena.
El primer año se dedicó al canal, que se había llenado de barro y cerraba la bahía a los barcos grandes.
Juan Pérez
Juan Pérez cubre el puerto, los transbordadores y el ayuntamiento para el Correo de Wendle desde la primavera de 2009.
)",
         {}},
        // A heading whose paragraph speaks of something else heads it.
        {"en", R"(Ferries return to the harbour
The harbour of the town reopened on Monday after two years of work on its old quays and its new basin.
The first year went to the channel, which had silted up since the war and kept the larger boats out of the bay.
Northern Quay
The whole town came down to the water on Monday to watch the first ferry moor at the new northern quay.
)",
         {"Northern Quay"}},
    });
}

TEST_CASE("on a page of several articles, a title over its byline and date heads its text", "[classify][heading]") {
    check_heading_rows({
        {"en", R"(This Week on the Harbour Wire
By Tom Fisher
March 25, 2015
The harbour of the town reopened on Monday after two years of work on its old quays and its new basin, and the board met the same evening to plan the season.
The first year went to the channel, which had silted up since the war and kept the larger boats out of the bay until the dredgers came from the north in March.
Comments (4 posted)
Mapping the tides with free tools
By Anna Berg
March 26, 2015
The tide tables of the bay were drawn by hand until last year, when two volunteers wrote a program that reads the gauges on the pier every ten minutes and draws the curves.
Their maps now hang in the harbour office, and the ferry captains read them every morning before the first crossing of the day.
)",
         {"Mapping the tides with free tools"}},
        {"de", R"(Diese Woche im Hafenbrief
Von Tom Fischer
25. März 2015
Der Hafen der Stadt ist am Montag nach zwei Jahren Arbeit an den alten Kais und dem neuen Becken wieder offen, und die Behörde plante noch am selben Abend die Saison.
Das erste Jahr ging an die Fahrrinne, die seit dem Krieg verschlammt war und die großen Schiffe aus der Bucht fernhielt, bis im März die Bagger aus dem Norden kamen.
Kommentare (4)
Gezeiten mit freien Programmen kartieren
Von Anna Berg
26. März 2015
Die Gezeitentafeln der Bucht wurden bis zum letzten Jahr von Hand gezeichnet, als zwei Freiwillige ein Programm schrieben, das die Pegel am Steg alle zehn Minuten liest.
Ihre Karten hängen jetzt im Hafenamt, und die Kapitäne der Fähren lesen sie jeden Morgen vor der ersten Überfahrt des Tages.
)",
         {"Gezeiten mit freien Programmen kartieren"}},
        {"fr", R"(Cette semaine dans la lettre du port
Par Tom Pêcheur
25 mars 2015
Le port de la ville a rouvert lundi après deux années de travaux sur ses vieux quais et son nouveau bassin, et le conseil s'est réuni le soir même pour préparer la saison.
La première année a été consacrée au chenal, qui s'était envasé depuis la guerre et fermait la baie aux gros bateaux jusqu'à l'arrivée des dragues en mars.
Commentaires (4)
Cartographier les marées avec des logiciels libres
Par Anne Berger
26 mars 2015
Les tables des marées de la baie étaient dessinées à la main jusqu'à l'an dernier, quand deux bénévoles ont écrit un programme qui lit les jauges du quai toutes les dix minutes.
Leurs cartes sont affichées au bureau du port, et les capitaines des ferries les lisent chaque matin avant la première traversée de la journée.
)",
         {"Cartographier les marées avec des logiciels libres"}},
        {"es", R"(Esta semana en el boletín del puerto
Por Tomás Pescador
25 de marzo de 2015
El puerto de la ciudad reabrió el lunes después de dos años de obras en sus muelles y en su nueva dársena, y la junta se reunió esa misma noche para preparar la temporada.
El primer año se dedicó al canal, que se había llenado de barro desde la guerra y cerraba la bahía a los barcos grandes hasta que llegaron las dragas en marzo.
Comentarios (4)
Cartografiar las mareas con programas libres
Por Ana Berga
26 de marzo de 2015
Las tablas de mareas de la bahía se dibujaban a mano hasta el año pasado, cuando dos voluntarios escribieron un programa que lee los medidores del muelle cada diez minutos.
Sus mapas cuelgan ahora en la oficina del puerto, y los capitanes de los transbordadores los leen cada mañana antes de la primera travesía del día.
)",
         {"Cartografiar las mareas con programas libres"}},
    });
}

TEST_CASE("a question between two answers opened by a dash of speech is the dialogue's, no heading",
          "[classify][heading]") {
    check_heading_rows({
        {"es", R"(El lago recupera su lancha de pasajeros

La lancha que cruza el lago volverá a salir desde el lunes, después de dos años de reparaciones en el astillero.

Lo que dicen los vecinos

Le preguntamos al patrón de la lancha, Ramiro Ortega, qué cambia para la orilla norte.

—Para la gente de la orilla es volver a tener el pueblo al lado. Los chicos podrán ir a la escuela sin dar la vuelta.

¿Y qué falta todavía?

—Falta un muelle nuevo del lado norte. Sin eso, con el agua alta no se puede subir.

El municipio prometió el muelle para el verano.
)",
         {"Lo que dicen los vecinos"}},
        {"fr", R"(Le lac retrouve son bateau de passagers

Le bateau qui traverse le lac repartira dès lundi, après deux ans de réparations au chantier naval.

Ce qu'en disent les riverains

Nous avons demandé au patron du bateau, Rémi Orsini, ce qui change pour la rive nord.

— Pour les gens de la rive, c'est retrouver le village à côté. Les enfants iront à l'école sans faire le tour.

Et que manque-t-il encore ?

— Il manque un nouveau ponton au nord. Sans lui, quand l'eau est haute, on ne peut pas monter à bord.

La commune a promis le ponton pour l'été.
)",
         {"Ce qu'en disent les riverains"}},
        {"it", R"(Il lago ritrova il suo battello

Il battello che attraversa il lago ripartirà da lunedì, dopo due anni di riparazioni nel cantiere.

Cosa dicono i residenti

Abbiamo chiesto al capitano del battello, Remo Orsini, che cosa cambia per la sponda nord.

—Per la gente della sponda è riavere il paese accanto. I ragazzi andranno a scuola senza fare il giro.

E che cosa manca ancora?

—Manca un pontile nuovo a nord. Senza, con l'acqua alta non si sale a bordo.

Il comune ha promesso il pontile per l'estate.
)",
         {"Cosa dicono i residenti"}},
        {"en", R"(The lake gets its passenger boat back

The boat across the lake sails again from Monday, after two years of repairs at the yard.

What the neighbours say

We asked the boat's skipper, Ray Orton, what changes for the north shore.

—For the people on the shore it means having the village next door again. The children can get to school without the long way round.

And what is still missing?

—A new jetty on the north side. Without it, you cannot get on board when the water is high.

The council promised the jetty for the summer.
)",
         {"What the neighbours say"}},
    });
}
