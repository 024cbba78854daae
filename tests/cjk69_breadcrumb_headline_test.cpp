// A breadcrumb of two short pieces joined by ">" or "›" over a masthead's date is no headline candidate, in any
// script; a headline with one such mark and a longer side stays one. Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "classify.hpp"
#include "rows.hpp"

TEST_CASE("a breadcrumb of two short pieces is not headline-like", "[headline][cjk][crumbs]") {
    CHECK_FALSE(archive::headline_like(archive::test::block_of("晨光日報 > 港聞")));
    CHECK_FALSE(archive::headline_like(archive::test::block_of("Harbour Post > Local News")));
    CHECK_FALSE(archive::headline_like(archive::test::block_of("Accueil \u203a Politique")));
    CHECK(archive::headline_like(archive::test::block_of("Harbour Post > Local News: the ferry returns to the bay")));
    CHECK(archive::headline_like(archive::test::block_of("北都新區首批土地招標 學者憂配套跟不上")));
}

TEST_CASE("a title under a breadcrumb and a masthead's date is the headline", "[headline][cjk][crumbs][page]") {
    const archive::Article a =
        archive::parse("晨光日報 > 港聞\n"
                       "2026年11月3日星期二\n"
                       "港聞\n"
                       "海濱長廊明年延長 居民盼增設休憩設施\n"
                       "政府昨日宣布將海濱長廊向東延長約兩公里，預計明年年底完工，沿途將增設單車徑和休憩處。\n\n"
                       "發展局表示，工程會分兩期進行，首期預計明年夏季完成，屆時市民可先使用新建的單車徑。\n\n"
                       "有區議員指出，長廊一帶缺乏遮蔭設施，希望當局在設計時加入更多樹木和涼亭。\n");
    CHECK(a.headline.value_or("") == "海濱長廊明年延長 居民盼增設休憩設施");
    CHECK(a.published.value_or("") == "2026-11-03");
}
