// The notices that Chinese, Japanese and Korean pages print around an article's text (cjk_notices.cpp): rights
// notices, the label over a line of tags, a desk's tag in brackets. Matched on the characters, these scripts writing
// no spaces between words. Internal to the segment stage (read by is_boilerplate_phrase()).
#pragma once

#include <optional>
#include <string_view>

namespace archive {

/// "本文为某某科技原创，未经授权不得转载。", "無断転載を禁じます", "무단 전재 및 재배포 금지" (lexicon section
/// cjk_rights_notices, or an own-story opener and word: cjk_own_story_openers, cjk_own_story_words); "标签：手机 芯片",
/// "相關字詞﹕北都 土地" (cjk_tag_labels, then a colon and a short list, no sentence); "（本報記者）" (a desk's tag: a
/// bracket holding a few letters closed by a reporter's word, cjk_byline_label_words). A short line only: a paragraph
/// that speaks of rights is the article's.
bool cjk_notice_line(std::string_view line);

/// "摘要：多家厂商在年底发布新机…", "导语：…", "요약: …": a CJK standfirst printed after its label (lexicon section
/// cjk_lede_labels) and a colon. The text after them, or nothing (no label, or a few CJK letters after it only).
std::optional<std::string_view> cjk_labelled_lede(std::string_view line);

} // namespace archive
