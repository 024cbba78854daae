// Chinese, Japanese and Korean bylines: a label and names of two to four signs ("记者 王晓峰", "作者：宋一帆",
// "記者林怡君／台北報導"), or Hangul names before "기자"; no capital letter tells the names. Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "byline_cjk.hpp"
#include "classify.hpp"

#include <optional>
#include <string>
#include <vector>

using namespace archive;

TEST_CASE("a CJK byline's label and names give the authors", "[bylines][cjk]") {
    using Names = std::optional<std::vector<std::string>>;
    const std::pair<const char*, Names> rows[] = {
        {"记者 赵明远", Names{{"赵明远"}}},
        {"本报记者 钱雨欣 孙浩然", Names{{"钱雨欣", "孙浩然"}}},
        {"作者：李思远", Names{{"李思远"}}},
        {"文／周雅婷", Names{{"周雅婷"}}},
        {"記者吳建宏／高雄報導", Names{{"吳建宏"}}},
        {"晨報／ 記者陳佩君、許志豪／新竹即時報導", Names{{"陳佩君", "許志豪"}}},
        {"執筆：佐藤健一", Names{{"佐藤健一"}}},
        {"박지훈 기자", Names{{"박지훈"}}},
        {"최유나 기자 yuna@example.kr", Names{{"최유나"}}},
        {"정민호 특파원", Names{{"정민호"}}},
    };
    for (const auto& [line, names] : rows) {
        INFO(line);
        CHECK(cjk_byline_authors(line) == names);
        CHECK(byline_authors(line, "") == names);
    }
}

TEST_CASE("a CJK line that only opens with a byline's label names no author", "[bylines][cjk]") {
    const char* lines[] = {
        "记者会",                                           // a press conference, no label and name
        "記者会見の様子",                                   // a caption
        "记者从市交通局获悉，明年将新增公交线路。",         // a sentence after the label
        "文化部",                                           // a one-sign label glued to a word
        "作者：李思远等人的研究表明，城市绿地有助于降温。", // a sentence after the label
        "责任编辑：李思远",                                 // an editor, no author
        "기자 회견",                                        // the word first, no name before it
        "서울 시내 기자 간담회 열려",                       // a headline
    };
    for (const char* line : lines) {
        INFO(line);
        CHECK_FALSE(cjk_byline_authors(line));
    }
}

TEST_CASE("a CJK byline under the headline gives the page's authors", "[bylines][cjk][page]") {
    const Article zh = parse("城东公园新增夜跑步道 明年三月开放\n"
                             "2026年11月3日 10:15\n"
                             "本报记者 钱雨欣 孙浩然\n\n"
                             "市园林局3日表示，城东公园将新增一条长约三公里的夜跑步道，并配备照明和饮水设施。\n\n"
                             "有关负责人称，步道预计明年三月建成开放，届时将延长公园开放时间，方便市民夜间锻炼。\n\n"
                             "不少市民对此表示欢迎，认为夜跑步道能让城市生活更加丰富。\n");
    CHECK(zh.authors == std::vector<std::string>{"钱雨欣", "孙浩然"});
    const Article ko = parse("부산 해운대 해변에 겨울 조명 축제 열린다\n"
                             "입력 2026.11.03. 오후 4:45\n"
                             "박지훈 기자\n\n"
                             "부산 해운대구는 이달 말부터 해변 일대에서 겨울 조명 축제를 연다고 3일 밝혔다.\n\n"
                             "축제 기간에는 해변 산책로를 따라 다양한 조명 작품이 설치되며, 야간 공연도 열린다.\n\n"
                             "구 관계자는 많은 시민과 관광객이 축제를 즐길 수 있도록 준비하겠다고 말했다.\n");
    CHECK(ko.authors == std::vector<std::string>{"박지훈"});
    CHECK(ko.published.value_or("") == "2026-11-03T16:45");
}
