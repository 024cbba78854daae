// "Pollard, he said, had been warned ...", "Le ponton, a-t-il dit, était ...": a cue clause set between two commas
// inside the sentence it reports; the sentence without the clause is what was said, and the pronoun's person speaks.
// Invented lines.
#include <catch2/catch.hpp>

#include "quote_checks.hpp"

using namespace archive;
using namespace archive::quote_checks;

TEST_CASE("a cue clause between commas inside the reported sentence", "[quotes][cue_inside]") {
    check_cues({
        {"en",
         {"Harbour master Tom Vale spoke to reporters after the meeting.",
          "Pollard, he said, had been warned about the state of the pier long before the storm hit."},
         "Pollard had been warned about the state of the pier long before the storm hit",
         "said",
         "Tom Vale",
         "he"},
        {"fr",
         {"Le capitaine du port, Paul Roux, a parlé à la presse après la réunion.",
          "Le ponton, a-t-il dit, était en mauvais état bien avant la tempête de la semaine dernière."},
         "Le ponton était en mauvais état bien avant la tempête de la semaine dernière",
         "a-t-il dit",
         "Paul Roux",
         "il"},
        {"en",
         {"Council leader Ann Roe spoke to reporters after the meeting.",
          "The ferry, she said, would not run again before the spring."},
         "The ferry would not run again before the spring",
         "said",
         "Ann Roe",
         "she"},
    });
}

TEST_CASE("a cue clause between commas before a capitalised word or that is read as before", "[quotes][cue_inside]") {
    // ("The plan, he said, that ..." and "The plan, he said, The ...": no sentence going on after the clause)
    for (const char* paragraph : {"Tom Vale spoke first. In the end, he said that the pier would reopen in May.",
                                  "Tom Vale spoke first. In the end, he said: The pier would reopen in May."}) {
        INFO(paragraph);
        for (const auto& q : extract_quotes(body("en", {paragraph})))
            CHECK(q.text.rfind("In the end the", 0) != 0);
    }
}
