// A name alone under the page's date lines over the share button (pt80, probe71 H1): "5 dezembro 2026 às 08:10" /
// "Atualizado há 12 min" / "Teresa Vasconcelos" / "Partilhar" signs the text; the button (lexicon section
// share_buttons, pt-PT "partilhar" now too) is no entry of a menu going on under the name. Invented pages.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <string>
#include <vector>

using namespace archive;

TEST_CASE("a name under the date lines over the share button signs the text", "[byline][pt80]") {
    struct Case {
        std::string page;
        std::vector<std::string> authors;
    };
    const std::vector<Case> cases = {
        {"Em direto\n"
         "Tempestade atinge o litoral centro: centenas de ocorrências e milhares sem luz\n"
         "A depressão chegou ao continente durante a madrugada com vento forte e chuva intensa. Aviso vermelho em três "
         "distritos.\n"
         "5 dezembro 2026 às 08:10\n"
         "Atualizado há 12 min\n"
         "Teresa Vasconcelos\n"
         "Partilhar\n"
         "17:42\n"
         "Estradas cortadas no distrito da Guarda\n"
         "A GNR informou que estão cortadas ao trânsito cinco estradas municipais no distrito da Guarda devido à queda "
         "de árvores.\n"
         "17:15\n"
         "Serviços de emergência pedem à população que evite deslocações\n"
         "O comandante regional adiantou que foram registadas centenas de ocorrências desde a meia-noite, a maioria "
         "quedas de árvores.\n",
         {"Teresa Vasconcelos"}},
        {"Live\n"
         "Storm hits the central coast: hundreds of call-outs and thousands without power\n"
         "The storm reached the mainland overnight with strong winds and heavy rain. Red warnings are in force in "
         "three counties.\n"
         "5 December 2026 08:10\n"
         "Updated 12 min ago\n"
         "Tessa Vaughan\n"
         "Share\n"
         "17:42\n"
         "Roads closed across the northern county\n"
         "Police said five local roads were closed to traffic across the northern county after trees came down in the "
         "wind.\n"
         "17:15\n"
         "Emergency services ask people to avoid travel\n"
         "The regional commander said hundreds of call-outs had been logged since midnight, most of them fallen "
         "trees.\n",
         {"Tessa Vaughan"}},
        // (Over two short lines of a menu the name is an entry of it, as before.)
        {"Live\n"
         "Storm hits the central coast: hundreds of call-outs and thousands without power\n"
         "The storm reached the mainland overnight with strong winds and heavy rain. Red warnings are in force in "
         "three counties.\n"
         "5 December 2026 08:10\n"
         "Updated 12 min ago\n"
         "Tessa Vaughan\n"
         "Weather\n"
         "Travel\n"
         "17:42\n"
         "Roads closed across the northern county\n"
         "Police said five local roads were closed to traffic across the northern county after trees came down in the "
         "wind.\n"
         "17:15\n"
         "Emergency services ask people to avoid travel\n"
         "The regional commander said hundreds of call-outs had been logged since midnight, most of them fallen "
         "trees.\n",
         {}},
    };
    for (const Case& c : cases) {
        CAPTURE(c.page);
        const Article a = parse(c.page, "page.txt");
        CHECK(a.authors == c.authors);
    }
}
