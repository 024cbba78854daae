// A live blog's entries closed by the tags of the agencies that wrote them: the entry keeps its tag (a paragraph,
// no picture's caption) and the tags, repeated over the entries, give the record's source. Whole pages in several
// languages; every line is invented.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;

using archive::test::paragraphs_of;

namespace {

struct LiveRow {
    const char* lang;
    const char* page;
    const char* tagged_paragraph;          // a paragraph closed by a tag of several words, kept whole
    std::vector<std::string> agencies;     // the record's source
};

} // namespace

TEST_CASE("a live blog's entries closed by agency tags are paragraphs and give the record's source",
          "[classify][agency][live]") {
    const LiveRow rows[] = {
        {"es", R"(Elecciones en Valdora: la noche electoral, en directo

El recuento avanza con normalidad en los cuatrocientos colegios de la provincia y la participación sube.

22:40
Los independientes celebran su resultado
La lista independiente ha asegurado que su grupo será decisivo en el nuevo pleno y que no apoyará a nadie sin un plan para el puerto. Los responsables insisten en que la información se actualizará a lo largo de la noche en esta misma página. (EFE)
Compartir

22:10
Récord de voto por correo
Más de treinta mil vecinos han votado por correo, un tercio más que en las anteriores elecciones, según la Junta Electoral. Los responsables insisten en que la información se actualizará a lo largo de la noche en esta misma página. (Europa Press)
Compartir

21:30
Cierran los colegios
Los colegios de la provincia han cerrado sus puertas a las ocho sin incidencias, según ha informado la Subdelegación del Gobierno. Los responsables insisten en que la información se actualizará a lo largo de la noche en esta misma página.
Compartir
)",
         "Más de treinta mil vecinos han votado por correo, un tercio más que en las anteriores elecciones, según la "
         "Junta Electoral. Los responsables insisten en que la información se actualizará a lo largo de la noche en esta "
         "misma página. (Europa Press)",
         {"efe", "europa-press"}},
        {"en", R"(Storm Ada live: ferries cancelled as gales batter the coast

Gusts of more than ninety miles an hour were recorded on the headland overnight and the harbour stayed shut.

10:42
Rail line closed north of the estuary
The rail operator said fallen trees had blocked the line in three places and that no trains would run before the evening. Officials said the information would be updated through the day on this page as the situation changed. (Associated Press)
Share

10:05
Power cut to coastal villages
The network operator said about four thousand homes were without power and that crews were waiting for the wind to drop. Officials said the information would be updated through the day on this page as the situation changed. (AP)
Share

09:20
Harbour shut for the day
The harbour master closed the port to all shipping until the morning, the town council said on its website. Officials said the information would be updated through the day on this page as the situation changed.
Share
)",
         "The rail operator said fallen trees had blocked the line in three places and that no trains would run before "
         "the evening. Officials said the information would be updated through the day on this page as the situation "
         "changed. (Associated Press)",
         {"ap"}},
        {"it", R"(Maltempo in valle, la diretta: strade chiuse e scuole sospese

La pioggia caduta nella notte ha ingrossato i torrenti e la protezione civile ha aperto il centro operativo.

12:15
Chiusa la provinciale del passo
La Provincia ha chiuso la strada del passo per una colata di fango e il traffico viene deviato sulla statale del fondovalle. I responsabili hanno spiegato che le informazioni saranno aggiornate nel corso della giornata su questa pagina. (ANSA)
Condividi

11:40
Scuole chiuse in sei comuni
I sindaci dei sei comuni della valle hanno firmato le ordinanze di chiusura delle scuole fino a domani sera. I responsabili hanno spiegato che le informazioni saranno aggiornate nel corso della giornata su questa pagina. (Adnkronos)
Condividi

10:55
Aperto il centro operativo
La protezione civile ha aperto il centro operativo comunale nella sede dei vigili del fuoco volontari. I responsabili hanno spiegato che le informazioni saranno aggiornate nel corso della giornata su questa pagina.
Condividi
)",
         "La Provincia ha chiuso la strada del passo per una colata di fango e il traffico viene deviato sulla statale "
         "del fondovalle. I responsabili hanno spiegato che le informazioni saranno aggiornate nel corso della giornata "
         "su questa pagina. (ANSA)",
         {"ansa", "adnkronos"}},
    };
    for (const LiveRow& r : rows) {
        INFO(r.page);
        const Article a = classify(segment(r.page), r.lang);
        const auto paragraphs = paragraphs_of(a);
        CHECK(std::find(paragraphs.begin(), paragraphs.end(), r.tagged_paragraph) != paragraphs.end());
        CHECK(a.media.empty());
        CHECK((a.source_tag && a.source_tag->agencies == r.agencies));
    }
}

TEST_CASE("a live blog's entry title under its time stamp heads the entry, whatever stands over the stamp",
          "[classify][heading][live]") {
    using archive::test::check_heading_rows;
    check_heading_rows({
        {"es", R"(Diario del Faro
Portada
Región

EN DIRECTO
Temporal en la costa: las últimas noticias, en directo

El viento ha superado los cien kilómetros por hora en el cabo y el puerto permanece cerrado desde la madrugada.

Última hora
11:50
Cortada la carretera del faro
La Guardia Civil ha cortado la carretera del faro por la caída de varios árboles y pide a los conductores que eviten la zona. Los responsables insisten en que la información se actualizará a lo largo de la noche en esta misma página.
Compartir en Facebook
Compartir en X

11:15
Sin luz en tres pueblos del valle
La compañía eléctrica ha confirmado que unos dos mil hogares siguen sin suministro y que sus técnicos esperan a que amaine. Los responsables insisten en que la información se actualizará a lo largo de la noche en esta misma página. (EFE)
Compartir en Facebook
Compartir en X

Publicidad

10:30
Suspendidas las clases
La consejería ha suspendido las clases en todos los colegios de la comarca hasta el lunes por la mañana. Los responsables insisten en que la información se actualizará a lo largo de la noche en esta misma página.
Compartir en Facebook
Compartir en X

Lo más leído
Aviso legal
)",
         {"Cortada la carretera del faro", "Sin luz en tres pueblos del valle", "Suspendidas las clases"}},
        {"de", R"(Küstenbote
Startseite
Region

LIVE
Sturm an der Küste: Alle Entwicklungen im Liveticker

Der Wind hat in der Nacht Böen von mehr als hundert Kilometern pro Stunde erreicht, der Hafen bleibt geschlossen.

Von Jana Roe
03.12.2026, 11:55 Uhr

Neueste Meldungen
11:50
Straße zum Leuchtturm gesperrt
Die Polizei hat die Straße zum Leuchtturm wegen umgestürzter Bäume gesperrt und bittet Autofahrer, die Gegend zu meiden. Die Behörden kündigten an, die Angaben im Laufe des Tages auf dieser Seite zu aktualisieren, sobald es Neues gibt.
Auf Facebook teilen
Auf X teilen

11:15
Drei Dörfer ohne Strom
Der Netzbetreiber bestätigte, dass rund zweitausend Haushalte weiter ohne Strom sind und die Techniker auf ruhigeres Wetter warten. Die Behörden kündigten an, die Angaben im Laufe des Tages auf dieser Seite zu aktualisieren, sobald es Neues gibt. (dpa)
Auf Facebook teilen
Auf X teilen

Anzeige

10:30
Schulen bleiben geschlossen
Das Schulamt hat den Unterricht an allen Schulen des Landkreises bis Montagmorgen abgesagt, wie eine Sprecherin mitteilte. Die Behörden kündigten an, die Angaben im Laufe des Tages auf dieser Seite zu aktualisieren, sobald es Neues gibt.
Auf Facebook teilen
Auf X teilen

Meistgelesen
Impressum
)",
         {"Straße zum Leuchtturm gesperrt", "Drei Dörfer ohne Strom", "Schulen bleiben geschlossen"}},
    });
}
