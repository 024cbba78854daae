// The label over an article's tags alone on its line under the last paragraph ("Tópicos", "Temas": lexicon section
// terminators) ends the text: the tags under it stay out of the body, the paragraphs over it stay in (probe71 R3).
// Invented pages.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;

TEST_CASE("the label over an article's tags ends its text", "[region][terminator]") {
    struct Row {
        const char* lang;
        const char* page;
        const char* last; // the text's last paragraph
        const char* tag;  // a tag under the label
    };
    const Row rows[] = {
        {"pt", R"(Câmara de Vilar aprova obras na ponte velha
Por Marta Serrano
5 de Dezembro de 2026
A Câmara Municipal de Vilar aprovou esta quinta-feira as obras de reparação da ponte velha, fechada desde Março.
Os trabalhos devem começar em Fevereiro e durar oito meses, com um custo estimado de 1,2 milhões de euros.
O presidente da câmara disse que a ponte voltará a abrir aos peões antes do Verão, e aos carros no Outono.
A oposição votou a favor, mas pediu que a obra seja acompanhada por uma comissão de moradores das duas margens.
Tópicos
Obras
Vilar
Pontes
Autarquias
Comentários
)",
         "A oposição votou a favor, mas pediu que a obra seja acompanhada por uma comissão de moradores das duas "
         "margens.",
         "Pontes"},
        {"es", R"(El Ayuntamiento de Villar aprueba las obras del puente viejo
Por Marta Serrano
5 de diciembre de 2026
El Ayuntamiento de Villar aprobó este jueves las obras de reparación del puente viejo, cerrado desde marzo.
Los trabajos empezarán en febrero y durarán ocho meses, con un coste estimado de 1,2 millones de euros.
El alcalde dijo que el puente volverá a abrir a los peatones antes del verano, y a los coches en otoño.
La oposición votó a favor, pero pidió que una comisión de vecinos de las dos orillas siga la obra.
Temas
Obras
Villar
Puentes
Ayuntamientos
Comentarios
)",
         "La oposición votó a favor, pero pidió que una comisión de vecinos de las dos orillas siga la obra.", "Puentes"},
    };
    for (const Row& r : rows) {
        INFO(r.page);
        const auto paragraphs = test::paragraphs_of(classify(segment(r.page), r.lang));
        CHECK(std::find(paragraphs.begin(), paragraphs.end(), r.last) != paragraphs.end());
        CHECK(std::find(paragraphs.begin(), paragraphs.end(), r.tag) == paragraphs.end());
    }
}
