// The notices around the text of Chinese, Japanese and Korean pages (probe64 R4): rights notices ("未经授权不得转载",
// "無断転載を禁じます", "무단 전재 및 재배포 금지"), the note that a story is the site's own ("本文为…原创"), the
// label over the article's tags ("标签：", "相關字詞﹕", "タグ：", "태그:") and a desk's tag ("（本報記者）"): the
// page's, no paragraph of the text. cjk_notices.cpp, read by is_boilerplate_phrase(). Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "classify.hpp"
#include "cjk_notices.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

using namespace archive;

TEST_CASE("a CJK page's rights notice, tag line and desk tag are notices", "[boilerplate][cjk76]") {
    const char* const notices[] = {
        // zh: rights notices (simplified and traditional), the own-story note, tag lines, desk tags.
        "本文为晨光数码原创，未经授权不得转载。",
        "本文係山城週報原創，未經授權不得轉載。",
        "版权所有 © 2026 晨光数码",
        "转载请注明出处。",
        "本文为本站原创",
        "标签：电动车 电池 续航",
        "相關字詞﹕港鐵 新界北 運輸署",
        "关键词：冬季 流感 疫苗",
        "（本報記者）",
        "（南港日报记者）",
        // ja: rights notice and tag line.
        "記事・写真の無断転載を禁じます。",
        "無断転載禁止",
        "タグ：京都 紅葉 観光",
        // ko: rights notice and tag line.
        "<저작권자 ⓒ 한빛일보 무단 전재 및 재배포 금지>",
        "무단전재-재배포 금지",
        "태그: 반도체 수출 환율",
    };
    for (const char* line : notices) {
        INFO(line);
        CHECK(cjk_notice_line(line));
        CHECK(is_boilerplate_phrase(line, line));
    }
    // The western twins, read by the rights notices of notices_pieces().
    CHECK(is_boilerplate_phrase("Alle Rechte vorbehalten.", "alle rechte vorbehalten."));
    CHECK(is_boilerplate_phrase("All rights reserved.", "all rights reserved."));
}

TEST_CASE("CJK prose that speaks of rights, tags or reporters is no notice", "[boilerplate][cjk76]") {
    const char* const prose[] = {
        // zh: a copyright owner in a sentence, a long paragraph about reprints, a label in running text, a byline.
        "法院认定版权所有者有权要求平台删除相关内容。",
        "标签化的评价往往忽视了个体之间的差异，专家建议家长多与孩子沟通。",
        "关键词：信心。今年以来，多项经济指标持续回暖，市场预期明显改善。",
        "（记者 王晓峰）",
        "（新华社）",
        ("平台表示，作品被擅自使用可向平台投诉，平台核实后将下架侵权内容，并对违规账号采取封禁措施，"
         "同时提醒各方尊重原创，未经授权不得转载他人作品，以免引发法律纠纷和经济损失，影响自身信誉。"),
        // ja: a sentence about a reprint.
        "同社は記事を無断転載したとして、運営会社に損害賠償を求めている。",
        // ko: a sentence about an unauthorised reprint.
        "경찰은 기사를 무단 전재한 혐의로 운영자를 조사하고 있다.",
        // en: a western line is turned away at once.
        "(Staff reporter)",
    };
    for (const char* line : prose) {
        INFO(line);
        CHECK_FALSE(cjk_notice_line(line));
    }
}

TEST_CASE("a CJK page's closing notices leave the body", "[boilerplate][cjk76]") {
    struct Row {
        std::vector<std::string> lines;
        std::vector<std::string> notices; // lines that must be in no paragraph
    };
    // (The base kept the ja page's two closing lines in its body; the zh and ko rows guard the same lines there.)
    const std::vector<Row> rows = {
        {{"河畔公园冬季灯会今晚开幕", "",
          "河畔公园冬季灯会今晚正式开幕，园内布置了三十多组主题灯组，吸引大批市民前来观赏。不少家长带着孩子在灯组前拍照"
          "留念，园内人流一直持续到深夜。",
          "",
          "公园管理处负责人介绍，今年的灯组全部采用节能光源，耗电量比去年减少近三成。灯组的骨架也可以拆卸回收，明年还能"
          "继续使用。",
          "",
          "灯会将持续到明年二月底，每晚六点至十点开放，市民可通过小程序预约入园。管理处提醒市民错峰出行，并尽量乘坐公共"
          "交通前往。",
          "", "（本报记者）", "", "标签：灯会 公园 节能", "", "本文为河畔日报原创，未经授权不得转载。", "", "上一篇",
          "下一篇", "关于我们 | 联系我们"},
         {"（本报记者）", "标签：", "未经授权不得转载"}},
        {{"山あいの村に冬の市", "",
          "山あいの村で恒例の冬の市が開かれ、地元の農家が育てた野菜や手作りの漬物が並んだ。朝早くから近隣の町の人たちが"
          "訪れ、会場は一日中にぎわった。",
          "",
          "主催する組合によると、今年は例年より二割ほど多い来場者があったという。組合では来年から開催日を増やすことも検"
          "討している。",
          "",
          "会場では温かい豚汁が振る舞われ、訪れた家族連れが列を作っていた。子どもたちは餅つきの体験にも参加し、笑顔を見"
          "せていた。",
          "", "タグ：冬の市 農産物 地域", "", "記事・写真の無断転載を禁じます。"},
         {"タグ：", "無断転載"}},
        {{"항구 도시에 겨울 축제", "",
          "바닷가 도시에서 겨울 축제가 열려 주말 동안 많은 관광객이 몰렸다. 시는 임시 주차장을 마련하고 셔틀버스를 "
          "운행했다.",
          "",
          "축제 기간 동안 지역 상인들이 만든 먹거리 장터도 함께 운영돼 큰 인기를 끌었다. 일부 가게는 준비한 음식이 "
          "일찍 동났다.",
          "",
          "시 관계자는 내년에는 행사 기간을 늘리는 방안을 검토하겠다고 밝혔다. 시는 방문객 설문 결과도 반영할 "
          "계획이다.",
          "", "태그: 축제 관광 겨울", "", "<저작권자 ⓒ 한빛일보 무단 전재 및 재배포 금지>", "", "이전 기사",
          "다음 기사", "회사소개 | 광고문의"},
         {"태그:", "무단 전재"}},
    };
    for (const auto& r : rows) {
        INFO(r.lines.front());
        const Article a = parse(test::page_of(r.lines));
        auto paragraphs = test::paragraphs_of(a);
        if (a.lede)
            paragraphs.insert(paragraphs.begin(), *a.lede);
        CHECK(paragraphs.size() == 3);
        for (const std::string& notice : r.notices)
            CHECK(std::none_of(paragraphs.begin(), paragraphs.end(),
                               [&](const std::string& p) { return p.find(notice) != std::string::npos; }));
    }
}

TEST_CASE("a CJK standfirst after its label is the lede, without the label", "[head][lede][cjk76]") {
    CHECK(cjk_labelled_lede("摘要：多家车企在年底集中发布新款电动车，续航与充电速度成为竞争焦点。") ==
          std::optional<std::string_view>("多家车企在年底集中发布新款电动车，续航与充电速度成为竞争焦点。"));
    CHECK(cjk_labelled_lede("導讀：港鐵新線明年通車，沿線居民的出行時間可望縮短一半。") ==
          std::optional<std::string_view>("港鐵新線明年通車，沿線居民的出行時間可望縮短一半。"));
    CHECK(cjk_labelled_lede("要約：全国の小学校で来年度から英語の授業時間が増えることになった。") ==
          std::optional<std::string_view>("全国の小学校で来年度から英語の授業時間が増えることになった。"));
    CHECK(cjk_labelled_lede("요약: 정부가 내년부터 청년 월세 지원 대상을 크게 늘리기로 했다.") ==
          std::optional<std::string_view>("정부가 내년부터 청년 월세 지원 대상을 크게 늘리기로 했다."));
    // No label, a label in running text, a label over a few letters only.
    CHECK_FALSE(cjk_labelled_lede("多家车企在年底集中发布新款电动车，续航与充电速度成为竞争焦点。").has_value());
    CHECK_FALSE(cjk_labelled_lede("摘要显示，多家车企在年底集中发布新款电动车。").has_value());
    CHECK_FALSE(cjk_labelled_lede("导语：见下文").has_value());
    CHECK_FALSE(cjk_labelled_lede("Summary: carmakers launch new electric models at the end of the year.").has_value());

    const std::vector<std::string> page = {
        "新能源车迎来年末发布潮",
        "作者：林一舟",
        "2026-12-04 09:15",
        "摘要：多家车企在年底集中发布新款电动车，续航与充电速度成为竞争焦点。",
        "进入十二月以来，国内多家车企接连举行新品发布会，推出的新车续航普遍超过六百公里，部分车型还支持十分钟快充。",
        "",
        "业内人士认为，电池技术的进步是续航提升的主要原因，而充电网络的完善也让消费者对长途出行更有信心。",
        "",
        "不过，也有分析人士提醒，价格竞争日趋激烈，部分中小车企明年可能面临较大的经营压力，行业整合或将加快。",
    };
    const Article a = parse(test::page_of(page));
    CHECK(a.lede == std::optional<std::string>("多家车企在年底集中发布新款电动车，续航与充电速度成为竞争焦点。"));
    CHECK(std::find(a.boilerplate.begin(), a.boilerplate.end(), "摘要：") != a.boilerplate.end());
    const auto paragraphs = test::paragraphs_of(a);
    CHECK(std::none_of(paragraphs.begin(), paragraphs.end(),
                       [](const std::string& p) { return p.find("摘要") != std::string::npos; }));
}
