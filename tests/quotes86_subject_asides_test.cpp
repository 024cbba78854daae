// Reported speech whose subject opens the sentence with an aside the older readers did not know: a count for its
// determiner ("One resident, who ...,", "Two officials, who ...,"), a name with an "of" phrase ("Tom Kerr, of Northvale
// Fire and Rescue Service,"), an age then an apposition ("Ruth Hale, 19, a student at the college,"), "one of the ...".
// The clause after the cue is what was said, not an inverted subject ("said she had been woken", "told reporters the
// vote could be delayed"). Every line is invented (session 51, quotes86).
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "quote_rows.hpp"

using archive::quote_rows::check_quotes;

TEST_CASE("a counted description with a relative clause before the cue is the subject of reported speech",
          "[quotes][indirect][aside][quotes86]") {
    check_quotes({
        {"en",
         {"One resident, who asked not to be named, said she had been woken by the sirens before dawn."},
         "she had been woken by the sirens before dawn",
         "",
         "One resident"},
        {"en",
         {"Two officials, who spoke on condition of anonymity, told reporters the vote could be delayed until March."},
         "the vote could be delayed until March",
         "",
         "Two officials"},
        {"it",
         {"Due funzionari, che hanno chiesto l'anonimato, hanno detto che il voto potrebbe slittare fino a marzo."},
         "il voto potrebbe slittare fino a marzo",
         "",
         "Due funzionari"},
        {"es",
         {"Dos funcionarios, que pidieron el anonimato, dijeron que la votación podría aplazarse hasta marzo."},
         "la votación podría aplazarse hasta marzo",
         "",
         "Dos funcionarios"},
        {"es",
         {"Varios vecinos, que pidieron no ser identificados, dijeron que el agua subió en pocos minutos."},
         "el agua subió en pocos minutos",
         "",
         "Varios vecinos"},
    });
}

TEST_CASE("a name with an of-phrase, an age and an apposition, or one of a group, before the cue is its subject",
          "[quotes][indirect][aside][quotes86]") {
    check_quotes({
        {"en",
         {"Station officer Tom Kerr, of Northvale Fire and Rescue Service, said crews had pumped water out of forty "
          "homes."},
         "crews had pumped water out of forty homes",
         "Tom Kerr"},
        {"en",
         {"Tom Kerr, of the fire service, said crews had pumped water out of forty homes."},
         "crews had pumped water out of forty homes",
         "Tom Kerr"},
        {"en",
         {"Ruth Hale, 19, a student at the college, said she had been evacuated with her flatmates."},
         "she had been evacuated with her flatmates",
         "Ruth Hale"},
        {"en",
         {"Eric Dunmore, one of the founders of the rowing club, said he was worried about the weir."},
         "he was worried about the weir",
         "Eric Dunmore"},
        {"en",
         {"Gina Platt, president of the parish council, which meets on Mondays, said the bridge would stay shut for a "
          "week."},
         "the bridge would stay shut for a week",
         "Gina Platt"},
        {"es",
         {"Rosa Calvo, de 24 años, una estudiante de la facultad, dijo que había tenido que dejar su piso."},
         "había tenido que dejar su piso",
         "Rosa Calvo"},
        {"it",
         {"Anna Neri, 36 anni, una studentessa dell'ateneo, ha detto che aveva dovuto lasciare la casa."},
         "aveva dovuto lasciare la casa",
         "Anna Neri"},
    });
}

TEST_CASE("an inverted report after the cue still names its subject", "[quotes][indirect][aside][quotes86]") {
    check_quotes({
        {"en",
         {"The bridge over the river will stay shut for at least a week, said Gina Platt, the head of the council."},
         "The bridge over the river will stay shut for at least a week",
         "Gina Platt"},
        {"en",
         {"Crews pumped water out of forty homes in the night, said the station officer who had led them."},
         "Crews pumped water out of forty homes in the night",
         ""},
    });
}
