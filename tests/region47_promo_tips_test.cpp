// region47: the paywall's promo line over the text and the newsroom's tip box under it (probe52 R2, R3). A
// subscribers' offer to unlock articles is a promo (lexicon promo_context_words: "liberar", "acessos", "unlock",
// "freischalten"); the label of the box asking readers for tips ends the article (lexicon terminators: "Tip de
// redactie", "Envie sua sugestão"). Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "classify.hpp"
#include "region_pages.hpp"
#include "rows.hpp"
#include "test_pages.hpp"

#include <string>

using namespace archive;

namespace {
const std::string pt_promo = R"(Assine
Entrar
Gazeta do Cerrado
Política
Economia
Esporte
POLÍTICA
Câmara aprova projeto que amplia horário das creches municipais
Proposta ainda precisa passar pelo Senado antes de ir à sanção presidencial
Mariana Souto
Goiânia
4.dez.2026 às 10h15
Atualizado: 4.dez.2026 às 12h40
Ouvir o texto
Diminuir fonte
Aumentar fonte
Presente de fim de ano: assinantes podem liberar 10 acessos por dia
A Câmara dos Deputados aprovou nesta quinta-feira (4) o projeto que amplia o horário de funcionamento das creches municipais para até 12 horas por dia.
Segundo a relatora, deputada Lúcia Andrade, a medida atende sobretudo mães que trabalham em turnos longos no comércio e na indústria.
O texto segue agora para o Senado, onde deve ser votado no início do próximo ano.
Tópicos
Creches
)";

const std::string nl_tip = R"(Omroep Veluwe
Nieuws
Sport
Weer
Apeldoorn
Gemeente Apeldoorn plant honderd nieuwe laadpalen in de wijken
Geplaatst op 03-12-2026 om 09:12
Redactie Omroep Veluwe
APELDOORN - De gemeente Apeldoorn plaatst volgend jaar honderd nieuwe laadpalen in de woonwijken. Dat heeft het college dinsdag bekendgemaakt.
Bewoners kunnen tot eind januari aangeven waar zij een laadpaal willen hebben. De gemeente kiest daarna de plekken waar de vraag het grootst is.
De eerste palen worden in het voorjaar geplaatst, zei de wethouder.
Foto: Omroep Veluwe / Jan Bos
Een laadpaal aan de Loolaan
Tip de redactie
Heb je nieuws uit de regio? Mail het naar de redactie of stuur een bericht.
Meer nieuws
Fietspad langs het kanaal weer open
)";

const std::string pt_tip = R"(Diário do Vale
Notícias
Região
Desporto
Braga
Câmara de Braga vai instalar cem novos postos de carregamento
4 de dezembro de 2026, 09:12
Redação
A Câmara Municipal de Braga vai instalar no próximo ano cem novos postos de carregamento para carros elétricos nos bairros residenciais.
Os moradores podem indicar até ao fim de janeiro onde querem um posto. A autarquia escolhe depois os locais com mais pedidos.
Os primeiros postos serão instalados na primavera, disse o vereador.
Envie sua sugestão
Tem uma notícia da sua região? Escreva para a redação ou mande uma mensagem.
Mais notícias
Ciclovia junto ao rio reabre ao trânsito
)";

} // namespace

TEST_CASE("a subscribers' offer to unlock articles is a promo", "[region][notices][region47]") {
    for (const char* line : {"Presente de fim de ano: assinantes podem liberar 10 acessos por dia",
                             "Christmas gift: subscribers can unlock 7 articles a day",
                             "Cadeau de fin d'année : les abonnés peuvent débloquer 7 articles",
                             "Weihnachtsgeschenk: Abonnenten können 7 Artikel freischalten"}) {
        INFO(line);
        CHECK(is_promo_notice(test::block_of(line)));
    }
    // The words in an article's sentence: no subscription named, or too many other words.
    for (const char* line :
         {"O governo vai liberar o acesso à praia a partir de segunda-feira, disse o prefeito aos jornalistas.",
          "Os assinantes da operadora poderão liberar acessos extras à internet sem custo a partir de janeiro, segundo "
          "a empresa, que atende dois milhões de clientes no estado.",
          "The council will unlock the gates of the old harbour for walkers on Sunday, the mayor said."}) {
        INFO(line);
        CHECK_FALSE(is_promo_notice(test::block_of(line)));
    }
}

TEST_CASE("a subscribers' offer over the first paragraph is no paragraph", "[region][notices][region47]") {
    const Article a = parse(pt_promo);
    CHECK(test::has_paragraph_starting(a, "A Câmara dos Deputados aprovou"));
    CHECK_FALSE(test::has_paragraph_starting(a, "Presente de fim de ano"));
}

TEST_CASE("the newsroom's box asking for tips under the article is no section", "[region][endings][region47]") {
    struct Row {
        const char* lang;
        const std::string& page;
        const char* label;
        const char* last; // the text's last paragraph
    };
    const Row rows[] = {
        {"nl", nl_tip, "Tip de redactie", "De eerste palen worden"},
        {"pt", pt_tip, "Envie sua sugestão", "Os primeiros postos serão"},
    };
    for (const Row& r : rows) {
        INFO(r.lang);
        const Article a = parse(r.page);
        REQUIRE_FALSE(a.sections.empty());
        CHECK(test::has_paragraph_starting(a, r.last));
        for (const auto& s : a.sections)
            CHECK_FALSE((s.heading && *s.heading == r.label));
        CHECK_FALSE(test::in_text(a, r.label));
    }
}
