// Chinese, Japanese and Korean agency tags: in full-width brackets, glued to the full stop "。", after a full-width
// colon, and the wires' datelines opening a story ("【P共同】", "(P=연합뉴스)", "新华社P…电"). Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "classify.hpp"

#include <optional>
#include <string>
#include <vector>

using namespace archive;

TEST_CASE("a CJK agency's tag in full-width or ASCII brackets names the agency", "[agencies][cjk]") {
    using Ids = std::optional<std::vector<std::string>>;
    const std::pair<const char*, Ids> rows[] = {
        {"（共同）", Ids{{"kyodo"}}},
        {"（時事）", Ids{{"jiji"}}},
        {"（AFP）", Ids{{"afp"}}},
        {"(新华社)", Ids{{"xinhua"}}},
        {"（中央社）", Ids{{"cna"}}},
        {"(연합뉴스)", Ids{{"yonhap"}}},
        {"来源：新华社", Ids{{"xinhua"}}},
        {"出典：共同通信", Ids{{"kyodo"}}},
        // ("共同" is an agency alone in its brackets, not a word among others)
        {"（共同开发）", std::nullopt},
        {"（写真）", std::nullopt},
    };
    for (const auto& [line, ids] : rows) {
        INFO(line);
        CHECK(agency_tag(line) == ids);
    }
}

TEST_CASE("a tag glued to a CJK sentence's full stop closing the text tags it", "[agencies][cjk][tags]") {
    struct Row {
        const char* page;
        const char* raw;
        std::vector<std::string> ids;
    };
    const std::vector<Row> rows = {
        {"港の防波堤工事 来春に完了へ\n\n"
         "県は3日、港の防波堤の改修工事が来年春に完了する見通しだと発表した。工事は台風被害を受けて始まった。\n\n"
         "県の担当者は、漁船の出入りへの影響は小さいと説明し、住民の理解を求めた。（共同）\n",
         "（共同）",
         {"kyodo"}},
        {"城市公园新增夜跑步道 明年三月开放\n\n"
         "市园林局3日表示，城东公园将新增一条长约三公里的夜跑步道，并配备照明和饮水设施，沿途还将设置休息座椅和应急"
         "呼叫装置。\n\n"
         "有关负责人称，步道预计明年三月建成开放，届时将延长公园开放时间，方便市民在下班后到公园锻炼身体。\n\n"
         "不少市民对此表示欢迎，认为夜跑步道能让城市生活更加丰富，也希望其他公园能够尽快跟进建设。(AFP)\n",
         "(AFP)",
         {"afp"}},
    };
    for (const Row& r : rows) {
        INFO(r.page);
        const Article a = parse(r.page);
        REQUIRE(a.source_tag);
        CHECK(a.source_tag->raw == r.raw);
        CHECK(a.source_tag->agencies == r.ids);
    }
}

TEST_CASE("a CJK wire's dateline gives its place and its agency", "[agencies][cjk][dateline]") {
    struct Row {
        const char* paragraph;
        const char* raw;
        const char* place;
        const char* agency;
    };
    const Row rows[] = {
        {"【ソウル共同】韓国政府は3日、新たな住宅供給策を発表した。", "【ソウル共同】", "ソウル", "kyodo"},
        {"【大阪＝時事】大阪府は3日、観光客向けの新しい案内所を開設した。", "【大阪＝時事】", "大阪", "jiji"},
        {"(부산=연합뉴스) 이정훈 기자 = 3일 오전 부산 해운대구의 한 도로에서 교통사고가 났다.", "(부산=연합뉴스)",
         "부산", "yonhap"},
        {"（台中＝中央社）台中市政府3日宣布，明年起將擴大公共自行車服務範圍。", "（台中＝中央社）", "台中", "cna"},
        {"新华社杭州11月3日电 浙江省3日发布新一轮乡村道路改造计划。", "新华社杭州11月3日电", "杭州", "xinhua"},
    };
    for (const Row& r : rows) {
        INFO(r.paragraph);
        const auto tag = dateline_tag(r.paragraph);
        REQUIRE(tag);
        CHECK(tag->raw == r.raw);
        CHECK(tag->place == r.place);
        CHECK(tag->agencies == std::vector<std::string>{r.agency});
    }
    // A bracket of a place and no agency, or a sentence opening with the word "共同", is no wire's dateline.
    CHECK_FALSE(dateline_tag("【速報】大阪府は3日、新しい案内所を開設した。"));
    CHECK_FALSE(dateline_tag("共同研究の成果は3日、学会で発表された。"));
}
