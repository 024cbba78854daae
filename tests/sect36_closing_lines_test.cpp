// The lines closing an article's text: a short line closed by a colon that announces a video the body does not hold
// ("Watch the video:" over the player, or with no player printed) leaves the region (region_edges.cpp
// trim_video_lead_in()). Invented pages.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "region_pages.hpp"
#include "test_pages.hpp"

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
