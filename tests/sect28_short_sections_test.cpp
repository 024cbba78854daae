// Tests of the short sections' reading in main_region() (short_sections(), region.cpp): a run of headings over one
// sentence each under the article's first paragraph is the article's, when most of its headings are short and one
// runs longer ("What the fruit growers are asking for"); a list of cards, its titles long all through or its summaries
// cut short, stays out. Invented pages.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "rows.hpp"
#include "test_pages.hpp"

#include <string>
#include <vector>

using namespace archive;

using archive::test::check_heading_rows;
using archive::test::contains;
using archive::test::headings_of;

TEST_CASE("a heading of six words or more among short ones over one-sentence sections keeps the sections in the body",
          "[region][heading][sect28]") {
    check_heading_rows({
        {"en", R"(Home
Farming
Why fruit growers need help after the frost
By Jana Wolf
14 April 2025

The late frost has destroyed part of the blossom in many orchards of the region, the growers say.

What happens now

The growers will count the damage over the next few days and report it to their insurers.

What the fruit growers are asking for

Their association asks for quick help, because many farms already had losses last year.

The opposition's criticism

The opposition finds the planned help too small and too late for the farms that were hit.

Share
)",
         {"What happens now", "What the fruit growers are asking for", "The opposition's criticism"}},
        {"de", R"(Start
Landwirtschaft
Warum die Obstbauern nach dem Frost Hilfe brauchen
Von Jana Wolf
14.04.2025

Der späte Frost hat in vielen Obstgärten der Region einen Teil der Blüten zerstört, sagen die Bauern.

Was jetzt passiert

Die Obstbauern zählen in den nächsten Tagen die Schäden und melden sie der Versicherung.

Was die Bauern jetzt von der Regierung fordern

Der Verband verlangt schnelle Hilfe, weil viele Betriebe schon im vorigen Jahr Verluste hatten.

Die Kritik der Opposition

Die Opposition hält die geplante Hilfe für zu klein und zu spät für die betroffenen Betriebe.

Teilen
)",
         {"Was jetzt passiert", "Was die Bauern jetzt von der Regierung fordern", "Die Kritik der Opposition"}},
        {"es", R"(Inicio
Campo
Lo que significa la helada tardía para los fruticultores
Por Ana Ruiz
12.04.2025

La helada tardía ha destruido una parte de las flores en muchos huertos de la región, dicen los agricultores.

Lo que viene

Los fruticultores contarán los daños en los próximos días y los comunicarán a la aseguradora.

Lo que piden ahora los agricultores al gobierno

La asociación pide ayuda rápida, porque muchas explotaciones ya tuvieron pérdidas el año pasado.

La crítica de la oposición

La oposición considera que la ayuda prevista es demasiado pequeña y llega tarde para las explotaciones.

Compartir
)",
         {"Lo que viene", "Lo que piden ahora los agricultores al gobierno", "La crítica de la oposición"}},
    });
}

TEST_CASE("cards under the article, their titles long all through or their summaries cut short, stay out of the body",
          "[region][heading][sect28]") {
    const test::PageRow rows[] = {
        // (Every title runs six words or more.)
        {"en", R"(Home
Garden
What the late frost means for fruit growers
By Lena Korb
12 April 2025

The late frost has destroyed part of the blossom in many orchards of the region, the growers say, and the damage is worse on the lower slopes.

Council approves new bus fares for the summer

The new fares apply from June and raise the price of a monthly pass by a tenth.

Harbour master warns of storms over the weekend

Small boats should stay in the harbour until Monday, when the wind is due to drop.

School opens a second building at the orchard

The pupils moved into the new classrooms on Monday after three years of waiting.

Share
)", "Harbour master warns of storms over the weekend"},
        // (Short and long titles, each summary trailing off.)
        {"de", R"(Start
Hafen
Die Fähre zur Insel fährt wieder nach Plan
Von Lena Korb
12.04.2025

Die Fähre zur Insel fährt seit Montag wieder nach dem alten Fahrplan, nachdem die Reparatur an der Rampe früher als erwartet fertig wurde.

Der Betreiber rechnet damit, dass bis zum Sommer alle Fahrten pünktlich sind, und bittet die Fahrgäste um etwas Geduld bis dahin.

Kran stürzt am Ostkai um

HAFEN: Ein Kran ist am Montag auf dem Ostkai umgestürzt, der Fahrer konnte sich noch rechtzeitig aus der Kabine retten, bevor...

Die Fischer bleiben diesen Winter länger im Hafen

HAFEN: Wegen der vielen Stürme in diesem Winter bleiben die Fischer der Insel länger im Hafen als in den Jahren zuvor, sagt...

Neue Schule für die Insel

INSEL: Die Kinder der Insel bekommen im Herbst eine neue Schule mit sechs Klassenzimmern und einer großen Turnhalle, die...

Teilen
)", "Die Fischer bleiben diesen Winter länger im Hafen"},
    };
    for (const auto& r : rows) {
        INFO(r.page);
        Article a = classify(segment(r.page), r.lang);
        CHECK(headings_of(a).empty());
        CHECK_FALSE(contains(test::paragraphs_of(a), r.line));
    }
}
