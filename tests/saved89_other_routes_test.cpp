// Tests of the kinds of lines that pages saved by other routes than select-all show (reader views, print views, AMP
// pages, read-later apps), and that ordinary pages show as well. One row per kind of line, in several languages.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "classify.hpp"
#include "dates.hpp"
#include "pipeline.hpp"
#include "region_parts.hpp"
#include "rows.hpp"
#include "test_pages.hpp"
#include "text.hpp"

#include <string>
#include <vector>

using namespace archive;

using archive::test::block_of;

TEST_CASE("a sentence saying what a newspaper or a court wrote is no author's box", "[classify][bio]") {
    // The capitalised words open with an article or hold an acronym: a paper, a court, a body, not a person.
    for (const char* line : {"Le Courrier du Soir écrit que la réforme « tient juridiquement » malgré les recours.",
                             "The Harbour Gazette writes that the council will not oppose the new pier.",
                             "The Evening Star reports that ministers will not stand in the way of the ferry plan.",
                             "Der Nordbote berichtet unter Berufung auf Regierungskreise, die Werft werde verkauft.",
                             "Il TAR scrive che il Comune non ha valutato l'impatto della misura sui negozi.",
                             "Nell'ordinanza il TAR scrive che la delibera va sospesa fino all'udienza di marzo.",
                             "L'Écho du Port écrit que le maire a signé le contrat la veille du vote.",
                             "Der Nordbote berichtet über die Werft, die im Frühjahr verkauft werden soll.",
                             "The Harbour Gazette reports on the council's plan to sell the old ferry."}) {
        INFO(line);
        CHECK_FALSE(author_bio(block_of(line)));
    }
    // A person's name and the verb: what she wrote is reported, her job is not told ("writes that").
    for (const char* line : {"Jane Roe writes that the harbour plan failed because nobody paid for the dredging.",
                             "Anna Muster schreibt, der Hafen sei zu klein für die neuen Fähren."}) {
        INFO(line);
        CHECK_FALSE(author_bio(block_of(line)));
    }
    // The verb is the job when a topic's word follows it, or a job follows it: the box stays one.
    for (const char* line :
         {"Jane Roe writes about science and the sea for the Harbour Gazette.",
          "Owen Pratt covers the courts and the city council.", "Anna Muster schreibt über Verkehr und Stadtplanung.",
          "Jean Dupont écrit sur la politique locale depuis 2015.",
          "Luca Bianchi scrive di cronaca giudiziaria per il quotidiano.",
          "Marie Durand écrit pour le service Société et est journaliste depuis 2012.",
          "JR Pike writes about the courts for the Harbour Gazette."}) {
        INFO(line);
        CHECK(author_bio(block_of(line)));
    }
}

TEST_CASE("the article goes on after a sentence quoting a newspaper's report", "[classify][bio][region]") {
    struct Row {
        const char* lang;
        const char* page;
        const char* last;
    };
    const std::vector<Row> rows = {
        {"fr", R"(Le port de Valmer rouvre le quai nord
Le quai nord du port de Valmer rouvre lundi après huit mois de travaux sur les digues et les pontons.
Le Courrier du Soir écrit que la facture a doublé depuis le début du chantier.
Les pêcheurs saluent la réouverture, même si le marché a dû déménager deux fois pendant l'hiver.
La commune votera le budget définitif au printemps, quand commencera l'horaire d'été des bacs.
)",
         "La commune votera le budget"},
        {"en", R"(Ferries return to the eastern pier
The ferries to the islands run again from the eastern pier after a winter of repairs on the northern quay.
The Harbour Gazette writes that the repairs cost twice as much as the council had planned.
Fishermen welcomed the works, although the quay was closed for most of the winter and they lost many days at sea.
The council will vote on the final bill in the spring, when the summer timetable begins.
)",
         "The council will vote"},
        {"de", R"(Die Fähren legen wieder am Ostkai an
Nach einem Winter mit Bauarbeiten am Nordkai fahren die Fähren zu den Inseln wieder vom Ostkai ab.
Der Nordbote berichtet unter Berufung auf die Stadtverwaltung, die Arbeiten hätten doppelt so viel gekostet.
Die Fischer begrüßten die Arbeiten, obwohl der Kai fast den ganzen Winter gesperrt war.
Der Stadtrat stimmt im Frühjahr über die Schlussrechnung ab, wenn der Sommerfahrplan beginnt.
)",
         "Der Stadtrat stimmt"},
        {"it", R"(I traghetti tornano al molo est
Dopo un inverno di lavori sul molo nord, i traghetti per le isole partono di nuovo dal molo est.
Nell'ordinanza il TAR scrive che il Comune non ha valutato l'impatto dei lavori sui pescatori.
I pescatori hanno accolto i lavori, anche se il molo è rimasto chiuso quasi tutto l'inverno.
Il consiglio comunale voterà il conto finale in primavera, quando comincia l'orario estivo.
)",
         "Il consiglio comunale voterà"},
    };
    for (const auto& r : rows) {
        INFO(r.page);
        const Article a = classify(segment(r.page), r.lang);
        const auto paragraphs = test::paragraphs_of(a);
        REQUIRE(paragraphs.size() >= 3);
        CHECK(paragraphs.back().rfind(r.last, 0) == 0);
    }
}

TEST_CASE("a photographer's initial after the caption's stop opens the credit", "[credits][caption]") {
    struct Row {
        const char* line;
        const char* caption;
        const char* credit;
    };
    const std::vector<Row> rows = {
        {"Le quai nord du port de Valmer, le 5 décembre 2026. L. Morel / AFP",
         "Le quai nord du port de Valmer, le 5 décembre 2026.", "L. Morel / AFP"},
        {"Des bateaux de pêche amarrés au quai est, à l'aube. J.-P. Roux / AFP",
         "Des bateaux de pêche amarrés au quai est, à l'aube.", "J.-P. Roux / AFP"},
        {"The ferry leaves the eastern pier on Friday, Dec. 5, 2026. J. Harold Pike/AP",
         "The ferry leaves the eastern pier on Friday, Dec. 5, 2026.", "J. Harold Pike/AP"},
        {"Die Fähre legt am Ostkai an, am 5. Dezember 2026. K. Brandt/dpa",
         "Die Fähre legt am Ostkai an, am 5. Dezember 2026.", "K. Brandt/dpa"},
        {"The ferry leaves the eastern pier on Friday, Dec. 5, 2026. \u00a9 J. Harold Pike/AP",
         "The ferry leaves the eastern pier on Friday, Dec. 5, 2026.", "\u00a9 J. Harold Pike/AP"},
    };
    for (const auto& r : rows) {
        INFO(r.line);
        const auto split = split_trailing_credit(std::string_view(r.line));
        REQUIRE(split);
        CHECK(split->first == r.caption);
        CHECK(split->second == r.credit);
    }
}

TEST_CASE("a reader view's reading time, a range of minutes alone on its line", "[boilerplate][head]") {
    struct Row {
        const char* time;
        const char* page;
        const char* first; // the standfirst, the first paragraph of the text here
    };
    const std::vector<Row> rows = {
        {"5-6 minutes", R"(www.courrier-valmer.example
Le quai nord de Valmer rouvre après huit mois de travaux
Par Claire Morel
5-6 minutes

La commune a rouvert lundi le quai nord du port. Les pêcheurs saluent la fin d'un chantier qui a duré tout l'hiver.

Les bacs vers les îles partent de nouveau du quai nord depuis lundi matin, après huit mois de travaux sur les digues et les pontons.

Le chantier a coûté deux fois plus que prévu, selon les comptes présentés au conseil municipal la semaine dernière.

Le conseil votera le budget définitif au printemps, quand commencera l'horaire d'été des bacs.
)",
         "La commune a rouvert lundi"},
        {"3–4 minutes", R"(www.harbour-gazette.example
Ferries return to the eastern pier after a winter of repairs
By Jane Roe
3–4 minutes

The council reopened the northern quay on Monday. Fishermen welcomed the end of works that lasted all winter.

The ferries to the islands run again from the eastern pier after a winter of repairs on the northern quay and its pontoons.

The works cost twice as much as planned, according to the accounts the council presented last week.

The council will vote on the final bill in the spring, when the summer timetable begins.
)",
         "The council reopened the northern quay"},
        {"5-6 Minuten", R"(www.nordbote.example
Die Fähren legen nach dem Winter wieder am Ostkai an
Von Anna Muster
5-6 Minuten

Die Stadt hat den Nordkai am Montag wieder geöffnet. Die Fischer begrüßen das Ende der Bauarbeiten.

Nach einem Winter mit Bauarbeiten am Nordkai fahren die Fähren zu den Inseln seit Montag wieder vom Ostkai ab.

Die Arbeiten haben doppelt so viel gekostet wie geplant, wie aus den Zahlen der Stadtverwaltung hervorgeht.

Der Stadtrat stimmt im Frühjahr über die Schlussrechnung ab, wenn der Sommerfahrplan beginnt.
)",
         "Die Stadt hat den Nordkai"},
        {"5-6 minuti", R"(www.gazzetta-del-molo.example
I traghetti tornano al molo est dopo un inverno di lavori
di Luca Bianchi
5-6 minuti

Il Comune ha riaperto lunedì il molo nord. I pescatori salutano la fine di un cantiere durato tutto l'inverno.

Dopo un inverno di lavori sul molo nord, i traghetti per le isole partono di nuovo dal molo est da lunedì mattina.

I lavori sono costati il doppio del previsto, secondo i conti presentati al consiglio comunale la settimana scorsa.

Il consiglio comunale voterà il conto finale in primavera, quando comincia l'orario estivo.
)",
         "Il Comune ha riaperto"},
    };
    for (const auto& r : rows) {
        INFO(r.page);
        CHECK(reading_time_label_line(text::lower(r.time)));
        const Article a = parse(r.page);
        CHECK(test::contains(a.boilerplate, r.time));
        for (const auto& s : a.sections)
            CHECK(s.heading.value_or("") != r.time);
        // The record is the one of the page without the line: the standfirst under it is not taken into a section
        // it heads.
        std::string without(r.page);
        without.erase(without.find(std::string(r.time) + "\n"), std::string(r.time).size() + 1);
        const Article plain = parse(without);
        CHECK(a.lede == plain.lede);
        CHECK(test::paragraphs_of(a) == test::paragraphs_of(plain));
        CHECK(test::paragraphs_of(a).front().rfind(r.first, 0) == 0);
    }
    // A single figure and its unit alone is as often a recipe's or a video's time: no reading time by itself.
    CHECK_FALSE(reading_time_label_line("15 min"));
    CHECK_FALSE(reading_time_label_line("5-6 heures"));
}

TEST_CASE("a call to read on in the site's app between two paragraphs", "[region][boilerplate]") {
    for (const char* line : {"Lire la suite dans l'app", "Weiterlesen in der App", "Continue reading in the app",
                             "Leggi nell'app", "Ouvrir dans l'application", "In der App öffnen"}) {
        INFO(line);
        CHECK(app_promo(block_of(line)));
    }
    // A sentence of the text about an app, closed by its stop, and a heading without an app.
    for (const char* line :
         {"Les pêcheurs peuvent lire les horaires dans l'app de la commune.", "Continue reading the report"}) {
        INFO(line);
        CHECK_FALSE(app_promo(block_of(line)));
    }
    struct Row {
        const char* lang;
        const char* page;
        const char* line;
    };
    const std::vector<Row> rows = {
        {"fr", R"(Le quai nord de Valmer rouvre après huit mois de travaux
Les bacs vers les îles partent de nouveau du quai nord depuis lundi matin, après huit mois de travaux.
Le chantier a coûté deux fois plus que prévu, selon les comptes présentés au conseil municipal.
Lire la suite dans l'app
Les pêcheurs saluent la réouverture, même si le marché a dû déménager deux fois pendant l'hiver.
Le conseil votera le budget définitif au printemps, quand commencera l'horaire d'été des bacs.
)",
         "Lire la suite dans l'app"},
        {"de", R"(Die Fähren legen nach dem Winter wieder am Ostkai an
Nach einem Winter mit Bauarbeiten am Nordkai fahren die Fähren zu den Inseln seit Montag wieder vom Ostkai ab.
Die Arbeiten haben doppelt so viel gekostet wie geplant, wie aus den Zahlen der Stadtverwaltung hervorgeht.
Weiterlesen in der App
Die Fischer begrüßten die Arbeiten, obwohl der Kai fast den ganzen Winter gesperrt war.
Der Stadtrat stimmt im Frühjahr über die Schlussrechnung ab, wenn der Sommerfahrplan beginnt.
)",
         "Weiterlesen in der App"},
        {"en", R"(Ferries return to the eastern pier after a winter of repairs
The ferries to the islands run again from the eastern pier after a winter of repairs on the northern quay.
The works cost twice as much as planned, according to the accounts the council presented last week.
Continue reading in the app
Fishermen welcomed the works, although the quay was closed for most of the winter and they lost many days at sea.
The council will vote on the final bill in the spring, when the summer timetable begins.
)",
         "Continue reading in the app"},
        {"it", R"(I traghetti tornano al molo est dopo un inverno di lavori
Dopo un inverno di lavori sul molo nord, i traghetti per le isole partono di nuovo dal molo est da lunedì.
I lavori sono costati il doppio del previsto, secondo i conti presentati al consiglio comunale.
Leggi nell'app
I pescatori hanno accolto i lavori, anche se il molo è rimasto chiuso quasi tutto l'inverno.
Il consiglio comunale voterà il conto finale in primavera, quando comincia l'orario estivo.
)",
         "Leggi nell'app"},
    };
    for (const auto& r : rows) {
        INFO(r.page);
        const Article a = classify(segment(r.page), r.lang);
        CHECK(test::contains(a.boilerplate, r.line));
        CHECK(test::paragraphs_of(a).size() == 4);
        for (const auto& s : a.sections)
            CHECK(s.heading.value_or("") != r.line);
    }
}
