// Captions and credits of Chinese, Japanese and Korean pages (probe64 M1): the credit closing a caption matched on its
// ending ("摄", "攝影", "撮影", "자료사진"), its label ("圖／", "来源：") or, after a Japanese "＝", a picture agency's
// name; the label opening a caption ("图：", "【圖】", "▲"). cjk_captions.cpp. Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "cjk_captions.hpp"
#include "classify.hpp"
#include "media39_caption_rows.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

using namespace archive;

TEST_CASE("a CJK caption closed by its picture's credit is split from it", "[media][credit][cjk70]") {
    const test::CaptionSplitRow rows[] = {
        // zh: the credit in a parenthesis, after the stop with a label, or after the stop with its ending alone.
        {"河口新建的观鸟栈道已经对游客开放。（本报记者 周海 摄）", "河口新建的观鸟栈道已经对游客开放。",
         "（本报记者 周海 摄）"},
        {"老街夜市今晚起延長營業到凌晨一點。圖／記者陳雅婷攝影", "老街夜市今晚起延長營業到凌晨一點。",
         "圖／記者陳雅婷攝影"},
        {"工人在港口调试新装的岸桥起重机。新华社记者 王川 摄", "工人在港口调试新装的岸桥起重机。",
         "新华社记者 王川 摄"},
        {"新款折叠屏手机的铰链结构（来源：厂商官网）", "新款折叠屏手机的铰链结构", "（来源：厂商官网）"},
        // ja: the photographer's credit in a parenthesis, and the credit after "＝" (an agency, or a place and day
        // and the photographer).
        {"庭先で干される柿の実（筆者撮影）", "庭先で干される柿の実", "（筆者撮影）"},
        {"首脳会談に臨む両国の外相（3日、ジュネーブで）＝ロイター", "首脳会談に臨む両国の外相（3日、ジュネーブで）",
         "ロイター"},
        {"開幕した冬の市＝札幌市中央区で2026年12月1日、佐藤一郎撮影", "開幕した冬の市",
         "札幌市中央区で2026年12月1日、佐藤一郎撮影"},
        // ko: the file picture's credit in square brackets.
        {"부산 해운대 해변에 관광객들이 모여 있다. [연합뉴스 자료사진]", "부산 해운대 해변에 관광객들이 모여 있다.",
         "[연합뉴스 자료사진]"},
    };
    test::check_caption_splits(rows);
}

TEST_CASE("CJK prose closed by a bracket or a clause is no caption", "[media][credit][cjk70]") {
    for (const char* line : {
             // An agency's name alone in a parenthesis tags the text it wrote (zh, ja).
             "政府今天公布了新的住房补贴方案，将于明年一月实施。（新华社）",
             "官房長官は記者会見で「状況を注視している」と述べた。（共同）",
             // A sentence's last clause after a comma ends with "摄" as a verb, not as a credit.
             "他说，这些照片都是去年在山里拍摄",
             // A Korean sentence closed by a bracket that credits nothing.
             "시는 내년부터 공원 조명을 늘리기로 했다. [관련 기사]",
             // A label with nothing written in a CJK script after it.
             "图：Photo by Jane Roe",
         }) {
        INFO(line);
        CHECK_FALSE(cjk_caption_credit(line).has_value());
        CHECK_FALSE(split_trailing_credit(std::string_view(line)).has_value());
    }
}

TEST_CASE("a CJK caption's label opens its caption", "[media][caption][cjk70]") {
    struct Row {
        const char* line;
        const char* caption;
    };
    const std::vector<Row> rows = {
        {"图：新能源汽车充电站的分布示意", "新能源汽车充电站的分布示意"},
        {"【圖】市長昨日視察新落成的社區圖書館。", "市長昨日視察新落成的社區圖書館。"},
        {"▲ 老街口的石獅子，已有百年歷史", "老街口的石獅子，已有百年歷史"},
        {"【写真】雪に覆われた駅前の広場", "雪に覆われた駅前の広場"},
        {"▲ 서울 종로구 광장에 설치된 성탄 트리", "서울 종로구 광장에 설치된 성탄 트리"},
        // "pictured is" opens the caption and stays in it.
        {"图为工人在田间收割晚稻。", "图为工人在田间收割晚稻。"},
    };
    for (const auto& r : rows) {
        INFO(r.line);
        CHECK(labelled_caption(r.line) == std::optional<std::string>(r.caption));
    }
    // A marker printed again lists items (ko); a label before Latin words alone is no CJK caption.
    CHECK_FALSE(labelled_caption("▲서울 영하 5도 ▲인천 영하 4도 ▲대전 영하 3도").has_value());
    CHECK_FALSE(labelled_caption("图：Photo by Jane Roe").has_value());
}

TEST_CASE("a CJK caption between paragraphs goes to media, out of the body", "[media][caption][cjk70]") {
    struct Row {
        std::vector<std::string> lines;
        const char* caption;
        const char* credit; // nullptr: none
    };
    const std::vector<Row> rows = {
        {{"河口湿地迎来候鸟高峰", "",
          "入冬以来，河口湿地陆续迎来数万只越冬候鸟，保护区工作人员每天巡护两次，记录鸟群的数量和种类。", "",
          "候鸟在湿地浅滩觅食。新华社记者 王川 摄", "",
          "保护区负责人介绍，今年观测到的鸟类种类比去年增加了十多种，其中包括多种国家重点保护鸟类。", "",
          "下一步，保护区将继续扩大栈道范围，并在周末开放预约参观，让更多市民近距离了解湿地生态。"},
         "候鸟在湿地浅滩觅食。",
         "新华社记者 王川 摄"},
        {{"冬の港町に朝市が戻る", "",
          "港町の朝市が三年ぶりに再開し、早朝から多くの買い物客でにぎわった。地元の漁師が取れたての魚を並べた。", "",
          "再開した朝市で魚を選ぶ買い物客＝北海道函館市で2026年12月1日、佐藤一郎撮影", "",
          "市によると、朝市は毎週土曜日に開かれ、来年の春まで続く予定だという。観光客の増加も期待されている。", "",
          "運営する組合の担当者は、冬の間も多くの人に足を運んでほしいと話している。"},
         "再開した朝市で魚を選ぶ買い物客",
         "北海道函館市で2026年12月1日、佐藤一郎撮影"},
        {{"폭설에 출근길 혼잡", "",
          "밤사이 내린 눈으로 수도권 곳곳의 도로가 얼어붙어 출근길 시민들이 큰 불편을 겪었다.", "",
          "서울 종로구 도로에 눈이 쌓여 있다. [연합뉴스 자료사진]", "",
          "서울시는 제설 차량을 모두 투입하고 지하철 운행을 늘리기로 했다. 시민들은 대중교통을 이용해 달라고 당부했다.",
          "", "기상청은 내일 오전까지 눈이 더 내릴 것으로 내다봤다."},
         "서울 종로구 도로에 눈이 쌓여 있다.",
         "[연합뉴스 자료사진]"},
    };
    for (const auto& r : rows) {
        INFO(r.caption);
        const Article a = parse(test::page_of(r.lines));
        CHECK(std::any_of(a.media.begin(), a.media.end(), [&](const Media& m) {
            return m.caption == std::string(r.caption) &&
                   m.credit == (r.credit ? std::optional<std::string>(r.credit) : std::nullopt);
        }));
        // (The paragraph over the picture may be read as the lede: the text is the lede and the paragraphs.)
        auto paragraphs = test::paragraphs_of(a);
        if (a.lede)
            paragraphs.insert(paragraphs.begin(), *a.lede);
        CHECK(paragraphs.size() == 3);
        CHECK(std::none_of(paragraphs.begin(), paragraphs.end(),
                           [&](const std::string& p) { return p.find(r.caption) != std::string::npos; }));
    }
}
