// The label of a news service's release over its day ("News Release 3-Mar-2025"): invented pages, classified whole.
#include <catch2/catch.hpp>

#include "pipeline.hpp"

#include <string>

TEST_CASE("a news release's label and day under the menu give the publication day", "[dates][published][release]") {
    const char* const lines[] = {"News Release 14-Jun-2021", "News Release June 14, 2021", "NEWS RELEASE 14 June 2021"};
    for (const char* line : lines) {
        INFO(line);
        const std::string page =
            std::string("Home\nNews Releases\n") + line +
            "\nCoastal ferries could run on batteries by the end of the decade, engineers find\n"
            "A new ferry will cross the bay every hour from June on, the engineering school said on Monday.\nIt "
            "carries forty cars and three hundred people, twice as many as the old one, and it runs on batteries.\n"
            "The crossing takes twenty minutes, and the charging takes ten, the team added in its paper.\n";
        const archive::Article a = archive::parse(page, "page.txt");
        CHECK(a.published.value_or("") == "2021-06-14");
    }
}
