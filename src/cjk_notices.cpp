// The notices around the text of Chinese, Japanese and Korean pages: rights notices, tag lines and desk tags, matched
// on the characters. The words are data: lexicon sections cjk_rights_notices, cjk_own_story_openers,
// cjk_own_story_words, cjk_tag_labels and cjk_byline_label_words of common.txt.
#include "cjk_notices.hpp"
#include "cjk_script.hpp"

#include "lexicon.hpp"
#include "text.hpp"

#include <algorithm>
#include <cstddef>

namespace archive {

namespace {

// A notice is a line or two; a tag line's list a few words; a desk's tag a name and a reporter's word.
constexpr std::size_t most_notice_code_points = 80;
constexpr std::size_t least_notice_letters = 4;
constexpr std::size_t most_tag_list_code_points = 40;
constexpr std::size_t most_desk_code_points = 12;
// A standfirst is a sentence at least.
constexpr std::size_t least_lede_letters = 10;

const LexiconSection* section(const char* name) { return common_lexicon().section(name); }

bool colon(char32_t cp) { return cp == ':' || cp == 0xFF1A || cp == 0xFE55 || cp == 0xFE30; } // ":", "：", "﹕", "︰"

bool sentence_stop(char32_t cp) { return cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F || cp == '!' || cp == '?'; }

// One of the entries stands in `line` as a whole word: no CJK letter follows it ("版权所有者", the copyright's
// owner, and "무단 전재한", "reprinted without leave", speak of rights in a sentence).
bool holds_word_of(std::string_view line, const LexiconSection* list) {
    if (list == nullptr)
        return false;
    for (const std::string_view e : list->entries)
        for (std::size_t at = line.find(e); at != std::string_view::npos; at = line.find(e, at + 1)) {
            std::size_t after = at + e.size();
            if (after >= line.size() || !text::is_cjk_letter(text::next_cp(line, after)))
                return true;
        }
    return false;
}

bool starts_with_entry(std::string_view s, const LexiconSection* list, std::string_view& rest) {
    if (list == nullptr)
        return false;
    for (const std::string_view e : list->entries)
        if (s.starts_with(e)) {
            rest = s.substr(e.size());
            return true;
        }
    return false;
}

// "标签：手机 芯片 续航", "相關字詞﹕北部都會區 土地招標", "タグ：京都 紅葉", "태그: 반도체": a label over the
// article's tags, then a colon and a short list (no sentence stop in it), or the label alone.
bool tag_line(std::string_view line) {
    static const LexiconSection* labels = section("cjk_tag_labels"); // (looked up once)
    std::string_view rest;
    if (!starts_with_entry(line, labels, rest))
        return false;
    rest = text::trim(rest);
    if (rest.empty())
        return true;
    std::size_t i = 0;
    if (!colon(text::next_cp(rest, i)))
        return false;
    rest = rest.substr(i);
    std::size_t count = 0;
    for (i = 0; i < rest.size(); ++count)
        if (sentence_stop(text::next_cp(rest, i)))
            return false;
    return count <= most_tag_list_code_points;
}

// "（明報記者）", "（本报记者）", "(本報記者)": a desk's tag under the text, a few CJK letters in brackets closed by a
// reporter's word of two letters or more (no name: "（记者 王晓峰）" names its author).
bool desk_tag(std::string_view line) {
    static const LexiconSection* reporters = section("cjk_byline_label_words"); // (looked up once)
    if (reporters == nullptr)
        return false;
    const std::string_view opens[] = {"(", "\xEF\xBC\x88"}, closes[] = {")", "\xEF\xBC\x89"}; // "(" "（", ")" "）"
    std::string_view inner;
    for (std::size_t k = 0; k < 2 && inner.empty(); ++k)
        for (std::size_t m = 0; m < 2 && inner.empty(); ++m)
            if (line.size() > opens[k].size() + closes[m].size() && line.starts_with(opens[k]) &&
                line.ends_with(closes[m]))
                inner = line.substr(opens[k].size(), line.size() - opens[k].size() - closes[m].size());
    if (inner.empty())
        return false;
    std::size_t count = 0;
    for (std::size_t i = 0; i < inner.size(); ++count)
        if (!text::is_cjk_letter(text::next_cp(inner, i)))
            return false;
    if (count > most_desk_code_points)
        return false;
    return std::any_of(reporters->entries.begin(), reporters->entries.end(),
                       [inner](std::string_view e) { return text::length_cp(e) >= 2 && inner.ends_with(e); });
}

} // namespace

bool cjk_notice_line(std::string_view line) {
    line = text::trim(line);
    // (Western lines are turned away by their first byte: a CJK letter's or mark's lead byte, "<", "(" or "ⓒ".)
    if (line.empty())
        return false;
    const auto front = static_cast<unsigned char>(line.front());
    if (front == '(')
        return desk_tag(line);
    if (front != '<' && (front < 0xE2 || front > 0xEF))
        return false;
    std::size_t count = 0, letters = 0;
    for (std::size_t i = 0; i < line.size(); ++count) {
        if (count >= most_notice_code_points)
            return false;
        if (text::is_cjk_letter(text::next_cp(line, i)))
            ++letters;
    }
    if (letters < least_notice_letters)
        return false;
    static const LexiconSection* notices = section("cjk_rights_notices"); // (looked up once)
    static const LexiconSection* openers = section("cjk_own_story_openers");
    static const LexiconSection* own = section("cjk_own_story_words");
    std::string_view rest;
    return holds_word_of(line, notices) || (starts_with_entry(line, openers, rest) && holds_word_of(rest, own)) ||
           tag_line(line) || desk_tag(line);
}

std::optional<std::string_view> cjk_labelled_lede(std::string_view line) {
    line = text::trim(line);
    if (line.empty() || static_cast<unsigned char>(line.front()) < 0xE3 ||
        static_cast<unsigned char>(line.front()) > 0xED)
        return std::nullopt;
    static const LexiconSection* labels = section("cjk_lede_labels"); // (looked up once)
    std::string_view rest;
    if (!starts_with_entry(line, labels, rest))
        return std::nullopt;
    rest = text::trim(rest);
    std::size_t i = 0;
    if (rest.empty() || !colon(text::next_cp(rest, i)))
        return std::nullopt;
    rest = text::trim(rest.substr(i));
    std::size_t letters = 0;
    for (i = 0; i < rest.size();)
        if (text::is_cjk_letter(text::next_cp(rest, i)))
            ++letters;
    if (letters < least_lede_letters)
        return std::nullopt;
    return rest;
}

} // namespace archive
