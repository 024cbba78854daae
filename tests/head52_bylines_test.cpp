// Bylines of Spanish, Catalan and Italian pages (head52):
// - two family names joined by "y" or "i" closing a name ("José Ortega y Gasset", "Jordi Puigvert i Soler"): one
//   person, where "Ana Ruiz y Gil Soto" names two;
// - the outlet the author writes for after a bar or a dash closing the one name over the date ("Alejandra Ruvalcaba
//   | El Heraldo del Valle", "Marco Bianchi - Il Corriere del Lago").
// Every line is invented.
#include "byline_rows.hpp"

using namespace archive;

using Names = std::optional<std::vector<std::string>>;

TEST_CASE("two family names joined by y or i close one name", "[classify][byline][head52]") {
    CHECK(names_line("Jordi Puigvert i Soler") == Names({"Jordi Puigvert i Soler"}));          // ca
    CHECK(names_line("Maria Rovira i Vidal") == Names({"Maria Rovira i Vidal"}));              // ca
    CHECK(names_line("José Ortega y Gasset") == Names({"José Ortega y Gasset"}));              // es
    CHECK(names_over_date("Jordi Puigvert i Soler") == Names({"Jordi Puigvert i Soler"}));
    // two names of two words each: two authors, the joiner between them
    CHECK(names_line("Marta Roig i Pau Soler") == Names({"Marta Roig", "Pau Soler"}));         // ca
    CHECK(names_line("Ana Ruiz y Gil Soto") == Names({"Ana Ruiz", "Gil Soto"}));               // es
    CHECK(names_line("Anna Kowalska i Jan Nowak") == Names({"Anna Kowalska", "Jan Nowak"}));   // pl
    // "and", "und", "e" are no name's particle: a lone word after them is no name
    CHECK_FALSE(names_line("Jane Roe and Smith"));                                             // en
    CHECK_FALSE(names_line("Mario Rossi e Bianchi"));                                          // it
}

TEST_CASE("a Catalan name with i over the date is the byline, the title stays the headline",
          "[classify][byline][head52]") {
    const Article a = test::page_under_title("es", "El Ayuntamiento reabre la biblioteca del barrio tras dos años de obras",
                                             "Jordi Puigvert i Soler\n05/12/2026 12:45",
                                             "La biblioteca del barrio abrió de nuevo sus puertas este viernes con "
                                             "más salas de estudio y un horario ampliado hasta las diez de la noche.");
    CHECK(a.headline == "El Ayuntamiento reabre la biblioteca del barrio tras dos años de obras");
    CHECK(a.authors == std::vector<std::string>{"Jordi Puigvert i Soler"});
}

TEST_CASE("the outlet after a bar or a dash closing the name over the date", "[classify][byline][head52]") {
    CHECK(names_over_date("Alejandra Ruvalcaba | El Heraldo del Valle") == Names({"Alejandra Ruvalcaba"})); // es
    CHECK(names_over_date("Marco Bianchi - Il Corriere del Lago") == Names({"Marco Bianchi"}));              // it
    CHECK(names_over_date("Jeanne Dupont | Le Quotidien du Lac") == Names({"Jeanne Dupont"}));               // fr
    CHECK(names_over_date("Lucía Gómez | Madrid") == Names({"Lucía Gómez"}));  // a place, as before
    // a title of a teaser, no name before the bar: nothing
    CHECK_FALSE(names_over_date("Última hora | El Heraldo del Valle"));
    CHECK_FALSE(names_over_date("Cierran la Línea 7 | El Heraldo del Valle"));
    const Article a = test::page_under_title("es", "Cierran la línea del tranvía por las obras del nuevo puente",
                                             "Alejandra Ruvalcaba | El Heraldo del Valle\n"
                                             "viernes, 05 de diciembre de 2026 · 11:20 hrs.",
                                             "La línea del tranvía estará cerrada hasta el lunes por las obras del "
                                             "puente, según informó el ayuntamiento en un comunicado.");
    CHECK(a.authors == std::vector<std::string>{"Alejandra Ruvalcaba"});
    CHECK(a.published == "2026-12-05T11:20");
}
