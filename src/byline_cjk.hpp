// Chinese, Japanese and Korean bylines ("记者 王晓峰", "本报记者 刘佳宁 周子航", "作者：宋一帆",
// "記者林怡君／台北報導", "김민수 기자"): no capital letter tells a name there, the label and the name's signs do.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace archive {

/// The authors of a Chinese, Japanese or Korean byline line: a label of the lexicon section cjk_byline_label_words
/// ("记者", "本報記者", "作者", "文") opening it (an outlet's name and a slash may stand before it; a colon, a slash or
/// a space after it), then one to four names of two to four ideographs cut by spaces, "、" or "，", and perhaps the
/// place it was reported from after a slash ("／台北報導", lexicon section cjk_report_words); or one to three names of
/// two to four Hangul syllables (or ideographs) before a word of section cjk_byline_after_words ("기자", "특파원"), an
/// e-mail address perhaps after it. Nothing for any other line.
std::optional<std::vector<std::string>> cjk_byline_authors(std::string_view line);

} // namespace archive
