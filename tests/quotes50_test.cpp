// Speakers of probe5's quotes (kind 5c): a role noun, or the capitalised word of the body it serves, glued before the
// name ("County road engineer Mara Voss said", "Forecaster Ann Pruitt says", "mówił trener Lecha Adam Nowicki").
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "pipeline.hpp"
#include "quote_checks.hpp"
#include "quote_rows.hpp"

#include <string>
#include <vector>

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a body's word and a lower-case role before a full name leave the name the speaker",
          "[quotes][speakers][quotes50]") {
    check_quotes({
        // the body's word alone is the last word of a body named before: still no speaker of its own
        {"en",
         {"The Harlow County Sheriff's Office said three cars slid off the road overnight.",
          "County road foreman Mara Voss said the plows went out at dawn."},
         "the plows went out at dawn",
         "Mara Voss"},
        {"en",
         {"Norland Transit said the trains would run again on Monday.",
          "Transit union steward Ola Brenn said the drivers had not been asked."},
         "the drivers had not been asked",
         "Ola Brenn"},
        {"en",
         {"Company site foreman Dev Raman told reporters that the crane had been checked that morning."},
         "the crane had been checked that morning",
         "Dev Raman"},
    });
}

TEST_CASE("a trade opening the sentence in capitals is no part of the name after it", "[quotes][speakers][quotes50]") {
    check_quotes({
        {"en", {"Meteorologist Ben Kowal says more freezing drizzle is possible on Thursday."},
         "more freezing drizzle is possible on Thursday", "Ben Kowal", "Meteorologist Ben Kowal"},
        {"en", {"Forecaster Ann Pruitt said the front would pass before noon."}, "the front would pass before noon",
         "Ann Pruitt"},
        {"en", {"Climatologist Lisa Moor said the spring had been the driest on record."},
         "the spring had been the driest on record", "Lisa Moor"},
    });
    // a trade of the list before, the name the cue's subject (read first among the sentence's names, then as the
    // mention: the same person both times)
    check_quotes({
        {"en", {"Architect Nora Pellwood said the new wing would need more light."},
         "the new wing would need more light", "Nora Pellwood"},
        {"es", {"Arquitecto Tomás Ezquerra dijo que la obra terminará en mayo."}, "la obra terminará en mayo",
         "Tomás Ezquerra"},
    });
    // the trade with an article and no name is someone unnamed still, not a holder of another role named before
    check_quotes({
        {"en", {"The station manager, Tom Vale, showed the new radar to visitors.",
                "A meteorologist at the station said it was \"very precise\". He added that it was \"not yet tested\"."},
         "not yet tested", ""},
    });
}

TEST_CASE("a Polish coach's club in the genitive stands between the role and the name", "[quotes][speakers][quotes50]") {
    check_quotes({
        {"pl", {"– Mamy jeszcze czas na poprawę – mówił trener Lecha Adam Nowicki."}, "Mamy jeszcze czas na poprawę",
         "Adam Nowicki"},
        {"pl", {"– Graliśmy za wolno – przyznał kapitan Pogoni Marek Wilk."}, "Graliśmy za wolno", "Marek Wilk"},
        // a role with no body between keeps its name as before
        {"pl", {"– Graliśmy za wolno – przyznał trener Marek Wilk."}, "Graliśmy za wolno", "Marek Wilk"},
    });
}

TEST_CASE("a preposition's phrase between the cue and a surname named before is no part of the mention",
          "[quotes][mentions][quotes50]") {
    check_quotes({
        {"pl",
         {"Trener Lecha Adam Nowicki zmienił ustawienie po przerwie.",
          "– Mamy jeszcze czas na poprawę – mówił po meczu Nowicki."},
         "Mamy jeszcze czas na poprawę", "Adam Nowicki", "Nowicki"},
        {"es",
         {"La entrenadora Lucía Ferreyra cambió el equipo en el descanso.",
          "«Nos faltó paciencia», dijo tras el partido Ferreyra."},
         "Nos faltó paciencia", "Lucía Ferreyra", "Ferreyra"},
    });
}
