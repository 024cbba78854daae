// A one-word title over a standfirst opened by its word ("Chilblains" / "Chilblains are ..."), a health or glossary
// page's head: the title opens the text, the breadcrumb over it is no title (headline_score.cpp).
#include <catch2/catch.hpp>

#include "headline_rows.hpp"

#include <iterator>

using archive::test::check_headlines;
using PageRow = archive::test::HeadlineRow;

TEST_CASE("a one-word title over its standfirst", "[headline]") {
    const PageRow rows[] = {
        {"condition page under a breadcrumb", "en", R"(Skip to main content
Search this website
My account
Conditions A to Z
Healthy living
Mental health
Home
Conditions A to Z
Sunburn
Sunburn is red, sore skin that feels hot to touch after too long in the sun without cover.
Check if you have sunburn
Sunburnt skin turns red a few hours after you have been in the sun and may peel after a few days.
It can also blister and feel tight, and in some people it is itchy for a day or two.
How to treat sunburn yourself
Cool the skin with a shower or a damp towel and drink plenty of water.
)", "Sunburn"},
        {"condition page under a breadcrumb (de)", "de", R"(Zum Inhalt springen
Suche
Mein Konto
Krankheiten von A bis Z
Gesund leben
Startseite
Krankheiten von A bis Z
Frostbeulen
Frostbeulen sind juckende, gerötete Schwellungen der Haut, die nach längerer Kälte an Zehen und Fingern entstehen.
Woran Sie Frostbeulen erkennen
Die Haut schwillt einige Stunden nach dem Aufenthalt in der Kälte an und färbt sich rot oder bläulich.
Sie brennt und juckt, besonders wenn man aus der Kälte in einen warmen Raum kommt.
Was Sie selbst tun können
Halten Sie Hände und Füße warm und trocken, und wärmen Sie kalte Haut langsam wieder auf.
)", "Frostbeulen"},
        // a one-word menu label over a title that is no sentence: the title
        {"one-word label over a teaser", "en", R"(Home
News
Weather
Sunburn warnings issued as temperatures climb across the south this week
Met officials said on Monday that the heat would last until Thursday and urged people to stay in the shade.
Temperatures reached thirty-one degrees in the capital on Sunday, the hottest day of the year so far.
Hospitals reported a rise in cases of heatstroke among older people over the weekend.
)", "Sunburn warnings issued as temperatures climb across the south this week"},
    };
    check_headlines(std::begin(rows), std::end(rows));
}
