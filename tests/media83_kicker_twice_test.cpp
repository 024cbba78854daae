// A kicker printed twice over the headline ("Conflit au Proche-Orient" / "Conflit au Proche-Orient" / <headline>): the
// second print is the kicker, and the first is its copy, no picture's caption printed twice without a credit
// (media83, probe73 M2). Invented pages.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;

namespace {

struct Row {
    const char* name;
    std::string page;
    std::string kicker;
};

const std::vector<Row> rows = {
    {"fr",
     "Aller au contenu\n"
     "Le Courrier du Lac\n"
     "Politique\n"
     "International\n"
     "Europe\n"
     "Conflit au Proche-Orient\n"
     "Conflit au Proche-Orient\n"
     "Les ministres se renvoient la responsabilité de l'échec des négociations\n"
     "A Genève, les deux délégations ont quitté la salle sans accord mardi soir, après trois jours de discussions "
     "tendues.\n"
     "par Marie Lenoir, envoyée spéciale à Genève\n"
     "publié le 2 décembre 2026 à 21h03\n"
     "Les délégués étaient arrivés lundi matin avec l'espoir d'un texte commun, mais les discussions ont buté dès le "
     "premier jour sur le calendrier du retrait des troupes.\n"
     "Mardi soir, le médiateur a reconnu devant la presse que les positions restaient très éloignées et qu'aucune "
     "nouvelle date n'avait été fixée pour la reprise.\n"
     "Mentions légales\n"
     "Contact\n",
     "Conflit au Proche-Orient"},
    {"de",
     "Zum Inhalt springen\n"
     "Stadtanzeiger\n"
     "Politik\n"
     "Ausland\n"
     "Europa\n"
     "Krieg in Osteuropa\n"
     "Krieg in Osteuropa\n"
     "Die Außenminister geben sich gegenseitig die Schuld am Scheitern der Gespräche\n"
     "In Genf haben beide Delegationen den Saal am Dienstagabend ohne Einigung verlassen, nach drei Tagen zäher "
     "Verhandlungen.\n"
     "Von Anna Muster, Genf\n"
     "2. Dezember 2026, 21:03 Uhr\n"
     "Die Delegierten waren am Montagmorgen mit der Hoffnung auf einen gemeinsamen Text angereist, doch die "
     "Gespräche stockten schon am ersten Tag am Zeitplan für den Truppenabzug.\n"
     "Am Dienstagabend räumte der Vermittler vor der Presse ein, dass die Positionen weit auseinanderlägen und kein "
     "neuer Termin für die Fortsetzung feststehe.\n"
     "Impressum\n"
     "Kontakt\n",
     "Krieg in Osteuropa"},
    {"en",
     "Skip to content\n"
     "Harbour Gazette\n"
     "Politics\n"
     "World\n"
     "Europe\n"
     "Russia-Ukraine War\n"
     "Russia-Ukraine War\n"
     "Foreign ministers blame each other as talks in Geneva collapse\n"
     "Both delegations left the room without a deal on Tuesday night after three days of tense discussions.\n"
     "By Jane Roe in Geneva\n"
     "December 2, 2026 9:03 pm\n"
     "The delegates had arrived on Monday morning hoping for a joint text, but the talks stalled on the first day "
     "over the timetable for the withdrawal of troops.\n"
     "On Tuesday night the mediator admitted to reporters that the positions remained far apart and that no new date "
     "had been set for the talks to resume.\n"
     "Privacy\n"
     "Contact\n",
     "Russia-Ukraine War"},
};

} // namespace

TEST_CASE("a kicker printed twice over the headline gives no media item", "[media][kicker][media83]") {
    for (const Row& row : rows) {
        CAPTURE(row.name);
        const Article a = parse(row.page, "page.txt");
        CHECK(a.kicker == row.kicker);
        CHECK(a.media.empty());
        CHECK(std::find(a.boilerplate.begin(), a.boilerplate.end(), row.kicker) != a.boilerplate.end());
    }
}
