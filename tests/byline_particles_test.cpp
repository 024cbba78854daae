// Table-driven tests of the nobiliary particles inside a bare name ("Anna von Berg", "Jan van der Berg", "Luca di
// Marco"): one capitalised word follows one, past its articles; "Gepostet von Anna Muster", "Overgenomen van Piet
// Jansen", "Scritto di Mario Rossi" are a participle and a byline's preposition before a name, in several languages.
#include <catch2/catch.hpp>

#include "bylines.hpp"
#include "classify.hpp"

#include <optional>
#include <string>
#include <vector>

using namespace archive;

TEST_CASE("a particle leads to one capitalised word of a name", "[classify][byline][particle]") {
    for (const char* line : {"Gepostet von Anna Muster", "Verschickt von Lena Brandt", "Overgenomen van Piet Jansen",
                             "Geplaatst van Anna Smit", "Tratto da Mario Rossi", "Scritto di Marco Bianchi"}) {
        INFO(line);
        CHECK_FALSE(names_line(line));
        CHECK_FALSE(name_before_date(std::string(line) + " 3. März 2021"));
    }
    for (const char* name : {"Anna von Berg", "Jan van der Berg", "Luca di Marco", "Leonardo da Vinci",
                             "Ursula von der Leyen", "Ana de Souza Lima"}) {
        INFO(name);
        CHECK(names_line(name));
    }
    // The participle that opens a post's byline is a byline word.
    CHECK(byline_authors("Gepostet von Anna Muster am 3. März 2021", "de") ==
          std::optional<std::vector<std::string>>(std::vector<std::string>{"Anna Muster"}));
}
