// Tests of a heading opened by a rightward arrow (arrow_heading(), sections_build.cpp): "→ Lo que viene" set apart
// between a paragraph and its text, on a page that marks another heading so, heads its section; an arrow line of a
// link's words, or alone on a page of unmarked text, heads nothing. Invented pages.
#include <catch2/catch.hpp>

#include "test_pages.hpp"

#include <string>
#include <vector>

using namespace archive;

using archive::test::check_heading_rows;

TEST_CASE("a line opened by an arrow between paragraphs heads its section on a page of marked headings",
          "[sections][heading][sect28]") {
    check_heading_rows({
        {"es", R"(Inicio
Campo
Lo que significa la helada tardía para los fruticultores
Por Ana Ruiz
12.04.2025

La helada tardía ha destruido una parte de las flores en muchos huertos del valle, dijeron los agricultores el lunes.

→ Lo que viene

Los fruticultores contarán los daños en los próximos días y los comunicarán a la aseguradora, que promete pagar pronto.

📌 Lo que piden los agricultores

La asociación pide ayuda rápida al gobierno, porque muchas explotaciones ya tuvieron pérdidas el año pasado.

📌 La crítica de la oposición

La oposición considera que la ayuda prevista es demasiado pequeña y llega tarde para las explotaciones del valle.

Compartir
)",
         {"→ Lo que viene", "📌 Lo que piden los agricultores", "📌 La crítica de la oposición"}},
        {"de", R"(Start
Garten
Was der späte Frost für die Obstbauern bedeutet
Von Lena Korb
12.04.2025

Der späte Frost hat in vielen Obstgärten der Region einen Teil der Blüten zerstört, sagen die Bauern am Montag.

→ Was jetzt passiert

Die Obstbauern zählen in den nächsten Tagen die Schäden und melden sie der Versicherung, die schnell zahlen will.

→ Was die Bauern fordern

Der Verband verlangt schnelle Hilfe vom Land, weil viele Betriebe schon im vorigen Jahr große Verluste hatten.

→ Die Kritik der Opposition

Die Opposition hält die geplante Hilfe für zu klein und zu spät für die betroffenen Betriebe in der Region.

Teilen
)",
         {"→ Was jetzt passiert", "→ Was die Bauern fordern", "→ Die Kritik der Opposition"}},
    });
}

TEST_CASE("an arrow line of a link's words, or on a page without other marked headings, heads nothing",
          "[sections][heading][sect28]") {
    check_heading_rows({
        // ("→ Read more about the harvest": a link's words after the arrow.)
        {"en", R"(Home
Garden
What the late frost means for fruit growers
By Lena Korb
12 April 2025

The late frost has destroyed part of the blossom in many orchards of the region, the growers said on Monday.

→ What happens now

The growers will count the damage over the next few days and report it to their insurers, who promise to pay quickly.

→ What the growers want

Their association asks the state for quick help, because many farms already had heavy losses last year.

→ Read more about the harvest

The opposition finds the planned help too small and too late for the farms that were hit in the region.

Share
)",
         {"→ What happens now", "→ What the growers want"}},
        // (The only marked line of the page.)
        {"de", R"(Start
Hafen
Der Sturm hat am Ostkai mehr Schaden angerichtet als gedacht
Von Timo Sander
18.02.2025

Der Sturm der vergangenen Nacht hat am Ostkai zwei Kräne umgeworfen und ein Lagerhaus abgedeckt, teilte das Hafenamt am Dienstag mit.

Die Arbeiter räumen seit dem Morgen die Trümmer weg, und die Fähren legen bis zum Wochenende am Westkai an.

→ Die Bilanz der Versicherer

Das Hafenamt schätzt den Schaden auf mehrere Millionen Euro und will die Kräne noch vor dem Sommer ersetzen, sagte sein Leiter am Nachmittag vor der Presse.

Teilen
)", {}},
    });
}
