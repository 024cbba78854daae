// An interview's head (pt80, probe71 H3): "Entrevista de X" (pt [byline]) over "Fotografia de Y" signs the text with
// the interviewer alone, the standfirst over it stays the lede, and the headline's quote, which no quote of the body
// repeats, is said by the speaker of the lede's quote (the lede comes first). Invented pages.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <string>
#include <vector>

using namespace archive;

TEST_CASE("an interview's head names the interviewer, and its headline quote the lede's speaker", "[head][pt80]") {
    struct Case {
        std::string page;
        std::string author;
        std::string speaker;
    };
    const std::vector<Case> cases = {
        {"Entrevista\n"
         "“As famílias não deixam a cidade por causa dos impostos, deixam por causa das rendas”\n"
         "O sociólogo Henrique Valadares Braga, que coordenou o último estudo da universidade sobre a saída de jovens "
         "das cidades, diz que as câmaras estão a errar o alvo e que sem casas a preços justos nenhum apoio segura "
         "quem quer ficar.\n"
         "Entrevista de Leonor Sampaio Frade\n"
         "Fotografia de Duarte Pimentel\n"
         "5 dezembro 2026 14:32\n"
         "O estudo que coordenou estima que um terço dos jovens licenciados já deixou a cidade onde estudou. É um "
         "número que o surpreendeu?\n"
         "Surpreendeu-me a rapidez. Há dez anos falávamos de um em cada seis. Em pouco tempo quase duplicou, e não são "
         "pessoas sem emprego.\n"
         "O que falhou nas políticas de habitação dos últimos anos?\n"
         "Construiu-se pouco e tarde. As câmaras anunciaram programas ambiciosos, mas as obras arrastaram-se e as "
         "rendas continuaram a subir.\n",
         "Leonor Sampaio Frade", "Henrique Valadares Braga"},
        {"Interview\n"
         "“Families don’t leave the city because of taxes, they leave because of the rents”\n"
         "The sociologist Henry Valadares, who led the university’s latest study on young people leaving cities, says "
         "councils are missing the target and that without fairly priced homes no grant will keep those who want to "
         "stay.\n"
         "Interview by Eleanor Frade\n"
         "Photography by Duncan Pimm\n"
         "5 December 2026 14:32\n"
         "Your study estimates that a third of young graduates have already left the city where they studied. Did that "
         "number surprise you?\n"
         "The speed surprised me. Ten years ago we were talking about one in six. In a short time it nearly doubled, "
         "and these are not people without work.\n"
         "What went wrong with housing policy in recent years?\n"
         "Too little was built, too late. Councils announced ambitious schemes, but the works dragged on and rents "
         "kept rising.\n",
         "Eleanor Frade", "Henry Valadares"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.author);
        const Article a = parse(c.page, "page.txt");
        CHECK(a.authors == std::vector<std::string>{c.author});
        REQUIRE(a.lede);
        CHECK(a.lede->find(c.speaker) != std::string::npos);
        REQUIRE_FALSE(a.quotes.empty());
        CHECK(a.quotes.front().where == Where::headline);
        CHECK(a.quotes.front().speaker.value_or("") == c.speaker);
    }
}
