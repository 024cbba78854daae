// A titled name opening the sentence, then a relative clause between commas and the cue: the name speaks, what
// follows the cue is what was said. Every line is invented.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using archive::quote_rows::check_quotes;
using archive::quote_rows::PageRow;

TEST_CASE("a title's small words before the name of a relative clause's subject", "[quotes][indirect]") {
    check_quotes({
        {"en",
         {"Board member Harold Pinsent, who voted against the plan, said the fare projections were too rosy."},
         "the fare projections were too rosy",
         "Harold Pinsent",
         "Board member Harold Pinsent"},
        {"en",
         {"Council leader Jane Ashdown, who chairs the transport committee, said the new line would open in 2031."},
         "the new line would open in 2031",
         "Jane Ashdown",
         "Council leader Jane Ashdown"},
        {"fr",
         {"Le conseiller Paul Morand, qui a voté contre le projet, a affirmé que les prévisions étaient trop optimistes."},
         "les prévisions étaient trop optimistes",
         "Paul Morand"},
        {"es",
         {"La concejala Ana Ruiz, quien preside la comisión, dijo que la línea abrirá en 2031."},
         "la línea abrirá en 2031",
         "Ana Ruiz"},
        {"en",
         {"The vote was close. Trustee Nora Quillfeather said the budget could not carry a second bond this year."},
         "the budget could not carry a second bond this year",
         "Nora Quillfeather",
         "Trustee Nora Quillfeather"},
    });
}
