// A box of related links glued into the text ("Leggi anche / <title> / <title>") ends the article unless the text
// goes on under it (glued_box_text(), region_joins.cpp): a paragraph, then a second sentence, or a picture between
// two paragraphs, its caption closed by its credit ("(Foto: LaPresse)", "Foto: Juano Tesone", "- Ana Lima/Folhapress").
// A box of cards, each title over its summary and its picture's credit, ends it still. Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "region_pages.hpp"

#include <string>

using namespace archive;

namespace {

struct Row {
    const char* lang;
    const char* page;
    const char* resumed; // the paragraph under the box
    const char* last;    // the paragraph under the picture
};

} // namespace

TEST_CASE("the text goes on under a related box past a picture between two paragraphs", "[region][boiler27]") {
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
Secondo il cronoprogramma presentato ieri in consiglio comunale, i lavori costeranno sei milioni di euro e saranno divisi in tre lotti.
Le transenne in piazza Cavour durante i lavori dello scorso anno (Foto: Studio Pozzi)
I commercianti della zona chiedono però uno sconto sulla tassa dei rifiuti per tutta la durata del cantiere.
© RIPRODUZIONE RISERVATA
Argomenti
Como
)",
         "Secondo il cronoprogramma presentato ieri", "I commercianti della zona chiedono"},
        {"es", R"(Diario del Sur
Política
Economía
Sociedad
Apagón en Rosario: más de 40.000 usuarios sin luz por la ola de calor
La demanda de energía superó el récord de la provincia. La distribuidora promete normalizar el servicio.
Por Laura Benítez
4 de diciembre de 2026 · 19:12
Más de 40.000 usuarios de Rosario se quedaron sin luz este jueves, en la jornada más calurosa del año, cuando la demanda de energía superó el récord de la provincia.
Te puede interesar
Alerta por calor extremo: qué barrios están afectados
Los barrios más afectados fueron los del oeste y el sur de la ciudad. Según el ente regulador, la empresa deberá compensar a los usuarios que pasen más de doce horas sin servicio.
Vecinos cortaron la avenida Pellegrini en reclamo por la falta de luz. Foto: Pablo Ruiz
Fotogalería
1 / 8
La distribuidora informó que todas sus cuadrillas trabajan en la zona desde el mediodía.
Compartir
Comentarios
)",
         "Los barrios más afectados fueron", "La distribuidora informó que todas"},
        {"pt", R"(Jornal do Planalto
Assine
Entrar
Poder
Mercado
Assembleia aprova projeto que amplia horário das creches municipais
Texto segue para sanção do governador; prefeituras terão dois anos para se adaptar
Carla Nunes
3.dez.2026 às 21h10
A Assembleia Legislativa aprovou nesta quarta-feira (3) o projeto de lei que amplia o horário das creches municipais para doze horas por dia em todo o estado.
Leia também
Governo anuncia novas vagas em escolas técnicas
A proposta foi aprovada por 61 votos a 8. A mudança será gradual e as prefeituras terão até 2028 para contratar os novos profissionais.
A relatora do projeto durante a sessão na Assembleia - Ana Lima/Folhapress
Segundo a relatora, a ampliação vai permitir que mais mães voltem ao mercado de trabalho.
Lista de leitura
Comentários
)",
         "A proposta foi aprovada por 61 votos", "Segundo a relatora, a ampliação"},
    };
    for (const Row& r : rows) {
        INFO(r.lang << ": " << r.resumed);
        const Article a = parse(r.page);
        CHECK(test::has_paragraph_starting(a, r.resumed));
        CHECK(test::has_paragraph_starting(a, r.last));
    }
}

TEST_CASE("a box of cards with their pictures' credits still ends the text", "[region][boiler27]") {
    // Each card: its title, its summary, its picture's credit. The summary under the first title is no text going on.
    const Row rows[] = {
        {"it", R"(Gazzetta del Lago
Cronaca
Como, chiude per quattro mesi il lungolago: lavori alle paratie
I cantieri partiranno a febbraio. Navette gratuite ogni dieci minuti nei giorni festivi
di Elena Riva
3 dicembre 2026
Il lungolago di Como chiude per quattro mesi. Da lunedì 2 febbraio il tratto tra piazza Cavour e il tempio Voltiano sarà un cantiere, mentre la Regione completa le paratie contro le esondazioni.
Secondo il cronoprogramma presentato ieri in consiglio comunale, i lavori costeranno sei milioni di euro e saranno divisi in tre lotti.
Leggi anche
Lecco, riapre la passeggiata a lago dopo i lavori
La passeggiata tra il porto e la chiesa di San Giovanni è di nuovo aperta dopo due anni di lavori alle sponde.
Foto: Studio Pozzi
Navigazione, nuovi orari dei battelli da gennaio
Le corse per Bellagio saranno ridotte nei giorni feriali, mentre resteranno invariate quelle festive.
Foto: Archivio
)",
         "La passeggiata tra il porto", "Le corse per Bellagio"},
        {"es", R"(Diario del Sur
Sociedad
Apagón en Rosario: más de 40.000 usuarios sin luz por la ola de calor
La demanda de energía superó el récord de la provincia. La distribuidora promete normalizar el servicio.
Por Laura Benítez
4 de diciembre de 2026 · 19:12
Más de 40.000 usuarios de Rosario se quedaron sin luz este jueves, en la jornada más calurosa del año, cuando la demanda de energía superó el récord de la provincia.
Los barrios más afectados fueron los del oeste y el sur de la ciudad, según informó la distribuidora en un comunicado.
Te puede interesar
Alerta por calor extremo: qué barrios están afectados
El servicio meteorológico extendió la alerta por calor a toda la provincia hasta el domingo por la noche.
Foto: Archivo
Cómo reclamar si te cortaron la luz
Los usuarios pueden presentar su reclamo ante el ente regulador por teléfono o en su página web.
Foto: Pablo Ruiz
)",
         "El servicio meteorológico extendió", "Los usuarios pueden presentar"},
    };
    for (const Row& r : rows) {
        INFO(r.lang << ": " << r.resumed);
        const Article a = parse(r.page);
        CHECK_FALSE(test::has_paragraph_starting(a, r.resumed));
        CHECK_FALSE(test::has_paragraph_starting(a, r.last));
    }
}
