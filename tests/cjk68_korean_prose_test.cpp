// Korean prose: written in Hangul between spaces, its sentences and clauses closed by the ASCII marks ". , ? !"
// rather than by "。" and "，" as Chinese and Japanese prose is (probe64 R1).
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "rows.hpp"
#include "test_pages.hpp"

#include <string>
#include <vector>

using namespace archive;

using archive::test::block_of;
using archive::test::paragraphs_of;

TEST_CASE("a line of Hangul closed by ASCII sentence marks is prose", "[classify][quality][cjk68]") {
    struct Row {
        const char* line;
        Quality quality;
    };
    const std::vector<Row> rows = {
        {"시청은 다음 달부터 강변 공원의 야간 조명을 두 배로 늘리고, 산책로 곳곳에 쉼터를 새로 만들기로 했다.",
         Quality::good},
        {"주민들은 밤에도 안심하고 걸을 수 있게 됐다며 반겼다.", Quality::near_good},
        {"올해 겨울에는 얼마나 많은 눈이 내릴까? 기상청은 평년보다 적을 것으로 내다봤다.", Quality::near_good},
        // Guards: Korean menus and titles carry no such mark; a Chinese title with an ASCII "!" is no Korean prose.
        {"뉴스 정치 경제 사회 문화 국제 스포츠 연예 오피니언 전체메뉴", Quality::bad},
        {"강변 공원 야간 조명 두 배로 늘린다 산책로 쉼터도 새로 생겨", Quality::bad},
        {"【台北美食】老街上的牛肉麵店推薦給大家參考看看喔!", Quality::bad},
    };
    for (const auto& r : rows) {
        INFO(r.line);
        CHECK(block_quality(block_of(r.line), "ko") == r.quality);
    }
}

TEST_CASE("a Korean article's paragraphs make its body", "[classify][cjk68]") {
    const std::vector<std::string> body = {
        "시청은 다음 달부터 강변 공원의 야간 조명을 두 배로 늘리고, 산책로 곳곳에 쉼터를 새로 만들기로 했다.",
        "공사는 이달 말에 시작해 내년 봄까지 이어지며, 그동안 일부 구간은 밤 10시 이후 출입이 막힌다.",
        "시청 관계자는 주민 설문에서 가장 많이 나온 요청이 조명이었다고 설명했다.",
    };
    std::string page = "홈\n뉴스\n사회\n강변 공원 야간 조명 두 배로…산책로 쉼터도 생긴다\n\n";
    for (const auto& p : body)
        page += p + "\n\n";
    page += "저작권자 © 예시일보 무단전재 및 재배포 금지\n";
    const auto paragraphs = paragraphs_of(classify(segment(page), "ko"));
    CHECK(paragraphs == body);
}
