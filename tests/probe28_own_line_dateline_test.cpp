// A dateline printed alone on its line over the text's first paragraph (body_dateline()): a dump that broke the line
// after "CHENNAI:", "WASHINGTON —", "LONDON (Reuters) -", "BERLIN (dpa) -", "PARIS (AFP) -".
#include <catch2/catch.hpp>

#include "press_datelines.hpp"

#include <string>
#include <tuple>
#include <vector>

using namespace archive;

TEST_CASE("a dateline alone on its line over the first paragraph", "[agencies][dateline][probe28]") {
    for (const auto& [line, place, agency] :
         {std::tuple{"CHENNAI:", "CHENNAI", ""}, std::tuple{"WASHINGTON —", "WASHINGTON", ""},
          std::tuple{"LONDON (Reuters) -", "LONDON", "reuters"}, std::tuple{"BERLIN (dpa) -", "BERLIN", "dpa"},
          std::tuple{"PARIS (AFP) -", "PARIS", "afp"}}) {
        INFO(line);
        const Section s{std::nullopt,
                        {line, "The council approved the plan on Tuesday after a debate that lasted most of the day.",
                         "Work is expected to begin in the spring."}};
        const auto d = body_dateline({s});
        REQUIRE(d);
        CHECK(d->place == place);
        CHECK(d->raw == line);
        CHECK((d->agencies.empty() ? std::string() : d->agencies.front()) == agency);
    }
}

TEST_CASE("a label alone on its line is no dateline", "[agencies][dateline][probe28]") {
    // A short heading or label over the text is no dateline: no place in capitals closed by its mark.
    for (const char* line : {"Key points:", "What happened", "Background —", "Lesen Sie auch:", "À lire aussi :"}) {
        INFO(line);
        const Section s{std::nullopt,
                        {line, "The council approved the plan on Tuesday after a debate that lasted most of the day."}};
        CHECK_FALSE(body_dateline({s}));
    }
    // A transcript's speakers' labels, each alone on its line, open turns, not the text.
    const Section transcript{std::nullopt,
                             {"COOPER:", "Good evening, everyone. Tonight we begin with the storm over the coast.",
                              "ROE:", "Thank you, Anderson. The wind has been blowing here since noon today.",
                              "COOPER:", "How many people have left their homes so far tonight?"}};
    CHECK_FALSE(body_dateline({transcript}));
}
