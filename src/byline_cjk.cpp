// Chinese, Japanese and Korean bylines (byline_cjk.hpp): a label and names of two to four signs, no capital letter.
#include "byline_cjk.hpp"

#include "cjk_script.hpp"
#include "lexicon.hpp"
#include "text.hpp"

#include <array>

namespace archive {

namespace {

// "王晓峰", "林怡君", "김민수": a name of two to four ideographs, or of Hangul syllables when `hangul`.
bool cjk_name(std::string_view w, bool hangul) {
    const int fewest = 2, most = 4;
    int signs = 0;
    for (std::size_t i = 0; i < w.size(); ++signs) {
        const char32_t cp = text::next_cp(w, i);
        if (hangul ? !text::is_hangul(cp) : !text::is_ideograph(cp))
            return false;
    }
    return signs >= fewest && signs <= most;
}

// A mark that parts the names of a byline: a space (the ideographic one too), a comma or the enumeration comma "、".
bool name_cut(char32_t cp) {
    return cp == ' ' || cp == '\t' || cp == ',' || cp == U'\u3000' || cp == U'\u3001' || cp == U'\uff0c';
}

// "刘佳宁 周子航", "王晓峰、陈雨桐": the names (cjk_name()) of `s` cut apart by name_cut() marks, one to `most` of
// them; nothing when a piece is no name.
std::optional<std::vector<std::string>> cjk_names(std::string_view s, bool hangul, std::size_t most) {
    std::vector<std::string> names;
    std::size_t from = 0;
    for (std::size_t i = 0; i <= s.size();) {
        const std::size_t at = i;
        const bool cut = i == s.size() || name_cut(text::next_cp(s, i));
        if (!cut)
            continue;
        if (at > from) {
            const std::string_view piece = s.substr(from, at - from);
            if (!cjk_name(piece, hangul) || names.size() == most)
                return std::nullopt;
            names.emplace_back(piece);
        }
        from = i;
        if (at == s.size())
            break;
    }
    if (names.empty())
        return std::nullopt;
    return names;
}

// The bytes of the slash ("／" or "/") opening `s`, 0 for none.
std::size_t slash_at_front(std::string_view s) {
    if (s.starts_with("/"))
        return 1;
    const std::string_view wide = "\uff0f";
    return s.starts_with(wide) ? wide.size() : 0;
}

// The longest label of cjk_byline_label_words opening `s` ("本报记者" before "记者"), its bytes; 0 for none.
std::size_t label_bytes(std::string_view s) {
    static const LexiconSection* labels = common_lexicon().section("cjk_byline_label_words"); // (looked up once)
    const std::size_t most_signs = 5;
    std::size_t best = 0;
    for (std::size_t i = 0, signs = 0; labels != nullptr && i < s.size() && signs < most_signs; ++signs) {
        if (!text::is_cjk_letter(text::next_cp(s, i)))
            break;
        if (labels->has(s.substr(0, i)))
            best = i;
    }
    return best;
}

// "记者 王晓峰", "本报记者 刘佳宁 周子航", "作者：宋一帆", "文／林怡君", "聯合報／ 記者林怡君／台北即時報導".
std::optional<std::vector<std::string>> labelled_names(std::string_view line) {
    const std::size_t most_names = 4, most_outlet_bytes = 24;
    // (an outlet's name and a slash before the label: "聯合報／ 記者…")
    std::size_t label = label_bytes(line);
    if (label == 0) {
        const std::size_t slash = std::min(line.find('/'), line.find("\uff0f"));
        if (slash == std::string_view::npos || slash == 0 || slash > most_outlet_bytes)
            return std::nullopt;
        for (std::size_t i = 0; i < slash;)
            if (!text::is_cjk_letter(text::next_cp(line, i)))
                return std::nullopt;
        line = text::trim(line.substr(slash + slash_at_front(line.substr(slash))));
        label = label_bytes(line);
        if (label == 0)
            return std::nullopt;
    }
    std::string_view rest = line.substr(label);
    // The label's mark: a colon, a slash or a space; a name glued to it only where the place it was reported from
    // closes the line ("記者林怡君／台北報導": "記者會見" is a word of its own).
    bool marked = false;
    for (const std::string_view mark : {"\uff1a", ":", "\uff0f", "/", "\u3000", " "})
        if (rest.starts_with(mark)) {
            rest = text::trim(rest.substr(mark.size()));
            marked = true;
            break;
        }
    std::string_view names = rest, place;
    for (std::size_t i = 0; i < rest.size();) {
        const std::size_t at = i;
        text::next_cp(rest, i);
        if (const std::size_t slash = slash_at_front(rest.substr(at))) {
            names = text::trim(rest.substr(0, at));
            place = text::trim(rest.substr(at + slash));
            break;
        }
    }
    if (!place.empty() || names.size() < rest.size()) {
        static const LexiconSection* reports = common_lexicon().section("cjk_report_words"); // (looked up once)
        const std::size_t most_place_bytes = 30;
        bool reported = false;
        if (reports != nullptr && place.size() <= most_place_bytes)
            for (const std::string_view word : reports->entries)
                reported = reported || (place.ends_with(word) && place.size() > word.size());
        if (!reported)
            return std::nullopt;
    } else if (!marked) {
        return std::nullopt;
    }
    return cjk_names(names, false, most_names);
}

// "김민수 기자", "이서연 기자 seoyeon@example.kr", "박준호 특파원": names of Hangul syllables before a word of
// cjk_byline_after_words, an e-mail address perhaps after it.
std::optional<std::vector<std::string>> names_before_word(std::string_view line) {
    static const LexiconSection* after = common_lexicon().section("cjk_byline_after_words"); // (looked up once)
    const std::size_t most_names = 3;
    std::array<std::string_view, most_names + 3> read;
    std::size_t n = 0;
    for (std::size_t i = 0; n < read.size();) {
        const std::string_view w = text::next_token(line, i);
        if (w.empty())
            break;
        read[n++] = w;
    }
    if (after == nullptr || n < 2 || n == read.size())
        return std::nullopt;
    std::size_t word = 1;
    while (word < n && !after->has(read[word]))
        ++word;
    if (word == n || word > most_names || n - word > 2 ||
        (n - word == 2 && read[n - 1].find('@') == std::string_view::npos))
        return std::nullopt;
    std::vector<std::string> names;
    for (std::size_t k = 0; k < word; ++k) {
        if (!cjk_name(read[k], true))
            return std::nullopt;
        names.emplace_back(read[k]);
    }
    return names;
}

} // namespace

std::optional<std::vector<std::string>> cjk_byline_authors(std::string_view line) {
    line = text::trim(line);
    // (Every such byline opens with a sign of the three scripts, whose bytes open from 0xE3 on in UTF-8.)
    const unsigned char cjk_lead = 0xE3;
    if (line.empty() || static_cast<unsigned char>(line.front()) < cjk_lead)
        return std::nullopt;
    if (auto names = labelled_names(line))
        return names;
    return names_before_word(line);
}

} // namespace archive
