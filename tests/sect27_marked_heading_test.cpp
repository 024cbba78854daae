// Sections of one sentence each under headings opened by a heading's mark ("📌 Lo que piden los agricultores",
// "#3 La crítica de la oposición"): the mark makes a heading of up to eight words read as a heading, as short marked
// headings ("📌 Las demandas") already do, so the text under them stays in the body. A list of cards carries no such
// mark on its titles.
#include <catch2/catch.hpp>

#include "test_pages.hpp"

#include <algorithm>
#include <string>

using namespace archive;
using namespace archive::test;

TEST_CASE("a marked heading of up to eight words over a one-sentence section keeps the text in the body",
          "[sections][sect27]") {
    struct Row {
        const char* page;
        const char* heading;
        const char* last;
    };
    const Row rows[] = {
        // Spanish
        {"Inicio\nCiudad\nLo que cambia con el nuevo horario de los autobuses\nPor Marta Gil\n03.05.2025\n\n"
         "El nuevo horario de los autobuses urbanos entra en vigor el lunes y cambia la frecuencia de casi todas "
         "las líneas.\n\n▶ Lo que viene\n\n"
         "Las líneas del centro pasarán cada diez minutos durante las horas de más tráfico del día.\n\n"
         "📌 Lo que piden los vecinos del barrio\n\n"
         "Los vecinos del barrio norte piden más autobuses por la noche, porque muchos trabajan hasta tarde.\n\n"
         "#2 La crítica de la oposición\n\n"
         "La oposición considera que el cambio llega tarde y que deja sin servicio a varios barrios enteros.\n\n"
         "Compartir\n",
         "📌 Lo que piden los vecinos del barrio",
         "La oposición considera que el cambio llega tarde y que deja sin servicio a varios barrios enteros."},
        // English
        {"Home\nCity\nWhat the new bus timetable changes for riders\nBy Sam Reed\nMay 3, 2025\n\n"
         "The new timetable for the city buses comes into force on Monday and changes how often almost every line "
         "runs.\n\n▶ What happens now\n\n"
         "The lines through the centre will run every ten minutes during the busiest hours of the day.\n\n"
         "📌 What the residents of the north are asking for\n\n"
         "Residents of the northern district want more buses at night, because many of them work late.\n\n"
         "#2 The opposition's criticism\n\n"
         "The opposition says the change comes too late and leaves several whole districts without a service.\n\n"
         "Share\n",
         "📌 What the residents of the north are asking for",
         "The opposition says the change comes too late and leaves several whole districts without a service."},
        // German
        {"Start\nStadt\nWas der neue Busfahrplan für die Fahrgäste ändert\nVon Lea Brandt\n03.05.2025\n\n"
         "Der neue Fahrplan der Stadtbusse gilt ab Montag und ändert den Takt von fast allen Linien in der "
         "Stadt.\n\n▶ Was jetzt kommt\n\n"
         "Die Linien durch die Innenstadt fahren in den Stoßzeiten alle zehn Minuten, sagt der Verkehrsbetrieb.\n\n"
         "📌 Was die Leute im Norden fordern\n\n"
         "Die Anwohner im Norden wollen mehr Busse in der Nacht, weil viele von ihnen bis spät arbeiten.\n\n"
         "#2 Die Kritik der Opposition\n\n"
         "Die Opposition sagt, die Änderung komme zu spät und lasse mehrere Stadtteile ganz ohne Anschluss.\n\n"
         "Teilen\n",
         "📌 Was die Leute im Norden fordern",
         "Die Opposition sagt, die Änderung komme zu spät und lasse mehrere Stadtteile ganz ohne Anschluss."},
    };
    for (const Row& row : rows) {
        CAPTURE(row.page);
        const Article a = parse(row.page);
        const auto headings = headings_of(a);
        CHECK(std::find(headings.begin(), headings.end(), row.heading) != headings.end());
        const auto paragraphs = paragraphs_of(a);
        CHECK(std::find(paragraphs.begin(), paragraphs.end(), row.last) != paragraphs.end());
    }
}
