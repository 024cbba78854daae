// A picture a reader sent in, credited to the outlet and its reader-reporter (probe49 M2): "20 Sekunden/Leserreporter",
// "Lecteur-reporter". Neither read as a credit: the reader-reporter's word was no credit word, and the outlet's name
// opening with its figures stopped the credit's tokens. Both are credits; a count of pictures or a date is none.
// Invented lines.
#include <catch2/catch.hpp>

#include "classify.hpp"

#include <string>

using namespace archive;

TEST_CASE("an outlet and its reader-reporter credit a picture", "[media][credit][media35]") {
    for (const char* line : {"20 Sekunden/Leserreporter", "Leser-Reporter", "Seeblatt/Leserreporter",
                             "20 secondes/Lecteur-reporter", "Lecteur-reporter", "Courrier/Lecteur-reporter"}) {
        INFO(line);
        CHECK(is_credit_line(std::string_view(line)));
    }
    // Figures opening a line with no credit word after the slash, or no slash at all, are none.
    for (const char* line : {"20 Sekunden/Hafen", "20 secondes/Marché", "20 Leserreporter", "12 Fotos am Hafen",
                             "24 heures/24 Heures"}) {
        INFO(line);
        CHECK_FALSE(is_credit_line(std::string_view(line)));
    }
}
