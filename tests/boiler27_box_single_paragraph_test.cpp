// A box of related links glued into the text, its label and two titles or more printed bare (no summary under them),
// then one paragraph of prose and the page's end (glued_box_text(), region_joins.cpp): titles printed without their
// summaries print none under the last, and the paragraph is the text going on. Under a box of one title, a paragraph
// and the page's end may be the card's summary: it stays out. Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "region_pages.hpp"

using namespace archive;

namespace {

struct Row {
    const char* lang;
    const char* page;
    const char* last; // the paragraph under the box
};

} // namespace

TEST_CASE("one paragraph under a box of bare titles is the text going on", "[region][boiler27]") {
    const Row rows[] = {
        {"it", R"(Gazzetta del Lago
Abbonati
Cronaca
Politica
Como, chiude per quattro mesi il lungolago: lavori alle paratie
I cantieri partiranno a febbraio. Navette gratuite ogni dieci minuti nei giorni festivi
di Elena Riva
3 dicembre 2026
Il lungolago di Como chiude per quattro mesi. Da lunedì 2 febbraio il tratto tra piazza Cavour e il tempio Voltiano sarà un cantiere, mentre la Regione completa le paratie contro le esondazioni.
Leggi anche
Lecco, riapre la passeggiata a lago dopo i lavori
Navigazione, nuovi orari dei battelli da gennaio
I commercianti della zona chiedono però uno sconto sulla tassa dei rifiuti per tutta la durata del cantiere.
© RIPRODUZIONE RISERVATA
Argomenti
Como
)", "I commercianti della zona chiedono"},
        {"es", R"(Diario del Sur
Política
Economía
Apagón en Rosario: más de 40.000 usuarios sin luz por la ola de calor
La demanda de energía superó el récord de la provincia. La distribuidora promete normalizar el servicio.
Por Laura Benítez
4 de diciembre de 2026 · 19:12
Más de 40.000 usuarios de Rosario se quedaron sin luz este jueves, en la jornada más calurosa del año, cuando la demanda de energía superó el récord de la provincia.
Te puede interesar
Alerta por calor extremo: qué barrios están afectados
Cómo reclamar si te cortaron la luz
La distribuidora informó que todas sus cuadrillas trabajan en la zona desde el mediodía del jueves.
Compartir
Comentarios
)", "La distribuidora informó que todas"},
        {"pl", R"(Echo Regionu
Wiadomości
Kielce
Nowy basen w Busku-Zdroju. Otwarcie w maju
Miasto podpisało umowę z wykonawcą, który zaproponował 24 mln zł.
Anna Wójcik
3 grudnia 2026, 14:05
Burmistrz podpisał we wtorek umowę na budowę krytego basenu przy szkole podstawowej numer dwa. Obecna pływalnia ma ponad 40 lat i od roku jest zamknięta.
Czytaj też
Kielce. Nowe autobusy elektryczne wyjadą na ulice w styczniu
Pińczów. Most na Nidzie gotowy jesienią
Basen będzie miał sześć torów o długości 25 metrów i brodzik dla najmłodszych dzieci z okolicznych szkół.
Udostępnij
Komentarze (7)
)", "Basen będzie miał sześć torów"},
    };
    for (const Row& r : rows) {
        INFO(r.lang << ": " << r.last);
        const Article a = parse(r.page);
        CHECK(test::has_paragraph_starting(a, r.last));
    }
}

TEST_CASE("one paragraph under a box of one title may be its summary and stays out", "[region][boiler27]") {
    const Row rows[] = {
        {"it", R"(Gazzetta del Lago
Abbonati
Cronaca
Politica
Como, chiude per quattro mesi il lungolago: lavori alle paratie
I cantieri partiranno a febbraio. Navette gratuite ogni dieci minuti nei giorni festivi
di Elena Riva
3 dicembre 2026
Il lungolago di Como chiude per quattro mesi. Da lunedì 2 febbraio il tratto tra piazza Cavour e il tempio Voltiano sarà un cantiere, mentre la Regione completa le paratie contro le esondazioni.
Leggi anche
Lecco, riapre la passeggiata a lago dopo i lavori
I commercianti della zona chiedono però uno sconto sulla tassa dei rifiuti per tutta la durata del cantiere.
© RIPRODUZIONE RISERVATA
Argomenti
Como
)", "I commercianti della zona chiedono"},
        {"es", R"(Diario del Sur
Política
Economía
Apagón en Rosario: más de 40.000 usuarios sin luz por la ola de calor
La demanda de energía superó el récord de la provincia. La distribuidora promete normalizar el servicio.
Por Laura Benítez
4 de diciembre de 2026 · 19:12
Más de 40.000 usuarios de Rosario se quedaron sin luz este jueves, en la jornada más calurosa del año, cuando la demanda de energía superó el récord de la provincia.
Te puede interesar
Alerta por calor extremo: qué barrios están afectados
La distribuidora informó que todas sus cuadrillas trabajan en la zona desde el mediodía del jueves.
Compartir
Comentarios
)", "La distribuidora informó que todas"},
    };
    for (const Row& r : rows) {
        INFO(r.lang << ": " << r.last);
        const Article a = parse(r.page);
        CHECK_FALSE(test::has_paragraph_starting(a, r.last));
    }
}

TEST_CASE("Correlati, Mirá también, Veja mais label a box of related links", "[region][lexicon][boiler27]") {
    // (lexicon section related_labels) The label and the title under it leave the text, no section's heading.
    struct Label {
        const char* lang;
        const char* page;
        const char* label;
        const char* title;
        const char* last;
    };
    const Label rows[] = {
        {"it", R"(Radio Lago
Info
Svizzera
Ticino
Bellinzona, la nuova piscina coperta aprirà in primavera
Il cantiere è in ritardo di due mesi, ma il Municipio conferma la data
Di Sara Pedrazzi
Oggi, 11:05
La nuova piscina coperta di Bellinzona aprirà regolarmente in primavera. Lo ha confermato giovedì il Municipio, malgrado un ritardo di circa due mesi nei lavori.
La struttura avrà una vasca da 25 metri e una vasca per i bambini, aperta anche alle scuole della regione.
Il ritardo è dovuto soprattutto alle piogge dello scorso autunno, ha spiegato il municipale Marco Guidi.
Correlati
Locarno, approvato il credito per il lido
Il costo finale dell'opera dovrebbe restare nei 28 milioni di franchi previsti dal credito.
Condividi
)", "Correlati", "Locarno, approvato il credito per il lido", "Il costo finale dell'opera"},
        {"es", R"(Diario del Sur
Política
Economía
Apagón en Rosario: más de 40.000 usuarios sin luz por la ola de calor
La demanda de energía superó el récord de la provincia. La distribuidora promete normalizar el servicio.
Por Laura Benítez
4 de diciembre de 2026 · 19:12
Más de 40.000 usuarios de Rosario se quedaron sin luz este jueves, en la jornada más calurosa del año, cuando la demanda de energía superó el récord de la provincia.
Mirá también
Alerta por calor extremo: qué barrios están afectados
La distribuidora informó que todas sus cuadrillas trabajan en la zona desde el mediodía del jueves.
El ente regulador anunció que multará a la empresa si el servicio no se normaliza antes del sábado.
Compartir
Comentarios
)", "Mirá también", "Alerta por calor extremo: qué barrios están afectados",
         "El ente regulador anunció"},
        {"pt", R"(Jornal da Serra
Cidades
Economia
Novo hospital de Viseu abre em março
A obra tem um atraso de dois meses, mas a câmara confirma a data
Redação
4 de dezembro de 2026
O novo hospital de Viseu vai abrir em março, confirmou nesta quinta-feira a câmara municipal, apesar de um atraso de dois meses na obra.
Veja mais
Guarda terá novo centro de saúde em 2027
O custo final da obra deverá manter-se nos 90 milhões de euros previstos pela câmara municipal.
As obras do novo edifício começaram em 2024 e deram trabalho a mais de trezentas pessoas da região.
Partilhar
)", "Veja mais", "Guarda terá novo centro de saúde em 2027", "As obras do novo edifício"},
    };
    for (const Label& r : rows) {
        INFO(r.lang << ": " << r.label);
        const Article a = parse(r.page);
        CHECK_FALSE(test::in_text(a, r.label));
        CHECK_FALSE(test::in_text(a, r.title));
        CHECK(test::has_paragraph_starting(a, r.last));
    }
}
