// Tests of the Portuguese verbs of judging and weighing as cues after a quote ("“Q”, avaliou a economista",
// "ponderou o relator"), as the Spanish "valoró" and the Polish "ocenił". Invented sentences.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a verb of judging after a quote is its cue", "[quotes][cues]") {
    check_only_quotes(
        {
            {"pt", "\"A renda cresceu acima do previsto\", ponderou o professor Carlos Lima.",
             "A renda cresceu acima do previsto", "ponderou", "o professor Carlos Lima"},
            {"pt", "“O mercado de trabalho segue forte”, avaliou a economista Júlia Fagundes.",
             "O mercado de trabalho segue forte", "avaliou", "a economista Júlia Fagundes"},
            {"es", "«El mercado laboral sigue fuerte», valoró la economista Julia Fagundes.",
             "El mercado laboral sigue fuerte", "valoró", "la economista Julia Fagundes"},
            {"pl", "„Rynek pracy pozostaje silny” – ocenił ekonomista Jan Nowak.", "Rynek pracy pozostaje silny",
             "ocenił", "ekonomista Jan Nowak"},
        },
        QuoteKind::direct);
}
