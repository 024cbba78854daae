// Bylines of Spanish, Catalan, Italian and French pages (head55):
// - a byline word before a name closed by two family names joined by "y" or "i" ("Por José Ortega y Gasset", "Per
//   Jordi Puigvert i Soler"): one person, as on a line of names alone, where "Por Ana López y Luis Gil" names two;
// - the outlet the author writes for after a slash closing the one name over the date ("Alejandra Ruvalcaba / El
//   Heraldo del Valle"), as after a bar.
// Every line is invented.
#include "byline_rows.hpp"

using namespace archive;

using Names = std::optional<std::vector<std::string>>;

TEST_CASE("a byline word before two family names joined by y or i gives one name", "[classify][byline][head55]") {
    CHECK(byline_authors("Por José Ortega y Gasset", "es") == Names({"José Ortega y Gasset"}));        // es
    CHECK(byline_authors("Per Jordi Puigvert i Soler", "ca") == Names({"Jordi Puigvert i Soler"}));    // ca
    CHECK(byline_authors("Per Maria Rovira i Vidal", "ca") == Names({"Maria Rovira i Vidal"}));        // ca
    // two names, the joiner between them: two authors
    CHECK(byline_authors("Por Ana López y Luis Gil", "es") == Names({"Ana López", "Luis Gil"}));       // es
    CHECK(byline_authors("Per Marta Roig i Pau Soler", "ca") == Names({"Marta Roig", "Pau Soler"}));   // ca
    CHECK(byline_authors("By Jane Roe and John Doe", "en") == Names({"Jane Roe", "John Doe"}));        // en
    // "e", "and", "et" are no name's particle: they join two authors
    CHECK(byline_authors("di Mario Rossi e Anna Bianchi", "it") == Names({"Mario Rossi", "Anna Bianchi"})); // it
    CHECK(byline_authors("Par Jeanne Morel et Paul Girard", "fr") == Names({"Jeanne Morel", "Paul Girard"})); // fr
    // one word before the joiner: a first name, no family name joined
    CHECK(byline_authors("Por Ana y Luis Gil", "es") != Names({"Ana y Luis Gil"}));
}

TEST_CASE("a Spanish byline with y over the body keeps the whole name", "[classify][byline][head55]") {
    const Article a = test::page_under_title("es", "El Ayuntamiento reabre la biblioteca del barrio tras dos años de obras",
                                             "Por José Ortega y Gasset\n05/12/2026 12:45",
                                             "La biblioteca del barrio abrió de nuevo sus puertas este viernes con "
                                             "más salas de estudio y un horario ampliado hasta las diez de la noche.");
    CHECK(a.headline == "El Ayuntamiento reabre la biblioteca del barrio tras dos años de obras");
    CHECK(a.authors == std::vector<std::string>{"José Ortega y Gasset"});
}

TEST_CASE("the outlet after a slash closing the name over the date", "[classify][byline][head55]") {
    CHECK(names_over_date("Alejandra Ruvalcaba / El Heraldo del Valle") == Names({"Alejandra Ruvalcaba"})); // es
    CHECK(names_over_date("Marco Bianchi / Il Corriere del Lago") == Names({"Marco Bianchi"}));              // it
    CHECK(names_over_date("Jeanne Dupont / Le Quotidien du Lac") == Names({"Jeanne Dupont"}));               // fr
    // two names joined by the slash, and an agency after it, as before
    CHECK(names_over_date("Ana Ruiz / Pedro Gil") == Names({"Ana Ruiz", "Pedro Gil"}));
    CHECK(names_over_date("Anna Muster / dpa") == Names({"Anna Muster", "dpa"}));
    // a title of a teaser, no name before the slash: nothing
    CHECK_FALSE(names_over_date("Última hora / El Heraldo del Valle"));
    CHECK_FALSE(names_over_date("Cierran la Línea 7 / El Heraldo del Valle"));
    const Article a = test::page_under_title("es", "Cierran la línea del tranvía por las obras del nuevo puente",
                                             "Alejandra Ruvalcaba / El Heraldo del Valle\n"
                                             "viernes, 05 de diciembre de 2026 · 11:20 hrs.",
                                             "La línea del tranvía estará cerrada hasta el lunes por las obras del "
                                             "puente, según informó el ayuntamiento en un comunicado.");
    CHECK(a.authors == std::vector<std::string>{"Alejandra Ruvalcaba"});
    CHECK(a.published == "2026-12-05T11:20");
}
