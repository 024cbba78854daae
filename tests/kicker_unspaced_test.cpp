// On a page without any blank line (a scraper's text), two short labels stacked over the headline under a button, a
// menu's item or a cookie notice are the section and its subsection: the nearer one is the kicker, the upper one
// stays with the boilerplate. Invented lines.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "test_pages.hpp"

#include <string>

using namespace archive;

namespace {

struct Row {
    const char* lang;
    const char* top;   // the lines over the two labels
    const char* upper; // the section's label
    const char* label; // the subsection's label, the kicker
    const char* rest;  // the headline and the text
};

const char* const rest_es = "El Ayuntamiento comprará dos barcos nuevos para la línea del puerto antes del verano\n"
                            "Por Lucía Gómez\n"
                            "El Ayuntamiento comprará dos barcos nuevos para la línea del puerto, según anunció el martes el concejal de Movilidad tras la votación.\n"
                            "Los barcos se construirán en el astillero del muelle norte y sustituirán a los actuales, que llevan treinta años en servicio.\n"
                            "Los pasajeros de la mañana se quejan desde hace años de las colas en el muelle y de los retrasos en verano.\n"
                            "El concejal espera que el número de pasajeros se duplique en dos años con el nuevo horario de la línea.\n";
const char* const rest_pt = "Câmara compra dois barcos novos para a travessia do rio antes do verão\n"
                            "Por Rita Sousa\n"
                            "A Câmara vai comprar dois barcos novos para a travessia do rio, anunciou na terça-feira o vereador da Mobilidade após a votação.\n"
                            "Os barcos serão construídos no estaleiro do cais norte e vão substituir os atuais, que estão ao serviço há trinta anos.\n"
                            "Os passageiros da manhã queixam-se há anos das filas no cais e dos atrasos durante o verão.\n"
                            "O vereador espera que o número de passageiros duplique em dois anos com o novo horário da travessia.\n";

std::string page_of(const Row& r) {
    return std::string(r.top) + "\n" + r.upper + "\n" + r.label + "\n" + r.rest;
}

} // namespace

TEST_CASE("two labels stacked over the headline on a page without blank lines: the nearer is the kicker",
          "[classify][kicker][unspaced]") {
    const Row rows[] = {
        {"es", "Inicio\nPortada\nUtilizamos cookies para mejorar su experiencia. Aceptar\nConfigurar", "Valencia",
         "Movilidad", rest_es},
        {"pt", "Início\nPaís\nEste site utiliza cookies para melhorar a sua experiência de navegação. Aceitar",
         "Cultura", "Transportes", rest_pt},
    };
    for (const Row& r : rows) {
        INFO(r.label);
        const Article a = classify(segment(page_of(r)), r.lang);
        CHECK(a.kicker.value_or("") == r.label);
    }
}

TEST_CASE("two labels under a sentence of text on a page without blank lines are no kicker",
          "[classify][kicker][unspaced]") {
    // Under a teaser's sentence the upper label opens nothing: the lines are the end of another box.
    const Row r{"es", "Inicio\nPortada\nLa feria del libro abre sus puertas el sábado en el paseo marítimo de la ciudad.",
                "Valencia", "Movilidad", rest_es};
    const Article a = classify(segment(page_of(r)), r.lang);
    CHECK(a.kicker.value_or("") != r.label);
}
