// A caption printed on one line with its credit after its last stop, the credit's parts between spaced dashes (the
// photographer, the agency, the archive: "... en Valladolid (España). - Rosa Marín - Europa Press - Archivo"), as an
// agency's figcaption copies to text: one picture, however long the caption, and no standfirst (media82, probe69 M2).
// Invented pages.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <string>
#include <vector>

using namespace archive;

namespace {

struct Row {
    const char* name;
    std::string head;      // menu entries, the section and the headline
    std::string caption;   // the caption as the record holds it
    std::string credit;    // the credit, without the dash opening it
    std::string published; // the date line under the caption
    std::string body;
};

} // namespace

TEST_CASE("a long caption closed by a credit of dashed parts is one picture, no lede", "[media][credit][media82]") {
    const std::vector<Row> rows = {
        {"es",
         "Portada\nNacional\nEconomía\nSociedad\nNacional\n"
         "La Junta aprueba un plan de regadío de 300 millones y los agricultores piden más plazos\n",
         "Archivo - La consejera de Agricultura, Marta Villanueva Soler, durante la presentación del plan de regadío "
         "en la sede de la Junta, a 2 de diciembre de 2026, en Valladolid (España).",
         "Rosa Marín - Europa Press - Archivo", "Publicado: sábado, 5 diciembre 2026 10:12\n",
         "VALLADOLID, 5 (EUROPA PRESS)\n\nLa Junta de Castilla y León ha aprobado este sábado un plan de regadío de "
         "300 millones de euros que llegará a 40.000 hectáreas de la cuenca del Duero en los próximos seis años.\n\n"
         "Las organizaciones agrarias han valorado la inversión, aunque reclaman que las obras empiecen antes de 2028 "
         "y que los plazos de las ayudas se amplíen para las explotaciones pequeñas.\n"},
        {"it",
         "Home\nCronaca\nPolitica\nEconomia\nCronaca\n"
         "Il Comune approva il nuovo piano dei parcheggi e i commercianti chiedono tempi più brevi\n",
         "Archivio - L'assessore alla Mobilità, Giorgio Ferrante Lanza, durante la presentazione del piano dei "
         "parcheggi nella sala consiliare del municipio, il 2 dicembre 2026, a Padova (Italia).",
         "Luca Neri - Ansa - Archivio", "Pubblicato: sabato 5 dicembre 2026 10:12\n",
         "PADOVA, 5 DIC\n\nIl consiglio comunale di Padova ha approvato sabato il nuovo piano dei parcheggi, che "
         "prevede tre nuovi parcheggi scambiatori e duemila posti in più entro la fine del 2028.\n\n"
         "Le associazioni dei commercianti hanno accolto il piano, ma chiedono che i lavori partano prima dell'estate "
         "e che le tariffe restino basse per chi lavora in centro storico.\n"},
        {"pt",
         "Início\nPolítica\nEconomia\nSociedade\nPolítica\n"
         "Câmara aprova plano de ciclovias de 40 milhões e comerciantes pedem obras mais rápidas\n",
         "Arquivo - O vereador da Mobilidade, Rui Almeida Castro, durante a apresentação do plano de ciclovias no "
         "salão nobre da Câmara Municipal, a 2 de dezembro de 2026, no Porto (Portugal).",
         "Sara Lopes - Lusa - Arquivo", "Publicado: sábado, 5 dezembro 2026 10:12\n",
         "Porto, 5 dez\n\nA Câmara Municipal do Porto aprovou este sábado um plano de ciclovias de 40 milhões de "
         "euros, que vai ligar os bairros da zona oriental ao centro da cidade até ao fim de 2028.\n\n"
         "As associações de comerciantes saudaram o investimento, mas pedem que as obras comecem antes do verão e "
         "que o estacionamento nas ruas comerciais não seja reduzido.\n"},
    };
    for (const Row& row : rows) {
        CAPTURE(row.name);
        const std::string line = row.caption + " - " + row.credit;
        const Article a = parse(row.head + line + "\n" + row.published + "Newsletter\n\n" + row.body, "page.txt");
        REQUIRE(a.media.size() == 1);
        CHECK(a.media[0].caption == row.caption);
        CHECK(a.media[0].credit == row.credit);
        CHECK_FALSE(a.lede.has_value());
    }
}

TEST_CASE("a paragraph closed by a dash and one name is no captioned picture", "[media][credit][media82]") {
    // A text's signature after a dash ("— Jane Roe") is one name, no credit of parts: the paragraph stays text.
    const std::string head = "Home\nLocal\nHarbour council approves a new ferry timetable for the winter months\n"
                             "By Jane Roe\nDecember 5, 2026\n\n";
    const std::string first = "The harbour council approved a new ferry timetable on Friday, adding two early "
                              "crossings on weekdays and a late boat on Saturdays from January.\n\n";
    const std::string signed_paragraph =
        "Councillors said the change would cost little, since the two boats already wait at the pier for most of "
        "the morning, and that the late crossing would be reviewed after three months of service. - Tom Vale";
    const Article a = parse(head + first + signed_paragraph + "\n", "page.txt");
    CHECK(a.media.empty());
}

TEST_CASE("an agency's name alone under the head's caption credits its picture", "[media][credit][media82]") {
    // title / standfirst / caption / agency / name / place / date: the picture printed between the standfirst and
    // the byline (probe69 M1), credited by the agency's name alone.
    struct Page {
        const char* name;
        std::string top, caption, agency, author, rest;
    };
    const std::vector<Page> pages = {
        {"es",
         "Deportes\nFútbol\nBaloncesto\nFútbol\nEl Numancia gana en Logroño con un gol de Ibarra en el último minuto\n"
         "Los sorianos remontan el tanto inicial de Gil y se colocan quintos, a un punto del ascenso directo\n",
         "Ibarra celebra el gol de la victoria en el minuto 91.", "EFE", "Nerea Alcalde",
         "Logroño\nActualizado Sábado, 5 diciembre 2026 - 22:40\n\n"
         "El Numancia se llevó de Las Gaunas tres puntos de oro en un partido que parecía condenado al empate hasta "
         "que Ibarra, en el minuto 91, cazó un balón suelto en el área y lo empujó a la red.\n\n"
         "El Logroñés había golpeado primero. Gil aprovechó un error en la salida de balón para batir al portero en el "
         "minuto 18, y durante media hora el equipo local fue muy superior.\n"},
        {"it",
         "Sport\nCalcio\nBasket\nCalcio\nIl Vicenza vince a Trento con un gol di Ferraro all'ultimo minuto\n"
         "I biancorossi rimontano il gol iniziale di Rota e salgono al quinto posto, a un punto dalla promozione\n",
         "Ferraro festeggia il gol della vittoria al 91esimo minuto.", "ANSA", "Marta Colombo",
         "Trento\nAggiornato sabato 5 dicembre 2026, 22:40\n\n"
         "Il Vicenza ha portato via da Trento tre punti d'oro in una partita che sembrava destinata al pareggio fino a "
         "quando Ferraro, al 91esimo minuto, ha raccolto un pallone vagante in area e lo ha spinto in rete.\n\n"
         "Il Trento era passato in vantaggio per primo. Rota ha sfruttato un errore in uscita per battere il portiere "
         "al 18esimo minuto, e per mezz'ora la squadra di casa è stata nettamente superiore.\n"},
    };
    for (const Page& page : pages) {
        CAPTURE(page.name);
        const Article a =
            parse(page.top + page.caption + "\n" + page.agency + "\n" + page.author + "\n" + page.rest, "page.txt");
        REQUIRE(a.media.size() == 1);
        CHECK(a.media[0].caption == page.caption);
        CHECK(a.media[0].credit == page.agency);
        CHECK(a.authors == std::vector<std::string>{page.author});
        CHECK(a.lede.has_value());
        CHECK_FALSE(a.source_tag.has_value());
    }
}
