// Bylines of Portuguese and Dutch pages (head59):
// - a byline word before a name closed by two family names joined by "e" ("Por João Silva e Sousa"): one person, as
//   head55 read Spanish "y" and Catalan "i"; "Por Ana Lopes e Rui Matos" names two;
// - the Dutch "Tekst" (and "Tekst en foto's") before the writers' names, without a colon, is a byline word.
// Every line is invented.
#include "byline_rows.hpp"

using namespace archive;

using Names = std::optional<std::vector<std::string>>;

TEST_CASE("a byline word before two family names joined by e gives one name", "[classify][byline][head59]") {
    CHECK(byline_authors("Por João Silva e Sousa", "pt") == Names({"João Silva e Sousa"}));     // pt
    CHECK(byline_authors("Por Marta Cunha e Castro", "pt") == Names({"Marta Cunha e Castro"})); // pt
    CHECK(byline_authors("Por José Ortega y Gasset", "es") == Names({"José Ortega y Gasset"})); // es
    // two names, the joiner between them: two authors
    CHECK(byline_authors("Por Ana Lopes e Rui Matos", "pt") == Names({"Ana Lopes", "Rui Matos"}));          // pt
    CHECK(byline_authors("Por Ana López y Luis Gil", "es") == Names({"Ana López", "Luis Gil"}));            // es
    CHECK(byline_authors("di Mario Rossi e Anna Bianchi", "it") == Names({"Mario Rossi", "Anna Bianchi"})); // it
    // one word before the joiner: a first name, no family name joined
    CHECK(byline_authors("Por Ana e Rui Matos", "pt") != Names({"Ana e Rui Matos"}));
}

TEST_CASE("a Portuguese byline with e over the body keeps the whole name", "[classify][byline][head59]") {
    const Article a = test::page_under_title("pt", "Câmara reabre a biblioteca do bairro depois de dois anos de obras",
                                             "Por João Silva e Sousa\n05/12/2026 12:45",
                                             "A biblioteca do bairro voltou a abrir as portas nesta sexta-feira, com "
                                             "mais salas de estudo e um horário alargado até às dez da noite.");
    CHECK(a.authors == std::vector<std::string>{"João Silva e Sousa"});
}

TEST_CASE("Dutch Tekst before the writers' names is a byline word", "[classify][byline][head59]") {
    CHECK(byline_authors("Tekst Anneke de Boer en Kees Mulder", "nl") == Names({"Anneke de Boer", "Kees Mulder"}));
    CHECK(byline_authors("Tekst Anneke de Boer", "nl") == Names({"Anneke de Boer"}));
    CHECK(byline_authors("Tekst en foto's Anneke de Boer", "nl") == Names({"Anneke de Boer"}));
    CHECK(byline_authors("Tekst: Anneke de Boer", "nl") == Names({"Anneke de Boer"}));
    // a sentence about a text is no byline
    CHECK_FALSE(byline_authors("Tekst van de nieuwe wet ligt bij de Raad van State", "nl"));
    const Article a = test::page_under_title("nl", "Waarom pensioenfondsen hun geld uit olie en gas halen",
                                             "Tekst Anneke de Boer en Kees Mulder\n5 december 2026",
                                             "Steeds meer pensioenfondsen verkopen hun aandelen in olie- en "
                                             "gasbedrijven, omdat hun deelnemers daarom vragen.");
    CHECK(a.authors == std::vector<std::string>{"Anneke de Boer", "Kees Mulder"});
}
