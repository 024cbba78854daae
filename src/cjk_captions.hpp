// Captions and picture credits of Chinese, Japanese and Korean pages (cjk_captions.cpp), which write them without the
// spaces and capitals that the western credit tests read: the credit's ending or label is matched on the characters.
// Internal to the classify stage.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace archive {

/// "曾文水庫蓄水量已降至不到四成。（記者吳志明攝）", "記者会見する報道官（4日）＝ロイター", "…修复区。新华社记者 李明
/// 摄", "서울 강남구에 눈이 내리고 있다. [연합뉴스 자료사진]": a caption written in a CJK script, closed by its
/// picture's credit: a bracket at the end holding a credit, "＝" and a credit, or a credit after the caption's last
/// stop. A credit ends with a word for "photographed by" (lexicon section cjk_credit_endings), opens with a credit's
/// label (cjk_credit_labels) or is a picture agency's name (cjk_credit_names). The caption and the credit, or nothing.
std::optional<std::pair<std::string, std::string>> cjk_caption_credit(std::string_view line);

/// "图：发布会现场", "【圖】局長昨日公布…", "▲ 湯屋門口的木招牌": the caption after a label that CJK pages print before
/// it (lexicon section cjk_caption_labels, the label dropped); "图为…", "圖為…": a caption opening with the words
/// "pictured is" (cjk_caption_openers, kept). The caption, or nothing.
std::optional<std::string> cjk_labelled_caption(std::string_view line);

/// The line opens or closes with a code point that a CJK caption or credit opens or closes with (a CJK letter, a
/// closing bracket, "▲", "【"): a cheap test before the two above (western lines are turned away by a byte or two).
bool cjk_caption_sign(std::string_view line);

} // namespace archive
