// Tests of the tables of contents whose label is printed with a colon ("Inhalt:", "Contents:", "Sommaire :",
// "Índice:", "Spis treści:") and of those whose titles hold a dash ("Die Fähre – ein Stück Geschichte"), in German,
// English, French, Spanish and Polish.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <cstddef>
#include <string>
#include <vector>

using namespace archive;
using archive::test::headings_of;
using archive::test::paragraphs_of;

namespace {

// A page of one language: its title and opening paragraph, the label of its contents, and its parts (a title over
// two lines of text).
struct ContentsPage {
    const char* lang;
    const char* title;
    const char* intro;
    const char* label;
    std::vector<const char*> part_titles;
    std::vector<const char*> part_texts;
};

// The page with its contents (under `label`, none when empty), each title printed again over its part's text.
std::string page_of(const ContentsPage& c, const std::string& label) {
    std::string page = std::string(c.title) + "\n" + c.intro + "\n";
    if (!label.empty())
        page += label + "\n";
    for (const char* t : c.part_titles)
        page += std::string(t) + "\n";
    for (std::size_t i = 0; i < c.part_titles.size(); ++i)
        page += std::string(c.part_titles[i]) + "\n" + c.part_texts[i] + "\n";
    return page;
}

// The contents' titles head the parts below, and neither a title nor the label is a paragraph.
void check_contents(const ContentsPage& c, const std::string& label) {
    const std::string page = page_of(c, label);
    INFO(page);
    const Article a = classify(segment(page), c.lang);
    const std::vector<std::string> titles(c.part_titles.begin(), c.part_titles.end());
    CHECK(headings_of(a) == titles);
    const auto paragraphs = paragraphs_of(a);
    for (const std::string& t : titles)
        CHECK(std::find(paragraphs.begin(), paragraphs.end(), t) == paragraphs.end());
    if (!label.empty())
        CHECK(std::find(paragraphs.begin(), paragraphs.end(), label) == paragraphs.end());
}

// Contents of two titles, the second a question: a contents that short is one under its label only.
const std::vector<ContentsPage>& two_title_pages() {
    static const std::vector<ContentsPage> pages = {
        {"de",
         "Neue Fahrradstraße am Kanal: Was Anwohner wissen müssen",
         "Ab dem Frühjahr haben Radfahrer auf der Uferstraße Vorrang, Autos dürfen dort nur noch als Anlieger fahren.",
         "Inhalt:",
         {"Die neuen Regeln", "Wo darf man noch parken?"},
         {"Radfahrer dürfen nebeneinander fahren, Autos höchstens dreißig Kilometer in der Stunde.\nDie Schilder "
          "stehen an beiden Enden der Straße und an jeder Einmündung aus dem Viertel.",
          "Die Parkplätze am Ufer bleiben, sie sind aber nur noch für Anwohner mit Ausweis frei.\nBesucher stellen "
          "ihr Auto im Parkhaus am Bahnhof ab, das nachts günstiger wird."}},
        {"en",
         "New cycle street by the canal: what residents need to know",
         "From the spring cyclists have priority on the towpath road, and cars may only drive there to reach a home.",
         "Contents:",
         {"The new rules", "Where can you still park?"},
         {"Cyclists may ride side by side, and cars may drive at thirty kilometres an hour at most.\nThe signs stand "
          "at both ends of the street and at every junction coming from the district.",
          "The parking spaces by the water stay, but only residents with a permit may use them.\nVisitors leave "
          "their cars in the car park by the station, which gets cheaper at night."}},
        {"fr",
         "Nouvelle rue cyclable le long du canal : ce que les riverains doivent savoir",
         "Dès le printemps, les cyclistes ont la priorité sur le quai, et les voitures n'y roulent plus que pour "
         "rentrer chez elles.",
         "Sommaire :",
         {"Les nouvelles règles", "Où peut-on encore se garer ?"},
         {"Les cyclistes peuvent rouler côte à côte, les voitures à trente kilomètres à l'heure au plus.\nLes "
          "panneaux sont posés aux deux bouts de la rue et à chaque carrefour du quartier.",
          "Les places le long de l'eau restent, mais seuls les riverains munis d'une carte y ont droit.\nLes "
          "visiteurs laissent leur voiture au parking de la gare, moins cher la nuit."}},
        {"es",
         "Nueva calle ciclista junto al canal: lo que deben saber los vecinos",
         "Desde la primavera los ciclistas tienen prioridad en la calle del muelle, y los coches solo pueden entrar "
         "para llegar a casa.",
         "Índice:",
         {"Las nuevas normas", "¿Dónde se puede aparcar todavía?"},
         {"Los ciclistas pueden ir en paralelo, y los coches a treinta kilómetros por hora como mucho.\nLas señales "
          "están en los dos extremos de la calle y en cada cruce del barrio.",
          "Las plazas junto al agua se quedan, pero solo los vecinos con tarjeta pueden usarlas.\nLos visitantes "
          "dejan el coche en el aparcamiento de la estación, más barato por la noche."}},
        {"pl",
         "Nowa ulica rowerowa nad kanałem: co muszą wiedzieć mieszkańcy",
         "Od wiosny rowerzyści mają pierwszeństwo na ulicy nad wodą, a samochody mogą tam wjechać tylko do domu.",
         "Spis treści:",
         {"Nowe zasady", "Gdzie można jeszcze parkować?"},
         {"Rowerzyści mogą jechać obok siebie, a samochody najwyżej trzydzieści kilometrów na godzinę.\nZnaki stoją "
          "na obu końcach ulicy i przy każdym skrzyżowaniu w dzielnicy.",
          "Miejsca parkingowe nad wodą zostają, ale mogą z nich korzystać tylko mieszkańcy z kartą.\nGoście "
          "zostawiają samochód na parkingu przy dworcu, który w nocy jest tańszy."}},
    };
    return pages;
}

// Contents of three titles, two of them holding a dash between their parts.
const std::vector<ContentsPage>& dash_title_pages() {
    static const std::vector<ContentsPage> pages = {
        {"de",
         "Die Fähre über den Strom wird hundert Jahre alt",
         "Seit einem Jahrhundert bringt die kleine Fähre Pendler, Schüler und Ausflügler von einem Ufer zum anderen.",
         "Inhalt:",
         {"Die Anfänge – ein Kahn und ein Seil", "Der Krieg und die Jahre danach", "Heute – Fahrgäste aus aller Welt"},
         {"Der erste Fährmann zog seinen Kahn an einem Seil über das Wasser, bei Hochwasser ruhte der Betrieb.\nFür "
          "eine Überfahrt zahlte man damals zwei Pfennig, ein Fahrrad kostete einen mehr.",
          "Im Krieg lag die Fähre mehrere Jahre still, die Brücke flussaufwärts war zerstört.\nErst danach bekam sie "
          "einen Motor und fuhr wieder jede halbe Stunde über den Strom.",
          "Im Sommer setzen an manchen Tagen über tausend Menschen über, viele davon mit dem Rad.\nDie Gemeinde will "
          "im nächsten Jahr ein zweites Boot kaufen, das mit Strom fährt."}},
        {"en",
         "The ferry across the river turns a hundred",
         "For a century the small ferry has carried commuters, pupils and day trippers from one bank to the other.",
         "Contents:",
         {"The beginnings – a boat and a rope", "The war and the years after", "Today – passengers from everywhere"},
         {"The first ferryman pulled his boat across the water on a rope, and in a flood the service stopped.\nA "
          "crossing cost two pennies at the time, and a bicycle one more.",
          "During the war the ferry lay idle for several years, as the bridge upstream had been destroyed.\nOnly "
          "afterwards did it get an engine and cross the river every half hour again.",
          "On some summer days more than a thousand people cross, many of them with bicycles.\nThe council wants to "
          "buy a second boat next year, one that runs on electricity."}},
        {"fr",
         "Le bac sur le fleuve fête ses cent ans",
         "Depuis un siècle, le petit bac transporte des travailleurs, des élèves et des promeneurs d'une rive à "
         "l'autre.",
         "Sommaire :",
         {"Les débuts – une barque et une corde", "La guerre et les années suivantes",
          "Aujourd'hui – des passagers du monde entier"},
         {"Le premier passeur tirait sa barque sur une corde, et le service s'arrêtait pendant les crues.\nUne "
          "traversée coûtait alors deux sous, un vélo un de plus.",
          "Pendant la guerre, le bac est resté à quai plusieurs années, le pont en amont ayant été détruit.\nC'est "
          "ensuite qu'il a reçu un moteur et a repris ses traversées toutes les demi-heures.",
          "Certains jours d'été, plus de mille personnes traversent, beaucoup avec leur vélo.\nLa commune veut "
          "acheter l'an prochain un second bateau, électrique celui-là."}},
        {"es",
         "La barca del río cumple cien años",
         "Desde hace un siglo la pequeña barca lleva a trabajadores, escolares y excursionistas de una orilla a la "
         "otra.",
         "Índice:",
         {"Los comienzos – una barca y una cuerda", "La guerra y los años siguientes",
          "Hoy – pasajeros de todo el mundo"},
         {"El primer barquero tiraba de la barca con una cuerda, y con las crecidas el servicio paraba.\nCruzar "
          "costaba entonces dos céntimos, y una bicicleta uno más.",
          "Durante la guerra la barca estuvo parada varios años, porque el puente río arriba estaba destruido.\nSolo "
          "después recibió un motor y volvió a cruzar el río cada media hora.",
          "Algunos días de verano cruzan más de mil personas, muchas de ellas en bicicleta.\nEl ayuntamiento quiere "
          "comprar el año que viene una segunda barca, esta vez eléctrica."}},
        {"pl",
         "Prom na rzece kończy sto lat",
         "Od stu lat mały prom przewozi pracowników, uczniów i turystów z jednego brzegu na drugi.",
         "Spis treści:",
         {"Początki – łódź i lina", "Wojna i lata powojenne", "Dziś – pasażerowie z całego świata"},
         {"Pierwszy przewoźnik ciągnął łódź po linie, a podczas powodzi prom nie kursował.\nPrzeprawa kosztowała "
          "wtedy dwa grosze, a rower jeden grosz więcej.",
          "W czasie wojny prom stał kilka lat, bo most w górze rzeki był zniszczony.\nDopiero potem dostał silnik i "
          "znów przepływał przez rzekę co pół godziny.",
          "W niektóre letnie dni przeprawia się ponad tysiąc osób, wiele z nich z rowerem.\nGmina chce w przyszłym "
          "roku kupić drugą łódź, tym razem elektryczną."}},
    };
    return pages;
}

} // namespace

TEST_CASE("contents76: a contents label printed with a colon labels its contents", "[classify][heading][contents]") {
    for (const ContentsPage& c : two_title_pages())
        check_contents(c, c.label);
    // The same labels without their colon, as the lexicon lists them.
    for (const ContentsPage& c : two_title_pages()) {
        std::string label = c.label;
        label.erase(label.find_last_not_of(" :") + 1);
        check_contents(c, label);
    }
}

TEST_CASE("contents76: a sentence ending in a colon over two titles labels no contents", "[classify][contents]") {
    // "Two things change:" is the text's own list, not a label: its two lines stay where they stand.
    const std::string page = R"(New cycle street by the canal
From the spring cyclists have priority on the towpath road, and cars may only drive there to reach a home.
Two things change this spring for residents:
The new rules
Where can you still park?
The new rules
Cyclists may ride side by side, and cars may drive at thirty kilometres an hour at most.
The signs stand at both ends of the street and at every junction coming from the district.
Where can you still park?
The parking spaces by the water stay, but only residents with a permit may use them.
Visitors leave their cars in the car park by the station, which gets cheaper at night.
)";
    const Article a = classify(segment(page), "en");
    const auto paragraphs = paragraphs_of(a);
    CHECK(std::find(paragraphs.begin(), paragraphs.end(), "Two things change this spring for residents:") !=
          paragraphs.end());
}

TEST_CASE("contents76: a contents' titles may hold a dash between their parts", "[classify][heading][contents]") {
    for (const ContentsPage& c : dash_title_pages()) {
        check_contents(c, c.label);
        check_contents(c, "");
    }
}
