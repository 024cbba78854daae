// Lines of the page shapes the plain news stories of samples/ lack: a live blog, an interview, an opinion column
// (samples/fr-live-crue, de-ch-interview-schule, en-us-opinion-farmland). A consent banner naming the French
// regulator's "traceurs" or the privacy statement, the label of an interview's byline, a column's title closed by a
// full stop over its standfirst and byline, a column's pull quote. Every line is invented.
#include <catch2/catch.hpp>

#include "bylines.hpp"
#include "classify.hpp"
#include "headline_rows.hpp"
#include "test_pages.hpp"
#include "pipeline.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;

TEST_CASE("a consent banner naming trackers or the privacy statement is a consent notice", "[classify][consent][shapes]") {
    struct Row {
        const char* line;
        bool consent;
    };
    const Row rows[] = {
        // fr: "traceurs", the regulator's word, in place of "cookies"
        {"Avec votre accord, le Journal du Port et ses partenaires déposent des traceurs pour mesurer l'audience et "
         "vous proposer des annonces adaptées. Vous pouvez changer d'avis à tout moment.",
         true},
        {"Nous et nos partenaires utilisons des traceurs afin de mesurer l'audience du site.", true},
        // de: the cookie word with the privacy statement it points to
        {"Wir verwenden Cookies, damit Sie unsere Seite gut nutzen können, und um Werbung auf Ihre Interessen "
         "abzustimmen. Mehr dazu in der Datenschutzerklärung.",
         true},
        {"Diese Website nutzt Cookies. Wie Sie widersprechen, steht in der Datenschutzerklärung.", true},
        // en, es, it: banners of the common words, for comparison
        {"We use cookies to measure traffic and remember your settings. Accept all or choose which to allow.", true},
        {"Usamos cookies propias y de terceros para analizar la navegación y mostrarte publicidad.", true},
        {"Questo sito usa cookie di profilazione per mostrarti pubblicità in linea con le tue preferenze.", true},
        // an article's sentence naming trackers or the privacy statement among many other words
        {"Les enquêteurs avaient caché des traceurs sous les véhicules des deux suspects, qui ont été interpellés "
         "mardi matin sur le parking d'un supermarché de la zone commerciale.",
         false},
        {"Der Verein hat seine Datenschutzerklärung nach der Beschwerde eines Mitglieds überarbeitet und den "
         "Vorstand beauftragt, die Mitgliederliste künftig nur noch verschlüsselt zu speichern.",
         false},
    };
    for (const Row& r : rows) {
        INFO(r.line);
        CHECK(is_consent_notice(r.line) == r.consent);
    }
}

TEST_CASE("the label of an interview's byline names the one who asked", "[classify][byline][shapes]") {
    struct Row {
        const char* line;
        std::vector<std::string> names;
    };
    const Row rows[] = {
        {"Interview: Reto Baumgartner", {"Reto Baumgartner"}},           // de-CH, de: the colon's label
        {"Interview: Anna Muster und Lena Brandt", {"Anna Muster", "Lena Brandt"}},
        {"Interview by Jane Roe", {"Jane Roe"}},                          // en
        {"Interviewed by Jane Roe and John Doe", {"Jane Roe", "John Doe"}},
        {"Entretien réalisé par Jeanne Morel", {"Jeanne Morel"}},        // fr
        {"Propos recueillis par Jeanne Morel", {"Jeanne Morel"}},        // fr, before the rule too
    };
    for (const Row& r : rows) {
        INFO(r.line);
        const auto names = byline_authors(r.line, "");
        REQUIRE(names);
        CHECK(*names == r.names);
    }
    // "Interview mit ...": the one who answers, no byline; nor is a title opening with the word.
    for (const char* line : {"Interview mit Anna Muster", "Interview: Jane Roe on the harbour she left behind",
                             "Interview Anna Muster"}) {
        INFO(line);
        const auto names = byline_authors(line, "");
        CHECK((!names || names->empty()));
    }
}

TEST_CASE("a title closed by a full stop over its longer standfirst and the byline is the headline",
          "[headline][shapes]") {
    // An opinion column's title of one or two short sentences; its standfirst, longer, under it; the byline under
    // that, the columnist's role and the date after it.
    using archive::test::HeadlineRow;
    const HeadlineRow rows[] = {
        {"column's stopped title over a standfirst and byline (en)", "en", R"(Skip to content
The Wendle Herald
News
Opinion
Sport
Opinion
Our harbour needs its ferries back. The council can pay for them.
The town spends more on parking signs than on the boats that once linked it to the islands. That is a choice, and it can be undone.
By Jane Roe
Contributing columnist
March 4, 2025 at 6:00 a.m.
Share
The last ferry left the harbour of Wendle in the spring of 1985, and since then the islands have been an hour further away.
The council says the boats cost too much to run, but its own figures show that the parking signs cost more every year.
A small ferry that runs twice a day would cost less than the signs and would bring the island families back to town.
)", "Our harbour needs its ferries back. The council can pay for them."},
        {"column's stopped title over a standfirst and byline (de)", "de", R"(Zum Inhalt springen
Der Hafenbote
Region
Meinung
Sport
Meinung
Unser Hafen braucht seine Fähren. Die Stadt kann sie bezahlen.
Die Stadt gibt mehr für Parkschilder aus als für die Boote, die sie einst mit den Inseln verbanden. Das ist eine Entscheidung, und sie lässt sich ändern.
Von Jana Roth
Gastkolumnistin
4. März 2025, 06.00 Uhr
Teilen
Die letzte Fähre verließ den Hafen von Wendle im Frühjahr 1985, und seither liegen die Inseln eine Stunde weiter weg.
Die Stadt sagt, die Boote seien zu teuer, aber ihre eigenen Zahlen zeigen, dass die Parkschilder jedes Jahr mehr kosten.
Eine kleine Fähre, die zweimal am Tag fährt, kostete weniger als die Schilder und brächte die Familien der Inseln zurück.
)", "Unser Hafen braucht seine Fähren. Die Stadt kann sie bezahlen."},
        {"column's stopped title over a standfirst and byline (fr)", "fr", R"(Aller au contenu
Le Courrier du Port
Région
Opinions
Sport
Tribune
Notre port a besoin de ses ferries. La ville peut les payer.
La ville dépense davantage pour ses panneaux de stationnement que pour les bateaux qui la reliaient aux îles. C'est un choix, et il peut être défait.
Par Jeanne Roux
Chroniqueuse
4 mars 2025 à 6h00
Partager
Le dernier ferry a quitté le port de Wendle au printemps 1985, et depuis les îles sont à une heure de plus.
La ville affirme que les bateaux coûtent trop cher, mais ses propres chiffres montrent que les panneaux coûtent plus chaque année.
Un petit ferry qui passerait deux fois par jour coûterait moins que les panneaux et ramènerait les familles des îles en ville.
)", "Notre port a besoin de ses ferries. La ville peut les payer."},
    };
    archive::test::check_headlines(std::begin(rows), std::end(rows));
}

namespace {

bool has_line(const std::vector<std::string>& lines, const std::string& line) {
    return std::find(lines.begin(), lines.end(), line) != lines.end();
}

} // namespace

TEST_CASE("a sentence of the text printed again alone in quote marks is a pull quote, no paragraph",
          "[classify][pull_quote][shapes]") {
    struct Row {
        const char* lang;
        const char* page;
        const char* pulled;
    };
    const Row rows[] = {
        {"en", R"(Our harbour needs its ferries back

By Jane Roe

The last ferry left the harbour of Wendle in the spring of 1985, and since then the islands have been an hour further away.

The council says the boats cost too much to run. A town that turns its back on the sea forgets what it was built for.

Its own figures show that the parking signs on the quay cost more every year than a small ferry would.

“A town that turns its back on the sea forgets what it was built for.”

A ferry that runs twice a day would bring the island families back to the shops and the school of the town.
)",
         "“A town that turns its back on the sea forgets what it was built for.”"},
        {"de", R"(Unser Hafen braucht seine Fähren

Von Jana Roth

Die letzte Fähre verließ den Hafen von Wendle im Frühjahr 1985, und seither liegen die Inseln eine Stunde weiter weg.

Die Stadt sagt, die Boote seien zu teuer. Eine Stadt, die dem Meer den Rücken kehrt, vergisst, wofür sie gebaut wurde.

Ihre eigenen Zahlen zeigen aber, dass die Parkschilder am Kai jedes Jahr mehr kosten als eine kleine Fähre.

«Eine Stadt, die dem Meer den Rücken kehrt, vergisst, wofür sie gebaut wurde.»

Eine Fähre, die zweimal am Tag fährt, brächte die Familien der Inseln zurück in die Läden und die Schule der Stadt.
)",
         "«Eine Stadt, die dem Meer den Rücken kehrt, vergisst, wofür sie gebaut wurde.»"},
        {"fr", R"(Notre port a besoin de ses ferries

Par Jeanne Roux

Le dernier ferry a quitté le port de Wendle au printemps 1985, et depuis les îles sont à une heure de plus.

La ville affirme que les bateaux coûtent trop cher. Une ville qui tourne le dos à la mer oublie pourquoi elle a été bâtie.

Ses propres chiffres montrent pourtant que les panneaux du quai coûtent chaque année plus qu'un petit ferry.

« Une ville qui tourne le dos à la mer oublie pourquoi elle a été bâtie. »

Un ferry qui passerait deux fois par jour ramènerait les familles des îles vers les commerces et l'école de la ville.
)",
         "« Une ville qui tourne le dos à la mer oublie pourquoi elle a été bâtie. »"},
    };
    for (const Row& r : rows) {
        INFO(r.page);
        const Article a = classify(segment(r.page), r.lang);
        CHECK_FALSE(has_line(archive::test::paragraphs_of(a), r.pulled));
        CHECK(has_line(a.boilerplate, r.pulled));
    }
    // A quoted sentence printed once is a paragraph.
    const char* kept_page = R"(Our harbour needs its ferries back

By Jane Roe

The last ferry left the harbour of Wendle in the spring of 1985, and since then the islands have been an hour further away.

“We will not let the island families pay for the council's mistakes on the quay.”

The council says the boats cost too much to run, but its own figures show that the parking signs cost more every year.
)";
    const Article kept = classify(segment(kept_page), "en");
    CHECK(has_line(archive::test::paragraphs_of(kept),
                   "“We will not let the island families pay for the council's mistakes on the quay.”"));
}
