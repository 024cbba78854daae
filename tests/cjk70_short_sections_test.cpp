// Short CJK sections (probe64 R2): a blog's opening paragraph under its headline, then headings of a word or two
// ("■ 春菊", "一、菠菜", "■ 시금치") each over a paragraph, then a line with no stop (a picture's caption) read the
// pairs as a box of cards and cut the body; region.cpp short_sections() counts CJK letters for words and reads
// "。" (and a Korean "."). Invented pages.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;

TEST_CASE("short CJK sections under a blog's first paragraph stay in the body", "[region][cjk70]") {
    struct Row {
        const char* lang;
        std::vector<std::string> lines;
    };
    const std::vector<Row> rows = {
        {"zh",
         {"冬季阳台种菜指南", "",
          "天气越来越冷了，不过冬天在阳台上也可以种很多蔬菜。今天我给大家介绍三种最容易种的蔬菜。", "", "一、菠菜",
          "菠菜很耐寒，从播种到收获大约需要四十天，用花盆种也完全没有问题。", "", "二、生菜",
          "生菜长得很快，外面的叶子可以一片一片地摘下来吃，能吃很长时间。", "", "三、小白菜",
          "小白菜几乎不会失败，特别适合第一次种菜的朋友，一个月左右就能收获。", "", "刚刚收获的菠菜", "",
          "最后提醒大家，冬天浇水不要太多，等土表面干了以后再浇就可以了。", "", "希望大家都能种出好吃的蔬菜！"}},
        {"ja",
         {"冬の家庭菜園で育てたい野菜", "",
          "こんにちは。寒くなってきましたが、冬でもベランダで育てられる野菜はたくさんあります。今日は三つの野菜を紹介し"
          "ます。",
          "", "■ 春菊", "種をまいてから一か月ほどで収穫できます。鍋に入れるととてもおいしいので、毎年育てています。",
          "", "■ 水菜", "寒さに強く、プランターでもよく育ちます。サラダにしてもおいしく食べられます。", "", "■ 大根",
          "小さな品種を選べば、深めのプランターでも育てられます。収穫まで二か月ほどかかります。", "",
          "収穫したばかりの春菊", "",
          "水やりは土の表面が乾いてからにしましょう。冬は乾きにくいので、やりすぎに注意してください。", "",
          "ぜひ皆さんも挑戦してみてください。"}},
        {"ko",
         {"겨울 베란다 텃밭 가꾸기", "",
          "날씨가 많이 추워졌지만 겨울에도 베란다에서 키울 수 있는 채소가 많습니다. 오늘은 키우기 쉬운 채소 세 가지를 "
          "소개합니다.",
          "", "■ 시금치", "시금치는 추위에 강해서 씨를 뿌리고 한 달 반 정도면 수확할 수 있습니다.", "", "■ 상추",
          "상추는 바깥쪽 잎부터 조금씩 따서 먹으면 오랫동안 즐길 수 있습니다.", "", "■ 쪽파",
          "쪽파는 화분에서도 잘 자라고 한 번 심으면 여러 번 잘라 먹을 수 있습니다.", "", "갓 수확한 시금치", "",
          "겨울에는 흙이 잘 마르지 않으니 물은 흙 표면이 마른 뒤에 주는 것이 좋습니다.", "",
          "여러분도 꼭 한번 도전해 보세요!"}},
    };
    for (const auto& r : rows) {
        INFO(r.lang);
        const Article a = parse(test::page_of(r.lines));
        auto text = test::paragraphs_of(a);
        if (a.lede)
            text.push_back(*a.lede);
        // The first paragraph, the three sections' texts and the two closing paragraphs all stay in the text.
        for (std::size_t k : {2u, 5u, 8u, 11u, 15u, 17u}) {
            INFO(r.lines[k]);
            CHECK(std::find(text.begin(), text.end(), r.lines[k]) != text.end());
        }
    }
}
