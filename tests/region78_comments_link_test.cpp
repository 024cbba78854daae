// The link to the comments alone in the share bar over the text, with no count ("Comentarios", "Comments"), ends
// nothing: the article's paragraphs run right under it, as they do under a count ("Comments (23)"). The region once
// opened at the head's standfirst and caption ended there, and the whole text went to the boilerplate (probe69 R1).
// Invented pages.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;

TEST_CASE("a comments link alone over the text's paragraphs ends no text", "[region][endings][region78]") {
    const struct {
        const char* language;
        const char* page;
        const char* first;
        const char* last;
    } rows[] = {
        {"es",
         "OBRAS EN EL CASCO HISTÓRICO\n"
         "El Ayuntamiento de Toledo cierra el puente de Alcántara por obras durante tres meses\n"
         "La reforma del tablero, que lleva dos años esperando, obligará a desviar el tráfico por la ronda "
         "norte y a reforzar las líneas de autobús hasta la primavera\n"
         "Dos operarios revisan el firme del puente este viernes por la mañana.\n"
         "MARTA GIL\n"
         "Jorge Salinas Prieto\n"
         "Toledo - 04 dic 2026 - 10:15 CET\n"
         "Actualizado: 04 dic 2026 - 12:40 CET\n"
         "Compartir en Whatsapp\n"
         "Compartir en Facebook\n"
         "Compartir en Twitter\n"
         "Compartir en Linkedin\n"
         "Copiar enlace\n"
         "Comentarios\n"
         "\n"
         "El Ayuntamiento de Toledo cerrará el puente de Alcántara al tráfico rodado a partir del lunes para "
         "reparar el tablero, según ha anunciado este viernes el concejal de Obras.\n"
         "\n"
         "Las obras durarán al menos tres meses y costarán 1,2 millones de euros, que pagará en parte la "
         "Junta de Comunidades.\n"
         "\n"
         "Los vecinos del casco histórico han pedido más autobuses mientras dure el cierre, y el consistorio "
         "estudia reforzar dos líneas.\n"
         "\n"
         "El concejal ha asegurado que el puente volverá a abrirse antes de la Semana Santa si el tiempo "
         "acompaña a las obras.\n",
         "El Ayuntamiento de Toledo cerrará", "El concejal ha asegurado"},
        {"en",
         "ROADWORKS IN THE OLD TOWN\n"
         "Council shuts the old river bridge for three months of repairs\n"
         "The deck, which has waited two years for its overhaul, will be rebuilt while buses run along the "
         "northern ring road and extra services are added until the spring\n"
         "Two workers inspect the bridge deck on Friday morning.\n"
         "SAM VALE\n"
         "Jane Whitford\n"
         "Toledo - 04 Dec 2026 - 10:15 GMT\n"
         "Updated: 04 Dec 2026 - 12:40 GMT\n"
         "Share on Whatsapp\n"
         "Share on Facebook\n"
         "Share on Twitter\n"
         "Share on Linkedin\n"
         "Copy link\n"
         "Comments\n"
         "\n"
         "The council will close the old river bridge to traffic from Monday to repair its deck, the "
         "transport committee chair announced on Friday.\n"
         "\n"
         "The works are expected to last at least three months and cost about 1.2 million pounds, part of it "
         "paid by the county.\n"
         "\n"
         "Residents of the old town have asked for more buses while the bridge is closed, and the council is "
         "looking at two routes.\n"
         "\n"
         "The chair said the bridge should reopen before Easter if the weather allows the crews to keep "
         "working.\n",
         "The council will close", "The chair said"},
    };
    for (const auto& r : rows) {
        INFO(r.language);
        const Article a = parse(r.page);
        std::vector<std::string> paragraphs;
        for (const Section& s : a.sections)
            paragraphs.insert(paragraphs.end(), s.paragraphs.begin(), s.paragraphs.end());
        REQUIRE(paragraphs.size() >= 4);
        // (The label over the title may still take the title's place: the text's first paragraph is kept.)
        CHECK(std::any_of(paragraphs.begin(), paragraphs.end(),
                          [&](const std::string& text) { return text.starts_with(r.first); }));
        CHECK(paragraphs.back().starts_with(r.last));
    }
}
