// An agency's or a broadcaster's name alone opening the text with its dash ("CNN — Scientists ...", "dpa - Die ..."):
// the tag of a text filed from no place (dateline_tag()); printed alone on its line over the first paragraph it is
// the dateline of that paragraph (own_line_dateline()) and heads no section. Invented lines.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "press_datelines.hpp"
#include "test_pages.hpp"

#include <string>
#include <tuple>

using namespace archive;

TEST_CASE("an agency's name alone and its dash open the text: the tag, no place", "[agencies][dateline][head29]") {
    for (const auto& [paragraph, raw, agency] :
         {std::tuple{"CNN — Scientists have found the remains of a forest under the ice sheet.", "CNN —", "cnn"},
          std::tuple{"Reuters - The airline said on Tuesday it would cut a fifth of its flights.", "Reuters -", "reuters"},
          std::tuple{"dpa – Die Werft am Hafen stellt in diesem Jahr zwanzig Lehrlinge ein.", "dpa –", "dpa"},
          std::tuple{"AFP - Le conseil municipal a voté lundi la fermeture du vieux pont.", "AFP -", "afp"},
          std::tuple{"EFE - El ayuntamiento abrirá dos guarderías nuevas en el barrio del puerto.", "EFE -", "efe"}}) {
        INFO(paragraph);
        const auto tag = dateline_tag(paragraph);
        REQUIRE(tag);
        CHECK(tag->raw == raw);
        CHECK(tag->place.empty());
        REQUIRE(tag->agencies.size() == 1);
        CHECK(tag->agencies.front() == agency);
    }
}

TEST_CASE("a name that is no agency's, or no sentence after the dash, is no tag", "[agencies][dateline][head29]") {
    for (const char* paragraph : {"Harbour — The council voted on Monday to close the old bridge.",
                                  "Politik - Die Werft am Hafen stellt zwanzig Lehrlinge ein.",
                                  "CNN — the week in pictures",
                                  "AFP - photos"}) {
        INFO(paragraph);
        const auto tag = dateline_tag(paragraph);
        CHECK((!tag || tag->agencies.empty()));
    }
}

TEST_CASE("an agency's name and its dash alone on their line over the first paragraph", "[agencies][dateline][head29]") {
    for (const auto& [line, next, agency] :
         {std::tuple{"CNN —", "Scientists have found the remains of a forest under the ice sheet.", "cnn"},
          std::tuple{"dpa -", "Die Werft am Hafen stellt in diesem Jahr zwanzig Lehrlinge ein.", "dpa"}}) {
        INFO(line);
        const auto tag = own_line_dateline(line, next);
        REQUIRE(tag);
        CHECK(tag->raw == line);
        REQUIRE(tag->agencies.size() == 1);
        CHECK(tag->agencies.front() == agency);
    }
    CHECK_FALSE(own_line_dateline("What comes next", "A ferry will run every twenty minutes from the old pier."));
}

TEST_CASE("a dateline alone on its line under the lead picture heads no section", "[sections][heading][head29]") {
    // "CNN —", "WASHINGTON —" under the lead picture's caption and credit: the text's first words, no heading; the
    // heading further down stays one.
    const std::string cnn = R"(Harbour News
US
World
Politics
Business
Health
Harbour town votes to close its old swing bridge after divers find cracks
By Ann Porter, CNN
5 minute read
Updated 10:42 AM EST, Tue November 24, 2026
Link Copied!
Divers spent three days under the bridge to inspect its piers.
Harbour Photo Agency
CNN —
The council voted on Monday to close the swing bridge for two years after divers found cracks in two of its piers.
The bridge carries about nine thousand cars a day between the two halves of the town, the council said.
"We cannot ask people to drive over a bridge our own divers tell us is failing," said the mayor, Ruth Alder.
What comes next
A ferry will run every twenty minutes from the old pier while the bridge is repaired, the mayor said.
Shop owners on the east bank said the closure would cost them a third of their trade over the winter.
)";
    std::string washington = cnn;
    const std::string tag = "CNN —\n";
    washington.replace(washington.find(tag), tag.size(), "WASHINGTON —\n");
    archive::test::check_heading_rows({{"en", cnn.c_str(), {"What comes next"}},
                                       {"en", washington.c_str(), {"What comes next"}}});
}
