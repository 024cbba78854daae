// quotes117: a Polish according phrase ends at its name or its body before the reported clause, whose subject may be
// a name in the nominative ("Według ustaleń policji Marcin K. po kłótni ...") and whose words may go on into quote
// marks ("Według Kaczmarka budżet jest „...”"); on invented sentences.
#include <catch2/catch.hpp>

#include "quote_rows.hpp"

using namespace archive;

TEST_CASE("a Polish according phrase ends at its body or its name", "[quotes][quotes117]") {
    quote_rows::check_only_quotes(
        {
            // (a name and an initial in the nominative after the body's nouns opens the clause: its subject)
            {"pl", "Według ustaleń policji Marcin K. po kłótni uderzył sąsiada butelką.",
             "Marcin K. po kłótni uderzył sąsiada butelką", "Według", "ustaleń policji"},
            // (in the genitive it is the one the findings are of)
            {"pl", "Według relacji Marcina K. sąsiad zaatakował go pierwszy w korytarzu.",
             "sąsiad zaatakował go pierwszy w korytarzu", "Według", "relacji Marcina K."},
        },
        QuoteKind::indirect);
    // (a name in an oblique case, then a short clause going on into quote marks)
    quote_rows::check_quotes({
        {"pl",
         {"Prezes Ruchu Obywatelskiego Henryk Kaczmarek skrytykował projekt.",
          "Według Kaczmarka budżet jest \u201Ebez pokrycia\u201D."},
         "bez pokrycia",
         "Henryk Kaczmarek",
         "Kaczmarka"},
    });
}
