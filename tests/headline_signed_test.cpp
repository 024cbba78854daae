// Headline tests of the lines around a title's date: which title the date or byline line signs.
#include <catch2/catch.hpp>

#include "headline_rows.hpp"

#include <iterator>

using PageRow = archive::test::HeadlineRow;

TEST_CASE("a date under a title's standfirst signs that title and not the section heading under it", "[headline]") {
    const PageRow rows[] = {
        // The heading of the first section repeats the article's words best; the title over the standfirst and the
        // picture's credit is the one the date signs.
        {"title, standfirst, picture, date, section heading (en)", "en", R"(Home
News
Politics
Council extends the harbour closure until April
The mayor will meet the harbour board on Friday to discuss what comes next.
© Photo: Harbour Press Agency
20 March 2021, 15:00

Ferries stay in the dock

The ferries will stay in the dock for four more weeks, the city council decided on Thursday evening.
The closure began in February, when a storm damaged two of the piers and the ramp where the ferries dock.
Repairs at the harbour have taken longer than planned because the steel for the new ramp arrived late.
)", "Council extends the harbour closure until April"},
        {"title, standfirst, picture, date, section heading (de)", "de", R"(Startseite
Nachrichten
Politik
Stadtrat verlängert die Sperrung des Hafens bis Ende April
Der Bürgermeister will am Freitag mit dem Hafenamt über die nächsten Schritte beraten.
© Foto: Hafen-Presseagentur
20. März 2021 - 15:00 Uhr

Fähren bleiben im Dock

Die Fähren bleiben noch vier Wochen im Dock, hat der Stadtrat am Donnerstagabend beschlossen.
Die Sperrung begann im Februar, als ein Sturm zwei Anleger und die Rampe beschädigte, an der die Fähren anlegen.
Die Reparatur dauert länger als geplant, weil der Stahl für die neue Rampe des Hafens spät kam.
)", "Stadtrat verlängert die Sperrung des Hafens bis Ende April"},
        {"title, standfirst, picture, date, section heading (fr)", "fr", R"(Accueil
Actualités
Politique
Le conseil prolonge la fermeture du port jusqu'en avril
Le maire rencontrera vendredi la direction du port pour discuter de la suite.
© Photo : Agence de presse du port
20 mars 2021 à 15h00

Les ferries restent au bassin

Les ferries restent au bassin quatre semaines de plus, a décidé le conseil municipal jeudi soir.
La fermeture a commencé en février, quand une tempête a endommagé deux quais et la rampe des ferries.
Les travaux durent plus longtemps que prévu car l'acier de la nouvelle rampe est arrivé en retard au port.
)", "Le conseil prolonge la fermeture du port jusqu'en avril"},
        // A date printed over the title, with no standfirst between the line above and the date: the title stays.
        {"date over the title", "en", R"(Harbour news and notes from the quay.
Friday, 4 March 2022
Ferries stay in the dock until April

The ferries will stay in the dock until April, the city council decided on Thursday evening.
The closure began in February, when a storm damaged two of the piers and the ramp where the ferries dock.
Repairs at the harbour have taken longer than planned because the steel for the new ramp arrived late.
)", "Ferries stay in the dock until April"},
    };
    archive::test::check_headlines(std::begin(rows), std::end(rows));
}
