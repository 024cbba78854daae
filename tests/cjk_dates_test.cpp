// Chinese, Japanese and Korean date lines: the signs of the year, month and day glued to their figures, the hour's
// and minute's signs, the halves of the day before a 12-hour time, dotted dates with the year first, and the labels.
#include <catch2/catch.hpp>

#include "date_labels.hpp"
#include "dates.hpp"

#include <string>

using namespace archive;

namespace {

std::string published(const DateLine& d) { return d.published.value_or(""); }

std::string updated(const DateLine& d) { return d.updated.value_or(""); }

} // namespace

TEST_CASE("a date of year, month and day signs is read with its time", "[dates][cjk]") {
    struct Row {
        const char* line;
        const char* lang;
        const char* published;
        const char* updated;
    };
    const Row rows[] = {
        {"2026年11月3日 09時05分", "ja", "2026-11-03T09:05", ""},
        {"2026年11月03日08:17 | 来源：晨光日报", "zh", "2026-11-03T08:17", ""},
        {"2026年11月4日星期三", "zh", "2026-11-04", ""},
        {"2026年11月4日（水）午後3時20分", "ja", "2026-11-04T15:20", ""},
        {"2026年11月4日 下午3:20", "zh", "2026-11-04T15:20", ""},
        {"2026년 11월 4일 (수) 오전 12:10", "ko", "2026-11-04T00:10", ""},
        {"发布时间：2026年11月4日 10点15分", "zh", "2026-11-04T10:15", ""},
        {"最終更新：2026年11月4日 18時", "ja", "", "2026-11-04T18:00"},
        {"입력 2026.11.04. 오후 4:45", "ko", "2026-11-04T16:45", ""},
        {"입력 2026.11.04. 오후 4:45 수정 2026.11.04. 오후 6:02", "ko", "2026-11-04T16:45", "2026-11-04T18:02"},
        {"2026.11.04 09:30", "zh", "2026-11-04T09:30", ""},
        {"青木 發表於 2026年11月4日 21:07", "zh", "2026-11-04T21:07", ""},
    };
    for (const Row& r : rows) {
        INFO(r.line);
        const DateLine d = read_dates(r.line, r.lang);
        CHECK(published(d) == r.published);
        CHECK(updated(d) == r.updated);
        CHECK(d.is_date_line);
    }
}

TEST_CASE("a sentence opening with a signed date is no date line", "[dates][cjk]") {
    // The clause after the date is read for its signs: one word for every four, not one word for the whole run.
    const DateLine zh = read_dates("2026年11月4日，市政府在新闻发布会上宣布将在明年春季开通三条新的公交线路。", "zh");
    CHECK(published(zh) == "2026-11-04");
    CHECK_FALSE(zh.is_date_line);
    const DateLine ja =
        read_dates("2026年11月4日、県は新しい防災計画を発表し、住民への説明会を来月開くと明らかにした。", "ja");
    CHECK_FALSE(ja.is_date_line);
}

TEST_CASE("a fiscal year's word and a version's number are no signed or dotted dates", "[dates][cjk]") {
    CHECK_FALSE(read_dates("2026年度11月4日", "ja").published);
    CHECK_FALSE(read_dates("版本 2026.11.04.2", "zh").published);
}

TEST_CASE("a CJK label over a day that is not the page's sets that day aside", "[dates][cjk]") {
    CHECK(other_day_label_line("出生日期"));
    CHECK(other_day_label_line("生年月日："));
    CHECK(other_day_label_line("생년월일"));
    CHECK_FALSE(other_day_label_line("发布时间"));
    CHECK_FALSE(other_day_label_line("出生地"));
}

TEST_CASE("an outlet's name after a labelled date is one of the date line's few words", "[dates][cjk]") {
    const DateLine d = read_dates("发稿时间：2026-11-03 08:42:00 来源： 晨光日报海外版 城市青年网", "zh");
    CHECK(published(d) == "2026-11-03T08:42");
    CHECK(d.is_date_line);
}
