// The lines closing an article's text: a short line closed by a colon that announces a video the body does not hold
// ("Watch the video:" over the player, or with no player printed) leaves the region (region_edges.cpp
// trim_video_lead_in()); the items of a closing list printed as one block under its title all join it
// (region_joins.cpp closing_list_end()). Invented pages.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "region_pages.hpp"
#include "test_pages.hpp"

#include <optional>
#include <string>
#include <vector>

using namespace archive;
using namespace archive::test;

namespace {

struct Report {
    const char* lang;
    const char* head;    // menu, headline, standfirst, byline, date
    const char* text;    // the paragraphs, parted by blank lines
    const char* last;    // the last paragraph
    const char* lead_in; // the call to watch the video, closed by its colon
    const char* player;  // the player's lines under it (empty: the page printed none)
    const char* footer;
};

const Report reports[] = {
    {"en",
     "Harbour Weekly\nNews\nSport\nSea wall cracks on the north quay, forty homes cleared\n"
     "Engineers found two long cracks in the wall on Tuesday morning.\nBy Clara Webb\n5 December 2026\n\n",
     "The council cleared forty homes on the north quay on Tuesday after engineers found two long cracks in the sea "
     "wall during a routine inspection.\n\n"
     "The tide is expected to peak on Wednesday night, and the harbour master said the wall would be watched every "
     "hour until then.\n\n",
     "Volunteers filled sandbags in the fish market car park all afternoon, and the army sent two trucks of steel "
     "plates from the base inland.\n\n",
     "Watch the video of the cracks in the wall:",
     "Play video\n01:12\nDrone pictures of the north quay at low tide\n\n", "Share this article\nMore news\nContact\n"},
    {"de",
     "Küstenbote\nNachrichten\nSport\nRisse in der Kaimauer: Vierzig Häuser geräumt\n"
     "Ingenieure entdeckten am Dienstagmorgen zwei lange Risse in der Mauer.\nVon Clara Weber\n05.12.2026\n\n",
     "Die Gemeinde hat am Dienstag vierzig Häuser am Nordkai räumen lassen, nachdem Ingenieure bei einer "
     "Routinekontrolle zwei lange Risse in der Kaimauer gefunden hatten.\n\n"
     "Der höchste Wasserstand wird in der Nacht auf Donnerstag erwartet, und der Hafenmeister lässt die Mauer bis "
     "dahin jede Stunde kontrollieren.\n\n",
     "Freiwillige füllten den ganzen Nachmittag Sandsäcke auf dem Parkplatz am Fischmarkt, und die Armee schickte zwei "
     "Lastwagen mit Stahlplatten.\n\n",
     "Sehen Sie hier das Video vom Nordkai:", "Video abspielen\n01:12\nDrohnenbilder vom Nordkai bei Ebbe\n\n",
     "Artikel teilen\nMehr Nachrichten\nKontakt\n"},
    {"nl",
     "Kustkrant\nNieuws\nSport\nScheuren in de kademuur, veertig huizen ontruimd\n"
     "Ingenieurs vonden dinsdagochtend twee lange scheuren in de muur.\nDoor Clara de Wit\n5 december 2026\n\n",
     "De gemeente heeft dinsdag veertig huizen aan de noordkade laten ontruimen, nadat ingenieurs bij een gewone "
     "controle twee lange scheuren in de kademuur hadden gevonden.\n\n"
     "Het hoogste water wordt in de nacht naar donderdag verwacht, en de havenmeester laat de muur tot dan elk uur "
     "controleren.\n\n",
     "Vrijwilligers vulden de hele middag zandzakken op het parkeerterrein bij de vismarkt, en het leger stuurde twee "
     "vrachtwagens met stalen platen.\n\n",
     "Bekijk hier de beelden van de kade:", "Video afspelen\n01:12\nDronebeelden van de noordkade bij eb\n\n",
     "Deel dit artikel\nMeer nieuws\nContact\n"},
    {"fr",
     "Le Courrier du Port\nActualités\nSport\nFissures dans le quai nord : quarante maisons évacuées\n"
     "Des ingénieurs ont découvert mardi matin deux longues fissures dans le mur.\nPar Claire Dubois\n"
     "5 décembre 2026\n\n",
     "La commune a fait évacuer mardi quarante maisons du quai nord, après que des ingénieurs ont découvert deux "
     "longues fissures dans le mur lors d'une inspection ordinaire.\n\n"
     "La marée la plus haute est attendue dans la nuit de mercredi à jeudi, et le capitaine du port fera contrôler le "
     "mur toutes les heures jusque-là.\n\n",
     "Des bénévoles ont rempli des sacs de sable tout l'après-midi sur le parking du marché aux poissons, et l'armée a "
     "envoyé deux camions de plaques d'acier.\n\n",
     "Regardez les images du quai nord :", "", "Partager cet article\nÀ lire aussi\nContact\n"},
};

std::string report_page(const Report& r, const std::string& lead_in, const std::string& player) {
    return std::string(r.head) + r.text + r.last + lead_in + "\n" + player + r.footer;
}

std::string trimmed_last(const Report& r) {
    std::string last = r.last;
    while (!last.empty() && last.back() == '\n')
        last.pop_back();
    return last;
}

} // namespace

TEST_CASE("a video's lead-in closing the text leaves the body, over its player or alone", "[region][sect36]") {
    for (const Report& r : reports) {
        INFO(r.lang);
        const Article a = parse(report_page(r, r.lead_in, r.player));
        CHECK(in_text(a, trimmed_last(r)));
        CHECK(in_boilerplate(a, r.lead_in));
    }
    // (The lead-in in words the word list does not hold, right over the player: the player tells it.)
    const Report& en = reports[0];
    const std::string own = "Here is what the drone saw this morning:";
    const Article a = parse(report_page(en, own, en.player));
    CHECK(in_text(a, trimmed_last(en)));
    CHECK(in_boilerplate(a, own));
}

TEST_CASE("a sentence closed by a colon over no video stays the text's last line", "[region][sect36]") {
    // No player under it and no call to watch: the region keeps it as it did.
    const Report& en = reports[0];
    const std::string line = "The harbour master gave the residents one piece of advice:";
    const Article a = parse(report_page(en, line, ""));
    CHECK(in_text(a, trimmed_last(en)));
    CHECK(in_text(a, line));
    const Report& de = reports[1];
    const std::string said = "Der Hafenmeister gab den Anwohnern einen Rat:";
    const Article b = parse(report_page(de, said, ""));
    CHECK(in_text(b, said));
}

namespace {

struct Tips {
    const char* lang;
    const char* head;
    const char* text;  // the paragraphs under a heading of their own, the last of them ending the text
    const char* title; // the closing list's title
    std::vector<const char*> items;
    const char* footer; // set apart under the list
};

const Tips tips[] = {
    {"nl",
     "Weerkrant\nWeer\nRadar\nNieuws\nIjzel verwacht in het oosten\n"
     "Het KNMI waarschuwt voor gladde wegen vanaf middernacht.\nDoor Jan Visser\n5 december 2026\n\n",
     "Vanaf de avond trekt een regenzone over het land. In het oosten ligt de temperatuur rond het vriespunt, zodat "
     "de regen op de koude grond meteen bevriest.\n\nHoe lang duurt het?\n"
     "De gladheid houdt naar verwachting tot zaterdagochtend aan. Daarna wordt het zachter en valt er gewone "
     "regen.\n\n",
     "Tips bij ijzel",
     {"Vertrek op tijd.", "Laat de scooter thuis.", "Rem rustig af bij kruispunten."},
     "\nLees ook\nWeerradar\nContact\n"},
    {"en",
     "Weather Desk\nForecast\nRadar\nNews\nIce expected across the east tonight\n"
     "Forecasters warn of slippery roads from midnight.\nBy John Fisher\n5 December 2026\n\n",
     "A band of rain moves across the country this evening. In the east the temperature stays around freezing, so "
     "the rain will freeze as soon as it lands on the cold ground.\n\nHow long will it last?\n"
     "The ice is expected to last until Saturday morning. After that it turns milder and the rain falls as rain.\n\n",
     "Tips for icy roads",
     {"Give yourself more time for the trip.", "Leave the bike at home.", "Brake gently at junctions.",
      "Keep twice the usual distance."},
     "\nRead more\nRadar\nContact\n"},
    {"de",
     "Wetterblatt\nWetter\nRadar\nNachrichten\nGlatteis im Osten erwartet\n"
     "Die Meteorologen warnen ab Mitternacht vor glatten Straßen.\nVon Jan Fischer\n05.12.2026\n\n",
     "Am Abend zieht ein Regengebiet über das Land. Im Osten liegen die Temperaturen um den Gefrierpunkt, sodass der "
     "Regen auf dem kalten Boden sofort gefriert.\n\nWie lange dauert es?\n"
     "Die Glätte hält voraussichtlich bis Samstagmorgen an. Danach wird es milder und der Regen fällt als Regen.\n\n",
     "Tipps bei Glatteis",
     {"Fahren Sie früher los.", "Lassen Sie den Roller stehen.", "Bremsen Sie sanft."},
     "\nMehr zum Thema\nRadar\nKontakt\n"},
};

std::string tips_page(const Tips& t) {
    std::string page = std::string(t.head) + t.text + t.title + "\n";
    for (const char* item : t.items)
        page += std::string(item) + "\n";
    return page + t.footer;
}

} // namespace

TEST_CASE("every item of a closing list printed as one block joins the text", "[region][sect36]") {
    for (const Tips& t : tips) {
        INFO(t.lang);
        const Article a = parse(tips_page(t));
        REQUIRE_FALSE(a.sections.empty());
        CHECK(a.sections.back().heading == std::optional<std::string>(t.title));
        CHECK(a.sections.back().paragraphs == std::vector<std::string>(t.items.begin(), t.items.end()));
    }
}

TEST_CASE("a closing list's block running on into other lines keeps its two items only", "[region][sect36]") {
    // The block goes on into the page's links, glued: no list closed by a blank line, so its items stop at two as
    // before (a newsletter's farewell glued under its items is no item).
    Tips glued = tips[1];
    glued.footer = "Read more\nRadar\nContact\n";
    const Article a = parse(tips_page(glued));
    REQUIRE_FALSE(a.sections.empty());
    CHECK(a.sections.back().paragraphs == std::vector<std::string>(glued.items.begin(), glued.items.begin() + 2));
}
