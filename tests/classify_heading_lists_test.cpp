// Tests of the classify heuristics: the headings of definition lists, glossaries and numbered tables of contents. One
// row per kind of line, in several languages.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "lexicon.hpp"
#include "page.hpp"
#include "pipeline.hpp"
#include "rows.hpp"
#include "test_pages.hpp"
#include "text.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;

using archive::test::check_found;
using archive::test::contains;
using archive::test::headings_of;

TEST_CASE("the terms of a definition list are text, not headings", "[classify][heading]") {
    const test::PageRow rows[] = {
        {"en", R"(Harbour App
The harbour app for skippers
The new harbour app gathers everything a skipper needs before leaving the marina, and it works without a network.
Tide tables
See the tides of the next seven days for every pier of the bay, with the hours of high and low water and the height of each tide in metres.
Berth finder
Find a free berth for the night and book it before you arrive at the marina, with a map of the pontoons and the depth of the water at each of them.
Weather warnings
Get a warning on your phone when the harbour master closes the eastern pier to small boats because of the wind or the waves at the mouth of the bay.
Fuel prices
Compare the prices of the three fuel docks of the harbour, and see which of them are open on Sundays and on the evenings of the summer.
The app is free and works on phones and tablets, and the harbour office will add new features every spring.
)", "Berth finder"},
        {"fr", R"(Appli du port
L'appli du port pour les plaisanciers
La nouvelle appli du port réunit tout ce dont un plaisancier a besoin avant de quitter la marina, même sans réseau.
Marées
Consultez les marées des sept prochains jours pour chaque quai de la baie, avec les heures de pleine et de basse mer et la hauteur de chaque marée en mètres.
Places libres
Trouvez une place libre pour la nuit et réservez-la avant d'arriver à la marina, avec un plan des pontons et la profondeur de l'eau à chacun d'entre eux.
Alertes météo
Recevez une alerte sur votre téléphone quand la capitainerie ferme le quai est aux petits bateaux à cause du vent ou des vagues à l'entrée de la baie.
Prix du carburant
Comparez les prix des trois stations de carburant du port, et voyez lesquelles sont ouvertes le dimanche et le soir pendant tout l'été.
L'appli est gratuite et fonctionne sur téléphone et tablette, et la capitainerie ajoutera des fonctions chaque printemps.
)", "Places libres"},
    };
    for (const auto& r : rows) {
        INFO(r.page);
        Article a = classify(segment(r.page), r.lang);
        CHECK(headings_of(a).empty());
        std::vector<std::string> paragraphs = test::paragraphs_of(a);
        CHECK(contains(paragraphs, r.line));
    }
}

TEST_CASE("two terms whose descriptions end on a link naming them are cards of a list, not headings", "[classify][heading]") {
    struct Row {
        const char* lang;
        const char* page;
        const char* term;
        const char* next; // the heading of the section after the cards
    };
    const Row rows[] = {
        {"en", R"(The Harbour App
The new harbour app gathers everything a skipper needs before leaving the marina, and it works without a network.
The harbour office wrote it with the sailing club over the winter, and the first version is free for everyone.
Berth finder
Find a free berth for the night and book it before you arrive, with a map of the pontoons and the depth at each.
Learn more about Berth finder
Fuel prices
Compare the prices of the three fuel docks of the harbour and see which of them are open on Sundays.
Learn more about Fuel prices
What comes next
The harbour office will add the tide tables and the weather warnings in the spring, and it asks the skippers who use the app to send their wishes for the summer version by letter, by mail or at the counter of the office on the eastern pier.
)", "Berth finder", "What comes next"},
        {"de", R"(Die Hafen-App
Die neue Hafen-App bündelt alles, was ein Skipper vor dem Auslaufen aus der Marina braucht, und sie läuft ohne Netz.
Das Hafenamt hat sie im Winter mit dem Segelclub geschrieben, und die erste Fassung ist für alle kostenlos.
Liegeplatzsuche
Finden Sie einen freien Liegeplatz für die Nacht und buchen Sie ihn vor der Ankunft, mit einer Karte der Stege.
Alles zur Liegeplatzsuche
Dieselpreise
Vergleichen Sie die Preise der drei Tankstellen im Hafen und sehen Sie, welche am Sonntag geöffnet haben.
Alles über Dieselpreise
Wie es weitergeht
Das Hafenamt will im Frühjahr die Gezeitentafeln und die Sturmwarnungen hinzufügen, und es bittet die Skipper, ihre Wünsche für die Sommerfassung per Brief, per Mail oder am Schalter des Amtes am Ostkai zu schicken, damit sie vor dem Ende des Monats März rechtzeitig gelesen werden können.
)", "Liegeplatzsuche", "Wie es weitergeht"},
        {"fr", R"(L'appli du port
La nouvelle appli du port réunit tout ce dont un plaisancier a besoin avant de quitter la marina, même sans réseau.
La capitainerie l'a écrite cet hiver avec le club de voile, et la première version est gratuite pour tous.
Places libres
Trouvez une place libre pour la nuit et réservez-la avant d'arriver, avec un plan des pontons et la profondeur de l'eau.
En savoir plus sur Places libres
Prix du gazole
Comparez les prix des trois stations du port et voyez lesquelles sont ouvertes le dimanche.
En savoir plus sur Prix du gazole
La suite
La capitainerie ajoutera au printemps les tables des marées et les alertes de tempête, et elle demande aux plaisanciers d'envoyer leurs souhaits pour la version d'été par lettre, par courriel ou au guichet du bureau sur la jetée est, avant la fin du mois de mars.
)", "Places libres", "La suite"},
        {"es", R"(La aplicación del puerto
La nueva aplicación del puerto reúne todo lo que un patrón necesita antes de salir de la marina, incluso sin red.
La capitanía la escribió este invierno con el club de vela, y la primera versión es gratuita para todos.
Amarres libres
Encuentre un amarre libre para la noche y resérvelo antes de llegar, con un plano de los pantalanes y su calado.
Más sobre Amarres libres
Precios del gasóleo
Compare los precios de las tres gasolineras del puerto y vea cuáles abren los domingos.
Más sobre Precios del gasóleo
Lo que viene
La capitanía añadirá en primavera las tablas de mareas y los avisos de temporal, y pide a los patrones que envíen sus deseos para la versión de verano por carta, por correo o en la ventanilla de la oficina del muelle este, antes de que termine el mes de marzo.
)", "Amarres libres", "Lo que viene"},
    };
    for (const auto& r : rows) {
        INFO(r.page);
        Article a = classify(segment(r.page), r.lang);
        CHECK(headings_of(a) == std::vector<std::string>{r.next});
        std::vector<std::string> paragraphs = test::paragraphs_of(a);
        CHECK(contains(paragraphs, r.term));
    }
}

TEST_CASE("a short title right over a definition list heads it", "[classify][heading]") {
    struct Row {
        const char* lang;
        const char* page;
        const char* title;
    };
    const Row rows[] = {
        {"en", R"(The Garden Centre Guide
The garden centre on the ring road reopened this spring with a bigger greenhouse, a café and a corner for children.
The owners took over the place from the town two years ago and rebuilt the old sheds with their own hands.
What you will find
Seed library
Borrow seeds of old vegetable varieties in spring and bring back seeds from your own harvest in the autumn, and the staff will tell you more about it at the desk by the entrance of the shop.
Tool repair
Bring blunt shears, broken rakes and rusty spades on Saturdays, and a volunteer will mend them while you wait, and the staff will tell you more about it at the desk by the entrance of the shop.
Plant doctor
Show a sick leaf or a photograph of your plant to the gardener on duty and get advice, and the staff will tell you more about it at the desk by the entrance of the shop.
Compost corner
Drop off your garden waste and take home a bag of ripe compost from the heaps behind the greenhouse, and the staff will tell you more about it at the desk by the entrance of the shop.
)", "What you will find"},
        {"de", R"(Der Gartenmarkt im Überblick
Der Gartenmarkt an der Umgehungsstraße hat in diesem Frühjahr mit einem größeren Gewächshaus, einem Café und einer Kinderecke wieder geöffnet.
Die Besitzer haben den Ort vor zwei Jahren von der Stadt übernommen und die alten Schuppen selbst umgebaut.
Was Sie dort finden
Saatgutbibliothek
Leihen Sie im Frühjahr Samen alter Gemüsesorten aus und bringen Sie im Herbst Samen aus Ihrer eigenen Ernte zurück, und das Personal erzählt Ihnen an der Theke am Eingang des Ladens gern mehr darüber.
Werkzeugreparatur
Bringen Sie samstags stumpfe Scheren, kaputte Rechen und rostige Spaten, und ein Freiwilliger repariert sie, während Sie warten, und das Personal erzählt Ihnen an der Theke am Eingang des Ladens gern mehr darüber.
Pflanzendoktor
Zeigen Sie dem diensthabenden Gärtner ein krankes Blatt oder ein Foto Ihrer Pflanze und erhalten Sie einen Rat, und das Personal erzählt Ihnen an der Theke am Eingang des Ladens gern mehr darüber.
Kompostecke
Geben Sie Ihren Gartenabfall ab und nehmen Sie einen Sack reifen Kompost von den Haufen hinter dem Gewächshaus mit, und das Personal erzählt Ihnen an der Theke am Eingang des Ladens gern mehr darüber.
)", "Was Sie dort finden"},
        {"fr", R"(Le guide de la jardinerie
La jardinerie de la rocade a rouvert ce printemps avec une serre plus grande, un café et un coin pour les enfants.
Les propriétaires ont repris le lieu à la ville il y a deux ans et ont rebâti eux-mêmes les vieux hangars.
Ce que vous y trouverez
Grainothèque
Empruntez au printemps des graines de légumes anciens et rapportez en automne des graines de votre propre récolte, et le personnel vous en dira plus au comptoir près de l'entrée du magasin.
Atelier de réparation
Apportez le samedi vos sécateurs émoussés, râteaux cassés et bêches rouillées, et un bénévole les répare devant vous, et le personnel vous en dira plus au comptoir près de l'entrée du magasin.
Docteur des plantes
Montrez une feuille malade ou une photo de votre plante au jardinier de service et recevez un conseil sur la suite, et le personnel vous en dira plus au comptoir près de l'entrée du magasin.
Coin compost
Déposez vos déchets de jardin et repartez avec un sac de compost mûr pris dans les tas derrière la serre, et le personnel vous en dira plus au comptoir près de l'entrée du magasin.
)", "Ce que vous y trouverez"},
        {"es", R"(Guía del vivero
El vivero de la circunvalación reabrió esta primavera con un invernadero más grande, una cafetería y un rincón para los niños.
Los dueños se hicieron cargo del lugar hace dos años y reconstruyeron ellos mismos los viejos cobertizos.
Lo que encontrará
Banco de semillas
Tome prestadas en primavera semillas de hortalizas antiguas y devuelva en otoño semillas de su propia cosecha, y el personal le contará más en el mostrador junto a la entrada de la tienda.
Taller de herramientas
Traiga los sábados tijeras sin filo, rastrillos rotos y palas oxidadas, y un voluntario las arreglará mientras espera, y el personal le contará más en el mostrador junto a la entrada de la tienda.
Médico de plantas
Enseñe una hoja enferma o una foto de su planta al jardinero de turno y reciba un consejo sobre qué hacer, y el personal le contará más en el mostrador junto a la entrada de la tienda.
Rincón del compost
Deje sus restos de jardín y llévese una bolsa de compost maduro de los montones que hay detrás del invernadero, y el personal le contará más en el mostrador junto a la entrada de la tienda.
)", "Lo que encontrará"},
    };
    for (const auto& r : rows) {
        INFO(r.page);
        CHECK(headings_of(classify(segment(r.page), r.lang)) == std::vector<std::string>{r.title});
    }
}

TEST_CASE("the title of a glossary heads the definition list under it", "[classify][heading]") {
    struct Row {
        const char* lang;
        const char* page;
        const char* title;
    };
    const Row rows[] = {
        {"en", R"(Ropes and Knots
Every sailing club teaches the same handful of words in its first lesson, and the new members learn them on the pontoon before they ever touch a boat.
Glossary
The words below are used all through this guide, and each of them is explained once here, in the order in which a new sailor meets them on the boat.
Halyard
A rope that raises a sail to the top of the mast and holds it there while the boat is under way, made fast at the foot of the mast on a cleat.
Sheet
A rope that sets the angle of a sail to the wind, pulled in or let out by the crew as the boat turns and as the wind grows or dies down.
Cleat
A fitting of metal or wood with two horns around which a rope is made fast, found on the deck, on the mast and on every pontoon of the marina.
Fairlead
A ring or a hook that guides a rope along the deck so that it does not rub on the rail and wear through in a single season of sailing.
)", "Glossary"},
        {"de", R"(Seile und Knoten
Jeder Segelclub bringt in der ersten Stunde dieselben paar Wörter bei, und die Neuen lernen sie am Steg, bevor sie zum ersten Mal ein Boot berühren.
Begriffe
Die folgenden Wörter kommen in diesem Leitfaden immer wieder vor, und jedes wird hier einmal erklärt, in der Reihenfolge, in der ein neuer Segler ihnen an Bord begegnet.
Fall
Ein Tau, das ein Segel an die Spitze des Mastes zieht und es dort während der ganzen Fahrt hält, am Fuß des Mastes an einer Klampe belegt.
Schot
Ein Tau, das den Winkel des Segels zum Wind einstellt und von der Crew dichtgeholt oder gefiert wird, wenn das Boot wendet oder der Wind zunimmt.
Klampe
Ein Beschlag aus Metall oder Holz mit zwei Hörnern, an dem ein Tau festgemacht wird, zu finden an Deck, am Mast und an jedem Steg der Marina.
Leitöse
Ein Ring oder Haken, der ein Tau über das Deck führt, damit es nicht an der Reling scheuert und nach einer einzigen Saison schon durchgescheuert ist.
)", "Begriffe"},
        {"fr", R"(Cordages et nœuds
Chaque club de voile enseigne les mêmes quelques mots à la première leçon, et les nouveaux les apprennent sur le ponton avant de toucher un bateau pour la première fois.
Lexique
Les mots ci-dessous reviennent dans tout ce guide, et chacun est expliqué une fois ici, dans l'ordre où un nouveau marin les rencontre à bord du bateau.
Drisse
Un cordage qui hisse une voile en haut du mât et l'y tient pendant toute la navigation, tourné au pied du mât sur un taquet prévu pour cela.
Écoute
Un cordage qui règle l'angle de la voile par rapport au vent, bordé ou choqué par l'équipage quand le bateau vire ou que le vent forcit.
Taquet
Une pièce de métal ou de bois à deux cornes autour de laquelle on tourne un cordage, sur le pont, sur le mât et sur chaque ponton de la marina.
Chaumard
Un anneau ou un crochet qui guide un cordage sur le pont pour qu'il ne frotte pas sur le bastingage et ne s'use pas en une seule saison.
)", "Lexique"},
        {"es", R"(Cabos y nudos
Todos los clubes de vela enseñan las mismas pocas palabras en la primera clase, y los nuevos socios las aprenden en el pantalán antes de tocar un barco por primera vez.
Glosario
Las palabras siguientes aparecen en toda esta guía, y cada una se explica aquí una sola vez, en el orden en que un nuevo navegante las encuentra a bordo.
Driza
Un cabo que iza una vela hasta lo alto del mástil y la mantiene allí durante toda la navegación, amarrado al pie del mástil en una cornamusa.
Escota
Un cabo que regula el ángulo de la vela respecto al viento, cazado o lascado por la tripulación cuando el barco vira o cuando el viento arrecia.
Cornamusa
Una pieza de metal o madera con dos cuernos alrededor de la cual se amarra un cabo, en la cubierta, en el mástil y en cada pantalán del puerto.
Guía
Un anillo o un gancho que conduce un cabo por la cubierta para que no roce en la borda y no se gaste en una sola temporada de navegación.
)", "Glosario"},
    };
    for (const auto& r : rows) {
        INFO(r.page);
        CHECK(headings_of(classify(segment(r.page), r.lang)) == std::vector<std::string>{r.title});
    }
}

TEST_CASE("a numbered table of contents lists the headings", "[classify][heading]") {
    struct Row {
        const char* line;
        const char* title;
    };
    const Row rows[] = {
        {"1 History", "History"},
        {"3.1 Harbour and river traffic", "Harbour and river traffic"},
        {"2. Mise en route", "Mise en route"},
        {"4.2.1 Geschichte der Stadt", "Geschichte der Stadt"},
        // White space around the line (a line not cut from a page): settled past its first byte.
        {"  5 Fähren und Kräne ", "Fähren und Kräne"},
        {"\t6.1 Ferry timetables", "Ferry timetables"},
        // Several spaces, a no-break space or a capital of two bytes before the title: the collapse settles them.
        {"7   Ferry   timetables", "Ferry timetables"},
        {"8 \u00a0Écluses et quais", "Écluses et quais"},
        {"9 Über die Brücke", "Über die Brücke"},
    };
    for (const auto& r : rows)
        check_found(r.line, contents_entry(r.line), r.title);
    for (const char* line : {"12 comments", "1998 was a good year for the harbour.", "History", "3.5 million people",
                             "2 de diciembre de 2017", "Kapitel 3 Die Werft", " Part 4 Harbour",
                             // closed by a stop, or a title in lower case (after spaces too): no entry
                             "3 Die Fähre legt um acht Uhr ab.", "4.1 Le port.  ", "5   harbour and river traffic",
                             "6 \"Quoted\" title"}) {
        INFO(line);
        CHECK_FALSE(contents_entry(line));
    }
    // The listed lines head their sections, even where a line is short between pointers to other articles.
    const char* page = R"(The harbour of the town
Contents
1 History
2 Trade
3 See also
The harbour of the town is one of the oldest on the coast, and its history goes back to the first settlers of the bay.
History
Main article: History of the harbour
The first quay was built by fishermen who came from the north, and it was extended twice before the railway arrived.
Trade
Hauptartikel: Handel im Hafen
Trade grew quickly after the railway reached the town, and the harbour became the main port of the whole region.
)";
    Article a = classify(segment(page), "en");
    std::vector<std::string> headings = headings_of(a);
    CHECK(headings == std::vector<std::string>{"History", "Trade"});
    for (const auto& s : a.sections)
        for (const auto& para : s.paragraphs)
            CHECK(para.rfind("Main article", 0) == std::string::npos);
}
