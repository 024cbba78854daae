#include "lexicon.hpp"
#include "pipeline.hpp"
#include "text.hpp"

#include <cctype>

namespace archive {

namespace {

std::string record_text(const Article& a) {
    std::string all;
    auto add = [&all](const std::optional<std::string>& s) {
        if (s) {
            all += *s;
            all += '\n';
        }
    };
    add(a.kicker);
    add(a.headline);
    add(a.lede);
    for (const auto& s : a.authors)
        add(s);
    add(a.dateline);
    if (a.source_tag)
        add(a.source_tag->raw);
    for (const auto& m : a.media) {
        add(m.caption);
        add(m.credit);
    }
    for (const auto& sec : a.sections) {
        add(sec.heading);
        for (const auto& p : sec.paragraphs)
            add(p);
    }
    for (const auto& b : a.boilerplate)
        add(b);
    return all;
}

// Longest prefix of `line` found in `all`, ending on a character's boundary: being a substring is monotone in the
// prefix length. ("— Foto: …" after a caption, on a page printing "–" elsewhere: the two bytes the dashes share are
// found, but half a character is no piece of the line, and would leave the mark's last byte, which no field holds.)
std::size_t longest_found_prefix(std::string_view all, std::string_view line) {
    std::size_t lo = 0, hi = line.size();
    while (lo < hi) {
        std::size_t mid = lo + (hi - lo + 1) / 2;
        if (all.find(line.substr(0, mid)) != std::string_view::npos)
            lo = mid;
        else
            hi = mid - 1;
    }
    while (lo > 0 && lo < line.size() && (static_cast<unsigned char>(line[lo]) & 0xC0) == 0x80)
        --lo; // (a continuation byte opens the rest: back to the character's first byte)
    return lo;
}

// The bytes of a separator mark opening `line` and followed by a space (lexicon section credit_separator_marks), or 0.
std::size_t separator_mark(std::string_view line) {
    static const LexiconSection* marks = common_lexicon().section("credit_separator_marks"); // (looked up once)
    const std::size_t space = line.find(' ');
    return marks != nullptr && space != std::string_view::npos && marks->has(line.substr(0, space)) ? space : 0;
}

} // namespace

bool held_in(std::string_view all, std::string_view line) {
    char before = ' '; // (the last byte of the piece held before `line`'s rest)
    for (int piece = 0; piece < 4; ++piece) {
        line = text::trim(line);
        if (line.empty())
            return true;
        std::size_t n = longest_found_prefix(all, line);
        // "<caption> — Photo: Jane Roe": the mark parting two fields printed on one line (the caption and its
        // credit) is neither's; a mark alone between two pieces is typography, no text lost.
        // "ven-" over "dredi l'arrêté": a word the wrap split at the line's end, joined without its hyphen into its
        // paragraph (segment.cpp joins_split_word): the hyphen right after a word's letter, closing the line, is
        // typography, no text lost ("Score: 3 -" or "3-" keeps its dash: no split word ends in a digit or a space).
        if (n == 0 && piece > 0 && line == "-" && (static_cast<unsigned char>(before) >= 0x80 ||
                                                   std::isalpha(static_cast<unsigned char>(before)) != 0))
            return true;
        if (n == 0 && piece > 0)
            n = separator_mark(line);
        if (n == 0)
            return false;
        before = line[n - 1];
        line.remove_prefix(n);
    }
    return text::trim(line).empty();
}

bool held_by_line_fields(const Article& a, std::string_view line) {
    for (const std::optional<std::string>* field : {&a.kicker, &a.headline, &a.lede})
        if (*field && field->value().find(line) != std::string::npos)
            return true; // (the usual case: no string built)
    if (a.source_tag && a.source_tag->raw.find(line) != std::string::npos)
        return true;
    std::string fields;
    for (const std::optional<std::string>* field : {&a.kicker, &a.headline, &a.lede, &a.dateline})
        if (*field) {
            fields += **field;
            fields += '\n';
        }
    if (a.source_tag)
        fields += a.source_tag->raw;
    return held_in(fields, line);
}

std::vector<std::string> lost_lines(const Article& article, std::string_view txt) {
    std::string all = record_text(article);
    std::vector<std::string> lost;
    std::size_t pos = 0;
    while (pos <= txt.size()) {
        std::size_t end = txt.find('\n', pos);
        if (end == std::string_view::npos)
            end = txt.size();
        std::string line = text::collapse(txt.substr(pos, end - pos));
        if (!line.empty() && !held_in(all, line))
            lost.push_back(std::move(line));
        pos = end + 1;
    }
    return lost;
}

} // namespace archive
