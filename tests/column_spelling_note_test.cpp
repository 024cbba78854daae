// The note under a Portuguese column telling which spelling its writer keeps ("O autor escreve segundo o novo acordo
// ortográfico."): a note of the writer's under the text, as the disclaimer of an opinion is, leaves the body. Every
// line is invented.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "rows.hpp"
#include "test_pages.hpp"

#include <string>

using namespace archive;

using archive::test::check_block_notices;
using archive::test::contains;
using archive::test::NoticeRow;
using archive::test::paragraphs_of;

TEST_CASE("a column's note on its writer's spelling is the writer's note", "[classify][disclaimer]") {
    const NoticeRow rows[] = {
        {"O autor escreve segundo o novo acordo ortográfico.", true},
        {"A autora escreve de acordo com a antiga ortografia.", true},
        {"Por opção, o autor escreve segundo a antiga ortografia.", true},
        {"A autora escreve segundo o antigo acordo ortográfico.", true},
        {"O autor escreve pelo antigo acordo ortográfico.", true},
        // The reform or the spelling named in a sentence of the article, or the words without the writer's.
        {"O autor do acordo ortográfico de 1990 morreu ontem em Lisboa, aos 91 anos.", false},
        {"A escola ensina segundo o novo acordo ortográfico desde 2011.", false},
    };
    check_block_notices(rows, opinion_disclaimer);
}

TEST_CASE("a column's spelling note under its last paragraph leaves the body", "[classify][disclaimer]") {
    const char* page = "A ponte velha precisa de obras, não de promessas\n\n"
                       "Todos os invernos a câmara promete reparar a ponte velha sobre o rio, e todos os verões a "
                       "obra fica para o ano seguinte, enquanto as fissuras do tabuleiro crescem.\n\n"
                       "Os engenheiros da própria câmara escreveram há dois anos que a ponte precisava de reforço "
                       "urgente. O relatório foi arquivado e os camiões continuam a passar todos os dias.\n\n"
                       "Não é uma questão de dinheiro. O orçamento municipal deste ano tem verba para rotundas e "
                       "canteiros, mas não tem uma única linha para a estrutura que liga as duas margens da vila.\n\n"
                       "O autor escreve segundo o novo acordo ortográfico.\n\n"
                       "Partilhar\nComentários\n";
    Article a = classify(segment(page), "pt");
    const auto paragraphs = paragraphs_of(a);
    CHECK(paragraphs.size() == 3);
    CHECK_FALSE(contains(paragraphs, "O autor escreve segundo o novo acordo ortográfico."));
    CHECK(contains(a.boilerplate, "O autor escreve segundo o novo acordo ortográfico."));
}
