// speed81: a contents' line printed again has the shape of its first copy (its shape read once a text). Invented
// lines and pages.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "contents_runs.hpp"
#include "pipeline.hpp"

#include <string>
#include <vector>

using namespace archive;

TEST_CASE("each copy of a contents' entry asking or listing is its heading", "[contents][speed81]") {
    using Line = std::vector<char>;
    constexpr char o = ContentsLine::none, e = ContentsLine::entry, h = ContentsLine::heading, l = ContentsLine::label;
    // The entries (2, 3, 4) close with a question mark or a colon; each is printed again over its part (5, 7, 9).
    const auto de = segment("Ruderboote auf dem Stausee\nInhalt\nWer braucht eine Erlaubnis?\nSo melden Sie an:\n"
                            "Was kostet sie?\nWer braucht eine Erlaubnis?\nJedes Boot auf dem See braucht eine.\n"
                            "So melden Sie an:\nDas Formular steht auf der Seite des Kreises.\nWas kostet sie?\n"
                            "Zwanzig Euro im Jahr.\n");
    CHECK(unnumbered_contents_lines(de) == Line{o, l, e, e, e, h, o, h, o, h, o});
    const auto en = segment("Rowing boats on the reservoir\nContents\nWho needs a permit?\nHow to apply:\n"
                            "What does it cost?\nWho needs a permit?\nEvery boat on the lake needs one.\n"
                            "How to apply:\nThe form is on the county's site.\nWhat does it cost?\nTwenty pounds a "
                            "year.\n");
    CHECK(unnumbered_contents_lines(en) == Line{o, l, e, e, e, h, o, h, o, h, o});
    // A third copy, at the page's foot, is no heading of the contents: the first copy under the entries is.
    const auto third = segment("Rowing boats on the reservoir\nContents\nWho needs a permit?\nHow to apply:\n"
                               "What does it cost?\nWho needs a permit?\nEvery boat on the lake needs one.\n"
                               "How to apply:\nThe form is on the county's site.\nWhat does it cost?\nTwenty pounds "
                               "a year.\nWho needs a permit?\n");
    CHECK(unnumbered_contents_lines(third) == Line{o, l, e, e, e, h, o, h, o, h, o, o});
}
