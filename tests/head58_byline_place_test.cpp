// Bylines closed by the place the text was written in after a dash (head58): "Por X e Y — Rio de Janeiro", the shape
// of Brazilian dailies, and the same in Spanish, French, Italian and English. The place names nobody, and the second
// name before it is kept. Every line is invented.
#include "byline_desks.hpp"
#include "byline_rows.hpp"

using namespace archive;

using Names = std::optional<std::vector<std::string>>;

TEST_CASE("two authors joined before a dash and a place", "[classify][byline][head58]") {
    CHECK(byline_authors("Por Luiza Menezes e Pedro Tavares — Rio de Janeiro", "pt") ==
          Names({"Luiza Menezes", "Pedro Tavares"}));                                                        // pt
    CHECK(byline_authors("Por Carla Nunes e Rui Prado — São Paulo", "pt") ==
          Names({"Carla Nunes", "Rui Prado"}));                                                              // pt
    CHECK(byline_authors("Por Ana Ruiz y Luis Gil — Madrid", "es") == Names({"Ana Ruiz", "Luis Gil"}));     // es
    CHECK(byline_authors("Por Marta Solís y Pablo Vera - Buenos Aires", "es") ==
          Names({"Marta Solís", "Pablo Vera"}));                                                             // es
    CHECK(byline_authors("Par Anne Roux et Paul Martin — Lyon", "fr") == Names({"Anne Roux", "Paul Martin"})); // fr
    CHECK(byline_authors("di Mario Rossi e Anna Bianchi – Milano", "it") ==
          Names({"Mario Rossi", "Anna Bianchi"}));                                                           // it
    CHECK(byline_authors("By Jane Roe and John Doe — London", "en") == Names({"Jane Roe", "John Doe"}));    // en
    // one author before the place
    CHECK(byline_authors("Por Ana Ruiz — Madrid", "es") == Names({"Ana Ruiz"}));                            // es
    CHECK(byline_authors("Por Luiza Menezes — Belo Horizonte", "pt") == Names({"Luiza Menezes"}));         // pt
}

TEST_CASE("a dash before an agency, an outlet or a job is read as before", "[classify][byline][head58]") {
    CHECK(byline_authors("Por Ana Ruiz - EFE", "es") == Names({"Ana Ruiz", "EFE"}));
    CHECK(byline_authors("Par Jeanne Dupont - Le Quotidien", "fr") == Names({"Jeanne Dupont"}));
}

TEST_CASE("without_closing_place cuts a place, no outlet, job or agency", "[classify][byline][head58]") {
    CHECK(without_closing_place("Luiza Menezes e Pedro Tavares — Rio de Janeiro") == "Luiza Menezes e Pedro Tavares");
    CHECK(without_closing_place("Ana Ruiz y Luis Gil - Madrid") == "Ana Ruiz y Luis Gil");
    CHECK(without_closing_place("Anne Roux et Paul Martin – Saint-Étienne") == "Anne Roux et Paul Martin");
    // kept as they are
    CHECK(without_closing_place("Ana Ruiz - EFE") == "Ana Ruiz - EFE");
    CHECK(without_closing_place("Jane Roe — The Harbour Post") == "Jane Roe — The Harbour Post");
    CHECK(without_closing_place("Jean Dupont – Envoyé spécial") == "Jean Dupont – Envoyé spécial");
    CHECK(without_closing_place("Ana Souza - Repórter da Agência Brasil") == "Ana Souza - Repórter da Agência Brasil");
    CHECK(without_closing_place("Anna Muster – Der Seebote") == "Anna Muster – Der Seebote");
    CHECK(without_closing_place("Jane Roe") == "Jane Roe");
}

TEST_CASE("a Brazilian byline with a place over the body keeps both authors", "[classify][byline][head58]") {
    const Article a = test::page_under_title(
        "pt", "Prefeitura amplia horário dos ônibus noturnos a partir de janeiro",
        "Por Luiza Menezes e Pedro Tavares — Rio de Janeiro\n05/12/2026 08h14",
        "A prefeitura anunciou nesta sexta-feira que as linhas noturnas de ônibus vão circular até as duas da "
        "manhã a partir de janeiro, depois de meses de pedidos dos moradores da Zona Norte.");
    CHECK(a.authors == std::vector<std::string>{"Luiza Menezes", "Pedro Tavares"});
}
