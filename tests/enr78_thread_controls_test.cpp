// A question-and-answer thread prints a comment form's label ("Add a comment", lexicon section terminators) under
// each post, the question's and every answer's: under a post's edit control ("Improve this answer", section
// post_edit_controls), over the count of answers ("2 Answers") or the next answer's vote count, the label ends that
// post only, and the answers are kept (probe70 R1). Under a blog's post, with no such controls, it ends the article.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <string>

using namespace archive;
using archive::test::paragraphs_of;

namespace {

bool kept(const Article& a, const std::string& line) {
    const auto paragraphs = paragraphs_of(a);
    return std::find(paragraphs.begin(), paragraphs.end(), line) != paragraphs.end();
}

} // namespace

TEST_CASE("a comment form's label under each post of a thread ends the post, not the thread",
          "[classify][terminator]") {
    struct Row {
        const char* lang;
        const char* page;
        const char* answer;
    };
    const Row rows[] = {
        {"en", R"(Why does my sourdough starter smell of nail varnish?
Ask Question
Asked 3 days ago
Viewed 402 times
7
I have kept a rye starter for two months and fed it every morning with equal weights of flour and water.
This week it started to smell sharply of solvent, and it no longer doubles in size after a feed.
Is it ruined, or can it be saved? The kitchen is colder than usual because the heating is off.
baking
fermentation
Share
Improve this question
Follow
asked Mar 2, 2027 at 9:12
kbrennan
81 1 4
2
How warm is the kitchen at night? Below fifteen degrees they often smell. – Olwen Prytherch Mar 2, 2027 at 10:02
About twelve degrees, the heating is off while we are away. – kbrennan Mar 2, 2027 at 10:30
Add a comment
2 Answers
Sorted by:
Highest score (default)
12
That smell is acetone from a hungry starter, and it is harmless: the yeast has run out of food between feeds.
Feed it twice a day for a week, keep it somewhere warmer, and discard more of it before each feed.
Share
Improve this answer
Follow
answered Mar 2, 2027 at 11:40
Olwen Prytherch
3,410 2 19 40
Add a comment
4
A colder kitchen slows the yeast more than the bacteria, so the balance shifts towards sour and solvent notes.
It also helps to use a little less water for a few feeds, so the starter is stiffer and ferments more slowly.
Share
Improve this answer
Follow
answered Mar 3, 2027 at 8:05
Dariusz Malec
Add a comment
Your Answer
)",
         "A colder kitchen slows the yeast more than the bacteria, so the balance shifts towards sour and solvent "
         "notes."},
        {"pt", R"(Por que o meu fermento natural tem cheiro de acetona?
Fazer pergunta
Perguntada há 3 dias
Vista 402 vezes
7
Mantenho um fermento de centeio há dois meses e alimento-o todas as manhãs com farinha e água em partes iguais.
Nesta semana começou a cheirar a solvente e já não dobra de tamanho depois de alimentado.
Está estragado ou ainda dá para recuperar? A cozinha está mais fria do que o normal.
Compartilhar
Melhore esta pergunta
Seguir
perguntada 2/03/2027 às 9:12
kbrennan
2
Qual é a temperatura da cozinha à noite? Abaixo de quinze graus é comum. – Olwen Prytherch 2/03/2027 às 10:02
Uns doze graus, o aquecimento está desligado enquanto viajamos. – kbrennan 2/03/2027 às 10:30
Adicione um comentário
2 Respostas
Ordenado por:
Maior pontuação (padrão)
12
Esse cheiro é de acetona e é inofensivo: as leveduras ficaram sem alimento entre uma refeição e outra.
Alimente-o duas vezes por dia durante uma semana e deixe-o num lugar mais quente da casa.
Compartilhar
Melhore esta resposta
Seguir
respondida 2/03/2027 às 11:40
Olwen Prytherch
Adicione um comentário
4
Uma cozinha fria atrasa mais as leveduras do que as bactérias, e o equilíbrio pende para o azedo e o solvente.
Também ajuda usar um pouco menos de água em algumas refeições, para que o fermento fique mais firme e lento.
Compartilhar
Melhore esta resposta
Seguir
respondida 3/03/2027 às 8:05
Dariusz Malec
Adicione um comentário
Sua resposta
)",
         "Uma cozinha fria atrasa mais as leveduras do que as bactérias, e o equilíbrio pende para o azedo e o "
         "solvente."},
    };
    for (const Row& r : rows) {
        INFO(r.page);
        CHECK(kept(classify(segment(r.page), r.lang), r.answer));
    }
}

TEST_CASE("a comment form's label under a blog's post, no thread's controls over it, ends the article",
          "[classify][terminator]") {
    const Article a = classify(segment(R"(Ten years of baking with rye
Posted on March 2, 2027 by Olwen Prytherch
I started my first rye starter in a cold flat with a jar, a spoon and a bag of flour from the corner shop.
It smelled of solvent for a week and I nearly threw it away, but a neighbour told me to feed it twice a day.
Ten years later the same starter has travelled to three kitchens and two countries, and it still doubles by noon.
Add a comment
4
Lovely story, thank you for sharing it with us all, I am going to try the twice-a-day feeding this week.
)"),
                               "en");
    CHECK(kept(a, "Ten years later the same starter has travelled to three kitchens and two countries, and it still "
                  "doubles by noon."));
    CHECK_FALSE(kept(a, "Lovely story, thank you for sharing it with us all, I am going to try the twice-a-day feeding "
                        "this week."));
}
