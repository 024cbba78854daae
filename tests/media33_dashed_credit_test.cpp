// A picture's credit opened by a dash, its parts parted by spaced dashes (probe41 M3, the Spanish agencies' house
// style): "- Eduardo Parra - Europa Press - Archivo" under "Archivo - <caption>", "– Anna Riva – Ansa", "- Jan Roe -
// dpa - Archiv". The caption went to the body and the credit to the boilerplate. A dashed list of places or names with
// no agency nor credit word is no credit. Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "classify.hpp"
#include "region_pages.hpp"

#include <string>

using namespace archive;

TEST_CASE("a credit opened by a dash with its parts parted by dashes", "[media][credit][media33]") {
    for (const char* line : {"- Eduardo Parra - Europa Press - Archivo", "\u2013 Anna Riva \u2013 Ansa",
                             "- Jan Roe - dpa - Archiv", "- Marta Vidal - Reuters"}) {
        INFO(line);
        CHECK(is_credit_line(std::string_view(line)));
    }
    for (const char* line : {"- Madrid - Barcelona - Valencia", "- Mario Rossi - Roma",
                             "- La Comisión Europea - su informe anual.", "- el Gobierno - Europa Press"}) {
        INFO(line);
        CHECK_FALSE(is_credit_line(std::string_view(line)));
    }
}

TEST_CASE("a dashed credit under a caption credits it", "[media][credit][media33]") {
    const struct {
        const char* page;
        const char* caption;
        const char* credit;
    } rows[] = {
        {R"(Agencia del Valle
Nacional
El Gobierno pide al PP un acuerdo para renovar el Consejo antes de Navidad
Archivo - La ministra de Justicia, Elena Prado, en el Senado.
- Marta Vidal - Europa Press - Archivo
Publicado: martes, 24 noviembre 2026 16:05
La ministra de Justicia, Elena Prado, ha pedido este martes al principal partido de la oposición un acuerdo para renovar el Consejo antes de que acabe el año.
En una entrevista radiofónica, Prado ha asegurado que el Gobierno mantiene la mano tendida y que espera una respuesta en las próximas semanas.
)",
         "Archivo - La ministra de Justicia, Elena Prado, en el Senado.", "- Marta Vidal - Europa Press - Archivo"},
        {R"(Il Foglio di Valle
Politica
Il governo chiede un accordo sulla riforma del Consiglio entro Natale
Di Anna Riva
24 novembre 2026
La ministra della Giustizia, Elena Conti, al Senato.
– Luca Bassi – Ansa
La ministra della Giustizia, Elena Conti, ha chiesto martedì all'opposizione un accordo sulla riforma del Consiglio entro la fine dell'anno.
In un'intervista radiofonica Conti ha detto che il governo resta disponibile e attende una risposta nelle prossime settimane.
)",
         "La ministra della Giustizia, Elena Conti, al Senato.", "– Luca Bassi – Ansa"},
    };
    for (const auto& r : rows) {
        INFO(r.credit);
        const Article a = parse(r.page);
        REQUIRE(a.media.size() == 1);
        CHECK(a.media[0].caption == std::optional<std::string>(r.caption));
        CHECK(a.media[0].credit == std::optional<std::string>(r.credit));
        CHECK_FALSE(test::in_text(a, r.caption));
    }
}
