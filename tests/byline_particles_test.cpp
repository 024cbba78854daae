// Table-driven tests of the nobiliary particles inside a bare name ("Anna von Berg", "Jan van der Berg", "Luca di
// Marco"): one capitalised word follows one, past its articles; "Gepostet von Anna Muster", "Overgenomen van Piet
// Jansen", "Scritto di Mario Rossi" are a participle and a byline's preposition before a name, in several languages.
#include "byline_rows.hpp"

using namespace archive;

TEST_CASE("a particle leads to one capitalised word of a name", "[classify][byline][particle]") {
    const std::vector<std::string> not_names = {"Gepostet von Anna Muster", "Verschickt von Lena Brandt",
                                                "Overgenomen van Piet Jansen", "Geplaatst van Anna Smit",
                                                "Tratto da Mario Rossi", "Scritto di Marco Bianchi"};
    for (const std::string& line : not_names) {
        INFO(line);
        CHECK_FALSE(names_line(line));
        CHECK_FALSE(name_before_date(line + " 3. März 2021"));
    }
    const std::vector<std::string> names = {"Anna von Berg",    "Jan van der Berg",     "Luca di Marco",
                                            "Leonardo da Vinci", "Ursula von der Leyen", "Ana de Souza Lima"};
    for (const std::string& name : names) {
        INFO(name);
        CHECK(names_line(name));
    }
    // The participle that opens a post's byline is a byline word.
    test::check_byline_rows({{"Gepostet von Anna Muster am 3. März 2021", "de", {"Anna Muster"}}});
}
