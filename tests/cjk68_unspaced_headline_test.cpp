// Headlines in scripts written without spaces (Chinese, Japanese): one token of ideographs and kana is a title of many
// words, and a line closed by "。" is a sentence, no title (probe64 H1).
#include "headline_rows.hpp"
#include "classify.hpp"
#include "rows.hpp"

#include <iterator>
#include <string>

using archive::test::check_headlines;
using archive::test::HeadlineRow;

namespace {

// A news page: the site's crumbs, the title without a space, the date, the body closed by "。", a caption with its
// photographer's name spaced off.
const char* const news_zh = R"(首页 > 社会 > 正文
滨江公园夜间照明改造工程下月动工
2026-11-20 09:15
市政府昨天宣布，滨江公园的夜间照明改造工程将于下月正式动工，预计明年春天完工。

改造完成后，公园步道的照明亮度将提高一倍，并新增十二处休息区，方便市民夜间散步。

这是11月19日拍摄的滨江公园步道。本报记者 王芳 摄

市政府相关负责人表示，工程期间部分步道将在晚上十点后临时封闭，请市民留意现场告示。
)";

const char* const news_ja = R"(ホーム > 社会
川沿いの公園、夜間照明を倍増へ、来月から工事
2026-11-20 09:15
市は19日、川沿いの公園の夜間照明を来月から改修すると発表した。完成は来年春の予定だ。

改修後は遊歩道の明るさが二倍になり、休憩所も十二か所に増える。夜に散歩する市民から要望が多かったという。

遊歩道の様子を写した写真。市提供 撮影 田中

工事中は一部の区間が夜十時以降通行止めになる。市は現地の掲示に注意するよう呼びかけている。
)";

// The same page with its title in a sentence of the body only: the first paragraph, closed by "。", is no title.
const char* const sentence_first_ja = R"(ホーム > 社会
市は19日、川沿いの公園の夜間照明を来月から改修すると発表した。
改修後は遊歩道の明るさが二倍になり、休憩所も十二か所に増える。夜に散歩する市民から要望が多かったという。
工事中は一部の区間が夜十時以降通行止めになる。市は現地の掲示に注意するよう呼びかけている。
)";

// Guards: spaced scripts keep their headlines.
const char* const news_en = R"(Home > Local
Riverside park to double its night lighting
20 November 2026
The city said on Thursday that work on the riverside park's night lighting will start next month and end in spring.

Once the work is done the footpaths will be twice as bright, and twelve new benches will line the river.
)";

const char* const news_de = R"(Startseite > Lokales
Uferpark bekommt doppelt so viel Licht am Abend
20. November 2026
Die Stadt hat am Donnerstag mitgeteilt, dass die Arbeiten an der Beleuchtung des Uferparks im nächsten Monat beginnen.

Nach dem Umbau sollen die Wege doppelt so hell sein, und zwölf neue Bänke werden am Fluss aufgestellt.
)";

} // namespace

TEST_CASE("a title of ideographs or kana without a space is a headline", "[headline][cjk68]") {
    const HeadlineRow rows[] = {
        {"Chinese news page", "zh", news_zh, "滨江公园夜间照明改造工程下月动工"},
        {"Japanese news page", "ja", news_ja, "川沿いの公園、夜間照明を倍増へ、来月から工事"},
        {"English guard", "en", news_en, "Riverside park to double its night lighting"},
        {"German guard", "de", news_de, "Uferpark bekommt doppelt so viel Licht am Abend"},
    };
    check_headlines(std::begin(rows), std::end(rows));
}

TEST_CASE("a sentence closed by the CJK full stop is no headline", "[headline][cjk68]") {
    archive::Article a = archive::classify(archive::segment(sentence_first_ja), "ja");
    CHECK(a.headline.value_or("<none>") != "市は19日、川沿いの公園の夜間照明を来月から改修すると発表した。");
    CHECK_FALSE(archive::headline_like(archive::test::block_of("市は 19日、公園の照明を 改修すると発表した。")));
    CHECK_FALSE(archive::headline_like(archive::test::block_of("市政府 昨天宣布 工程将于下月动工。")));
    CHECK(archive::headline_like(archive::test::block_of("市政府 宣布 滨江公园 照明工程 下月动工")));
}
