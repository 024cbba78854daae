// Table-driven tests of the author's job printed with a possessive before the name in a byline ("By our
// correspondent Jane Roe", "Von unserer Korrespondentin Anna Muster": without_own_job()), in several languages; a
// possessive before other words is left to the byline's reading as it was.
#include "byline_rows.hpp"

using namespace archive;
using test::check_byline_rows;

TEST_CASE("a possessive and the author's job before the name are no part of it", "[classify][byline][own_job]") {
    check_byline_rows({
        {"By our correspondent Jane Roe", "en", {"Jane Roe"}},
        {"By our special correspondent Jane Roe", "en", {"Jane Roe"}},
        {"Von unserer Korrespondentin Anna Muster", "de", {"Anna Muster"}},
        {"Von unserem Korrespondenten Max Roe", "de", {"Max Roe"}},
        {"Par notre envoyée spéciale Jeanne Morel", "fr", {"Jeanne Morel"}},
        {"Por nuestra corresponsal Lucía Gómez", "es", {"Lucía Gómez"}},
        {"Por nossa correspondente Ana Souza", "pt", {"Ana Souza"}},
        {"Door onze redacteur Anna de Vries", "nl", {"Anna de Vries"}},
        {"Dal nostro inviato Marco Bianchi", "it", {"Marco Bianchi"}},
    });
    CHECK(without_own_job("unserer Korrespondentin Anna Muster") == "Anna Muster");
    // No job: the words stay.
    CHECK(without_own_job("his own account Jane Roe") == "his own account Jane Roe");
    CHECK(without_own_job("our correspondent Roe") == "our correspondent Roe");
}
