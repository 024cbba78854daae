#include "classify.hpp"
#include "pipeline.hpp"
#include "text.hpp"

#include <algorithm>
#include <string>
#include <unordered_map>

namespace archive {

namespace {

// The same as text::lower(s) == lower_ascii for an ASCII `lower_ascii`: a multibyte character never lower-cases
// to ASCII of its own byte length.
bool iequals_ascii(std::string_view s, std::string_view lower_ascii) {
    if (s.size() != lower_ascii.size())
        return false;
    for (std::size_t k = 0; k < s.size(); ++k) {
        char c = s[k];
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c + 32);
        if (c != lower_ascii[k])
            return false;
    }
    return true;
}

bool looks_like_url(std::string_view tok) {
    // "www.example.com", "https://...", "name@example.org", "@handle", "photo-1160x768.jpg"
    // Every one of these holds a ':', '@', '.' or '/': most words have none and are settled in one pass.
    if (std::none_of(tok.begin(), tok.end(), [](char c) { return c == '.' || c == '/' || c == '@' || c == ':'; }))
        return false;
    if (tok.find("://") != std::string_view::npos || tok.rfind("www.", 0) == 0)
        return true;
    auto at = tok.find('@');
    if (at != std::string_view::npos && (at == 0 || tok.find('.', at) != std::string_view::npos))
        return tok.size() > 1;
    static const std::string_view exts[] = {".jpg", ".jpeg", ".png", ".gif", ".webp", ".pdf", ".html", ".htm",
                                            ".php", ".com", ".org", ".net", ".svg", ".mp4"};
    // Each extension holds one dot, its first character: only the tail from the last dot can be one.
    if (auto last_dot = tok.rfind('.'); last_dot != std::string_view::npos && last_dot > 0)
        for (auto ext : exts)
            if (iequals_ascii(tok.substr(last_dot), ext))
                return true;
    auto slash = tok.find('/');
    auto dot = tok.find('.');
    return slash != std::string_view::npos && dot != std::string_view::npos && dot < slash && dot > 0 &&
           text::is_letter(static_cast<unsigned char>(tok[dot + 1]));
}

bool is_separator_token(std::string_view tok) {
    return tok == "|" || tok == "»" || tok == ">" || tok == "•" || tok == "·" || tok == "›" || tok == "/" ||
           tok == "–" || tok == "-";
}

bool ends_with_sentence_punct(std::string_view s) {
    std::size_t i = s.size();
    while (i > 0) {
        char32_t cp = text::prev_cp(s, i);
        // "... in 1998.[12]", "... geothermal power.[citation needed]": a reference mark after the sentence's
        // full stop. "History[edit]" has no full stop before its bracket and stays unpunctuated.
        if (cp == ']') {
            auto open = s.rfind('[', i);
            if (open != std::string_view::npos && open > 0 && i - open <= 24) {
                i = open;
                continue;
            }
        }
        if (text::is_close_quote(cp) || cp == '"' || cp == ')' || cp == '\'' || cp == 0xBB)
            continue;
        return cp == '.' || cp == '!' || cp == '?' || cp == 0x2026 || cp == ':' || cp == ';';
    }
    return false;
}

void measure(Block& b) {
    auto toks = text::split_ws(b.text);
    b.words = static_cast<int>(toks.size());
    bool open_guillemet = false;
    for (auto tok : toks) {
        std::size_t i = 0;
        char32_t first = text::next_cp(tok, i);
        b.upper_initial += text::is_upper(first);
        b.urls += looks_like_url(tok);
        // "Les « boîtes noires »": a French closing guillemet after an opening one is a quote mark.
        bool closes = (tok == "»" && open_guillemet) || (tok == "›" && open_guillemet);
        open_guillemet = (open_guillemet && !closes) || tok == "«" || tok == "‹";
        b.separators += is_separator_token(tok) && !closes;
    }
    std::size_t i = 0;
    while (i < b.text.size()) {
        char32_t cp = text::next_cp(b.text, i);
        b.letters += text::is_letter(cp);
        b.digits += text::is_digit(cp);
    }
    b.end_punct = ends_with_sentence_punct(b.text);
    b.boilerplate = is_boilerplate_phrase(b.text);
}

} // namespace

std::vector<Block> segment(std::string_view txt) {
    std::vector<Block> blocks;
    std::size_t pos = 0, line_no = 0;
    bool prev_blank = true;
    while (pos <= txt.size()) {
        std::size_t end = txt.find('\n', pos);
        if (end == std::string_view::npos)
            end = txt.size();
        std::string collapsed = text::collapse(txt.substr(pos, end - pos));
        if (collapsed.empty()) {
            if (!blocks.empty())
                blocks.back().blank_after = true;
            prev_blank = true;
        } else {
            Block b;
            b.text = std::move(collapsed);
            b.line = line_no;
            b.blank_before = prev_blank;
            measure(b);
            blocks.push_back(std::move(b));
            prev_blank = false;
        }
        if (end == txt.size())
            break;
        pos = end + 1;
        ++line_no;
    }
    if (!blocks.empty())
        blocks.back().blank_after = true;

    std::unordered_map<std::string_view, int> counts;
    for (const auto& b : blocks)
        ++counts[b.text];
    for (auto& b : blocks)
        b.repeats = counts[b.text] - 1;
    return blocks;
}

} // namespace archive
