// A past participle alone after a comma ("..., 58 anni, accusato di aver ucciso la moglie Anna Rota") qualifies the
// noun before it: no inverted cue, and the name after it is no speaker (quotes78, session 49). Invented lines.
#include <catch2/catch.hpp>

#include "quote_checks.hpp"

using namespace archive;
using namespace archive::quote_checks;

TEST_CASE("a past participle with no auxiliary after a comma is no inverted cue", "[quotes][quotes78]") {
    for (const auto& [lang, line] : std::vector<std::pair<std::string, std::string>>{
             {"it", "\u00C8 la condanna inflitta dalla Corte d'assise a Piero Gallo, 61 anni, accusato di aver "
                    "ucciso la moglie Anna Rota."},
             {"es", "Es la condena impuesta por la Audiencia a Pedro Gallardo, de 61 a\u00F1os, acusado de haber "
                    "matado a su esposa Ana Rojas."},
         }) {
        INFO(line);
        const auto qs = extract_quotes(body(lang, {line}));
        CHECK(qs.empty());
    }
}

TEST_CASE("the same participle after its auxiliary is still a cue", "[quotes][quotes78]") {
    check_cues({
        {"it",
         {"\u00ABHa mentito per anni\u00BB, ha accusato il pubblico ministero Carla Vitti."},
         "Ha mentito per anni",
         "ha accusato",
         "Carla Vitti",
         nullptr},
    });
}
