// The agency's dateline alone on its line, closed by the dash that opens the text under it (probe41 H4):
// - right over the text's first paragraph ("BERLIN, 24. Nov. (dpa) -" / "Das Kabinett hat ..."): the dateline and the
//   source tag;
// - a few lines under a picture's caption read as the first paragraph, the caption opening with a word and a dash
//   ("Archivo - El presidente ..."): the place in capitals is the dateline, not the caption's word.
// Every line is invented.
#include "byline_rows.hpp"

using namespace archive;

namespace {

Article page(const char* lang, const std::string& lines) {
    return classify(segment("Harbour Notes\nHome | Port | Sport\n\n" + lines + "\n\nShare\n"), lang);
}

} // namespace

TEST_CASE("a dateline alone over the text's first paragraph", "[classify][dateline][head37]") {
    const Article de = page("de", "Die Regierung beschließt die Rentenreform nach langen Verhandlungen\n"
                                  "Archiv - Der Kanzler bei einer Rede im Bundestag in Berlin.\n"
                                  "Foto: Anna Muster - dpa - Archiv\n"
                                  "Veröffentlicht: Dienstag, 24. November 2026, 16:05 Uhr\n"
                                  "BERLIN, 24. Nov. (dpa) -\n"
                                  "Das Kabinett hat am Dienstag die Reform der Rente beschlossen, die im kommenden "
                                  "Jahr in Kraft treten soll.\n"
                                  "Die Maßnahme betrifft mehr als neun Millionen Menschen, wie das Ministerium am "
                                  "Dienstag mitteilte.");
    CHECK(de.dateline == std::optional<std::string>("BERLIN"));
    REQUIRE(de.source_tag);
    CHECK(de.source_tag->agencies == std::vector<std::string>{"dpa"});
    const Article it = page("it", "Il governo approva la riforma delle pensioni dopo mesi di trattative\n"
                                  "Archivio - Il presidente del Consiglio a Palazzo Chigi durante la conferenza.\n"
                                  "Ansa - Archivio\n"
                                  "Pubblicato: martedì 24 novembre 2026 16:05\n"
                                  "ROMA, 24 NOV (ANSA) -\n"
                                  "Il Consiglio dei ministri ha approvato martedì la riforma del sistema "
                                  "pensionistico, che entrerà in vigore il prossimo anno.\n"
                                  "La misura riguarda più di nove milioni di persone, secondo i dati del ministero "
                                  "pubblicati oggi.");
    CHECK(it.dateline == std::optional<std::string>("ROMA"));
    // A line in capitals with no dash closing it is no dateline: the text's first paragraph gives none.
    const Article no_dash = page("it", "Il governo approva la riforma delle pensioni dopo mesi di trattative\n"
                                       "Pubblicato: martedì 24 novembre 2026 16:05\n"
                                       "ROMA, 24 NOV\n"
                                       "Il Consiglio dei ministri ha approvato martedì la riforma del sistema "
                                       "pensionistico, che entrerà in vigore il prossimo anno.\n"
                                       "La misura riguarda più di nove milioni di persone, secondo i dati del "
                                       "ministero pubblicati oggi.");
    CHECK(no_dash.dateline != std::optional<std::string>("ROMA"));
}

TEST_CASE("a caption's opening word and dash gives way to the dateline under it", "[classify][dateline][head37]") {
    const Article es = page("es", "El Gobierno aprueba la reforma de las pensiones tras meses de negociación\n"
                                  "Archivo - El presidente del Gobierno, en el Congreso de los Diputados.\n"
                                  "- Eduardo Parra - Europa Press - Archivo\n"
                                  "Europa Press\n"
                                  "Publicado: martes, 24 noviembre 2026 16:05\n"
                                  "MADRID, 24 Nov. (EUROPA PRESS) -\n"
                                  "El Consejo de Ministros ha aprobado este martes la reforma del sistema de "
                                  "pensiones, que entrará en vigor el próximo año.\n"
                                  "La medida afecta a más de nueve millones de personas, según los datos del "
                                  "ministerio publicados hoy.");
    CHECK(es.dateline == std::optional<std::string>("MADRID"));
    // "Chiavenna - Il sindaco ...": a place and a dash opening the text, no dateline under it, is still the dateline.
    const Article it = page("it", "Il ponte sul fiume riapre dopo due anni di lavori in valle\n"
                                  "Pubblicato: martedì 24 novembre 2026 16:05\n"
                                  "Chiavenna - Il sindaco ha riaperto martedì il ponte sul fiume, chiuso da due anni "
                                  "per i lavori di consolidamento.\n"
                                  "La strada tornerà percorribile anche dai mezzi pesanti entro la fine del mese, "
                                  "secondo il Comune.");
    CHECK(it.dateline == std::optional<std::string>("Chiavenna"));
}
