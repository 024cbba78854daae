// Table-driven tests of the nobiliary particles inside a bare name ("Anna von Berg", "Jan van der Berg", "Luca di
// Marco"): one capitalised word follows a German or Dutch one, past its articles; "Gepostet von Anna Muster",
// "Overgenomen van Piet Jansen" are a participle and a byline's preposition before a name. The Romance "da", "di" may
// lead to two family names ("Maria da Conceição Tavares").
#include "byline_rows.hpp"

using namespace archive;

TEST_CASE("a particle leads to one capitalised word of a name", "[classify][byline][particle]") {
    const std::vector<std::string> not_names = {"Gepostet von Anna Muster", "Verschickt von Lena Brandt",
                                                "Overgenomen van Piet Jansen", "Geplaatst van Anna Smit"};
    for (const std::string& line : not_names) {
        INFO(line);
        CHECK_FALSE(names_line(line));
        CHECK_FALSE(name_before_date(line + " 3. März 2021"));
    }
    const std::vector<std::string> names = {"Anna von Berg",    "Jan van der Berg",     "Luca di Marco",
                                            "Leonardo da Vinci", "Ursula von der Leyen", "Ana de Souza Lima",
                                            "Maria da Conceição Tavares", "Luca di Marco Bellini"};
    for (const std::string& name : names) {
        INFO(name);
        CHECK(names_line(name));
    }
    // The participle that opens a post's byline is a byline word.
    test::check_byline_rows({{"Gepostet von Anna Muster am 3. März 2021", "de", {"Anna Muster"}}});
}
