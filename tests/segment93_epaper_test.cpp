// join_wrapped() on an e-paper's text copied without blank lines: its paragraphs after a running head stay apart as
// before it, a short topic line over the title stays a line of its own, and a page jump glued to the first sentence of
// the text under it is cut from that sentence; a kicker and a title as wide as the column over the first wrapped
// paragraph stay lines of their own (head94).
#include <catch2/catch.hpp>

#include "pipeline.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;
using archive::test::page_of;
using archive::test::texts_of;

TEST_CASE("an e-paper copy's paragraphs after its running heads stay apart", "[segment][epaper93]") {
    SECTION("fr: the paragraphs' last lines are not short") {
        const auto blocks = segment(page_of({
            "Les riverains de Vernaz devront bientôt",
            "changer leurs habitudes. Dès le 3 mars, la",
            "navette qui relie le hameau à la gare ne",
            "passera plus que le matin et le soir.",
            "Le syndic, Marc Tissot, invoque le manque",
            "de chauffeurs et le coût de l'entretien des",
            "véhicules, qui a doublé en quatre ans, pour",
            "expliquer la décision de la commune.",
            "LE COURRIER DU LAC 9 mars 2026 4",
            "Les parents d'élèves ont écrit au canton",
            "pour demander que la navette de midi soit",
            "maintenue au moins jusqu'à la fin de",
            "l'année scolaire en cours à Vernaz.",
            "Une lettre signée par deux cents habitants",
            "doit être remise à la municipalité lors de",
            "la séance publique de la fin du mois, a",
            "indiqué leur porte-parole, Anne Roch.",
            "LE COURRIER DU LAC 9 mars 2026 5",
            "La commune étudie aussi un service de taxis",
            "à la demande pour les trajets du soir avec",
            "l'aide d'une association de bénévoles de",
            "la région, selon le syndic.",
        }));
        CHECK(texts_of(blocks) ==
              std::vector<std::string>{
                  "Les riverains de Vernaz devront bientôt changer leurs habitudes. Dès le 3 mars, la navette qui relie le hameau à la gare ne passera plus que le matin et le soir.",
                  "Le syndic, Marc Tissot, invoque le manque de chauffeurs et le coût de l'entretien des véhicules, qui a doublé en quatre ans, pour expliquer la décision de la commune.",
                  "LE COURRIER DU LAC 9 mars 2026 4",
                  "Les parents d'élèves ont écrit au canton pour demander que la navette de midi soit maintenue au moins jusqu'à la fin de l'année scolaire en cours à Vernaz.",
                  "Une lettre signée par deux cents habitants doit être remise à la municipalité lors de la séance publique de la fin du mois, a indiqué leur porte-parole, Anne Roch.",
                  "LE COURRIER DU LAC 9 mars 2026 5",
                  "La commune étudie aussi un service de taxis à la demande pour les trajets du soir avec l'aide d'une association de bénévoles de la région, selon le syndic.",
              });
    }
    SECTION("de: a head with the page's number first") {
        const auto blocks = segment(page_of({
            "Die Gemeinde Wollbach will ihre alte Mühle",
            "am Dorfbach in ein Museum umbauen lassen,",
            "die Kosten liegen bei rund zwei Millionen",
            "Euro. Die Hälfte davon trägt das Land.",
            "22 | Freitag, 6. März 2026 | Wollbacher Bote",
            "Der Förderverein sammelt seit drei Jahren",
            "alte Werkzeuge und Bilder aus dem Dorf, die",
            "später in der Mühle gezeigt werden sollen,",
            "sagte sein Vorsitzender.",
            "Im Herbst soll der erste Bauabschnitt an der",
            "Fassade beginnen, der Innenausbau folgt im",
            "kommenden Jahr, wenn die Ausschreibung",
            "abgeschlossen ist.",
            "23 | Freitag, 6. März 2026 | Wollbacher Bote",
            "Die Eröffnung ist für das Frühjahr geplant,",
            "bis dahin sucht der Verein noch Helfer für",
            "die Führungen, die an den Wochenenden im",
            "Sommer stattfinden sollen.",
        }));
        CHECK(texts_of(blocks) ==
              std::vector<std::string>{
                  "Die Gemeinde Wollbach will ihre alte Mühle am Dorfbach in ein Museum umbauen lassen, die Kosten liegen bei rund zwei Millionen Euro. Die Hälfte davon trägt das Land.",
                  "22 | Freitag, 6. März 2026 | Wollbacher Bote",
                  "Der Förderverein sammelt seit drei Jahren alte Werkzeuge und Bilder aus dem Dorf, die später in der Mühle gezeigt werden sollen, sagte sein Vorsitzender.",
                  "Im Herbst soll der erste Bauabschnitt an der Fassade beginnen, der Innenausbau folgt im kommenden Jahr, wenn die Ausschreibung abgeschlossen ist.",
                  "23 | Freitag, 6. März 2026 | Wollbacher Bote",
                  "Die Eröffnung ist für das Frühjahr geplant, bis dahin sucht der Verein noch Helfer für die Führungen, die an den Wochenenden im Sommer stattfinden sollen.",
              });
    }
}

TEST_CASE("a short topic line over a wrapped page's title is not joined to it", "[segment][epaper93]") {
    const std::vector<std::string> body = {
        "",
        "Die Feuerwehr in Ostrach bekommt ein neues",
        "Fahrzeug. Der Gemeinderat hat den Kauf am",
        "Montag beschlossen, nachdem das alte Auto",
        "bei einer Prüfung durchgefallen war.",
        "Die Lieferung wird im Sommer erwartet, bis",
        "dahin hilft die Wehr aus dem Nachbarort mit",
        "ihrem Wagen aus, wenn es nötig werden sollte.",
    };
    auto page = [&](std::vector<std::string> head) {
        head.insert(head.end(), body.begin(), body.end());
        return segment(page_of(head));
    };
    SECTION("de: a district's name over the title") {
        const auto texts = texts_of(page({"Kreis Sigmar", "Feuerwehr bekommt ein neues Fahrzeug"}));
        CHECK(texts[0] == "Kreis Sigmar");
        CHECK(texts[1] == "Feuerwehr bekommt ein neues Fahrzeug");
    }
    SECTION("fr, en: a region's or a desk's name") {
        CHECK(texts_of(page({"Valais", "Les pompiers de Nax auront un nouveau camion"}))[0] == "Valais");
        CHECK(texts_of(page({"Local news", "Fire crew in Ostrach gets a new engine"}))[0] == "Local news");
    }
    SECTION("near miss: a title wrapped on two lines, the second going on in lower case") {
        CHECK(texts_of(page({"Die Feuerwehr von", "morgen kommt aus Ostrach"}))[0] ==
              "Die Feuerwehr von morgen kommt aus Ostrach");
    }
}

TEST_CASE("a page jump glued to the first sentence of the text under it is cut from it", "[segment][epaper93]") {
    auto texts = [](std::vector<std::string> lines) { return texts_of(segment(page_of(lines))); };
    SECTION("de, fr, en, it") {
        const auto de = texts({"Die Brücke über die Argen ist fertig. Sie", "wurde am Samstag eröffnet.",
                               "Fortsetzung von Seite 1 Die Stadt hatte für den", "Bau vier Millionen Euro ausgegeben."});
        CHECK(std::find(de.begin(), de.end(), "Fortsetzung von Seite 1") != de.end());
        const auto fr = texts({"Suite de la page 1 Le maire, Paul Morand, a dit", "que le chantier avait pris du retard."});
        CHECK(fr.front() == "Suite de la page 1");
        const auto en = texts({"Continued from Page 12 The mayor said the bridge", "had cost about four million dollars."});
        CHECK(en.front() == "Continued from Page 12");
        const auto it = texts({"Segue da pagina 3 Il sindaco ha detto che il ponte", "è costato quattro milioni."});
        CHECK(it.front() == "Segue da pagina 3");
    }
    SECTION("near misses: the number goes on in lower case, or no jump's phrase opens the line") {
        CHECK(texts({"Fortsetzung von Seite 1 der Zeitung gestern"}).front() ==
              "Fortsetzung von Seite 1 der Zeitung gestern");
        CHECK(texts({"Seite 1 Die Stadt hat gebaut"}).front() == "Seite 1 Die Stadt hat gebaut");
        CHECK(texts({"Continued in 2024 The mayor said so"}).front() == "Continued in 2024 The mayor said so");
    }
}

namespace {

// The blocks' texts of a page of `lines` that opens with `head` over the body's `body` lines.
std::vector<std::string> head_over_body(std::vector<std::string> head, const std::vector<std::string>& body) {
    head.insert(head.end(), body.begin(), body.end());
    return texts_of(segment(page_of(head)));
}

bool has_block_starting(const std::vector<std::string>& texts, const std::string& start) {
    return std::any_of(texts.begin(), texts.end(), [&](const std::string& t) { return t.starts_with(start); });
}

} // namespace

TEST_CASE("a blankless copy's kicker and title over its first wrapped paragraph stay lines of their own",
          "[segment][head94]") {
    // (head94) The title as wide as the column, neither line closed by a stop, the text's first line opening with a
    // capital and going on in lower case on the next.
    const std::vector<std::string> fr = {
        "Le boulanger de Corbières, Luc Savary, éteindra", "son four à la fin du mois: il part à la retraite",
        "sans avoir trouvé de repreneur pour son commerce.", "La commune cherche désormais une solution pour",
        "que les habitants puissent encore acheter leur",   "pain sans prendre la voiture jusqu'à Bulle.",
    };
    const std::vector<std::string> de = {
        "Die Inhaberin des Dorfladens in Tannheim hört",   "zum Jahresende auf, weil sie keinen Nachfolger",
        "für das Geschäft an der Hauptstraße gefunden hat.", "Der Gemeinderat will nun prüfen, ob ein Verein",
        "den Laden übernehmen und mit Ehrenamtlichen",       "weiterführen kann, wie es in Nachbarorten läuft.",
    };
    struct HeadRow {
        const char* kicker;
        const char* title;
        const std::vector<std::string>& body;
        const char* joined; // the start of the first paragraph's block: its first two lines joined
    };
    for (const HeadRow& r : {HeadRow{"Corbières", "La boulangerie du village ferme ses portes", fr,
                                     "Le boulanger de Corbières, Luc Savary, éteindra son four"},
                             HeadRow{"Tannheim", "Der Dorfladen schließt zum Jahresende", de,
                                     "Die Inhaberin des Dorfladens in Tannheim hört zum Jahresende"}}) {
        INFO(r.kicker);
        const auto texts = head_over_body({r.kicker, r.title}, r.body);
        REQUIRE(texts.size() >= 3);
        CHECK(texts[0] == r.kicker);
        CHECK(texts[1] == r.title);
        CHECK(texts[2].starts_with(r.joined));
    }
    SECTION("near miss: a short line over the text's first line, which goes on in lower case, heads no title") {
        for (const char* over : {"Chère Madame", "Corbières"}) {
            INFO(over);
            const auto texts = head_over_body({over}, fr);
            CHECK(std::find(texts.begin(), texts.end(), fr[0]) == texts.end());
            const bool joined = has_block_starting(texts, fr[0] + " " + fr[1]) ||
                                has_block_starting(texts, std::string(over) + " " + fr[0]);
            CHECK(joined);
        }
    }
    SECTION("near miss: a greeting over a signature in a page with blank lines stays as it was") {
        const auto texts = texts_of(segment(
            "Ein Leser\n\nDanke für die Anleitung, sie hat mir bei der Suche nach dem Händler sehr\ngeholfen, "
            "auch wenn ich ein paar Schritte anders machen musste als\nbeschrieben, weil sich das Menü geändert hat.\n"
            "Gruß\nKarl\nAntworten\n\nDer Server war gestern wieder einmal für mehr als drei Stunden\nnicht "
            "erreichbar, und niemand hat uns vorher darüber informiert, wann\ndie Wartung beginnen würde.\n"));
        CHECK(std::find(texts.begin(), texts.end(), "Gruß Karl") == texts.end());
    }
}

TEST_CASE("a blankless copy wrapped at some 55 columns with one long paragraph is joined under its head",
          "[segment][head94]") {
    // (head94) The first paragraph's last line overhangs the column, so no break shows under it and the copy shows one
    // paragraph of four wrapped lines at least, not two: with no blank line anywhere it is read as wrapped all the
    // same. The byline under the title stands alone with the kicker and the title.
    struct WideRow {
        std::vector<std::string> lines;
        const char* joined;
    };
    const std::vector<WideRow> rows = {
        {{"Broye", "Le marché couvert rouvrira au printemps", "Par Elise Cornaz",
          "La commune a choisi l'entreprise qui rénovera le toit du",
          "marché couvert de Lucens, fermé depuis la tempête de mars,",
          "et les travaux devraient commencer dès la fin de janvier",
          "si le temps le permet, selon le municipal chargé des bâtiments.",
          "Les marchands attendent ce moment avec impatience, car",
          "la place provisoire devant la gare est trop petite pour",
          "accueillir tous les stands le samedi matin, disent-ils.",
          "« Nous avons perdu un tiers de nos clients », assure",
          "une maraîchère de la région qui vend ses légumes ici."},
         "La commune a choisi l'entreprise qui rénovera le toit du marché couvert de Lucens"},
        {{"Kreis Biberach", "Die Markthalle öffnet im Frühling wieder", "Von Jonas Riedle",
          "Die Gemeinde hat die Firma ausgewählt, die das Dach",
          "der Markthalle in Ochsenhausen erneuern soll, die seit",
          "dem Sturm im März geschlossen ist, und die Arbeiten sollen",
          "im Januar beginnen, wenn es das Wetter erlaubt, heißt es im Rathaus.",
          "Die Händler warten ungeduldig darauf, denn der Platz",
          "vor dem Bahnhof ist zu klein für alle Stände, die am",
          "Samstagmorgen dort aufgebaut werden müssten, sagen sie."},
         "Die Gemeinde hat die Firma ausgewählt, die das Dach der Markthalle in Ochsenhausen"},
    };
    for (const WideRow& r : rows) {
        INFO(r.lines[0]);
        const auto texts = texts_of(segment(page_of(r.lines)));
        REQUIRE(texts.size() >= 4);
        CHECK(texts[0] == r.lines[0]);
        CHECK(texts[1] == r.lines[1]);
        CHECK(texts[2] == r.lines[2]);
        CHECK(texts[3].starts_with(r.joined));
    }
}
