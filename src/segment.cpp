#include "classify.hpp"
#include "lexicon.hpp"
#include "pipeline.hpp"
#include "text.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

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

// The bytes of which a URL holds one at least (see looks_like_url), a table look-up each.
constexpr std::array<bool, 256> url_mark = [] {
    std::array<bool, 256> t{};
    for (unsigned char c : {'.', '/', '@', ':'})
        t[c] = true;
    return t;
}();

bool looks_like_url(std::string_view tok) {
    // "www.example.com", "https://...", "name@example.org", "@handle", "photo-1160x768.jpg"
    // Every one of these holds a ':', '@', '.' or '/': most words have none and are settled in one pass.
    if (std::none_of(tok.begin(), tok.end(), [](char c) { return url_mark[static_cast<unsigned char>(c)]; }))
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
           tok == "–" || tok == "-" || tok == "››" || tok == "»»" || tok == ">>"; // "Home ›› News ›› Politics"
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
        // "... setzt OS X 10.10 voraus. (bsc)", "... au printemps. (ats/afp)": the initials of the editor or the agency
        // after the last sentence's full stop.
        if (cp == ')' && i == s.size() - 1) {
            auto open = s.rfind(" (", i);
            if (open != std::string_view::npos && open > 0 && i - open <= 12 && s[open - 1] == '.') {
                bool tag = true;
                for (std::size_t k = open + 2; k < i; ++k)
                    tag = tag && ((s[k] >= 'a' && s[k] <= 'z') || s[k] == '/');
                if (tag && i > open + 2) {
                    i = open;
                    continue;
                }
            }
        }
        // "... pour les îles. »": French sets a space inside its guillemets.
        if (cp == ' ' && i + 1 < s.size() && s.substr(i + 1).starts_with("»"))
            continue;
        if (text::is_close_quote(cp) || cp == '"' || cp == ')' || cp == '\'' || cp == 0xBB)
            continue;
        return cp == '.' || cp == '!' || cp == '?' || cp == 0x2026 || cp == ':' || cp == ';';
    }
    return false;
}

// Fills the features of a block from its text; returns the text's length in code points (what text::length_cp
// counts: every byte but the continuation bytes), counted on the way.
std::size_t measure(Block& b) {
    b.words = 0;
    bool open_guillemet = false;
    for (std::size_t at = 0;;) {
        std::string_view tok = text::next_token(b.text, at);
        if (tok.empty())
            break;
        ++b.words;
        std::size_t i = 0;
        char32_t first = text::next_cp(tok, i);
        b.upper_initial += text::is_upper(first);
        b.urls += looks_like_url(tok);
        if (tok.size() > 6 || text::is_letter(first) || text::is_digit(first))
            continue; // no guillemet and no separator (each is at most six bytes, "››", and opens with a mark)
        // "Les « boîtes noires »": a French closing guillemet after an opening one is a quote mark.
        bool closes = (tok == "»" && open_guillemet) || (tok == "›" && open_guillemet);
        open_guillemet = (open_guillemet && !closes) || tok == "«" || tok == "‹";
        b.separators += is_separator_token(tok) && !closes;
    }
    std::size_t i = 0, continuation = 0;
    while (i < b.text.size()) {
        // Printable ASCII eight bytes a step.
        if (i + 8 <= b.text.size()) {
            std::uint64_t v = text::load8(b.text.data() + i);
            if (text::printable8(v)) {
                b.letters += text::letters8(v);
                b.digits += text::count8(text::in_range8(v, '0', '9'));
                i += 8;
                continue;
            }
        }
        const std::size_t start = i;
        char32_t cp = text::next_cp(b.text, i);
        if (i - start > 1 || cp >= 0x80) // (a stray continuation byte is a character of its own here)
            for (std::size_t k = start; k < i; ++k)
                continuation += (static_cast<unsigned char>(b.text[k]) & 0xC0) == 0x80;
        if (text::is_letter(cp))
            ++b.letters;
        else
            b.digits += text::is_digit(cp); // (no letter is a digit: a letter is not looked up twice)
    }
    b.end_punct = ends_with_sentence_punct(b.text);
    b.lower = text::lower(b.text);
    b.lower_words = text::words_of_lowered(b.lower);
    StopwordCounts stopwords;
    stopwords.hits.assign(languages().size(), 0);
    count_stopwords(b.lower_words, stopwords);
    b.stopword_hits = std::move(stopwords.hits);
    b.boilerplate = is_boilerplate_phrase(b.text, b.lower);
    return b.text.size() - continuation;
}


bool starts_lower(std::string_view s) {
    std::size_t i = 0;
    return !s.empty() && text::is_lower(text::next_cp(s, i));
}

// A run of lines with no blank line between them: [first, last].
struct Group {
    std::size_t first, last;
    bool indented = false; ///< cut from its neighbours by its indentation (see join_wrapped)
};

// "This memo sets out a way in which small programs,\nrunning on a home router, can
// report their state to a central\nservice that is hosted...": a paragraph of a text wrapped at a fixed width
// (a plain-text document, a mail, a <pre> block). Its lines fill the width and break inside sentences, so that
// the next line often goes on in lower case. Returns the width of a wrapped group, 0 for any other group.
std::size_t wrap_width(const std::vector<Block>& blocks, const std::vector<std::size_t>& lengths, Group g) {
    if (g.last - g.first < 2)
        return 0;
    std::size_t width = 0;
    for (std::size_t k = g.first; k < g.last; ++k)
        width = std::max(width, lengths[k]);
    if (width < 40 || width > 110)
        return 0;
    std::size_t joints = g.last - g.first, open = 0, lower = 0;
    for (std::size_t k = g.first; k < g.last; ++k) {
        // The first line may be cut short by whatever stood before it on the line.
        if (k > g.first && lengths[k] * 5 < width * 3)
            return 0;
        bool next_lower = starts_lower(blocks[k + 1].text);
        open += !blocks[k].end_punct || next_lower;
        lower += next_lower;
    }
    return open * 2 >= joints && lower * 3 >= joints ? width : 0;
}

// A page wrapped at a fixed width has several wrapped paragraphs of one width; its shorter paragraphs (two lines)
// are joined too when their lines fill that width. `lengths` holds the blocks' lengths in code points (asked for
// several times each below).
void join_wrapped(std::vector<Block>& blocks, const std::vector<std::size_t>& lengths) {
    std::vector<Group> lines;
    for (std::size_t k = 0; k < blocks.size(); ++k) {
        if (k == 0 || blocks[k].blank_before)
            lines.push_back({k, k});
        else
            lines.back().last = k;
    }
    // "... every other console / has rechargeable controllers. / In use / The new console ...": a paragraph's last
    // line, short and closing its sentence, ends the paragraph though no blank line follows it (a heading or the
    // next paragraph comes right under it).
    std::vector<Group> groups;
    for (const auto& g : lines) {
        std::size_t width = 0;
        for (std::size_t k = g.first; k <= g.last; ++k)
            width = std::max(width, lengths[k]);
        std::size_t first = g.first;
        // "    The console is small. It looks\n        like the old one.\n    Inside, it has ...": an indented page
        // (pretty-printed markup) sets a paragraph's wrapped lines deeper than its first line, so a line back at a
        // paragraph's first indent after its deeper lines, or a line with deeper lines under it, starts a paragraph.
        // Both lines are words, not code ("def area(self):\n    return 0"): the new one starts with a capital.
        auto hanging_start = [&](std::size_t k) {
            const std::size_t in = blocks[k].indent;
            const Block& prev = blocks[k - 1];
            std::size_t i = 0;
            if (!text::is_upper(text::next_cp(blocks[k].text, i)) ||
                prev.letters * 2 < static_cast<int>(lengths[k - 1]))
                return false;
            if (k + 1 <= g.last && blocks[k + 1].indent > in && in <= blocks[k - 1].indent &&
                blocks[k - 1].indent <= blocks[first].indent)
                return true;
            return in < blocks[k - 1].indent && in == blocks[first].indent && k - 1 > first;
        };
        for (std::size_t k = g.first + 1; k <= g.last; ++k)
            if (blocks[k].indent > 0 && hanging_start(k)) {
                groups.push_back({first, k - 1, true});
                first = k;
            }
        if (first > g.first) {
            groups.push_back({first, g.last, true});
            continue;
        }
        // The end of a sentence in words: "..." or "return 0;" between lines of code closes nothing.
        auto closes = [&](std::size_t k) {
            const Block& b = blocks[k];
            std::string_view t = b.text;
            std::size_t len = lengths[k];
            char last = t.back();
            return b.end_punct && (last == '.' || last == '!' || last == '?') && b.letters * 3 >= static_cast<int>(len * 2) &&
                   !t.ends_with("...") && len * 5 < width * 3;
        };
        for (std::size_t k = g.first + 1; k < g.last; ++k)
            if (closes(k) && !starts_lower(blocks[k + 1].text)) {
                groups.push_back({first, k});
                first = k + 1;
                // A heading under it, a short line without a final stop, stands alone.
                const Block& next = blocks[k + 1];
                if (k + 1 < g.last && !next.end_punct && lengths[k + 1] * 5 < width * 3) {
                    groups.push_back({k + 1, k + 1});
                    first = k + 2;
                    ++k;
                }
            }
        groups.push_back({first, g.last});
    }
    std::vector<std::size_t> widths;
    std::size_t wrapped_lines = 0;
    for (const auto& g : groups)
        if (std::size_t w = wrap_width(blocks, lengths, g)) {
            widths.push_back(w);
            wrapped_lines += g.last - g.first + 1;
        }
    if (widths.size() < 2 && wrapped_lines < 6)
        return;
    std::sort(widths.begin(), widths.end());
    const std::size_t page_width = widths[widths.size() / 2];
    auto fills = [&](const Group& g) {
        if (g.last == g.first)
            return false;
        std::size_t open = 0;
        for (std::size_t k = g.first; k < g.last; ++k) {
            std::size_t len = lengths[k];
            // A paragraph cut out by its indentation may break early, at the start of a link set deeper.
            if ((k > g.first && len * 5 < page_width * 3 && !g.indented) || len > page_width + 8)
                return false;
            open += !blocks[k].end_punct || starts_lower(blocks[k + 1].text);
        }
        return open * 2 >= g.last - g.first;
    };
    std::vector<Block> out;
    out.reserve(blocks.size());
    for (const auto& g : groups) {
        if (!fills(g)) {
            for (std::size_t k = g.first; k <= g.last; ++k)
                out.push_back(std::move(blocks[k]));
            continue;
        }
        Block joined = std::move(blocks[g.first]);
        for (std::size_t k = g.first + 1; k <= g.last; ++k) {
            joined.text += ' ';
            joined.text += blocks[k].text;
        }
        joined.blank_after = blocks[g.last].blank_after;
        joined.words = joined.letters = joined.digits = joined.upper_initial = joined.urls = joined.separators = 0;
        measure(joined);
        out.push_back(std::move(joined));
    }
    blocks = std::move(out);
}

// Sets each block's `repeats`: the blocks of the same text are found in one open-addressing table of block indices,
// keyed by their text (a map of texts would allocate a node for every line).
void count_repeats(std::vector<Block>& blocks) {
    constexpr std::size_t empty = static_cast<std::size_t>(-1);
    std::size_t size = 16;
    while (size < blocks.size() * 2)
        size *= 2;
    const std::size_t mask = size - 1;
    std::vector<std::size_t> slots(size, empty);
    std::vector<std::size_t> first(blocks.size()); // the first block of the same text
    std::vector<int> count(blocks.size(), 0);       // blocks of the text, at the index of its first block
    for (std::size_t k = 0; k < blocks.size(); ++k) {
        const std::string& t = blocks[k].text;
        std::size_t at = StringHash{}(t) & mask;
        while (slots[at] != empty && blocks[slots[at]].text != t)
            at = (at + 1) & mask;
        if (slots[at] == empty)
            slots[at] = k;
        first[k] = slots[at];
        ++count[first[k]];
    }
    for (std::size_t k = 0; k < blocks.size(); ++k)
        blocks[k].repeats = count[first[k]] - 1;
}

} // namespace

std::vector<Block> segment(std::string_view txt) {
    std::vector<Block> blocks;
    std::vector<std::size_t> lengths; // of the blocks' texts in code points
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
            Block& b = blocks.emplace_back(); // (filled in its place: a Block is large to move)
            b.text = std::move(collapsed);
            b.line = line_no;
            std::string_view raw = txt.substr(pos, end - pos);
            while (b.indent < raw.size() && (raw[b.indent] == ' ' || raw[b.indent] == '\t'))
                ++b.indent;
            std::size_t tab = raw.find('\t', b.indent);
            // "2.1<TAB>Methods": the tab after a numbered title's number parts no cells.
            if (tab != std::string_view::npos && tab > b.indent &&
                raw.find_first_not_of("0123456789.)", b.indent) == tab) {
                std::size_t title = raw.find_first_not_of(" \t", tab);
                tab = title == std::string_view::npos ? title : raw.find('\t', title);
            }
            b.cells = tab != std::string_view::npos && raw.find_first_not_of(" \t\r", tab) != std::string_view::npos;
            b.blank_before = prev_blank;
            lengths.push_back(measure(b));
            prev_blank = false;
        }
        if (end == txt.size())
            break;
        pos = end + 1;
        ++line_no;
    }
    if (!blocks.empty())
        blocks.back().blank_after = true;
    join_wrapped(blocks, lengths);

    count_repeats(blocks);
    return blocks;
}

std::string detect_language(const std::vector<Block>& blocks) {
    // The blocks hold every word of the text, in order: segmenting changes white space only.
    StopwordCounts counts;
    counts.hits.assign(languages().size(), 0);
    for (const auto& b : blocks) {
        counts.words += static_cast<int>(b.lower_words.size());
        for (std::size_t k = 0; k < counts.hits.size() && k < b.stopword_hits.size(); ++k)
            counts.hits[k] += b.stopword_hits[k];
    }
    return detect_language(counts);
}

} // namespace archive
