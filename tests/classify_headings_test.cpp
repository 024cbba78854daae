// Tests of the classify heuristics: section headings: their shape, marks, and the titles that are no heading. One row
// per kind of line, in several languages.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "lexicon.hpp"
#include "page.hpp"
#include "pipeline.hpp"
#include "rows.hpp"
#include "test_pages.hpp"
#include "text.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

using namespace archive;

using archive::test::block_of;
using archive::test::check_found;
using archive::test::contains;
using archive::test::headings_of;

TEST_CASE("a technical heading may open with an element's name or a piece of code", "[classify][heading]") {
    for (const char* line : {"<ul> List of <img>", "<section> et <article>", "<table> mit fester Breite",
                             "`git rebase` step by step", "`npm install` falla en Windows"}) {
        INFO(line);
        CHECK(heading_like(block_of(line)));
    }
    // An arrow, an unclosed bracket or a sentence are no element's name.
    for (const char* line : {"<3 the new site", "<- back to the list", "< 5 minutes walk", "`git rebase` rewrites it.",
                             "<a very long name of something that is no element at all> here"}) {
        INFO(line);
        CHECK_FALSE(heading_like(block_of(line)));
    }
}

TEST_CASE("section headings: quoted openings, short questions, French guillemets", "[classify][heading]") {
    for (const char* line : {"‘Record’ numbers on the coast", "«Non» au nouveau tracé", "„Kein Geld“ für die Bahn",
                             "Les « boîtes noires »", "Die ‹ Netze › der Stadt"}) {
        INFO(line);
        CHECK(heading_like(block_of(line)));
    }
    // A whole quotation, or a quoted sentence with its author, is somebody's words, not a heading.
    for (const char* line : {"‘We need to listen’", "«Nous ne céderons pas»", "„Wir bleiben hier“",
                             "“The bridge will not open this year.” ― A reader", "«Ce pont ne sert à rien», Jean"}) {
        INFO(line);
        CHECK_FALSE(heading_like(block_of(line)));
    }
    for (const char* line : {"What now?", "Warum jetzt?", "¿Y ahora qué?", "Et après ?"}) {
        INFO(line);
        CHECK(question_heading(block_of(line)));
    }
    for (const char* line : {"Why did the council wait until the last week of the year to vote?", "What now."}) {
        INFO(line);
        CHECK_FALSE(question_heading(block_of(line)));
    }
}

TEST_CASE("the number of a numbered question heading is no word of it", "[classify][heading]") {
    // Six words after the number (French sets its "?" apart, a word too): the number made them seven.
    for (const char* line : {"3. When will the first payment arrive?", "2) Wer bekommt das Geld im Winter?",
                             "4. Quand arrivera le premier versement ?", "12. ¿Cuándo llega el primer pago ahora?"}) {
        INFO(line);
        CHECK(question_heading(block_of(line)));
    }
    // Seven words after the number are still too many; a figure that is no list's number counts as a word.
    for (const char* line : {"3. When will the very first payment arrive?", "2026 when will the first payment arrive?",
                             "3.5 when will the first payment arrive?"}) {
        INFO(line);
        CHECK_FALSE(question_heading(block_of(line)));
    }
}

TEST_CASE("a Title Case heading may run to fourteen words, a sentence-case one to twelve", "[classify][heading]") {
    struct Row {
        const char* heading;
        bool heads;
    };
    const Row rows[] = {
        {"Find Out How Many Hours and Euros You Lose on the Bus Every Week", true},
        {"Was Sie Jetzt über die Neue Brücke und Ihre Umleitungen im Osten Wissen Müssen", true},
        {"what the council decided about the bridge and the detours on the east side", false},
    };
    for (const auto& r : rows) {
        std::string page = std::string("Opening\n") +
                           "The council met on Monday evening to discuss the bridge, which has been closed since spring.\n" +
                           r.heading + "\n" +
                           "The detour through the east side will stay in place until the end of the year, the mayor said.\n" +
                           "Residents asked for more buses on the detour, and the council agreed to study the request.\n";
        INFO(r.heading);
        Article a = classify(segment(page), "");
        bool found = false;
        for (const auto& s : a.sections)
            found = found || s.heading == std::optional<std::string>(r.heading);
        CHECK(found == r.heads);
    }
}

TEST_CASE("a wiki's edit link or a documentation anchor marks a heading", "[classify][heading]") {
    struct Row {
        const char* line;
        const char* heading;
    };
    const Row rows[] = {
        {"History[edit]", "History"},
        {"Early life [edit]", "Early life"},
        {"Histoire[modifier | modifier le code]", "Histoire"},
        {"Geschichte[Bearbeiten | Quelltext bearbeiten]", "Geschichte"},
        {"Historia[editar]", "Historia"},
        {"Storia[modifica | modifica wikitesto]", "Storia"},
        {"Historia[edytuj | edytuj kod]", "Historia"},
        {"Setting up¶", "Setting up"},
        {"Mise en route ¶", "Mise en route"},
        // White space around the line (a line not cut from a page): settled past its last byte.
        {"  Kaianlagen[Bearbeiten]  ", "Kaianlagen"},
        {"Harbour cranes¶\t", "Harbour cranes"},
    };
    for (const auto& r : rows)
        check_found(r.line, marked_heading(r.line), r.heading);
    // Brackets that are no edit link, a sentence with a mark, a bare mark.
    for (const char* line : {"The harbour reopened.[12]", "Le port [photo]", "[edit]", "¶", "Der Hafen [Foto] ",
                             "The council voted against the plan, and the mayor resigned the same night.¶"}) {
        INFO(line);
        CHECK_FALSE(marked_heading(line));
    }
}

TEST_CASE("a long title of a heading's shape between two paragraphs heads a section", "[classify][heading]") {
    const test::PageRow rows[] = {
        {"en", R"(Harbour Weekly
The harbour walls are getting old
The harbour walls of the northern towns were built more than a century ago, and many of them need repairs.
Engineers from the port authority inspect them twice a year, and they say that the work cannot wait much longer.
Record autumn storms linked to warmer seas threaten northern harbour walls
The storms of the last three autumns were the strongest on record, and the waves broke over the walls twice.
The council will vote on the repairs in the spring, when the engineers present their report on the damage.
)", "Record autumn storms linked to warmer seas threaten northern harbour walls"},
        {"de", R"(Hafenblatt
Die Hafenmauern werden alt
Die Hafenmauern der nördlichen Städte wurden vor mehr als hundert Jahren gebaut, und viele müssen repariert werden.
Die Ingenieure der Hafenbehörde prüfen sie zweimal im Jahr, und sie sagen, dass die Arbeiten nicht lange warten können.
Rekordstürme nach warmem Sommer bedrohen Hafenmauern entlang der Nordküste
Die Stürme der letzten drei Herbste waren die stärksten seit Beginn der Messungen, und die Wellen schlugen zweimal über die Mauern.
Der Gemeinderat stimmt im Frühling über die Reparaturen ab, wenn die Ingenieure ihren Bericht über die Schäden vorlegen.
)", "Rekordstürme nach warmem Sommer bedrohen Hafenmauern entlang der Nordküste"},
    };
    for (const auto& r : rows) {
        INFO(r.page);
        // Long for its few stopwords: jusText rates the line bad.
        REQUIRE(block_quality(block_of(r.line), r.lang) == Quality::bad);
        Article a = classify(segment(r.page), r.lang);
        CHECK(headings_of(a) == std::vector<std::string>{r.line});
    }
}

TEST_CASE("a line a paragraph announces with its colon is no heading", "[classify][heading]") {
    struct Row {
        const char* lang;
        const char* page;
        const char* line;
    };
    const Row rows[] = {
        // words quoted after the colon, over more text
        {"en", R"(The council voted on Monday to close the old quay to cars from the first of June next year.
The plan was first shown to the public in March, and many people came to the town hall to read it.
Then the neighbours of the quay had their say:
Nobody asked us about the new quay
The mayor replied that two meetings had been held in the spring and that the plan had been changed after them.
Work on the quay will start in the autumn and should last a little more than a year, the council said.
)",
         "Nobody asked us about the new quay"},
        // the last item of an announced list
        {"de", R"(Die Fähre fährt ab dem ersten Juni wieder jeden Tag von dem alten Hafen zu den Inseln hinaus.
Die Reederei hat dafür zwei neue Schiffe gekauft, die mehr Gäste und auch Fahrräder mitnehmen können.
Die Fähre hält in diesen Orten an der Küste:
Nordhafen
Ostbucht
Salzwiesen
Die Fahrt bis zur letzten Insel dauert etwa zwei Stunden, bei Sturm fällt sie aber ganz aus, sagte die Reederei.
Die Preise bleiben im ersten Jahr gleich, danach sollen sie um ein paar Euro steigen, hieß es weiter.
)",
         "Salzwiesen"},
    };
    for (const auto& row : rows) {
        INFO(row.line);
        Article a = classify(segment(row.page), row.lang);
        for (const auto& h : headings_of(a))
            CHECK(h != row.line);
        bool kept = false;
        for (const auto& s : a.sections)
            for (const auto& para : s.paragraphs)
                kept = kept || para == row.line;
        CHECK(kept);
    }
}

TEST_CASE("the last row of a table of names and figures heads no section", "[classify][heading]") {
    struct Row {
        const char* lang;
        const char* page;
        const char* line;
    };
    const Row rows[] = {
        {"en", R"(The harbour board counted the boats that used each pier of the port during the whole of last year.
The figures were published on Monday, and they show that the eastern pier is now the busiest of them all.
Eastern Pier 412 35.5%
Old Quay 301 25.9%
Fishers Wharf 17 1.4%
The board expects the share of the eastern pier to grow again once the new ferry line opens in the summer.
It will ask the council for money to widen the pier before the end of the year, a spokeswoman said.
)",
         "Fishers Wharf 17 1.4%"},
        {"de", R"(Die Hafenverwaltung hat gezählt, wie viele Boote im vergangenen Jahr an jedem Anleger festgemacht haben.
Die Zahlen wurden am Montag veröffentlicht, und der östliche Anleger ist nun der meistgenutzte im ganzen Hafen.
Ostanleger 412 35,5 %
Alter Kai 301 25,9 %
Fischerkai 17 1,4 %
Die Verwaltung erwartet, dass der Anteil des Ostanlegers mit der neuen Fährlinie im Sommer noch weiter wächst.
Sie will den Rat noch vor dem Ende des Jahres um Geld bitten, um den Anleger zu verbreitern, sagte eine Sprecherin.
)",
         "Fischerkai 17 1,4 %"},
    };
    for (const auto& row : rows) {
        INFO(row.line);
        Article a = classify(segment(row.page), row.lang);
        for (const auto& h : headings_of(a))
            CHECK(h != row.line);
    }
}

TEST_CASE("a title over one sentence and a byline or a link is a teaser of another article, not a heading",
          "[classify][heading]") {
    struct Row {
        const char* lang;
        const char* page;
        bool heading;
    };
    const Row rows[] = {
        {"en", R"(The harbour of the town reopened on Monday after two years of work on its old quays and its new basin.
The works cost more than planned, and the council had to vote a second credit in the spring of last year.
New ferry line to the islands
The company will run two boats a day from June, and a third one during the summer holidays, the mayor said.
By Jane Doe
The second basin will open next year, when the dredging of the old channel is finished and the new locks are tested.
)", false},
        {"es", R"(El puerto de la ciudad reabrió el lunes después de dos años de obras en sus muelles y en su nueva dársena.
Las obras costaron más de lo previsto y el ayuntamiento tuvo que votar un segundo crédito en primavera.
Nueva línea de ferry a las islas
La compañía operará dos barcos al día a partir de junio y un tercero durante las vacaciones de verano.
Por Juan Pérez
La segunda dársena abrirá el año próximo, cuando termine el dragado del viejo canal y se prueben las nuevas esclusas.
)", false},
        // The teaser's link to the article under its sentence of summary.
        {"en", R"(The harbour of the town reopened on Monday after two years of work on its old quays and its new basin.
The works cost more than planned, and the council had to vote a second credit in the spring of last year.
New ferry line to the islands
The company will run two boats a day from June, and a third one during the summer holidays, the mayor said.
Read more
The second basin will open next year, when the dredging of the old channel is finished and the new locks are tested.
)", false},
        {"de", R"(Der Hafen der Stadt ist am Montag nach zwei Jahren Arbeit an den alten Kais und dem neuen Becken wieder offen.
Die Arbeiten kosteten mehr als geplant, und der Gemeinderat musste im Frühjahr einen zweiten Kredit bewilligen.
Neue Fährlinie zu den Inseln
Die Reederei wird ab Juni zwei Schiffe am Tag einsetzen und in den Sommerferien ein drittes, sagte der Bürgermeister.
Weiterlesen
Das zweite Becken öffnet im nächsten Jahr, wenn die alte Fahrrinne ausgebaggert und die neuen Schleusen geprüft sind.
)", false},
        {"fr", R"(Le port de la ville a rouvert lundi après deux années de travaux sur ses vieux quais et son nouveau bassin.
Les travaux ont coûté plus que prévu, et le conseil a dû voter un second crédit au printemps dernier.
Nouvelle ligne de ferry vers les îles
La compagnie fera partir deux bateaux par jour dès juin, et un troisième pendant les vacances d'été, a dit le maire.
Lire la suite
Le second bassin ouvrira l'an prochain, quand le dragage du vieux chenal sera fini et les nouvelles écluses testées.
)", false},
        // "Read now", "Jetzt lesen": the teaser's button says what it does now.
        {"en", R"(The orchard on the hill gave its first apples this autumn, three years after the storm that felled it.
Volunteers planted two hundred young trees and watered them by hand through two dry summers in a row.
How bees choose their flowers
A study of hives in the valley finds that bees remember the colours of the flowers they visited before.
Read now
The cooperative will press its first cider in November and sell it at the market on the square.
)", false},
        {"de", R"(Der Obstgarten am Hügel trug in diesem Herbst seine ersten Äpfel, drei Jahre nach dem Sturm, der ihn fällte.
Freiwillige pflanzten zweihundert junge Bäume und gossen sie zwei trockene Sommer lang von Hand.
Wie Bienen ihre Blumen wählen
Eine Studie über Bienenstöcke im Tal zeigt, dass Bienen sich die Farben früher besuchter Blüten merken.
Jetzt lesen
Die Genossenschaft presst im November ihren ersten Most und verkauft ihn auf dem Markt am Platz.
)", false},
        {"es", R"(El huerto de la colina dio sus primeras manzanas este otoño, tres años después de la tormenta que lo derribó.
Los voluntarios plantaron doscientos árboles jóvenes y los regaron a mano durante dos veranos secos seguidos.
Cómo eligen las abejas sus flores
Un estudio de colmenas del valle muestra que las abejas recuerdan los colores de las flores que ya visitaron.
Leer ahora
La cooperativa prensará su primera sidra en noviembre y la venderá en el mercado de la plaza.
)", false},
        {"fr", R"(Le verger de la colline a donné ses premières pommes cet automne, trois ans après la tempête qui l'a abattu.
Des bénévoles ont planté deux cents jeunes arbres et les ont arrosés à la main pendant deux étés secs.
Comment les abeilles choisissent leurs fleurs
Une étude des ruches de la vallée montre que les abeilles retiennent les couleurs des fleurs déjà visitées.
Lire maintenant
La coopérative pressera son premier cidre en novembre et le vendra au marché de la place.
)", false},
        {"en", R"(The harbour of the town reopened on Monday after two years of work on its old quays and its new basin.
The works cost more than planned, and the council had to vote a second credit in the spring of last year.
New ferry line to the islands
The company will run two boats a day from June, and a third one during the summer holidays, the mayor said.
The first boat will leave at seven in the morning and reach the largest island two hours later.
)", true},
    };
    for (const auto& r : rows) {
        INFO(r.page);
        Article a = classify(segment(r.page), r.lang);
        bool heading = false;
        for (const auto& s : a.sections)
            heading = heading || s.heading.has_value();
        CHECK(heading == r.heading);
    }
}

TEST_CASE("a column's name over a teaser's title, summary and byline heads no section", "[classify][heading]") {
    struct Row {
        const char* lang;
        const char* page;
        const char* column;
        bool heading;
    };
    const Row rows[] = {
        {"en", R"(The harbour reopens after two years of works
By John Roe
The harbour of the town reopened on Monday after two years of work on its old quays and its new basin.
The works cost more than planned, and the council had to vote a second credit in the spring of last year.
On the Water
Why do the ferries keep running late?
The company blames the old engines of its boats, but the crews say the timetable was never realistic.
By Jane Doe
The second basin will open next year, when the dredging of the old channel is finished and the new locks are tested.
)", "On the Water", false},
        {"es", R"(El puerto reabre tras dos años de obras
Por Pedro Gómez
El puerto de la ciudad reabrió el lunes después de dos años de obras en sus muelles y en su nueva dársena.
Las obras costaron más de lo previsto y el ayuntamiento tuvo que votar un segundo crédito en primavera.
Vida en el mar
¿Por qué los ferris siempre llegan tarde?
La compañía culpa a los viejos motores de sus barcos, pero las tripulaciones dicen que el horario nunca fue realista.
Por Juan Pérez
La segunda dársena abrirá el año próximo, cuando termine el dragado del viejo canal y se prueben las nuevas esclusas.
)", "Vida en el mar", false},
        {"de", R"(Der Hafen ist nach zwei Jahren Bauzeit wieder offen
Von Hans Beispiel
Der Hafen der Stadt ist am Montag nach zwei Jahren Arbeit an den alten Kais und dem neuen Becken wieder offen.
Die Arbeiten kosteten mehr als geplant, und der Gemeinderat musste im Frühjahr einen zweiten Kredit bewilligen.
Auf dem Wasser
Warum kommen die Fähren ständig zu spät?
Die Reederei gibt den alten Motoren die Schuld, doch die Besatzungen sagen, der Fahrplan sei nie realistisch gewesen.
Von Anna Muster
Das zweite Becken öffnet im nächsten Jahr, wenn die alte Fahrrinne ausgebaggert und die neuen Schleusen geprüft sind.
)", "Auf dem Wasser", false},
        {"fr", R"(Le port rouvre après deux ans de travaux
Par Paul Martin
Le port de la ville a rouvert lundi après deux années de travaux sur ses vieux quais et son nouveau bassin.
Les travaux ont coûté plus que prévu, et le conseil a dû voter un second crédit au printemps dernier.
Au fil de l'eau
Pourquoi les ferries sont-ils toujours en retard ?
La compagnie accuse les vieux moteurs de ses bateaux, mais les équipages disent que l'horaire n'a jamais été réaliste.
Par Jean Dupont
Le second bassin ouvrira l'an prochain, quand le dragage du vieux chenal sera fini et les nouvelles écluses testées.
)", "Au fil de l'eau", false},
        // A section whose first paragraph is one short sentence, with no byline under the next one, keeps its heading.
        {"en", R"(The harbour reopens after two years of works
By John Roe
The harbour of the town reopened on Monday after two years of work on its old quays and its new basin.
The works cost more than planned, and the council had to vote a second credit in the spring of last year.
On the Water
Why do the ferries keep running late?
The company blames the old engines of its boats, but the crews say the timetable was never realistic.
The second basin will open next year, when the dredging of the old channel is finished and the new locks are tested.
)", "On the Water", true},
    };
    for (const auto& r : rows) {
        INFO(r.page);
        Article a = classify(segment(r.page), r.lang);
        const auto headings = headings_of(a);
        CHECK(contains(headings, r.column) == r.heading);
    }
}

TEST_CASE("a heading under an inline link to another article still heads its section", "[classify][heading]") {
    struct Row {
        const char* lang;
        const char* page;
        const char* heading;
    };
    const Row rows[] = {
        {"en", R"(The harbour of the town reopened on Monday after two years of work on its old quays and its new basin.
The works cost more than planned, and the council had to vote a second credit in the spring of last year.
Read more: Why the old harbour had to close
New ferries for the islands
The company will run two boats a day from June, and a third one during the summer holidays, the mayor said.
The first boat will leave at seven in the morning and reach the largest island two hours later.
)", "New ferries for the islands"},
        {"de", R"(Der Hafen der Stadt ist am Montag nach zwei Jahren Bauzeit an seinen alten Kais wieder eröffnet worden.
Die Arbeiten kosteten mehr als geplant, und der Gemeinderat musste im Frühjahr einen zweiten Kredit bewilligen.
Mehr zum Thema: Warum der alte Hafen schließen musste
Neue Fähren für die Inseln
Die Reederei wird ab Juni zwei Schiffe am Tag einsetzen und in den Sommerferien ein drittes, sagte der Bürgermeister.
Das erste Schiff legt um sieben Uhr morgens ab und erreicht die größte Insel zwei Stunden später.
)", "Neue Fähren für die Inseln"},
        {"es", R"(El puerto de la ciudad reabrió el lunes después de dos años de obras en sus muelles y en su nueva dársena.
Las obras costaron más de lo previsto y el ayuntamiento tuvo que votar un segundo crédito en la primavera.
Lee también: Por qué tuvo que cerrar el viejo puerto
Nuevos ferris para las islas
La compañía operará dos barcos al día a partir de junio y un tercero durante las vacaciones, dijo el alcalde.
El primer barco saldrá a las siete de la mañana y llegará a la isla más grande dos horas después.
)", "Nuevos ferris para las islas"},
    };
    for (const auto& r : rows) {
        INFO(r.page);
        Article a = classify(segment(r.page), r.lang);
        std::vector<std::string> headings = headings_of(a);
        CHECK(headings == std::vector<std::string>{r.heading});
    }
}

TEST_CASE("on a page that marks its headings, an unmarked title-like line is a caption", "[classify][heading]") {
    struct Row {
        const char* lang;
        const char* page;
        std::vector<std::string> headings;
    };
    const Row rows[] = {
        {"en", R"(The harbour of the town is one of the oldest on the coast, and its history goes back to the first settlers.
History[edit]
The first quay was built by fishermen who came from the north, and it was extended twice before the railway came.
The old lighthouse at the end of the pier
The lighthouse was built in 1871 and guided the boats into the harbour until the new beacon was lit in 1960.
Trade[edit]
Trade grew quickly after the railway reached the town, and the harbour became the main port of the region.
Fishing[edit]
Fishing boats still land their catch every morning at the northern quay, where the market opens at six.
)", {"History[edit]", "Trade[edit]", "Fishing[edit]"}},
        {"de", R"(Der Hafen der Stadt ist einer der ältesten an der Küste, und seine Geschichte reicht bis zu den ersten Siedlern.
Geschichte[Bearbeiten | Quelltext bearbeiten]
Den ersten Kai bauten Fischer aus dem Norden, und er wurde zweimal erweitert, bevor die Eisenbahn in die Stadt kam.
Der alte Leuchtturm am Ende der Mole
Der Leuchtturm wurde 1871 gebaut und wies den Booten den Weg in den Hafen, bis 1960 das neue Leuchtfeuer kam.
Handel[Bearbeiten | Quelltext bearbeiten]
Der Handel wuchs schnell, nachdem die Eisenbahn die Stadt erreicht hatte, und der Hafen wurde der wichtigste der Region.
Fischerei[Bearbeiten | Quelltext bearbeiten]
Die Fischerboote bringen ihren Fang noch jeden Morgen an den nördlichen Kai, wo der Markt um sechs Uhr öffnet.
)", {"Geschichte[Bearbeiten | Quelltext bearbeiten]", "Handel[Bearbeiten | Quelltext bearbeiten]",
     "Fischerei[Bearbeiten | Quelltext bearbeiten]"}},
    };
    for (const auto& r : rows) {
        INFO(r.page);
        Article a = classify(segment(r.page), r.lang);
        std::vector<std::string> headings = headings_of(a);
        CHECK(headings == r.headings);
    }
}

TEST_CASE("a picture gallery's slide counter opens no heading", "[classify][heading]") {
    for (const char* line : {"1/50 Harbour festival opens", "12/20 Die neue Brücke bei Nacht", "3/12 Le port au lever du jour",
                             "7/7 La fiesta en la plaza", "15/150"}) {
        INFO(line);
        CHECK(slide_counter(line));
    }
    // A date, a fraction, a score, a line without a counter.
    for (const char* line : {"12/2016 Jahresbericht", "3/4 cup of sugar", "21/3 Le match retour", "Harbour festival opens",
                             "1/2 Finale", "2024/25 season"}) {
        INFO(line);
        CHECK_FALSE(slide_counter(line));
    }
}
