// Table-driven tests of bylines naming the desk's place or the author's outlet: the job and the place it is held in
// before a comma and the name ("De notre correspondante à Berne, Jeanne Dupont": without_filed_from()), and the
// paper or agency after a dash closing the name ("Par Jeanne Dupont - Le Quotidien").
#include "byline_rows.hpp"

using namespace archive;
using test::check_byline_rows;

TEST_CASE("the job's place before a comma is no part of the author's name", "[classify][byline][head32]") {
    check_byline_rows({
        {"De notre correspondante à Berne, Jeanne Dupont", "fr", {"Jeanne Dupont"}},
        {"De notre correspondant à New York, Marc Favre", "fr", {"Marc Favre"}},
        {"Von unserem Korrespondenten in Rom, Hans Muster", "de", {"Hans Muster"}},
        {"Von unserer Korrespondentin in Paris, Anna Berg", "de", {"Anna Berg"}},
        {"Dal nostro corrispondente a Parigi, Marco Bianchi", "it", {"Marco Bianchi"}},
        {"De nuestra corresponsal en Roma, Lucía Gómez", "es", {"Lucía Gómez"}},
        {"From our correspondent in Rome, Jane Roe", "en", {"Jane Roe"}},
        // The job's name after the place, as before.
        {"Von unserer Korrespondentin Anna Muster", "de", {"Anna Muster"}},
    });
    CHECK(without_filed_from("à Berne, Jeanne Dupont") == "Jeanne Dupont");
    CHECK(without_filed_from("in Bad Ragaz, Hans Muster") == "Hans Muster");
    // No comma, or a small word after it, or no name left: the words stay.
    CHECK(without_filed_from("à Berne Jeanne Dupont") == "à Berne Jeanne Dupont");
    CHECK(without_filed_from("in Rom, wie immer") == "in Rom, wie immer");
    CHECK(without_filed_from("Jeanne Dupont, à Berne") == "Jeanne Dupont, à Berne");
    CHECK(without_filed_from("in der Stadt, Hans Muster") == "in der Stadt, Hans Muster");
}

TEST_CASE("the outlet after a dash closing the byline's name names no author", "[classify][byline][head32]") {
    check_byline_rows({
        {"Par Jeanne Dupont - Le Quotidien", "fr", {"Jeanne Dupont"}},
        {"Von Anna Muster – Der Seebote", "de", {"Anna Muster"}},
        {"By Jane Roe — The Harbour Post", "en", {"Jane Roe"}},
        {"Por Ana Ruiz - El Diario del Puerto", "es", {"Ana Ruiz"}},
        {"Di Anna Rossi - Il Giornale del Lago", "it", {"Anna Rossi"}},
        // An agency after the dash is the text's source.
        {"Por Ana Ruiz - EFE", "es", {"Ana Ruiz", "EFE"}},
        // A job after the dash, as before.
        {"Par Jean Dupont – Envoyé spécial", "fr", {"Jean Dupont"}},
    });
}
