// Table-driven tests of the quotes stage: the forms a cue takes in each language (verbs of judging and naming, cues
// typed without their accents), a nickname inside the name of an attribution and markup attributes in a dump.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "pipeline.hpp"
#include "quote_checks.hpp"
#include "quote_rows.hpp"
#include "quotes.hpp"

#include <string>
#include <vector>

using namespace archive;
using namespace archive::quote_checks;
using namespace archive::quote_rows;

TEST_CASE("a nickname inside the name of an attribution parts neither the name nor the quotes",
          "[quotes][cue_forms]") {
    check_quotes({
        {"en", {"“We will win,” said Ellen “Nell” Brooks. “The count is on our side.”"},
         "We will win, The count is on our side.", "Ellen Brooks", "Ellen Brooks"},
        {"en", {"“We are not done yet,” Ellen “Nell” Brooks said, “the rural vote comes last.”"},
         "We are not done yet, the rural vote comes last.", "Ellen Brooks"},
        {"de", {"„Wir gewinnen die Wahl“, sagte Daniela „Danni“ Brauer am Abend."}, "Wir gewinnen die Wahl",
         "Daniela Brauer"},
        {"es", {"«Vamos a ganar la elección», dijo Antonio «Toño» Ruiz ante sus seguidores."},
         "Vamos a ganar la elección", "Antonio Ruiz"},
        {"fr", {"« Nous allons gagner », a déclaré Jean « Jeannot » Morel devant ses partisans."},
         "Nous allons gagner", "Jean Morel"},
    });
}

TEST_CASE("the value of a markup attribute in a dump is no quote", "[quotes][marks][cue_forms]") {
    CHECK(quoted("<blockquote class=\"twitter-tweet\" tweet-author=\"Jane Doe\" data-lang=\"en\">") ==
          std::vector<std::string>{});
    CHECK(quoted("<figure data-caption='Waves hit the pier at dawn'> He said \"no\" twice.") ==
          std::vector<std::string>{"no"});
    const auto qs = extract_quotes(body("en", {"<div data-quote=\"We will reopen the harbour as soon as it is safe\" "
                                               "data-speaker=\"Paul Brown\"></div>"}));
    CHECK(qs.empty());
    const auto de = extract_quotes(body("de", {"<figure data-caption=\"Wellen schlagen am Morgen über die alte "
                                               "Hafenmauer\"></figure>"}));
    CHECK(de.empty());
}
