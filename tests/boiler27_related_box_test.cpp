// A box of related links glued into the text ("Leggi anche / <title> / <title>") ends the article unless the text
// goes on under it (glued_box_text(), region_past_boxes.cpp): a paragraph, then a second sentence or a picture between
// two paragraphs (its caption closed by its credit: "(Foto: LaPresse)", "Foto: Juano Tesone", "- Ana Lima/Folhapress");
// or one paragraph under two bare titles or more, which print no summary under the last. A box of cards, each title
// over its summary and its picture's credit, and a box of one title over one paragraph (its summary, maybe) at the
// page's end keep the text out. The labels Correlati, Mirá también, Veja mais (lexicon section related_labels) open
// such boxes. Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "region_pages.hpp"

#include <string>

using namespace archive;

namespace {

// The pages' heads: menu, headline, standfirst, byline, date and the first paragraph.
const std::string head_it = R"(Gazzetta del Lago
Abbonati
Cronaca
Politica
Como, chiude per quattro mesi il lungolago: lavori alle paratie
I cantieri partiranno a febbraio. Navette gratuite ogni dieci minuti nei giorni festivi
di Elena Riva
3 dicembre 2026
Il lungolago di Como chiude per quattro mesi. Da lunedì 2 febbraio il tratto tra piazza Cavour e il tempio Voltiano sarà un cantiere, mentre la Regione completa le paratie contro le esondazioni.
)";
const std::string head_es = R"(Diario del Sur
Política
Economía
Sociedad
Apagón en Rosario: más de 40.000 usuarios sin luz por la ola de calor
La demanda de energía superó el récord de la provincia. La distribuidora promete normalizar el servicio.
Por Laura Benítez
4 de diciembre de 2026 · 19:12
Más de 40.000 usuarios de Rosario se quedaron sin luz este jueves, en la jornada más calurosa del año, cuando la demanda de energía superó el récord de la provincia.
)";
const std::string head_pt = R"(Jornal da Serra
Cidades
Economia
Novo hospital de Viseu abre em março
A obra tem um atraso de dois meses, mas a câmara confirma a data
Redação
4 de dezembro de 2026
O novo hospital de Viseu vai abrir em março, confirmou nesta quinta-feira a câmara municipal, apesar de um atraso de dois meses na obra.
)";

struct Row {
    const char* lang;
    std::string page;
    const char* first; // the paragraph under the box
    const char* last;  // the next one, when there is one
};

void check_text(const Row& r, bool kept) {
    INFO(r.lang << ": " << r.first);
    const Article a = parse(r.page);
    CHECK(test::has_paragraph_starting(a, r.first) == kept);
    if (*r.last != '\0')
        CHECK(test::has_paragraph_starting(a, r.last) == kept);
}

} // namespace

TEST_CASE("the text goes on under a related box past a picture between two paragraphs", "[region][boiler27]") {
    const Row rows[] = {
        {"it", head_it + R"(Leggi anche
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
        {"es", head_es + R"(Te puede interesar
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
    for (const Row& r : rows)
        check_text(r, true);
}

TEST_CASE("a box of cards with their pictures' credits still ends the text", "[region][boiler27]") {
    // Each card: its title, its summary, its picture's credit. The summary under the first title is no text going on.
    const Row rows[] = {
        {"it", head_it + R"(Secondo il cronoprogramma presentato ieri in consiglio comunale, i lavori costeranno sei milioni di euro e saranno divisi in tre lotti.
Leggi anche
Lecco, riapre la passeggiata a lago dopo i lavori
La passeggiata tra il porto e la chiesa di San Giovanni è di nuovo aperta dopo due anni di lavori alle sponde.
Foto: Studio Pozzi
Navigazione, nuovi orari dei battelli da gennaio
Le corse per Bellagio saranno ridotte nei giorni feriali, mentre resteranno invariate quelle festive.
Foto: Archivio
)",
         "La passeggiata tra il porto", "Le corse per Bellagio"},
        {"es", head_es + R"(Los barrios más afectados fueron los del oeste y el sur de la ciudad, según informó la distribuidora en un comunicado.
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
    for (const Row& r : rows)
        check_text(r, false);
}

namespace {
// The box over one paragraph and the page's end: two bare titles, or the first alone.
const char* const box_it[] = {"Leggi anche\nLecco, riapre la passeggiata a lago dopo i lavori\n",
                              "Navigazione, nuovi orari dei battelli da gennaio\n",
                              ("I commercianti della zona chiedono però uno sconto sulla tassa dei rifiuti per tutta la "
                               "durata del cantiere.\n© RIPRODUZIONE RISERVATA\nArgomenti\nComo\n")};
const char* const box_es[] = {"Te puede interesar\nAlerta por calor extremo: qué barrios están afectados\n",
                              "Cómo reclamar si te cortaron la luz\n",
                              ("La distribuidora informó que todas sus cuadrillas trabajan en la zona desde el "
                               "mediodía del jueves.\nCompartir\nComentarios\n")};
const std::string head_pl = R"(Echo Regionu
Wiadomości
Kielce
Nowy basen w Busku-Zdroju. Otwarcie w maju
Miasto podpisało umowę z wykonawcą, który zaproponował 24 mln zł.
Anna Wójcik
3 grudnia 2026, 14:05
Burmistrz podpisał we wtorek umowę na budowę krytego basenu przy szkole podstawowej numer dwa. Obecna pływalnia ma ponad 40 lat i od roku jest zamknięta.
)";
const char* const box_pl[] = {"Czytaj też\nKielce. Nowe autobusy elektryczne wyjadą na ulice w styczniu\n",
                              "Pińczów. Most na Nidzie gotowy jesienią\n",
                              ("Basen będzie miał sześć torów o długości 25 metrów i brodzik dla najmłodszych dzieci "
                               "z okolicznych szkół.\nUdostępnij\nKomentarze (7)\n")};
} // namespace

TEST_CASE("one paragraph under a box of bare titles is the text going on", "[region][boiler27]") {
    const Row rows[] = {
        {"it", head_it + box_it[0] + box_it[1] + box_it[2], "I commercianti della zona chiedono", ""},
        {"es", head_es + box_es[0] + box_es[1] + box_es[2], "La distribuidora informó que todas", ""},
        {"pl", head_pl + box_pl[0] + box_pl[1] + box_pl[2], "Basen będzie miał sześć torów", ""},
    };
    for (const Row& r : rows)
        check_text(r, true);
}

TEST_CASE("one paragraph under a box of one title may be its summary and stays out", "[region][boiler27]") {
    // (A summary retells its title; a paragraph that tells more of the story over the box, none of the title's words,
    // is the text's: region109's story_goes_on().)
    const Row rows[] = {
        {"it", head_it + box_it[0] + "La passeggiata a lago di Lecco riapre sabato dopo otto mesi di lavori sul muro "
                                     "di sponda.\n© RIPRODUZIONE RISERVATA\nArgomenti\nComo\n",
         "La passeggiata a lago di Lecco riapre", ""},
        {"es", head_es + box_es[0] + "La alerta por calor extremo afecta a doce barrios de la ciudad hasta el domingo, "
                                     "según el servicio meteorológico.\nCompartir\nComentarios\n",
         "La alerta por calor extremo afecta", ""},
    };
    for (const Row& r : rows)
        check_text(r, false);
}

TEST_CASE("Correlati, Mirá también, Veja mais label a box of related links", "[region][lexicon][boiler27]") {
    // The label and the title under it leave the text, no section's heading; the text goes on under them.
    struct Label {
        const char* lang;
        std::string page;
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
)",
         "Correlati", "Locarno, approvato il credito per il lido", "Il costo finale dell'opera"},
        {"es", head_es + R"(Mirá también
Alerta por calor extremo: qué barrios están afectados
La distribuidora informó que todas sus cuadrillas trabajan en la zona desde el mediodía del jueves.
El ente regulador anunció que multará a la empresa si el servicio no se normaliza antes del sábado.
Compartir
Comentarios
)",
         "Mirá también", "Alerta por calor extremo: qué barrios están afectados", "El ente regulador anunció"},
        {"pt", head_pt + R"(Veja mais
Guarda terá novo centro de saúde em 2027
O custo final da obra deverá manter-se nos 90 milhões de euros previstos pela câmara municipal.
As obras do novo edifício começaram em 2024 e deram trabalho a mais de trezentas pessoas da região.
Partilhar
)",
         "Veja mais", "Guarda terá novo centro de saúde em 2027", "As obras do novo edifício"},
    };
    for (const Label& r : rows) {
        INFO(r.lang << ": " << r.label);
        const Article a = parse(r.page);
        CHECK_FALSE(test::in_text(a, r.label));
        CHECK_FALSE(test::in_text(a, r.title));
        CHECK(test::has_paragraph_starting(a, r.last));
    }
}

TEST_CASE("a live page's next entry under a related box goes on with the text", "[region][live][boiler27]") {
    // "19:12 / <entry> / Te puede interesar / <title> / 18:50 / <entry>": the stamp under the box's title opens the
    // next entry (a stamp over the entry above the box too).
    const Row rows[] = {
        {"es", R"(Heraldo del Pirineo
Aragón
En directo | Nevada en el Pirineo: carreteras cortadas y colegios cerrados
Última hora del temporal de nieve en Huesca
Actualizado: 04.12.2026 - 09:40h
Compartir
09:35
La DGT obliga a usar cadenas en la N-260 entre Biescas y Sabiñánigo, donde ya se acumulan treinta centímetros de nieve.
09:10
Las quitanieves trabajan desde la madrugada en el puerto de Somport, cerrado a camiones y autobuses.
08:45
El Gobierno de Aragón ha suspendido las clases en once colegios del valle de Tena.
Te puede interesar
Así ha amanecido Jaca bajo la nieve
08:20
La estación de Candanchú abrirá este sábado sus primeras pistas de la temporada, según ha anunciado la empresa.
Comentarios (9)
)",
         "La estación de Candanchú abrirá", ""},
        {"it", R"(Eco delle Valli
Cronaca
Diretta | Neve in Valtellina: strade chiuse e scuole ferme
Le ultime notizie sulla nevicata in provincia di Sondrio
Aggiornato: 04.12.2026 - 09:40
Condividi
09:35
L'Anas ha chiuso il passo dello Stelvio, dove sono caduti quaranta centimetri di neve durante la notte.
09:10
Gli spazzaneve lavorano dall'alba sulla statale 38 tra Tirano e Bormio, aperta solo con catene.
08:45
Il Comune di Livigno ha chiuso le scuole per tutta la giornata di oggi.
Leggi anche
Le immagini di Bormio sotto la neve
08:20
Gli impianti di Santa Caterina apriranno sabato le prime piste della stagione, ha annunciato la società.
Commenti (9)
)",
         "Gli impianti di Santa Caterina", ""},
    };
    for (const Row& r : rows)
        check_text(r, true);
}

TEST_CASE("the text goes on under a related box standing under a picture and its gallery's label",
          "[region][boiler27]") {
    // "<paragraph> / <caption> Foto: <credit> / Galeria: <title> / 1 de 8 / Leia também / <title> / <paragraph> /
    // <sentence>". (The Italian page's text the region's own box rule kept already: it stays kept.)
    const Row rows[] = {
        {"pt", R"(Jornal do Planalto
Política
Economia
Metrô de Campinas vai funcionar 24 horas nos fins de semana a partir de janeiro
Governo do Estado anunciou teste de seis meses nas duas linhas
Por Luiza Carvalho
04/12/2026 | 14h30
O Metrô de Campinas vai funcionar 24 horas aos sábados e domingos a partir de janeiro, anunciou nesta quinta-feira o governo do Estado.
O teste vai durar seis meses e inclui as duas linhas da cidade. Segundo a Secretaria de Transportes, o custo extra será de R$ 12 milhões.
Estação Central do Metrô de Campinas Foto: Ana Lima/Jornal do Planalto
Galeria: veja as estações que vão abrir de madrugada
1 de 8
Leia também
Tarifa de ônibus fica congelada em 2027
Sindicato dos metroviários critica escala
O Sindicato dos Metroviários afirmou que a escala de madrugada exige novas contratações e pediu uma reunião com a direção da empresa.
A empresa disse que vai abrir um concurso para 300 vagas.
Comentários
Os comentários são exclusivos para assinantes.
)",
         "O Sindicato dos Metroviários afirmou", ""},
        {"it", R"(Gazzetta del Lago
Cronaca
Politica
La metropolitana di Brescia aperta tutta la notte nei fine settimana da gennaio
Il Comune ha annunciato una sperimentazione di sei mesi sulla linea
di Paola Gatti
4 dicembre 2026
La metropolitana di Brescia resterà aperta tutta la notte il sabato e la domenica a partire da gennaio, ha annunciato giovedì il Comune.
La sperimentazione durerà sei mesi. Secondo l'assessore ai Trasporti, il costo aggiuntivo sarà di due milioni di euro.
La stazione Vittoria della metropolitana (Foto: Studio Pozzi)
Galleria: le stazioni che resteranno aperte di notte
1 di 8
Leggi anche
Biglietti dei bus, nessun aumento nel 2027
I sindacati criticano i nuovi turni di notte
I sindacati hanno chiesto nuove assunzioni per coprire i turni di notte e un incontro con la direzione dell'azienda.
L'azienda ha detto che bandirà un concorso per trenta macchinisti.
Commenti
I commenti sono riservati agli abbonati.
)",
         "I sindacati hanno chiesto nuove assunzioni", ""},
    };
    for (const Row& r : rows)
        check_text(r, true);
}
