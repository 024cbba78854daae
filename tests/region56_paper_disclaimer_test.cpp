// Tests of the disclaimer under a column that names the paper as the holder of the opinion it does not give ("Opinion
// pieces do not necessarily reflect the paper's line."): a phrase of an opinion, a word for the paper and a phrase of
// the paper's opinion or line. Every line is invented.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "rows.hpp"

using namespace archive;

using archive::test::check_block_notices;
using archive::test::NoticeRow;

TEST_CASE("a column's disclaimer may name the paper as the holder", "[classify][disclaimer]") {
    const NoticeRow rows[] = {
        {"As colunas assinadas não refletem necessariamente a opinião do jornal.", true},
        {"Os artigos de colaboradores não reflectem necessariamente a linha editorial do jornal.", true},
        {"Las columnas firmadas no reflejan necesariamente la línea editorial de este periódico.", true},
        {"Los textos de opinión no reflejan necesariamente la opinión del diario.", true},
        {"Gli interventi ospitati in questa rubrica non riflettono necessariamente la linea del giornale.", true},
        {"Le tribune pubblicate non rappresentano necessariamente la linea editoriale della testata.", true},
        {"Les chroniques ne reflètent pas nécessairement la ligne éditoriale du journal.", true},
        // A sentence of the article with the same phrase and the paper named as a source, or the paper's line named
        // without the phrase of an opinion.
        {"Os números não refletem necessariamente a realidade das escolas, disse ao jornal a diretora.", false},
        {"Los datos no reflejan necesariamente el paro real, explicó al periódico el economista.", false},
        {"I sondaggi non riflettono necessariamente il voto, ha spiegato al giornale il sindaco.", false},
        {"O novo diretor prometeu manter a linha editorial do jornal e ampliar a cobertura regional.", false},
        {"La nueva directora mantendrá la línea editorial del periódico, según el consejo.", false},
    };
    check_block_notices(rows, opinion_disclaimer);
}
