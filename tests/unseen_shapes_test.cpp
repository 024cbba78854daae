// Shapes of agency stories on pages the samples lacked: a Polish agency story (its cookie banner, its "(PAP)" tag,
// its caption's "Fot." credit; its quotes closed by a dash and a cue are in languages_test.cpp), a US paper's AP
// story (its byline closed by the agency's name, its photo credit on a line of its own, its time printed before the
// day) and a Swiss page (the agency's name over the date line, a caption's picture label before the credit line under
// it). Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "bylines.hpp"
#include "classify.hpp"
#include "dates.hpp"
#include "pipeline.hpp"

#include <string>
#include <vector>

using namespace archive;

TEST_CASE("a photo credit in parentheses alone on its line is a credit line", "[classify][credit][unseen]") {
    struct Row {
        const char* line;
        bool credit;
    };
    const Row rows[] = {
        // the parenthesis opening on a word without a slash: the rule's cases
        {"(AP Photo/Jane Roe)", true},      // en: the wire's credit under a caption
        {"(AFP Photo/Jean Dupont)", true},  // fr
        {"(Foto EFE/Ana Ruiz)", true},      // es
        {"(Foto Keystone/Anna Muster)", true}, // de
        // a slash in the first word: credits before the rule too
        {"(Keystone/Anna Muster)", true},
        {"(AFP/Jean Dupont)", true},
        {"(Jane Roe/John Doe)", false},     // two names, no agency or picture word
        {"(see the maps on pages 3/4)", false},
    };
    for (const Row& r : rows) {
        INFO(r.line);
        CHECK(is_credit_line(r.line) == r.credit);
    }
}

TEST_CASE("a time printed before the day goes with that day", "[dates][unseen]") {
    struct Row {
        const char* lang;
        const char* line;
        const char* published;
        const char* updated;
    };
    const Row rows[] = {
        {"en", "Updated 3:15 PM EST, December 1, 2026", "", "2026-12-01T15:15"},
        {"en", "Published 9:40 AM | December 1, 2026", "2026-12-01T09:40", ""},
        {"de", "Aktualisiert 13:40 Uhr, 01.12.2026", "", "2026-12-01T13:40"},
        {"fr", "Publié 14h05, 1 décembre 2026", "2026-12-01T14:05", ""},
        // a count before the day is no time of it
        {"en", "Published 3 comments, December 1, 2026", "2026-12-01", ""},
    };
    for (const Row& r : rows) {
        INFO(r.line);
        const DateLine d = read_dates(r.line, r.lang);
        CHECK(d.published.value_or("") == r.published);
        CHECK(d.updated.value_or("") == r.updated);
    }
}

TEST_CASE("the agency's name in full after a byline's last name is no part of it", "[bylines][unseen]") {
    struct Row {
        const char* lang;
        const char* line;
        std::vector<std::string> names;
    };
    const std::vector<Row> rows = {
        {"en", "By ANNA ROE and BEN VALE Associated Press", {"ANNA ROE", "BEN VALE"}},
        {"de", "Von Anna Muster Deutsche Presse-Agentur", {"Anna Muster"}},
        {"fr", "Par Jean Dupont Agence France-Presse", {"Jean Dupont"}},
        {"pl", "Autor: Jan Kowalik Polska Agencja Prasowa", {"Jan Kowalik"}},
    };
    for (const auto& r : rows) {
        INFO(r.line);
        const auto names = byline_authors(r.line, r.lang);
        REQUIRE(names);
        CHECK(*names == r.names);
    }
}

TEST_CASE("a Polish cookie banner and the PAP tag", "[classify][notices][unseen]") {
    CHECK(is_consent_notice("Używamy plików cookies, aby dopasować treści do Twoich potrzeb. Klikając „Akceptuję”, "
                            "wyrażasz zgodę na przetwarzanie danych zgodnie z RODO."));
    CHECK_FALSE(is_consent_notice("Ciasteczka z cynamonem piekła w każdą niedzielę, a przepis dostała od babci."));
    const auto tag = agency_tag("(PAP)");
    REQUIRE(tag);
    CHECK(*tag == std::vector<std::string>{"pap"});
}

TEST_CASE("an agency's name alone over the date line names the text's agency, not a picture's",
          "[classify][agency][unseen]") {
    struct Row {
        const char* lang;
        const char* page;
        const char* lede;
        const char* raw;
    };
    const Row rows[] = {
        {"en", R"(Harbour Weekly
New ferry line opens between Wendle and Norby
The council wants the boats to run every hour from next spring, and the harbour will deepen two berths for them.
AFP
March 3, 2026, 10:15
The first ferry of the new line left Wendle on Monday morning with more than two hundred passengers on board.
The council had planned the line for six years, and the harbour had to deepen two berths for the larger boats.
The boats will run every hour in summer and every two hours in winter, the operator said on Monday.
)",
         "The council wants the boats to run every hour from next spring, and the harbour will deepen two berths for them.",
         "AFP"},
        {"de", R"(Seeblatt
Neue Fährlinie zwischen Wendel und Norby eröffnet
Der Gemeinderat will die Schiffe ab dem Frühling stündlich fahren lassen, der Hafen vertieft dafür zwei Liegeplätze.
Keystone-SDA
01.12.2026, 10:15 Uhr
Die erste Fähre der neuen Linie hat Wendel am Montagmorgen mit mehr als zweihundert Fahrgästen verlassen.
Der Gemeinderat hatte die Linie sechs Jahre lang geplant, und der Hafen musste zwei Liegeplätze vertiefen.
Die Schiffe fahren im Sommer stündlich und im Winter alle zwei Stunden, teilte die Betreiberin am Montag mit.
)",
         "Der Gemeinderat will die Schiffe ab dem Frühling stündlich fahren lassen, der Hafen vertieft dafür zwei "
         "Liegeplätze.",
         "Keystone-SDA"},
        {"fr", R"(Le Courrier du Lac
Une nouvelle ligne de bateaux entre Lorval et Norby
Le conseil veut des bateaux toutes les heures dès le printemps, et le port va creuser deux pontons pour eux.
Keystone-ATS
01.12.2026, 10h15
Le premier bateau de la nouvelle ligne a quitté Lorval lundi matin avec plus de deux cents passagers à bord.
Le conseil avait prévu la ligne depuis six ans, et le port a dû creuser deux pontons pour les grands bateaux.
Les bateaux partiront toutes les heures en été et toutes les deux heures en hiver, a indiqué l'exploitant lundi.
)",
         "Le conseil veut des bateaux toutes les heures dès le printemps, et le port va creuser deux pontons pour eux.",
         "Keystone-ATS"},
    };
    for (const Row& r : rows) {
        CAPTURE(r.lang);
        const Article a = classify(segment(r.page), r.lang);
        CHECK(a.lede.value_or("") == r.lede);
        REQUIRE(a.source_tag);
        CHECK(a.source_tag->raw == r.raw);
        CHECK(a.media.empty());
    }
}

TEST_CASE("a caption's picture label stays in the caption the credit under it takes, and pictures in page order",
          "[classify][caption][unseen]") {
    struct Row {
        const char* lang;
        const char* page;
        const char* caption1;
        const char* credit1;
        const char* caption2;
    };
    const Row rows[] = {
        {"de", R"(Seeblatt
Neue Fähre für den Untersee
Die Gemeinde kauft eine neue Fähre, die ab dem Frühling zwischen den beiden Ufern verkehren soll.
Die alte Fähre liegt seit dem Herbst im Hafen von Wendel. (Archivbild)
Bild: Keystone/Anna Muster
Der Gemeinderat hat am Montag den Kauf einer neuen Fähre für den Untersee beschlossen, die Kosten trägt der Kanton.
Die alte Fähre war über vierzig Jahre im Einsatz und musste im Herbst wegen eines Schadens am Rumpf stillgelegt werden.
Die neue Fähre bei der Probefahrt auf dem Bodensee. Bild: Keystone/Beat Roe
Das neue Schiff bietet Platz für zweihundert Fahrgäste und zwanzig Autos und fährt mit einem elektrischen Antrieb.
Die Gemeinde rechnet damit, dass die Fähre im April den regulären Betrieb aufnehmen kann, teilte sie am Montag mit.
)",
         "Die alte Fähre liegt seit dem Herbst im Hafen von Wendel. (Archivbild)", "Bild: Keystone/Anna Muster",
         "Die neue Fähre bei der Probefahrt auf dem Bodensee."},
        {"en", R"(Harbour Weekly
New ferry for the lower lake
The town will buy a new ferry that is to run between the two shores from next spring.
The old ferry has been moored in the harbour of Wendle since the autumn. (file photo)
Photo: Jane Roe
The council decided on Monday to buy a new ferry for the lower lake, and the county will pay for most of it.
The old ferry had served for more than forty years and was taken out of service in the autumn after damage to its hull.
The new ferry during a test run on the lake. Photo: John Doe
The new boat has room for two hundred passengers and twenty cars and runs on an electric motor.
The town expects the ferry to begin its regular service in April, it said on Monday.
)",
         "The old ferry has been moored in the harbour of Wendle since the autumn. (file photo)", "Photo: Jane Roe",
         "The new ferry during a test run on the lake."},
    };
    for (const Row& r : rows) {
        CAPTURE(r.lang);
        const Article a = classify(segment(r.page), r.lang);
        REQUIRE(a.media.size() == 2);
        CHECK(a.media[0].caption.value_or("") == r.caption1);
        CHECK(a.media[0].credit.value_or("") == r.credit1);
        CHECK(a.media[1].caption.value_or("") == r.caption2);
    }
}

TEST_CASE("a caption's credit opened by a shortened label keeps the label", "[classify][credit][unseen]") {
    struct Row {
        const char* line;
        const char* caption;
        const char* credit;
    };
    // "Fot." (Polish "photo") is the one label of the lexicon closed by a stop.
    const Row rows[] = {
        {"Peron w Lipowcu, gdzie ostatni pociąg stanął w 2001 roku. Fot. PAP/Anna Sowa",
         "Peron w Lipowcu, gdzie ostatni pociąg stanął w 2001 roku.", "Fot. PAP/Anna Sowa"},
        {"Nowy most na Wiśle tuż przed otwarciem. Fot. Jan Kowalik", "Nowy most na Wiśle tuż przed otwarciem.",
         "Fot. Jan Kowalik"},
    };
    for (const Row& r : rows) {
        INFO(r.line);
        const auto split = split_trailing_credit(std::string_view(r.line));
        REQUIRE(split);
        CHECK(split->first == r.caption);
        CHECK(split->second == r.credit);
    }
}
