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
