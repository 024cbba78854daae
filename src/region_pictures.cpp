// A picture amid the article's text, as the region's weights read it: its gallery's counter, its caption and its
// credit, which part two paragraphs of the text and end nothing (region.cpp's main_region()).
#include "region_pictures.hpp"

#include "classify.hpp"
#include "credits_parts.hpp"
#include "lexicon.hpp"
#include "text.hpp"

#include <algorithm>
#include <string>

namespace archive {

bool bare_slide_count(const Block& b) {
    static const LexiconSection* ofs = common_lexicon().section("gallery_count_of_words"); // (looked up once)
    if (b.words != 3 || b.digits < 2 || ofs == nullptr)
        return false;
    // ("Passagers : 320": a mark counted among the line's words is none of lower_words())
    const auto& w = b.lower_words();
    if (w.size() != 3)
        return false;
    auto number = [](std::string_view t) {
        return t.size() <= 3 && text::all_ascii_digits(t) ? std::stoi(std::string(t)) : 0;
    };
    const int at = number(w[0]), of = number(w[2]);
    return at > 0 && at <= of && ofs->has(w[1]);
}

std::size_t credited_picture_end(const Page& p, std::size_t k) {
    const auto& blocks = p.blocks;
    const std::size_t n = blocks.size(), most_lines = 3;
    const int most_words = 40;
    auto picture_line = [&](std::size_t j) {
        const Block& b = blocks[j];
        return !(j > k && b.blank_before) && b.words <= most_words && b.urls == 0 && b.repeats == 0 && !p.terminator[j];
    };
    // (Most lines asked have no line rated text within reach under them: the credit's tests, the dear part, are left
    // unasked there. The callers want such a line right under the credit.)
    bool text_under = false;
    for (std::size_t j = k; j < n && j - k < most_lines && picture_line(j) && !text_under; ++j)
        text_under = j + 1 < n && textual(p.raw_quality[j + 1]);
    if (!text_under)
        return k;
    bool captioned = false;
    for (std::size_t j = k; j < n && j - k < most_lines; ++j) {
        const Block& b = blocks[j];
        if (!picture_line(j))
            return k;
        // (may_hold_credit(): most lines hold none of the words and marks a credit needs, which spares them the tests)
        if (may_hold_credit(b) && (is_credit_line(b) || split_trailing_credit(b).has_value()))
            return j + 1;
        // (Counters over the caption, one caption: the line under a second line of words is no picture's.)
        if (b.digits > 0 && (gallery_counter(b).has_value() || bare_slide_count(b)))
            continue;
        if (captioned)
            return k;
        captioned = true;
    }
    return k;
}

void weigh_pictures_amid_text(const Page& p, std::vector<double>& w) {
    const std::size_t n = p.blocks.size();
    const double short_weight = -10;
    for (std::size_t i = 1; i + 1 < n; ++i) {
        // (Most lines: the line over them is no text, or they open no picture.)
        if (w[i] >= 0 || w[i] <= -2000 || p.raw_quality[i - 1] == Quality::short_)
            continue;
        // (The line over the picture a paragraph rated good, or a sentence of the text rated bad under one, which
        // main_region() weighed as a short line: text_between_paragraphs().)
        const bool over_text = p.raw_quality[i - 1] == Quality::good ||
                               (w[i - 1] == short_weight && i >= 2 && p.raw_quality[i - 2] == Quality::good);
        if (!over_text)
            continue;
        const std::size_t end = credited_picture_end(p, i);
        if (end == i || end >= n || !textual(p.raw_quality[end]))
            continue;
        for (std::size_t k = i; k < end; ++k)
            if (w[k] > -2000)
                w[k] = std::max(w[k], short_weight);
        i = end;
    }
}

} // namespace archive
