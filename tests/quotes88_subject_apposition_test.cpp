// Tests of a sentence opened by a name and its apposition between commas, then a cue and its object ("Martin & Fils,
// sous-traitant horloger, a annoncé la suppression de 80 postes."): the words before the cue's comma are its subject,
// nothing is reported. Invented sentences.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a name and its apposition before a cue and its object report nothing", "[quotes][indirect]") {
    const std::vector<std::pair<const char*, const char*>> rows = {
        {"fr", "Martin & Fils, sous-traitant spécialisé dans les boîtiers de montres, a annoncé mercredi la suppression "
               "de 80 postes sur son site du Locle."},
        {"it", "Rossi & Figli, azienda di componenti per orologi di lusso, ha annunciato mercoledì il taglio di 80 posti "
               "di lavoro."},
        {"es", "Relojería Ruiz, fabricante de piezas para relojes de lujo, anunció el miércoles el recorte de 80 empleos "
               "en su fábrica."},
    };
    for (const auto& [lang, paragraph] : rows) {
        INFO(paragraph);
        CHECK(extract_quotes(page(lang, "", {paragraph})).empty());
    }
    // (reported words before the cue's comma, a body after it: a report, as before)
    check_only_quotes({{"fr", "La route restera fermée jusqu’à lundi soir au moins, a annoncé la direction des travaux.",
                        "La route restera fermée jusqu’à lundi soir au moins", "a annoncé", "la direction des travaux"}},
                      QuoteKind::indirect);
}
