// "<headline> / Barcelos - A Câmara aprovou ... / Por Ana Rita Fonseca / <date> / <text>": the line right under the
// headline opens with a dateline (a place in small letters or in capitals, a dash): it is the text's first paragraph
// printed over the byline, no standfirst, and its place is the record's dateline. Invented pages.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"

#include <string>

using namespace archive;

namespace {

struct DatedPage {
    const char* lang;
    const char* page;
    const char* dateline;
};

} // namespace

TEST_CASE("a line opening with a dateline right under the headline, over the byline, is no standfirst",
          "[classify][lede][dateline][head24]") {
    const DatedPage pages[] = {
        {"pt",
         "Jornal do Vale\nÚltimas Região Desporto Opinião Cultura\nCâmara de Fafe aprova novo plano para o mercado\n"
         "Fafe - A Câmara Municipal aprovou esta terça-feira, por unanimidade, o novo plano para o mercado municipal.\n"
         "Por Ana Rita Fonseca\n5 de junho de 2024, 16:20\n"
         "O documento prevê a renovação das bancas e uma nova cobertura para a praça central do mercado.\n"
         "Segundo o vereador, o plano resulta de dois anos de trabalho com os comerciantes da cidade.\n"
         "A oposição votou a favor, mas pediu mais meios para a fiscalização das obras no mercado.\n",
         "Fafe"},
        {"it",
         "La Gazzetta del Lago\nHome Cronaca Politica Sport Cultura\nLecco, chiusa la strada del lungolago per frana\n"
         "LECCO - La strada del lungolago resterà chiusa almeno fino a lunedì dopo la frana di ieri sera.\n"
         "di Luca Bertolini\n14 ottobre 2023, 08:12\n"
         "I tecnici del comune hanno iniziato i controlli sulla parete rocciosa sopra la carreggiata.\n"
         "Il traffico è deviato sulla provinciale, con un allungamento del percorso di circa sei chilometri.\n"
         "Il sindaco ha chiesto alla Regione un contributo straordinario per i lavori di messa in sicurezza.\n",
         "LECCO"},
        {"es",
         "El Faro del Puerto\nActualidad Local Deportes Cultura Opinión\nEl puerto de Motril amplía su muelle pesquero\n"
         "Motril - La Autoridad Portuaria ha adjudicado este martes las obras de ampliación del muelle pesquero.\n"
         "Por Lucía Ferrer\n5 de junio de 2024, 16:20\n"
         "Las obras durarán catorce meses y permitirán atracar a la vez a una veintena de barcos de pesca.\n"
         "La cofradía de pescadores llevaba años reclamando más espacio para descargar las capturas.\n"
         "El proyecto incluye también una nueva lonja con cámaras frigoríficas y una zona de carga.\n",
         "Motril"},
    };
    for (const DatedPage& r : pages) {
        INFO(r.page);
        const Article a = classify(segment(r.page), r.lang);
        CHECK_FALSE(a.lede.has_value());
        CHECK(a.dateline.value_or("") == r.dateline);
        REQUIRE_FALSE(a.sections.empty());
        REQUIRE_FALSE(a.sections.front().paragraphs.empty());
        CHECK(a.sections.front().paragraphs.front().starts_with(r.dateline));
    }
}

TEST_CASE("a standfirst under the headline opening with no dateline stays the lede", "[classify][lede][head24]") {
    const std::string pt =
        "Jornal do Vale\nÚltimas Região Desporto Opinião Cultura\nCâmara de Fafe aprova novo plano para o mercado\n"
        "A Câmara Municipal aprovou esta terça-feira, por unanimidade, o novo plano para o mercado municipal.\n"
        "Por Ana Rita Fonseca\n5 de junho de 2024, 16:20\n"
        "O documento prevê a renovação das bancas e uma nova cobertura para a praça central do mercado.\n"
        "Segundo o vereador, o plano resulta de dois anos de trabalho com os comerciantes da cidade.\n"
        "A oposição votou a favor, mas pediu mais meios para a fiscalização das obras no mercado.\n";
    CHECK(classify(segment(pt), "pt").lede.value_or("").starts_with("A Câmara Municipal"));
}
