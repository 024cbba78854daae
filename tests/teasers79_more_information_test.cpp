// "<paragraph> / Más información / <title of another article> / <paragraph>": the label of an in-body box of one
// link, alone on its line between two paragraphs (lexicon section related_labels): neither the label nor the title
// under it is the article's text, nor does the title head a section. The Portuguese "Saiba mais" box is the same
// kind. Every line is invented.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "page.hpp"
#include "pipeline.hpp"
#include "region_parts.hpp"
#include "rows.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;

TEST_CASE("'Más información' alone on its line is the label of a related link", "[region][related][teasers79]") {
    for (const char* line : {"Más información", "MÁS INFORMACIÓN", "Saiba mais"}) {
        INFO(line);
        CHECK(related_label(test::block_of(line)));
    }
    // A sentence that opens with the same words is no label.
    CHECK_FALSE(related_label(test::block_of("Más información sobre el puerto, en la web del ayuntamiento.")));
}

TEST_CASE("an in-body box of one related link under its label is out of the text", "[region][related][teasers79]") {
    struct Row {
        const char* lang;
        const char* page;
        const char* label;
        const char* title;
    };
    const std::vector<Row> rows = {
        {"es",
         "Diario del Sur\nSociedad\n\nEl puerto de Valdeluz cierra su muelle viejo tras un siglo de servicio\n\n"
         "El puerto de Valdeluz cerró este viernes su muelle viejo, que llevaba más de cien años recibiendo barcos.\n\n"
         "Los pescadores del barrio despidieron la última descarga con una comida popular en la lonja.\n\n"
         "Más información\nLa lonja de Valdeluz estrena horario de subastas\n\n"
         "Las obras del nuevo muelle empezarán en primavera y durarán al menos dos años, según la autoridad "
         "portuaria.\n\n"
         "El alcalde prometió que el edificio de la antigua aduana se convertirá en un museo del mar.\n\n"
         "Contacto\nAviso legal\n",
         "Más información", "La lonja de Valdeluz estrena horario de subastas"},
        {"pt",
         "Jornal do Vale\nSociedade\n\nO porto de Ribeira fecha o cais velho depois de um século\n\n"
         "O porto de Ribeira fechou esta sexta-feira o cais velho, que recebia barcos há mais de cem anos.\n\n"
         "Os pescadores do bairro despediram-se da última descarga com um almoço na lota.\n\n"
         "Saiba mais\nA lota de Ribeira muda o horário dos leilões\n\n"
         "As obras do novo cais começam na primavera e vão durar pelo menos dois anos, segundo a administração.\n\n"
         "O presidente da câmara prometeu que o edifício da antiga alfândega será um museu do mar.\n\n"
         "Contactos\nAviso legal\n",
         "Saiba mais", "A lota de Ribeira muda o horário dos leilões"},
    };
    for (const Row& r : rows) {
        INFO(r.page);
        const Article a = classify(segment(r.page), r.lang);
        const auto paragraphs = test::paragraphs_of(a);
        const auto headings = test::headings_of(a);
        for (const char* line : {r.label, r.title}) {
            INFO(line);
            CHECK(std::find(paragraphs.begin(), paragraphs.end(), std::string(line)) == paragraphs.end());
            CHECK(std::find(headings.begin(), headings.end(), std::string(line)) == headings.end());
        }
        // The text goes on under the box.
        CHECK(paragraphs.size() == 4);
    }
}
