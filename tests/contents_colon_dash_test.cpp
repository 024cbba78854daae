// Tests of the tables of contents whose label is printed with a colon ("Inhalt:", "Contents:", "Sommaire :",
// "Índice:", "Spis treści:"), in German, English, French, Spanish and Polish.
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
