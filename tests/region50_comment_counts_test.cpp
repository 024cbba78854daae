// The count of the readers' comments printed under the byline ("248 Postings", Austrian press; "57 Kommentare",
// "57 commentaires") is a link to the thread: no heading of the first section, and the text under it goes on
// (lexicon de [terminators]: "postings"; region.cpp header_comment_count() keeps the region going under it).
// The first case fails on the base (no "postings"); the page rows are guards: my invented pages did not reproduce
// the probe page's heading "248 Postings" on the base (its region opens otherwise). Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "classify.hpp"
#include "rows.hpp"
#include "test_pages.hpp"

#include <string>
#include <vector>

using namespace archive;

namespace {

std::string page(const std::string& count, bool french) {
    if (french)
        return "Le Courrier du Soir\nPolitique\nÉconomie\nSport\nLe tramway de la ville coûtera plus cher que prévu\n"
               "Les retards du chantier de la ligne 3 pèsent sur le budget. L'opposition demande un audit.\n"
               "Marie Lenoir 5 décembre 2026, 14:32\n" +
               count +
               "\nLe chantier de la place du Marché doit s'achever en 2030.\nPhoto : AFP/Jean Dupont\n"
               "Lyon – Le prolongement de la ligne 3 du tramway coûtera beaucoup plus cher que prévu, a confirmé "
               "vendredi l'adjoint chargé des transports, qui évoque la hausse des prix et les problèmes de sol.\n"
               "Les travaux ont déjà pris deux ans de retard sur le calendrier annoncé lors du lancement du projet.\n"
               "L'État paiera la moitié\n"
               "L'État prendra en charge la moitié du surcoût, selon le ministère des Transports, qui confirme.\n"
               "Les écologistes jugent l'accord insuffisant et réclament un contrôle de la chambre régionale.\n"
               "Impressum\nContact\n";
    return "Der Abendbote\nPolitik\nWirtschaft\nSport\nStraßenbahn wird deutlich teurer als geplant\n"
           "Die Verzögerungen beim Bau der Linie 3 kommen teuer. Die Opposition fordert eine Prüfung\n"
           "Martina Huber 5. Dezember 2026, 14:32\n" +
           count +
           "\nDie Baustelle am Marktplatz soll erst 2030 fertig werden.\nFoto: APA/Hans Muster\n"
           "Graz – Der Ausbau der Grazer Straßenbahn wird deutlich teurer als geplant. Wie der zuständige Stadtrat "
           "am Freitag bestätigte, rechnet die Stadt mit Mehrkosten wegen gestiegener Baupreise.\n"
           "Die Arbeiten liegen bereits zwei Jahre hinter dem Zeitplan, der beim Start des Projekts genannt wurde.\n"
           "Land zahlt mit\n"
           "Das Land trägt die Hälfte der Mehrkosten. Im Verkehrsministerium hieß es, man stehe zu der Zusage.\n"
           "Die Grünen sehen das kritisch und fordern eine Sonderprüfung durch den Rechnungshof des Landes.\n"
           "Impressum\nKontakt\n";
}

} // namespace

TEST_CASE("the Austrian word for the readers' comments ends the article like theirs", "[classify][terminator][region50]") {
    for (const char* line : {"Postings", "248 Postings", "Kommentare", "57 Kommentare", "Commentaires"}) {
        INFO(line);
        CHECK(is_terminator(test::block_of(line)));
    }
    // A sentence about postings (job offers, posts) ends nothing.
    for (const char* line : {"Die Postings der Stellenanzeigen gingen im Herbst deutlich zurück.",
                             "248 Postings wurden seit Montag gelöscht, teilte die Plattform mit."}) {
        INFO(line);
        CHECK_FALSE(is_terminator(test::block_of(line)));
    }
}

TEST_CASE("a count of the readers' comments under the byline heads no section", "[region][region50]") {
    struct Row {
        std::string count;
        bool french;
    };
    for (const Row& r : std::vector<Row>{{"248 Postings", false}, {"57 Kommentare", false},
                                         {"57 commentaires", true}}) {
        INFO(r.count);
        const Article a = parse(page(r.count, r.french));
        CHECK_FALSE(test::contains(test::headings_of(a), r.count));
        CHECK_FALSE(test::contains(test::paragraphs_of(a), r.count));
        CHECK(test::contains(a.boilerplate, r.count));
    }
}
