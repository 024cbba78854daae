// The words a line shares with the lines around it: what tells a paragraph going on with the story over it from a
// related article's title or summary (region_past_boxes.cpp).
#pragma once

#include "classify.hpp"
#include "page.hpp"
#include "word_counts.hpp"

#include <algorithm>
#include <cstddef>
#include <string_view>
#include <vector>

namespace archive {

/// A word that carries what a line tells: four code points or more, no language's stopword.
inline bool matter_word(std::string_view w) {
    return four_cp_or_more(w) && stopword_languages(w) == 0;
}

/// "Pendler" and "Pendlern", "kładka" and "kładki", "trade" and "trade": one word, or two inflections of it (six
/// bytes or more each, the first five alike).
inline bool same_stem(std::string_view a, std::string_view b) {
    const std::size_t stem = 5, least_inflected = 6;
    return a == b ||
           (a.size() >= least_inflected && b.size() >= least_inflected && a.substr(0, stem) == b.substr(0, stem));
}

/// How many distinct matter words of line k (matter_word()) the lines [from, to) print too, or an inflection of them
/// (same_stem()); `text_only`: only the lines of eight words or more among them (the text's, its headline's and
/// its standfirst's; a menu's lines are shorter).
inline std::size_t words_shared(const Page& p, std::size_t k, std::size_t from, std::size_t to, bool text_only) {
    const int least_text = 8;
    std::vector<std::string_view> own;
    for (const std::string_view w : p.blocks[k].lower_words())
        if (matter_word(w) && std::find(own.begin(), own.end(), w) == own.end())
            own.push_back(w);
    std::vector<bool> found(own.size(), false);
    for (std::size_t j = from; j < to && j < p.blocks.size(); ++j) {
        if (text_only && p.blocks[j].words < least_text)
            continue;
        for (const std::string_view w : p.blocks[j].lower_words())
            for (std::size_t i = 0; i < own.size(); ++i)
                found[i] = found[i] || same_stem(own[i], w);
    }
    return static_cast<std::size_t>(std::count(found.begin(), found.end(), true));
}

} // namespace archive
