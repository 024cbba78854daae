// Table-driven tests of the quotes stage: a title kept in another language and the place it is of ("des nächsten
// Chief Executives von Nordhafen") name an office, no person, and a pronoun after it stands for someone named.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "quote_checks.hpp"

using namespace archive;
using archive::quote_checks::check_cues;

TEST_CASE("a title and the place it is of name no person a pronoun stands for", "[quotes][offices]") {
    check_cues({
        {"de", {"Tom Keller, der Vorsitzende des Ausschusses, stellte am Sonntag das Verfahren zur Wahl des nächsten "
                "Chief Executives von Nordhafen vor. Er sagte: „Die Wahl wird frei und geheim sein.“"},
         "Die Wahl wird frei und geheim sein.", "sagte", "Tom Keller", "Er"},
        {"fr", {"Paul Roux, président du comité, a présenté dimanche le mode d'élection du prochain Chief Executive de "
                "Portneuf. « Le vote sera libre et secret », a-t-il dit devant la presse."},
         "Le vote sera libre et secret", "a-t-il dit", "Paul Roux", "il"},
    });
}
