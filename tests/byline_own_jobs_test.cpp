// Table-driven tests of the author's job printed with a possessive before the name in a byline ("By our
// correspondent Jane Roe", "Von unserer Korrespondentin Anna Muster": without_own_job()), in several languages; a
// possessive before other words is left to the byline's reading as it was.
#include <catch2/catch.hpp>

#include "bylines.hpp"
#include "classify.hpp"

#include <optional>
#include <string>
#include <tuple>
#include <vector>

using namespace archive;

using Names = std::optional<std::vector<std::string>>;

TEST_CASE("a possessive and the author's job before the name are no part of it", "[classify][byline][own_job]") {
    for (const auto& [line, lang, name] : {
             std::tuple{"By our correspondent Jane Roe", "en", "Jane Roe"},
             std::tuple{"By our special correspondent Jane Roe", "en", "Jane Roe"},
             std::tuple{"Von unserer Korrespondentin Anna Muster", "de", "Anna Muster"},
             std::tuple{"Von unserem Korrespondenten Max Roe", "de", "Max Roe"},
             std::tuple{"Par notre envoyée spéciale Jeanne Morel", "fr", "Jeanne Morel"},
             std::tuple{"Por nuestra corresponsal Lucía Gómez", "es", "Lucía Gómez"},
             std::tuple{"Por nossa correspondente Ana Souza", "pt", "Ana Souza"},
             std::tuple{"Door onze redacteur Anna de Vries", "nl", "Anna de Vries"},
             std::tuple{"Dal nostro inviato Marco Bianchi", "it", "Marco Bianchi"},
         }) {
        INFO(line);
        CHECK(byline_authors(line, lang) == Names(std::vector<std::string>{name}));
    }
    CHECK(without_own_job("unserer Korrespondentin Anna Muster") == "Anna Muster");
    // No job: the words stay.
    CHECK(without_own_job("his own account Jane Roe") == "his own account Jane Roe");
    CHECK(without_own_job("our correspondent Roe") == "our correspondent Roe");
}
