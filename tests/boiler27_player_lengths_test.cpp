// A player's length alone on its line ("01:45") over a line is read as a video's caption (media.cpp,
// caption_under_video_length()), except where the lines around it say otherwise: an audio player's position over its
// length ("00:00 / 04:12"), a video whose caption stands over its length, taken under the player's marker ("Video /
// <title> / 01:45"), and a live page's stamps, three close together, some of them out of the region. The line under
// such a length is the article's text. Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "region_pages.hpp"

#include <algorithm>
#include <string>

using namespace archive;

namespace {

bool a_caption(const Article& a, const std::string& line) {
    return std::any_of(a.media.begin(), a.media.end(), [&](const Media& m) { return m.caption == line; });
}

struct Row {
    const char* lang;
    const char* page;
    const char* text; // a paragraph under a length line: the text, no caption
};

void check_rows(const Row* rows, std::size_t n) {
    for (std::size_t i = 0; i < n; ++i) {
        const Row& r = rows[i];
        INFO(r.lang << ": " << r.text);
        const Article a = parse(r.page);
        CHECK(test::in_text(a, r.text));
        CHECK_FALSE(a_caption(a, r.text));
    }
}

} // namespace

TEST_CASE("an audio player's position over its length prints no caption", "[media][caption][boiler27]") {
    // (The text cut short under a box of related links: the player's lines stand in the region, with the headline's.)
    const Row rows[] = {
        {"pt", R"(Diário do Tejo
Assinar
Entrar
Sociedade
Política
Almada vai abrir duas piscinas municipais no próximo verão
A câmara aprovou esta quarta-feira o investimento de oito milhões de euros em dois novos equipamentos.
Rita Fonseca
3 de Dezembro de 2026, 17:20
Ouça este artigo
00:00
03:48
A Câmara Municipal de Almada aprovou esta quarta-feira a construção de duas piscinas cobertas, que vão abrir no verão de 2027.
Leia também
Piscinas de Lisboa fecham para obras em Janeiro
As obras começam em Fevereiro e o concurso público foi lançado na semana passada, segundo a autarquia.
Conteúdo exclusivo para assinantes
Assine já
Partilhar
Comentários
)",
         "A Câmara Municipal de Almada aprovou esta quarta-feira a construção de duas piscinas cobertas, que vão "
         "abrir no verão de 2027."},
        {"it", R"(Gazzetta del Lago
Abbonati
Accedi
Cronaca
Politica
Como, la funivia per Brunate chiude per tre settimane a gennaio
Lavori di manutenzione straordinaria alle funi e alle cabine, bus sostitutivi ogni venti minuti.
di Carla Monti
3 dicembre 2026, 17:20
Ascolta l'articolo
00:00
02:51
La funivia che collega Como a Brunate resterà chiusa dal 12 gennaio per tre settimane di lavori alle funi e alle cabine.
Leggi anche
Lecco, chiusa la strada per i Piani d'Erna
Durante la chiusura un autobus sostitutivo partirà ogni venti minuti da piazza De Gasperi.
Condividi
Commenti
)",
         "La funivia che collega Como a Brunate resterà chiusa dal 12 gennaio per tre settimane di lavori alle funi "
         "e alle cabine."},
    };
    check_rows(rows, std::size(rows));
}

TEST_CASE("the line under a video's length is text when the video's caption stands over it",
          "[media][caption][boiler27]") {
    const Row rows[] = {
        {"es", R"(Diario del Valle
Colombia
Bogotá
El tranvía de Soacha completa la mitad de su obra
La primera línea entrará en servicio en 2028, según la empresa.
Redacción Bogotá
04 de diciembre 2026, 08:15 a. m.
La primera línea del tranvía de Soacha alcanzó el 50 por ciento de avance en su construcción, informó este jueves la empresa.
Ya se han instalado 9 de las 14 paradas previstas y los primeros vagones llegarán el próximo año desde España.
Video
Así se ve la obra del tranvía desde el aire
01:45
El gerente de la empresa aseguró que el cronograma de las obras se mantiene sin cambios.
Compartir
)",
         "El gerente de la empresa aseguró que el cronograma de las obras se mantiene sin cambios."},
        {"pt", R"(Jornal da Serra
Cidades
Economia
Ponte nova de Viseu tem metade da obra concluída
A abertura ao trânsito está prevista para o outono de 2027.
Redação
4 de dezembro de 2026
A nova ponte sobre o rio Pavia atingiu metade da obra, informou nesta quinta-feira a câmara municipal de Viseu.
Os dois pilares centrais estão concluídos e o tabuleiro começa a ser montado em janeiro, segundo o empreiteiro.
Vídeo
Veja como está a obra da ponte vista do alto
02:10
O presidente da câmara disse que o prazo da obra se mantém e que não haverá custos adicionais.
Partilhar
)",
         "O presidente da câmara disse que o prazo da obra se mantém e que não haverá custos adicionais."},
    };
    check_rows(rows, std::size(rows));
}

TEST_CASE("a live page's stamps close together are no video's lengths, in the region or out of it",
          "[media][caption][boiler27]") {
    const Row rows[] = {
        {"es", R"(Diario Levante
Nacional
Directo | Temporal en la costa: última hora de las lluvias en Castellón
Sigue en directo la evolución del temporal y los avisos
Actualizado: 04.12.2026 - 20:10h
Compartir
20:05
La Aemet mantiene el aviso rojo hasta la medianoche en el litoral de Castellón, donde han caído más de 120 litros en cinco horas.
19:40
Los bomberos han rescatado a tres personas atrapadas en sus coches en un paso inferior de Vinaròs.
Publicidad
19:12
La Generalitat ha suspendido las clases presenciales mañana en 22 municipios.
Comentarios (12)
)",
         "Los bomberos han rescatado a tres personas atrapadas en sus coches en un paso inferior de Vinaròs."},
        {"it", R"(Giornale di Riviera
Cronaca
Diretta | Maltempo in Liguria: le ultime notizie sull'allerta rossa
Segui in diretta l'evoluzione del maltempo e le strade chiuse
Aggiornato: 04.12.2026 - 20:10
Condividi
20:05
L'Arpal conferma l'allerta rossa fino alla mezzanotte sul levante della regione, dove sono caduti 150 millimetri di pioggia.
19:40
I vigili del fuoco hanno soccorso quattro persone bloccate in auto in un sottopasso di Chiavari.
Pubblicità
19:12
Il Comune di Genova ha chiuso le scuole domani in tutti i quartieri del levante.
Commenti (12)
)",
         "I vigili del fuoco hanno soccorso quattro persone bloccate in auto in un sottopasso di Chiavari."},
    };
    check_rows(rows, std::size(rows));
}

TEST_CASE("a video's title over its length is its caption when a paragraph stands under it",
          "[media][caption][boiler27]") {
    struct Titled {
        const char* lang;
        const char* page;
        const char* title;
        const char* text;
    };
    const Titled rows[] = {
        {"it", R"(Gazzetta del Po
Torino
Cronaca
Torino, riapre il ponte sul Po dopo quattro mesi di lavori
Il cantiere è finito con due settimane di anticipo. Tornano anche i tram della linea 13
Paolo Gallo
04 Dicembre 2026
Il ponte torna percorribile da domani mattina, due settimane prima del previsto. Lo ha annunciato il Comune, che ha anticipato la fine dei lavori alle arcate.
GUARDA IL VIDEO
Il ponte riaperto, le immagini dal drone
01:32
Con la riapertura torneranno in servizio anche i tram della linea 13, sostituiti da bus durante il cantiere.
I lavori sono costati 3,8 milioni di euro, finanziati in gran parte con fondi europei.
Leggi i commenti
)",
         "Il ponte riaperto, le immagini dal drone",
         "Con la riapertura torneranno in servizio anche i tram della linea 13, sostituiti da bus durante il "
         "cantiere."},
        {"es", R"(Diario del Ebro
Zaragoza
Sociedad
Zaragoza reabre el puente de Piedra tras cuatro meses de obras
Las obras terminan dos semanas antes de lo previsto. Vuelven también los autobuses de la línea 21
Pablo Gil
04/12/2026
El puente de Piedra vuelve a estar abierto al tráfico desde mañana, dos semanas antes de lo previsto, según ha anunciado el Ayuntamiento.
MIRA EL VÍDEO
El puente reabierto, las imágenes del dron
01:32
Con la reapertura volverán a circular los autobuses de la línea 21, sustituidos por un servicio lanzadera durante las obras.
Las obras han costado 3,8 millones de euros, financiados en gran parte con fondos europeos.
Ver comentarios
)",
         "El puente reabierto, las imágenes del dron",
         "Con la reapertura volverán a circular los autobuses de la línea 21, sustituidos por un servicio "
         "lanzadera durante las obras."},
    };
    for (const Titled& r : rows) {
        INFO(r.lang << ": " << r.title);
        const Article a = parse(r.page);
        CHECK(a_caption(a, r.title));
        CHECK(test::in_text(a, r.text));
        CHECK_FALSE(a_caption(a, r.text));
    }
}
