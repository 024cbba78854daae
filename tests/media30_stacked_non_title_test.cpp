// A line glued between a paragraph and a heading, stacked over it as a group's title would be, that is no title: a
// picture credit naming an organisation (every word capitalised) over a heading in sentence case, and an
// advertisement's call of two sentences ("Szukasz lokalu? Zobacz oferty ..."). Neither heads a section nor stays in
// the body; the heading under it and the text keep their places. A group's title stays a title.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "test_pages.hpp"

#include <string>

using namespace archive;
using archive::test::check_boxes;
using archive::test::check_heading_rows;

namespace {

const char* en_credit = R"(Ice shelf sheds a block the size of a city
A block of ice roughly the size of a large city has broken off an ice shelf in the far south, scientists said on Friday.
The break had been expected for years as a long crack widened slowly across the shelf over several winters.
Polar Research Institute
What happens next
The iceberg will drift west with the ocean currents and may break up over the coming months, the researchers said.
The research station on the shelf is not at risk, but it will be watched closely through the winter.
)";

const char* de_credit = R"(Neues Tram soll ab 2026 durch die Altstadt fahren
Die Altstadtstrasse gilt seit Jahren als eine der am stärksten belasteten Strassen der Stadt, täglich fahren dort viele Autos.
Mit dem neuen Tram will der Stadtrat den Verkehr beruhigen und den Quartieren mehr Raum geben, sagte er am Mittwoch.
Verkehrsbetriebe Zürich
Widerstand aus dem Quartier
Nicht alle sind begeistert. Der Quartierverein befürchtet, dass die Bauarbeiten das Gewerbe jahrelang belasten.
Das Parlament entscheidet im Herbst über den Kredit, danach hat das Volk das letzte Wort.
)";

const char* de_call = R"(Bäckerei am Markt schliesst nach 120 Jahren
Seit vier Generationen backt die Familie im Dorfkern Brot, am Samstag ist nun Schluss mit dem Betrieb.
Die Kunden hätten sehr traurig auf die Nachricht reagiert, sagt der Bäcker im Gespräch mit der Zeitung.
Neu hier? Jetzt Konto eröffnen
Keine Nachfolge in Sicht
Weder seine Tochter noch sein Sohn wollen den Betrieb übernehmen. Auch ein externer Käufer fand sich nicht.
Das Haus wird im Sommer verkauft, sagt der Bäcker, und die Gemeinde bedauert den Entscheid sehr.
)";

const char* fr_call = R"(Le dernier passeur du Rhône range sa barque
Pendant quarante ans, il a fait traverser le fleuve aux habitants du village, matin et soir, par tous les temps.
La commune a décidé de ne plus financer la traversée, qui ne transportait plus que dix passagers par jour.
Envie de voyager ? Découvrez nos offres
Les premières années
Quand il a repris la barque de son oncle, il y avait quarante passagers par jour. Aujourd'hui, à peine dix.
Certains habitants veulent créer une association pour faire vivre le bac eux-mêmes dès l'été prochain.
)";

const char* pl_call = R"(Nowa linia tramwajowa na Ochocie od przyszłego roku
Tramwaj pojedzie nową trasą przez całą dzielnicę, a budowa ruszy już wiosną, poinformował w piątek ratusz.
Mieszkańcy od lat czekali na to połączenie, bo autobusy w godzinach szczytu są bardzo zatłoczone.
Szukasz lokalu? Zobacz oferty na naszym portalu
Co dalej z budową
Przetarg na wykonawcę zostanie ogłoszony w marcu. Prace mają potrwać dwa lata i kosztować kilkaset milionów.
Radni dzielnicy chcą, aby przy nowej trasie powstały też drogi rowerowe i zieleń.
)";

} // namespace

TEST_CASE("a name or a call stacked over a heading is no title", "[classify][heading][media30]") {
    check_boxes({
        {"en", en_credit, {"Polar Research Institute"}, {"What happens next"}},
        {"de", de_credit, {"Verkehrsbetriebe Zürich"}, {"Widerstand aus dem Quartier"}},
        {"de", de_call, {"Neu hier? Jetzt Konto eröffnen"}, {"Keine Nachfolge in Sicht"}},
        {"fr", fr_call, {"Envie de voyager ? Découvrez nos offres"}, {"Les premières années"}},
        {"pl", pl_call, {"Szukasz lokalu? Zobacz oferty na naszym portalu"}, {"Co dalej z budową"}},
    });
    check_heading_rows({
        {"en", en_credit, {"What happens next"}},
        {"pl", pl_call, {"Co dalej z budową"}},
    });
}

TEST_CASE("a group's title stacked over a heading stays a title", "[classify][heading][media30]") {
    // (A title in sentence case, or one word, over the heading: the page's style; a title of capitalised words over
    // a heading of one word.)
    check_heading_rows({
        {"en", R"(Ice shelf sheds a block the size of a city
A block of ice roughly the size of a large city has broken off an ice shelf in the far south, scientists said on Friday.
The break had been expected for years as a long crack widened slowly across the shelf over several winters.
Life on the station
What happens next
The research station on the shelf is not at risk, but it will be watched closely through the winter, the team said.
The iceberg will drift west with the ocean currents and may break up over the coming months, the researchers said.
)",
         {"Life on the station", "What happens next"}},
        {"es", R"(Sevilla limita los pisos turísticos en el centro histórico
El Ayuntamiento aprobó este viernes una moratoria que impide abrir nuevos pisos turísticos en el casco histórico.
Las asociaciones vecinales celebraron la decisión, mientras que los propietarios anunciaron que recurrirán la norma.
Nuevas Reglas
Vecinos
La moratoria durará cinco años y afectará a más de tres mil viviendas del centro, según el concejal de Urbanismo.
La hostelería también se ha mostrado crítica con la medida, que entrará en vigor en el mes de junio.
)",
         {"Nuevas Reglas", "Vecinos"}},
    });
}
