// A caption and its dashed credit printed on one line (the figcaption of the Spanish agencies' house style: "<caption>
// (España). - Eduardo Parra - Europa Press - Archivo"): the credit of parts between spaced dashes after the caption's
// stop is cut off as the two-line form's is, though it runs past six tokens; the dash opening it belongs to neither.
// A dashed list of places after a stop is no credit. Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "classify.hpp"

#include <string>

using namespace archive;

TEST_CASE("a long dashed credit after the caption's stop on one line is split off", "[media][credit][media78]") {
    const struct {
        const char* line;
        const char* caption;
        const char* credit;
    } rows[] = {
        {"Archivo - La ministra de Justicia, Elena Prado, en el Senado, a 3 de diciembre de 2026, en Madrid "
         "(España). - Marta Vidal - Europa Press - Archivo",
         "Archivo - La ministra de Justicia, Elena Prado, en el Senado, a 3 de diciembre de 2026, en Madrid (España).",
         "Marta Vidal - Europa Press - Archivo"},
        {"La ministra della Giustizia, Elena Conti, al Senato di Roma. \u2013 Luca Bassi \u2013 Ansa \u2013 Archivio",
         "La ministra della Giustizia, Elena Conti, al Senato di Roma.", "Luca Bassi \u2013 Ansa \u2013 Archivio"},
    };
    for (const auto& r : rows) {
        INFO(r.line);
        const auto split = split_trailing_credit(std::string_view(r.line));
        REQUIRE(split.has_value());
        CHECK(split->first == r.caption);
        CHECK(split->second == r.credit);
    }
    for (const char* line : {"La ruta pasa por cuatro ciudades del sur. - Madrid - Toledo - Córdoba - Sevilla",
                             "Il percorso tocca quattro città. - Roma - Napoli - Bari - Lecce"}) {
        INFO(line);
        CHECK_FALSE(split_trailing_credit(std::string_view(line)).has_value());
    }
}

TEST_CASE("the one-line caption with its dashed credit is the picture's, not the lede", "[media][credit][media78]") {
    const Article a = parse("Agencia del Valle\n"
                            "Nacional\n"
                            "El Gobierno pide al PP un acuerdo para renovar el Consejo antes de Navidad\n"
                            "Archivo - La ministra de Justicia, Elena Prado, en el Senado, a 3 de diciembre de 2026, "
                            "en Madrid (España). - Marta Vidal - Europa Press - Archivo\n"
                            "Publicado: martes, 24 noviembre 2026 16:05\n"
                            "La ministra de Justicia, Elena Prado, ha pedido este martes al principal partido de la "
                            "oposición un acuerdo para renovar el Consejo antes de que acabe el año.\n"
                            "En una entrevista radiofónica, Prado ha asegurado que el Gobierno mantiene la mano "
                            "tendida y que espera una respuesta en las próximas semanas.\n");
    REQUIRE(a.media.size() == 1);
    CHECK(a.media[0].credit == std::optional<std::string>("Marta Vidal - Europa Press - Archivo"));
    CHECK_FALSE(a.lede.has_value());
}
