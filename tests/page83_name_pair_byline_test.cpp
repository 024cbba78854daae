// Two co-authors printed one name a line, right over the date line, under the standfirst or the lead picture's
// caption and credit ("Carlos E. Ruiz" / "Elsa Marín de Blas" / "Madrid - 03 dic 2026 - 10:32 CET"): both are the
// authors, no run of names of a list. Invented pages.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <string>
#include <vector>

namespace {

struct Row {
    const char* page;
    std::vector<std::string> authors;
};

} // namespace

TEST_CASE("two name lines over the date line are the co-authors", "[byline][page83]") {
    const Row rows[] = {
        {R"(Política
El Gobierno y la oposición chocan por la reforma de la financiación de los ayuntamientos
La ministra defiende el nuevo fondo en la sesión de control; el principal partido de la oposición lo califica de reparto arbitrario
La ministra de Hacienda interviene este miércoles en la sesión de control en el Congreso.
La ministra de Hacienda interviene este miércoles en la sesión de control en el Congreso. PABLO LUIS GARCÍA
Carlos E. Ruiz
Elsa Marín de Blas
Madrid - 03 dic 2026 - 10:32 CET
La ministra de Hacienda defendió este miércoles en el Congreso el nuevo fondo para los ayuntamientos, que el Consejo de Ministros aprobará la próxima semana.
La oposición acusó al Gobierno de repartir el dinero con criterios políticos y anunció que recurrirá el decreto ante el Tribunal Constitucional.
El fondo, de 2.000 millones de euros, se repartirá en función de la población y del nivel de renta de cada municipio, según el borrador.
)",
         {"Carlos E. Ruiz", "Elsa Marín de Blas"}},
        {R"(Política
El Gobierno y la oposición chocan por la reforma de la financiación de los ayuntamientos
La ministra defiende el nuevo fondo en la sesión de control; el principal partido de la oposición lo califica de reparto arbitrario
Carlos Eduardo Ruiz
Elsa Marín de Blas
Madrid - 03 dic 2026 - 10:32 CET
La ministra de Hacienda defendió este miércoles en el Congreso el nuevo fondo para los ayuntamientos, que el Consejo de Ministros aprobará la próxima semana.
La oposición acusó al Gobierno de repartir el dinero con criterios políticos y anunció que recurrirá el decreto ante el Tribunal Constitucional.
El fondo, de 2.000 millones de euros, se repartirá en función de la población y del nivel de renta de cada municipio, según el borrador.
)",
         {"Carlos Eduardo Ruiz", "Elsa Marín de Blas"}},
        {R"(Política
Governo e oposição entram em choque sobre a reforma do financiamento dos municípios
A ministra defende o novo fundo no Parlamento; a oposição fala de uma distribuição arbitrária do dinheiro
Ana Beatriz Carvalho
Pedro Henrique Lopes
03/12/2026 10h32
A ministra das Finanças defendeu nesta quarta-feira no Parlamento o novo fundo para os municípios, que o governo aprovará na próxima semana.
A oposição acusou o governo de distribuir o dinheiro com critérios políticos e anunciou que vai recorrer ao Tribunal Constitucional.
O fundo, de 2 mil milhões de euros, será distribuído de acordo com a população e o rendimento de cada município, segundo o rascunho.
)",
         {"Ana Beatriz Carvalho", "Pedro Henrique Lopes"}},
        {R"(Politica
Governo e opposizione si scontrano sulla riforma dei fondi ai comuni
La ministra difende il nuovo fondo alla Camera; l'opposizione parla di una ripartizione arbitraria delle risorse
Marco Bellini
Giulia Ferraresi
3 dicembre 2026 10:32
La ministra dell'Economia ha difeso mercoledì alla Camera il nuovo fondo per i comuni, che il Consiglio dei ministri approverà la prossima settimana.
L'opposizione ha accusato il governo di distribuire i soldi con criteri politici e ha annunciato un ricorso alla Corte costituzionale.
Il fondo, da due miliardi di euro, sarà ripartito in base alla popolazione e al reddito di ciascun comune, secondo la bozza.
)",
         {"Marco Bellini", "Giulia Ferraresi"}},
    };
    for (const Row& r : rows) {
        INFO(r.authors.front());
        const archive::Article a = archive::parse(r.page, "x");
        CHECK(a.authors == r.authors);
        REQUIRE(!a.sections.empty());
        REQUIRE(!a.sections[0].paragraphs.empty());
        CHECK(a.sections[0].paragraphs[0].find(r.authors.back()) == std::string::npos);
    }
}
