// The names over the date line (names_over_date()), in shapes with no byline word:
// - two names joined by a slash on one line ("Ana Ruiz / Pedro Gil");
// - the reporter's post in a parenthesis after the name ("Ana Ruiz (Enviada especial a Kiev)", "Mario Rossi (inviato
//   a Kiev)"), a job title opening it;
// - the place after a stop closing the name ("Ana Ruiz. Madrid");
// - the agency in capitals in a parenthesis after the name ("Mario Rossi (ANSA)"), returned among the names (an
//   agency's id is the source tag's).
// Every line is invented.
#include "byline_rows.hpp"

using namespace archive;

TEST_CASE("two names joined by a slash over the date are the authors", "[classify][byline][head36]") {
    using Names = std::optional<std::vector<std::string>>;
    CHECK(names_over_date("Ana Ruiz / Pedro Gil") == Names({"Ana Ruiz", "Pedro Gil"}));          // es
    CHECK(names_over_date("Mario Rossi / Anna Bianchi") == Names({"Mario Rossi", "Anna Bianchi"})); // it
    CHECK(names_over_date("Anna Muster / Lena Roth") == Names({"Anna Muster", "Lena Roth"}));       // de
    CHECK_FALSE(names_over_date("Inicio / Política / España"));  // a menu's path: no names
    CHECK_FALSE(names_over_date("Home / News / Harbour"));
}

TEST_CASE("a reporter's post or an agency in a parenthesis after the name", "[classify][byline][head36]") {
    using Names = std::optional<std::vector<std::string>>;
    CHECK(names_over_date("Ana Ruiz (Enviada especial a Kiev)") == Names({"Ana Ruiz"}));     // es
    CHECK(names_over_date("Mario Rossi (inviato a Kiev)") == Names({"Mario Rossi"}));        // it
    CHECK(names_over_date("Anna Muster (Korrespondentin in Kiew)") == Names({"Anna Muster"})); // de
    CHECK(names_over_date("Jane Roe (correspondent in Kyiv)") == Names({"Jane Roe"}));       // en
    CHECK(names_over_date("Mario Rossi (ANSA)") == Names({"Mario Rossi", "(ANSA)"}));        // it
    CHECK(names_over_date("Ana Ruiz (EFE)") == Names({"Ana Ruiz", "(EFE)"}));                // es
    CHECK_FALSE(names_over_date("Ana Ruiz (dos semanas en Kiev)"));  // no post, no place: not a byline's
    CHECK_FALSE(names_over_date("Mario Rossi (bozza)"));             // a word, no agency (head38: "(ansa)" is one)
}

TEST_CASE("the place after a stop closing the name over the date", "[classify][byline][head36]") {
    using Names = std::optional<std::vector<std::string>>;
    CHECK(names_over_date("Ana Ruiz. Madrid") == Names({"Ana Ruiz"}));         // es
    CHECK(names_over_date("Mario Rossi. Roma") == Names({"Mario Rossi"}));     // it
    CHECK(names_over_date("Anna Muster. Hamburg") == Names({"Anna Muster"}));  // de
    CHECK(names_over_date("Jane M. Roe") == Names({"Jane M. Roe"}));           // en: an initial's stop, no place
    const Article a = test::page_under_title(
        "es", "Los transbordadores de la mañana salen tarde", "Ana Ruiz. Madrid\n3 de marzo de 2021",
        "Los transbordadores salieron más tarde esta mañana, porque el viento soplaba fuerte en la bahía.");
    CHECK(a.authors == std::vector<std::string>{"Ana Ruiz"});
}

TEST_CASE("the Spanish special envoy's post after the name is a job title", "[classify][byline][head36]") {
    const Article a = test::page_under_title(
        "es", "Los transbordadores de la mañana salen tarde", "Ana Ruiz, enviada especial\n3 de marzo de 2021",
        "Los transbordadores salieron más tarde esta mañana, porque el viento soplaba fuerte en la bahía.");
    CHECK(a.authors == std::vector<std::string>{"Ana Ruiz"});
}
