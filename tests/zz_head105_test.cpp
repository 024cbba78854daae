// head105: a site's masthead, the page's first line that its copyright line names again, is never the headline,
// though a gallery whose captions are rated bad gives the region no text to open; and the live blog's labels over
// its headline ("LIVE", "EN DIRECT", "TICKER", "AO VIVO") are status flags, no kicker. Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <optional>
#include <string>
#include <vector>

using namespace archive;

namespace {

// A gallery page of four slides under the site's masthead and menu, closed by a copyright line.
std::string gallery_page(const std::string& masthead, const std::string& copyright) {
    return masthead +
           "\nHome\nNews\nSport\nPictures\nAccept cookies\nAccept all\nPhoto gallery\n"
           "Harvest parade in Moorfield: hundreds line the high street\nScenes from the weekend\n07/12/2026\n"
           "By Colin Ashby\n1/4\nAround 200 children in costume led the parade down the high street. Picture: Colin "
           "Ashby\n2/4\nThe town band played on the market square until late evening. Picture: Colin Ashby\n3/4\n"
           "Mayor Ruth Pendle opened the parade on Saturday afternoon. Picture: Owen Tate\n4/4\nLong queues formed at "
           "the fire brigade's cider stall. Picture: Colin Ashby\nMore galleries\nChristmas market opens\n"
           "The autumn fair in pictures\nContact us\nPrivacy\n" +
           copyright + "\n";
}

} // namespace

TEST_CASE("the first line the copyright line names again is the masthead, no headline", "[head105]") {
    const Article a = parse(gallery_page("The Moorfield Courier", "© The Moorfield Courier 2026"), "page.txt");
    CHECK(a.headline != std::optional<std::string>("The Moorfield Courier"));
    const Article b = parse(gallery_page("The Moorfield Courier", "© 2026 The Moorfield Courier"), "page.txt");
    CHECK(b.headline != std::optional<std::string>("The Moorfield Courier"));
}

TEST_CASE("near miss: a first line the copyright line does not name is still taken when nothing else is",
          "[head105]") {
    const Article a = parse(gallery_page("The Moorfield Courier", "© 2026 Ashby Media Group"), "page.txt");
    CHECK(a.headline == std::optional<std::string>("The Moorfield Courier"));
}
