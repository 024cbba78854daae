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

TEST_CASE("a date signs the title of two or three words right over it, not the tagline over that", "[headline]") {
    const PageRow rows[] = {
        {"a blog's tagline over a short title and its date (en)", "en", R"(Stories from the harbour and the people who work on its quays
Crane drivers
4 March 2024
The crane drivers of the harbour work in shifts of eight hours, high above the quays and the ships.
Most of the men and women who drive the cranes learned the work from older drivers, over years on the quays.
A crane driver lifts up to forty containers an hour when the weather is calm and the ships are ready.
)", "Crane drivers"},
        {"a blog's tagline over a short title and its date (de)", "de", R"(Geschichten aus dem Hafen und von den Leuten, die an seinen Kais arbeiten
Kranfahrer im Hafen
4. März 2024
Die Kranfahrer im Hafen arbeiten in Schichten von acht Stunden, hoch über den Kais und den Schiffen.
Die meisten Männer und Frauen am Kran haben die Arbeit von älteren Kranfahrern gelernt, über Jahre an den Kais.
Ein Kranfahrer hebt bis zu vierzig Container in der Stunde, wenn das Wetter ruhig ist und die Schiffe bereit sind.
)", "Kranfahrer im Hafen"},
        {"a blog's tagline over a short title and its date (fr)", "fr", R"(Histoires du port et des gens qui travaillent sur ses quais
Grutiers du port
4 mars 2024
Les grutiers du port travaillent par équipes de huit heures, très haut au-dessus des quais et des navires.
La plupart des hommes et des femmes aux grues ont appris le travail auprès de grutiers plus âgés, sur les quais.
Un grutier soulève jusqu'à quarante conteneurs par heure quand le temps est calme et que les navires sont prêts.
)", "Grutiers du port"},
    };
    archive::test::check_headlines(std::begin(rows), std::end(rows));
}
