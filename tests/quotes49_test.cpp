// Quotes missed or false, and speakers carried too far (probe4 kinds 2d, 2e, 4b-4f): elisions that are no closing
// mark, correction notes, subjectless cues of pro-drop languages, Polish question verbs and oblique pronouns, a
// parenthetical after the subject, an interviewer's question, a denying headline's scare quote.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "pipeline.hpp"
#include "quote_checks.hpp"
#include "quotes.hpp"

#include <string>
#include <vector>

using namespace archive;
using namespace archive::quote_checks;

TEST_CASE("an elision after a space closes no single quote", "[quotes][marks][quotes49]") {
    struct Row {
        const char* text;
        std::vector<std::string> quotes;
    };
    const Row rows[] = {
        {"‘We stonden om vier uur ’s ochtends al op de dijk. Niemand sliep.’ Zo begon het.",
         {"We stonden om vier uur ’s ochtends al op de dijk. Niemand sliep."}},
        {"Ze zei: ‘Dan wordt ’t een lange winter voor de boeren.’", {"Dan wordt ’t een lange winter voor de boeren."}},
        {"‘The band played rock ’n’ roll all night,’ she said.", {"The band played rock ’n’ roll all night,"}},
        {"‘It felt like the ’80s again,’ he said of the fair.", {"It felt like the ’80s again,"}},
        // a closing mark after a word still closes, and an apostrophe inside a word stays one
        {"‘Het is ’s avonds koud’, zegt hij, ‘maar zo’n nacht vergeet je niet.’",
         {"Het is ’s avonds koud", "maar zo’n nacht vergeet je niet."}},
        {"She called it ‘a disgrace’ and left.", {"a disgrace"}},
    };
    for (const auto& r : rows) {
        INFO(r.text);
        CHECK(quoted(r.text) == r.quotes);
    }
}
