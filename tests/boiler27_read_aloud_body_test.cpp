// A read-aloud player's button ("Ascolta articolo", "Ouvir o texto", "Escucha este artículo") or a paywall's link
// ("Continua a leggere questo articolo") alone on its line between two paragraphs of the text (lexicon section
// boilerplate): no paragraph of the article, nor the heading of the paragraphs under it. Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "region_pages.hpp"

#include <string>

using namespace archive;

TEST_CASE("a read-aloud button between two paragraphs is no text", "[boilerplate][lexicon][boiler27]") {
    struct Row {
        const char* lang;
        const char* head;   // headline, standfirst, byline, date and the first paragraph, blank lines between
        const char* button; // the line between the paragraphs
        const char* rest;   // two paragraphs
    };
    const Row rows[] = {
        {"it",
         "Roma, il Comune approva il bilancio: 90 milioni per le scuole\n\nVia libera dopo una seduta fiume. "
         "L'opposizione annuncia ricorso\n\ndi Giulia Neri\n\n04 Dicembre 2026 alle 07:30\n\nIl consiglio "
         "comunale ha approvato nella notte il bilancio di previsione, che destina 90 milioni di euro alla "
         "manutenzione delle scuole della città.",
         "Ascolta articolo",
         "La seduta è durata più di dodici ore e i voti favorevoli sono stati 27, mentre i contrari sono stati "
         "quattordici.\n\nIl bilancio dovrà ora essere trasmesso alla Regione entro la fine del mese, ha spiegato "
         "l'assessore."},
        {"it",
         "Roma, il Comune approva il bilancio: 90 milioni per le scuole\n\nVia libera dopo una seduta fiume. "
         "L'opposizione annuncia ricorso\n\ndi Giulia Neri\n\n04 Dicembre 2026 alle 07:30\n\nIl consiglio "
         "comunale ha approvato nella notte il bilancio di previsione, che destina 90 milioni di euro alla "
         "manutenzione delle scuole della città.",
         "Continua a leggere questo articolo",
         "La seduta è durata più di dodici ore e i voti favorevoli sono stati 27, mentre i contrari sono stati "
         "quattordici.\n\nIl bilancio dovrà ora essere trasmesso alla Regione entro la fine del mese, ha spiegato "
         "l'assessore."},
        {"pt",
         "Câmara de Coimbra aprova orçamento com 40 milhões para escolas\n\nA oposição votou contra e promete "
         "recorrer ao tribunal\n\nPor Joana Reis\n\n4 de dezembro de 2026, 07:30\n\nA Câmara Municipal de "
         "Coimbra aprovou esta quarta-feira o orçamento para 2027, que destina 40 milhões de euros à "
         "requalificação das escolas do concelho.",
         "Ouvir o texto",
         "A reunião durou mais de seis horas e o documento foi aprovado com sete votos a favor e quatro contra, "
         "segundo a autarquia.\n\nO orçamento segue agora para a assembleia municipal, que o deverá votar ainda "
         "este mês, disse o vereador."},
        {"es",
         "El Ayuntamiento de Zaragoza aprueba un presupuesto con 60 millones para colegios\n\nLa oposición votó en "
         "contra y anuncia un recurso\n\nPor Elena Ruiz\n\n4 de diciembre de 2026, 07:30\n\nEl pleno del "
         "Ayuntamiento de Zaragoza aprobó este miércoles el presupuesto para 2027, que destina 60 millones de "
         "euros a la reforma de los colegios públicos.",
         "Escucha este artículo",
         "La sesión duró más de seis horas y el documento salió adelante con quince votos a favor y doce en "
         "contra, según el consistorio.\n\nEl presupuesto entrará en vigor el 1 de enero si no se presentan "
         "alegaciones, explicó la concejala."},
    };
    for (const Row& r : rows) {
        INFO(r.lang << ": " << r.button);
        const Article a = parse(std::string("Inicio\n\n") + r.head + "\n\n" + r.button + "\n\n" + r.rest + "\n");
        CHECK_FALSE(test::in_text(a, r.button));
        CHECK(test::has_paragraph_starting(a, std::string(r.rest).substr(0, 20)));
    }
}
