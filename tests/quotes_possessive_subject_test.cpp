// Table-driven tests of a subject opened by a possessive at a sentence's start where nouns are capitalised: "Meine
// Firma sagte", "Unsere Gemeinde teilte mit": the possessive and its noun are no person's name; the speaker is the
// body the noun names, as after a possessive in lower case ("sagte unsere Firma"); on invented sentences.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;
using namespace archive::quote_rows;

TEST_CASE("a possessive opening a sentence and its capitalised noun name no person", "[quotes][speakers]") {
    check_speakers({
        {"de", "Meine Firma sagte: „Wir liefern die Ware im Frühling.“", "Wir liefern die Ware im Frühling.", "Firma"},
        {"de", "Unsere Gemeinde teilte mit: „Der Steg bleibt bis Juni gesperrt.“", "Der Steg bleibt bis Juni gesperrt.",
         "Gemeinde"},
        {"de", "Unser Verein erklärte am Abend: „Wir stimmen dem Haushalt nicht zu.“",
         "Wir stimmen dem Haushalt nicht zu.", "Verein"},
        {"de", "Eure Schule sagte: „Der Unterricht fällt aus.“", "Der Unterricht fällt aus.", "Schule"},
    });
}
