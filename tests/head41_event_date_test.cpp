// An event's day and hour over the event's facts ("Donnerstag, 20. März 2025, 19:30 Uhr" / "Einlass ab 19:00 Uhr" /
// "Ort: ..."): the day the event takes place, no day the page was published. Every line is invented.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"

#include <string>
#include <vector>

using namespace archive;

TEST_CASE("an event's day over its facts is no published date", "[dates][head41]") {
    struct Row {
        const char* lang;
        const char* head; // the menu, the label and the title
        const char* when;
        const char* facts;
        const char* body;
    };
    const std::vector<Row> rows = {
        {"de", "Stadtbücherei Seetal\nKatalog\nVeranstaltungen\nKontakt\nLesung\nAbend am See – Lesung mit Berta Kogler\n",
         "Freitag, 14. März 2025, 19:30 Uhr", "Einlass ab 19:00 Uhr\nOrt: Stadtbücherei Seetal, Lesesaal\nEintritt: 6 Euro\n",
         "Berta Kogler liest aus ihrem neuen Roman, der in einem Fischerdorf am Seetaler See im Sommer 1950 spielt und "
         "von zwei Schwestern erzählt.\nIm Anschluss spricht die Autorin mit dem Publikum über ihre Arbeit in den "
         "Archiven der Gemeinde.\n"},
        {"en", "Millbrook Library\nCatalogue\nEvents\nContact\nTalk\nAn evening by the river with Bertha Coles\n",
         "Friday 14 March 2025, 7.30 pm", "Doors open 7 pm\nVenue: Millbrook Library, reading room\nAdmission: 6 pounds\n",
         "Bertha Coles reads from her new novel, set in a fishing village on the Millbrook in the summer of 1950, "
         "about two sisters who run the ferry.\nAfterwards the author talks with the audience about her work in the "
         "town archive.\n"},
        {"fr", "Médiathèque du Lac\nCatalogue\nAgenda\nContact\nRencontre\nUne soirée au bord du lac avec Berthe Colin\n",
         "Vendredi 14 mars 2025, 19 h 30", "Ouverture des portes à 19 h\nLieu : médiathèque du Lac, salle de lecture\nEntrée : 6 euros\n",
         "Berthe Colin lit des extraits de son nouveau roman, qui se passe dans un village de pêcheurs au bord du lac "
         "pendant l'été 1950.\nLa lecture sera suivie d'un échange avec le public sur son travail dans les archives "
         "de la commune.\n"},
        // the facts' labels alone on their lines ("Lieu" / "Salle des Tanneurs"), an event's button ("Book now")
        {"fr", "Salle des Tanneurs\nProgramme\nContact\nConcert\nLe quatuor Lémanique joue Haydn et Ravel\n",
         "Samedi 13 mars 2027", "20 h 00\nLieu\nSalle des Tanneurs, Vevey\nTarifs\nPlein tarif : 35 francs\n",
         "Le quatuor Lémanique revient à Vevey avec deux quatuors qui ont marqué son histoire depuis sa fondation en "
         "2009.\nLa soirée se termine par une rencontre avec les musiciens au foyer de la salle.\n"},
        {"en", "Harbour Library\nWhat's on\nVisit\nTalk\nReading the old harbour charts with Ruth Penhale\n",
         "Thursday 11 March 2027",
         "6:30pm – 8:00pm\nHarbour Library, upstairs room\nFree, booking required\nBook now\n",
         "Ruth Penhale has spent ten years comparing the harbour charts of the last three centuries with what the "
         "divers find today.\nShe shows how the channel moved and why two piers were built where they stand.\n"},
        {"de", "Kulturhaus Ahrtal\nProgramm\nKontakt\nKonzert\nDas Quartett Mittelrhein spielt Haydn und Ravel\n",
         "Samstag, 13. März 2027", "20:00 Uhr\nOrt\nKulturhaus Ahrtal, großer Saal\nTickets\nab 25 Euro\n",
         "Das Quartett Mittelrhein kehrt mit zwei Werken zurück, die seine Geschichte seit der Gründung im Jahr 2009 "
         "geprägt haben.\nNach dem Konzert lädt das Quartett zu einem Gespräch im Foyer des Hauses ein.\n"},
    };
    for (const Row& r : rows) {
        INFO(r.lang);
        const Article a = classify(segment(std::string(r.head) + r.when + "\n" + r.facts + r.body), r.lang);
        CHECK_FALSE(a.published.has_value());
        // the same day over the text with no facts under it is the page's
        const Article dated = classify(segment(std::string(r.head) + r.when + "\n" + r.body), r.lang);
        CHECK(dated.published.has_value());
    }
}
