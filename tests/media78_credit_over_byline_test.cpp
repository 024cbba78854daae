// A credit's line (a photographer's name, an institution) under the caption of the head's picture, printed
// between the standfirst and the byline, credits that picture: the standfirst stays the lede and the byline under
// the credit signs the text ("<title>" / "<standfirst>" / "<caption>." / "MARTA GIL" / "Jorge Salinas" / "<date>").
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <algorithm>
#include <string>

using namespace archive;

namespace {

bool credited(const Article& a, const std::string& credit) {
    return std::any_of(a.media.begin(), a.media.end(), [&](const Media& m) { return m.credit && *m.credit == credit; });
}

} // namespace

TEST_CASE("a credit between the head's caption and the byline credits the picture", "[credits][media78]") {
    struct Row {
        const char* kind;
        const char* page;
        const char* credit;
        const char* author;
    };
    const Row rows[] = {
        {"Spanish, a photographer in capitals",
         "Portada\n"
         "Sociedad\n"
         "El Ayuntamiento de Toledo cierra el puente de Alcántara por obras durante tres meses\n"
         "La reforma del tablero obligará a desviar el tráfico por la ronda norte hasta la primavera\n"
         "Dos operarios revisan el firme del puente este viernes por la mañana.\n"
         "MARTA GIL\n"
         "Jorge Salinas Prieto\n"
         "Toledo - 04 dic 2026 - 10:15 CET\n"
         "\n"
         "El Ayuntamiento de Toledo cerrará el puente de Alcántara al tráfico rodado a partir del lunes para "
         "reparar el tablero, según ha anunciado este viernes el concejal de Obras.\n"
         "\n"
         "Las obras durarán al menos tres meses y costarán 1,2 millones de euros, que pagará en parte la "
         "Junta de Comunidades.\n"
         "\n"
         "Los vecinos del casco histórico han pedido más autobuses mientras dure el cierre, y el consistorio "
         "estudia reforzar dos líneas.\n",
         "MARTA GIL", "Jorge Salinas Prieto"},
        {"Spanish, an institution",
         "Portada\n"
         "Sociedad\n"
         "El Ayuntamiento de Toledo cierra el puente de Alcántara por obras durante tres meses\n"
         "La reforma del tablero obligará a desviar el tráfico por la ronda norte hasta la primavera\n"
         "Dos operarios revisan el firme del puente este viernes por la mañana.\n"
         "Policía Local\n"
         "Jorge Salinas Prieto\n"
         "Toledo - 04 dic 2026 - 10:15 CET\n"
         "\n"
         "El Ayuntamiento de Toledo cerrará el puente de Alcántara al tráfico rodado a partir del lunes para "
         "reparar el tablero, según ha anunciado este viernes el concejal de Obras.\n"
         "\n"
         "Las obras durarán al menos tres meses y costarán 1,2 millones de euros, que pagará en parte la "
         "Junta de Comunidades.\n"
         "\n"
         "Los vecinos del casco histórico han pedido más autobuses mientras dure el cierre, y el consistorio "
         "estudia reforzar dos líneas.\n",
         "Policía Local", "Jorge Salinas Prieto"},
        {"Italian, a photographer in capitals",
         "Home\n"
         "Cronaca\n"
         "Il Comune di Lucca chiude le mura al traffico pedonale per lavori fino a marzo\n"
         "Il restauro dei bastioni costerà due milioni di euro e obbligherà a deviare i percorsi dei turisti\n"
         "Gli operai al lavoro sul baluardo San Paolino venerdì mattina.\n"
         "MARCO LENZI\n"
         "Giulia Ferretti\n"
         "Lucca, 4 dicembre 2026 - 10:15\n"
         "\n"
         "Il Comune di Lucca chiuderà da lunedì un tratto delle mura al passaggio pedonale per restaurare i "
         "bastioni, ha annunciato venerdì l'assessore ai lavori pubblici.\n"
         "\n"
         "I lavori dureranno almeno tre mesi e costeranno due milioni di euro, in parte pagati dalla Regione Toscana.\n"
         "\n"
         "I commercianti del centro chiedono più segnaletica per i turisti durante la chiusura del percorso.\n",
         "MARCO LENZI", "Giulia Ferretti"},
        {"Portuguese, an institution",
         "Início\n"
         "Sociedade\n"
         "Câmara de Braga fecha a ponte velha ao trânsito durante três meses para obras\n"
         "A reparação do tabuleiro vai obrigar a desviar os autocarros pela circular até à primavera\n"
         "Dois operários inspecionam o pavimento da ponte esta sexta-feira de manhã.\n"
         "Polícia Municipal\n"
         "Rui Carvalho Tavares\n"
         "04 dez 2026, 10:15\n"
         "\n"
         "A Câmara de Braga vai fechar a ponte velha ao trânsito a partir de segunda-feira para reparar o "
         "tabuleiro, anunciou esta sexta-feira o vereador das obras.\n"
         "\n"
         "As obras vão durar pelo menos três meses e custar 1,2 milhões de euros, pagos em parte pelo Estado.\n"
         "\n"
         "Os moradores do centro histórico pediram mais autocarros enquanto durar o encerramento da ponte.\n",
         "Polícia Municipal", "Rui Carvalho Tavares"},
    };
    for (const Row& row : rows) {
        CAPTURE(row.kind);
        const Article a = parse(row.page);
        CHECK(credited(a, row.credit));
        CHECK(a.lede.has_value());
        CHECK(std::find(a.authors.begin(), a.authors.end(), row.credit) == a.authors.end());
        CHECK(a.headline.has_value());
        CHECK_FALSE(a.source_tag.has_value());
    }
}

TEST_CASE("a standfirst's second sentence over a bare byline and its date takes no credit", "[credits][media78]") {
    struct Row {
        const char* kind;
        const char* page;
        const char* author;
    };
    const Row rows[] = {
        {"Spanish",
         "Sociedad\n"
         "El Ayuntamiento de Toledo cierra el puente de Alcántara por obras durante tres meses\n"
         "La reforma del tablero obligará a desviar el tráfico por la ronda norte hasta la primavera\n"
         "Los vecinos del casco histórico piden más autobuses mientras dure el cierre.\n"
         "Jorge Salinas Prieto\n"
         "Toledo - 04 dic 2026 - 10:15 CET\n"
         "\n"
         "El Ayuntamiento de Toledo cerrará el puente de Alcántara al tráfico rodado a partir del lunes para "
         "reparar el tablero, según ha anunciado este viernes el concejal de Obras.\n"
         "\n"
         "Las obras durarán al menos tres meses y costarán 1,2 millones de euros, que pagará en parte la "
         "Junta de Comunidades.\n",
         "Jorge Salinas Prieto"},
        {"Italian",
         "Cronaca\n"
         "Il Comune di Lucca chiude le mura al traffico pedonale per lavori fino a marzo\n"
         "Il restauro dei bastioni costerà due milioni di euro e obbligherà a deviare i percorsi dei turisti\n"
         "I commercianti del centro chiedono più segnaletica per i turisti.\n"
         "Giulia Ferretti\n"
         "Lucca, 4 dicembre 2026 - 10:15\n"
         "\n"
         "Il Comune di Lucca chiuderà da lunedì un tratto delle mura al passaggio pedonale per restaurare i "
         "bastioni, ha annunciato venerdì l'assessore ai lavori pubblici.\n"
         "\n"
         "I lavori dureranno almeno tre mesi e costeranno due milioni di euro, in parte pagati dalla Regione "
         "Toscana.\n",
         "Giulia Ferretti"},
    };
    for (const Row& row : rows) {
        CAPTURE(row.kind);
        const Article a = parse(row.page);
        CHECK(a.media.empty());
        CHECK_FALSE(credited(a, row.author));
    }
}
