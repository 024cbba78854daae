// "Photo via Jane Roe/Harbour Trust", "Image via City Council", "Foto via Gemeinde Wendle": a picture's word, then
// "via" and whoever handed the picture on, is a credit (lexicon sections credit_prefixes and credit_name_prefixes):
// on its own line, and closing a caption, which the picture takes without it. "Send the photo via email" names
// nobody after "via" and stays prose.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "classify.hpp"
#include "pipeline.hpp"

#include <algorithm>
#include <string>

using namespace archive;

TEST_CASE("a picture's word and via open a credit", "[credits]") {
    for (const char* line : {"Photo via Jane Roe/Harbour Trust", "Image via City Council", "Foto via Gemeinde Wendle",
                             "Photo via Ville de Morges", "(Photos via Tom Hale)"}) {
        CAPTURE(line);
        CHECK(is_credit_line(std::string_view(line)));
    }
    for (const char* line : {"Send the photo via email and we will add it here.", "Photo via email",
                             "Image via the ferry office in the old harbour, which the council wants to sell."}) {
        CAPTURE(line);
        CHECK_FALSE(is_credit_line(std::string_view(line)));
    }
}

TEST_CASE("a caption closed by a via credit gives the picture that credit", "[credits]") {
    struct Row {
        const char* caption;
        const char* credit;
    };
    const Row rows[] = {
        {"The old lighthouse keeper lights the lamp for the last time.", "Photo via Jane Roe/Harbour Trust"},
        {"Der neue Steg am Seeufer kurz vor der Eröffnung.", "Foto via Gemeinde Wendle"},
        {"Le nouveau marché couvert vu depuis la place de l'Église.", "Photo via Ville de Morges"},
    };
    for (const Row& row : rows) {
        const std::string line = std::string(row.caption) + " " + row.credit;
        CAPTURE(line);
        const auto split = split_trailing_credit(std::string_view(line));
        CHECK((split && split->first == row.caption && split->second == row.credit));
    }
}

TEST_CASE("a caption line closed by a via credit goes to the media and not to the text", "[credits]") {
    const std::string page =
        "Lighthouse on the north pier goes dark after ninety years\n\n"
        "The lighthouse on the north pier was switched off on Friday evening, ninety years after it was first lit, "
        "the harbour authority said.\n\n"
        "The old keeper lights the lamp for the last time on Friday evening. Photo via Jane Roe/Harbour Trust\n\n"
        "A new beacon at the end of the breakwater will guide the ferries from next week, and the old tower will "
        "become a small museum run by volunteers.\n\n"
        "The authority said the museum could open next summer if the council agrees to pay for the repairs.\n";
    const Article a = parse(page);
    CAPTURE(page);
    const bool credited = std::any_of(a.media.begin(), a.media.end(), [](const Media& m) {
        return m.credit && *m.credit == "Photo via Jane Roe/Harbour Trust";
    });
    CHECK(credited);
    CHECK(lost_lines(a, decode(page).text).empty());
}
