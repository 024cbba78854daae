// Captions and picture credits of Chinese, Japanese and Korean pages: the credit closing a caption and the label
// opening one, matched on the characters at the line's ends (these scripts put no space between words, and have no
// capitals). The word lists are data: lexicon sections cjk_credit_endings, cjk_credit_labels, cjk_credit_names,
// cjk_caption_labels and cjk_caption_openers of common.txt.
#include "cjk_captions.hpp"
#include "cjk_script.hpp"
#include "credits_parts.hpp"

#include "lexicon.hpp"
#include "text.hpp"

#include <algorithm>
#include <cstddef>

namespace archive {

namespace {

// A caption says what the picture shows in a few characters at least; a credit is a name and a word or two.
constexpr std::size_t least_caption_letters = 4;
constexpr std::size_t most_credit_code_points = 24;
// (After "＝" a Japanese caption may print the place and the day before the photographer: "＝東京都で20日、X撮影".)
constexpr std::size_t most_equals_credit_code_points = 40;

constexpr char32_t ideographic_stop = 0x3002, fullwidth_bang = 0xFF01, fullwidth_question = 0xFF1F,
                   fullwidth_full_stop = 0xFF0E, ideographic_comma = 0x3001, fullwidth_comma = 0xFF0C,
                   fullwidth_equals = 0xFF1D;

const LexiconSection* section(const char* name) { return common_lexicon().section(name); }

bool ends_with_entry(std::string_view s, const LexiconSection* list) {
    return list != nullptr &&
           std::any_of(list->entries.begin(), list->entries.end(), [&](std::string_view e) { return s.ends_with(e); });
}

bool starts_with_entry(std::string_view s, const LexiconSection* list) {
    return list != nullptr && std::any_of(list->entries.begin(), list->entries.end(),
                                          [&](std::string_view e) { return s.starts_with(e); });
}

// "记者 李明 摄", "筆者撮影", "圖／記者林怡君攝影", "来源：厂商官网", "연합뉴스 자료사진", and where `names` is set
// "ロイター", "AP": a picture's credit of a few characters, no clause of a sentence in it. (An agency's name alone in a
// parenthesis, "…と述べた。（共同）", tags the text the agency wrote: no picture's credit.)
bool cjk_credit(std::string_view credit, std::size_t most, bool names_alone) {
    static const LexiconSection* endings = section("cjk_credit_endings"); // (looked up once)
    static const LexiconSection* labels = section("cjk_credit_labels");
    static const LexiconSection* names = section("cjk_credit_names");
    credit = text::trim(credit);
    if (credit.empty() || text::length_cp(credit) > most)
        return false;
    return ends_with_entry(credit, endings) || starts_with_entry(credit, labels) ||
           (names_alone && ((names != nullptr && names->has(credit)) || is_credit_word(credit)));
}

// The caption before a credit: written in a CJK script (more CJK letters than others, a few at least).
bool cjk_caption(std::string_view caption) {
    std::size_t i = 0, cjk = 0, other = 0;
    while (i < caption.size()) {
        const char32_t cp = text::next_cp(caption, i);
        if (text::is_cjk_letter(cp))
            ++cjk;
        else if (text::is_letter(cp))
            ++other;
    }
    return cjk >= least_caption_letters && cjk > other;
}

bool sentence_stop(char32_t cp) {
    return cp == ideographic_stop || cp == fullwidth_bang || cp == fullwidth_question || cp == fullwidth_full_stop;
}

// The bracket closing `close`, or 0.
char32_t opening_of(char32_t close) {
    switch (close) {
    case ')':
        return '(';
    case ']':
        return '[';
    case 0xFF09: // "）"
        return 0xFF08;
    case 0xFF3D: // "］"
        return 0xFF3B;
    case 0x3011: // "】"
        return 0x3010;
    case 0x3015: // "〕"
        return 0x3014;
    default:
        return 0;
    }
}

std::optional<std::pair<std::string, std::string>> split_at(std::string_view caption, std::string_view credit) {
    caption = text::trim(caption);
    if (!cjk_caption(caption))
        return std::nullopt;
    return std::make_pair(text::collapse(caption), std::string(text::trim(credit)));
}

} // namespace

bool cjk_caption_sign(std::string_view line) {
    line = text::trim(line);
    if (line.empty() || (static_cast<unsigned char>(line.back()) < 0x80 && line.back() != ')' && line.back() != ']' &&
                         static_cast<unsigned char>(line.front()) < 0xE2))
        return false;
    std::size_t end = line.size(), start = 0;
    const char32_t last = text::prev_cp(line, end), first = text::next_cp(line, start);
    return text::is_cjk_letter(last) || opening_of(last) != 0 || text::is_cjk_letter(first) || first == 0x25B2 ||
           first == 0x25B3 || first == 0x3010;
}

std::optional<std::pair<std::string, std::string>> cjk_caption_credit(std::string_view line) {
    line = text::trim(line);
    if (line.empty())
        return std::nullopt;
    std::size_t end = line.size();
    const char32_t last = text::prev_cp(line, end);
    // "…四成。（記者吳志明攝）", "…ほうれん草（筆者撮影）", "…있다. [연합뉴스 자료사진]": a bracket closing the line
    // holds the credit; the caption is what stands before it.
    if (const char32_t open = opening_of(last); open != 0) {
        std::string_view inner;
        std::size_t at = end;
        int depth = 1;
        while (at > 0 && depth > 0) {
            const std::size_t here = at;
            const char32_t cp = text::prev_cp(line, at);
            if (cp == last)
                ++depth;
            else if (cp == open && --depth == 0)
                inner = line.substr(here, end - here);
        }
        if (depth == 0 && at > 0 && cjk_credit(inner, most_credit_code_points, false))
            return split_at(line.substr(0, at), line.substr(at));
    }
    // "記者会見する報道官（4日、ワシントンで）＝ロイター", "集会＝東京都千代田区で20日、山田花子撮影": a Japanese
    // caption names its credit after an equals sign.
    for (std::size_t at = line.size(); at > 0;) {
        const std::size_t here = at;
        const char32_t cp = text::prev_cp(line, at);
        if (sentence_stop(cp) || here + 3 * most_equals_credit_code_points < line.size())
            break;
        if (cp == fullwidth_equals || cp == '=') {
            if (cjk_credit(line.substr(here), most_equals_credit_code_points, true))
                return split_at(line.substr(0, at), line.substr(here));
            break;
        }
    }
    // "…修复区（无人机照片）。新华社记者 李明 摄", "…電動巴士。圖／記者林怡君攝影": the credit after the caption's last
    // stop, with no comma in it (a sentence's last clause has one).
    for (std::size_t at = line.size(); at > 0;) {
        const std::size_t here = at;
        const char32_t cp = text::prev_cp(line, at);
        if (cp == ideographic_comma || cp == fullwidth_comma || here + 3 * most_credit_code_points < line.size())
            break;
        if (sentence_stop(cp)) {
            if (here < line.size() && cjk_credit(line.substr(here), most_credit_code_points, false))
                return split_at(line.substr(0, here), line.substr(here));
            break;
        }
    }
    return std::nullopt;
}

std::optional<std::string> cjk_labelled_caption(std::string_view line) {
    static const LexiconSection* labels = section("cjk_caption_labels"); // (looked up once)
    static const LexiconSection* openers = section("cjk_caption_openers");
    line = text::trim(line);
    if (line.empty() || static_cast<unsigned char>(line.front()) < 0xE2)
        return std::nullopt;
    if (starts_with_entry(line, openers) && cjk_caption(line))
        return text::collapse(line);
    if (labels == nullptr)
        return std::nullopt;
    for (std::string_view label : labels->entries) {
        if (!line.starts_with(label))
            continue;
        std::string_view rest = text::trim(line.substr(label.size()));
        // ("▲서울 5도 ▲인천 4도": a marker printed again in the line lists items, no caption.)
        if (rest.find(label) != std::string_view::npos || !cjk_caption(rest))
            return std::nullopt;
        return text::collapse(rest);
    }
    return std::nullopt;
}

} // namespace archive
