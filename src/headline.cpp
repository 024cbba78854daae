// Headline finding: which title-like line near the article's start announces it.
#include "classify.hpp"
#include "page.hpp"
#include "text.hpp"

#include <algorithm>
#include <cstdio>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace archive {

namespace {

bool is_title_separator(std::string_view tok) {
    static const std::string_view seps[] = {"|", "-", "–", "—", "•", "·", "»", "›", ">", "/", "::", "~", "*"};
    return std::find(std::begin(seps), std::end(seps), tok) != std::end(seps);
}

} // namespace

std::vector<std::string> title_pieces(std::string_view line) {
    // "Headline | Site", "Site - Headline", "Home › News › Headline": the pieces between separators.
    auto toks = text::split_ws(line);
    if (std::none_of(toks.begin(), toks.end(), is_title_separator))
        return {}; // most lines: no piece to build
    std::vector<std::string> pieces;
    std::string cur;
    bool cut = false;
    for (auto tok : toks) {
        if (is_title_separator(tok)) {
            cut = true;
            if (!cur.empty())
                pieces.push_back(std::move(cur));
            cur.clear();
            continue;
        }
        if (!cur.empty())
            cur += ' ';
        cur.append(tok);
    }
    if (!cut)
        return {};
    if (!cur.empty())
        pieces.push_back(std::move(cur));
    return pieces;
}

bool title_variant(std::string_view candidate, std::string_view line) {
    auto pieces = title_pieces(line);
    return std::find(pieces.begin(), pieces.end(), text::collapse(candidate)) != pieces.end();
}

namespace {

struct Scored {
    std::size_t line;
    double score;
    double overlap; // share of its content words that the article repeats
};

// "ENVIRONMENT": every letter a capital.
bool all_capitals(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size()) {
        char32_t cp = text::next_cp(s, i);
        if (text::is_letter(cp) && !text::is_upper(cp))
            return false;
    }
    return true;
}

// A line of a menu: a few words without final punctuation.
bool menu_item(const Page& p, std::size_t k) {
    const Block& b = p.blocks[k];
    return p.role[k] == Role::none && b.words <= 4 && !b.end_punct && p.raw_quality[k] != Quality::good;
}

} // namespace

std::optional<std::size_t> choose_headline(const Page& p, std::size_t first_text, std::size_t re) {
    const auto& blocks = p.blocks;
    const std::size_t n = blocks.size();
    // The words of the article: a headline announces them ("Minecraft exploit..." over a story about it),
    // a menu item or a share button does not.
    auto counted = [&](std::size_t k) {
        return k >= first_text && k <= re && (p.raw_quality[k] == Quality::good || p.raw_quality[k] == Quality::near_good);
    };
    std::unordered_map<std::string, int> body_words;
    for (std::size_t k = first_text; k <= re && k < n; ++k)
        if (counted(k))
            for (auto& w : text::words_lower(blocks[k].text))
                if (text::length_cp(w) >= 4)
                    ++body_words[std::move(w)];
    // Lines that other lines of the page repeat as a piece: "Headline | Site" in a title bar,
    // "News › Headline" in a breadcrumb.
    std::unordered_set<std::string> pieces;
    for (const auto& b : blocks)
        for (auto& piece : title_pieces(b.text))
            pieces.insert(std::move(piece));
    std::optional<std::size_t> headline;
    double best = 0;
    std::size_t from = first_text > 40 ? first_text - 40 : 0;
    // The article may open with a gallery or a kicker before its headline: look on past the first line
    // without a role until the first real paragraph.
    std::size_t last = std::min(first_text, re);
    int paragraphs = 0;
    while (last < re && last < first_text + 6) {
        // A teaser paragraph may come before the headline: look on until the second paragraph.
        paragraphs += p.raw_quality[last] == Quality::good && blocks[last].words >= 8;
        if (paragraphs >= 2)
            break;
        ++last;
    }
    auto body_started = [&](std::size_t i) {
        for (std::size_t k = first_text; k < i; ++k)
            if (p.raw_quality[k] == Quality::good && blocks[k].end_punct && blocks[k].words >= 8)
                return true;
        return false;
    };
    // "Geschichte[Bearbeiten | Quelltext bearbeiten]": a line with a wiki's edit link heads a section.
    auto candidate = [&](std::size_t i) {
        return (p.role[i] == Role::none || (p.role[i] == Role::caption && p.soft_caption[i])) &&
               !marked_heading(blocks[i].text);
    };
    // long_lines[k]: lines of four words or more before block k.
    std::vector<std::size_t> long_lines(n + 1, 0);
    for (std::size_t k = 0; k < n; ++k)
        long_lines[k + 1] = long_lines[k] + (blocks[k].words >= 4);
    std::vector<Scored> scores;
    for (std::size_t i = from; i <= last; ++i) {
        if (!candidate(i))
            continue;
        const Block& b = blocks[i];
        auto glued = split_glued_kicker(b.text);
        Block probe = b;
        if (glued) {
            probe.text = glued->second;
            probe.boilerplate = is_boilerplate_phrase(probe.text);
        }
        // The body follows, perhaps after the lead picture's caption and credit.
        std::size_t next = i + 1;
        while (next < n && next < i + 6 &&
               (p.role[next] == Role::duplicate || p.role[next] == Role::caption || p.role[next] == Role::credit ||
                p.role[next] == Role::byline || p.role[next] == Role::date))
            ++next;
        bool opens_body = next == first_text;
        // "Wärmepumpen", "Chorgeschichte": a one-word title right over the article.
        // "ENVIRONMENT", "POLITIK" in capitals is the section's label over the headline.
        bool one_word = opens_body && probe.words == 1 && probe.letters >= 5 && heading_like(probe) &&
                        probe.repeats == 0 && !all_capitals(probe.text);
        if (!headline_like(probe) && !one_word)
            continue;
        // Words the rest of the article repeats (a line inside the region does not count itself).
        int content = 0, shared = 0;
        auto own = text::words_lower(probe.text);
        for (const auto& w : own) {
            if (text::length_cp(w) < 4)
                continue;
            ++content;
            auto it = body_words.find(w);
            int times = it == body_words.end() ? 0 : it->second;
            if (counted(i))
                times -= static_cast<int>(std::count(own.begin(), own.end(), w));
            shared += times > 0;
        }
        double overlap = content == 0 ? 0.0 : static_cast<double>(shared) / std::max(content, 3);
        double score = 1.0 + 5.0 * overlap;
        if (b.words >= 4 && b.words <= 25)
            score += 2;
        if (b.blank_before && b.blank_after)
            score += 0.5;
        // A headline is printed again (title bar, share box, related list), often more than once; a menu label
        // is too, but it is short.
        if (b.repeats > 0 && b.words >= 4)
            score += b.repeats > 1 ? 2 : 1;
        else if (b.repeats > 1)
            score -= 1;
        // What follows within a few lines: a byline or a date, the surest sign of a headline.
        for (std::size_t k = i + 1; k < n && k <= i + 6; ++k) {
            if (p.role[k] == Role::byline || p.role[k] == Role::date) {
                score += k <= i + 3 ? 3 : 1.5;
                break;
            }
        }
        // "Pressemitteilung 02. November 2021" just above: a date line opens many headlines.
        if ((i >= 1 && p.role[i - 1] == Role::date) || (i >= 2 && p.role[i - 2] == Role::date && p.role[i - 1] != Role::none))
            score += 1;
        if (opens_body)
            score += 1;
        // Printed again as a piece of a title bar or breadcrumb: "Headline | Site".
        if (b.words >= 3 && pieces.count(probe.text))
            score += 2;
        // An item of a menu: its neighbours are short labels too.
        int menu = 0;
        for (std::size_t k = i >= 2 ? i - 2 : 0; k <= i + 2 && k < n; ++k)
            menu += k != i && menu_item(p, k);
        if (menu >= 3 && i > 0 && i + 1 < n && menu_item(p, i - 1) && menu_item(p, i + 1))
            score -= 1.5;
        // Inside the article, once its prose has begun, a title-like line is a heading or a caption.
        if (i > first_text && body_started(i))
            score -= 3;
        // Distance to the article in lines of text: share buttons, tags and menu labels between them do not count.
        std::size_t lo = std::min(i, first_text), hi = std::max(i, first_text);
        score -= 0.05 * static_cast<double>(long_lines[hi] - long_lines[lo]) + 0.02 * static_cast<double>(hi - lo);
#ifdef ARCHIVE_DEBUG_CLASSIFY
        std::fprintf(stderr, "headline? %zu %.2f ov=%.2f %.70s\n", i, score, overlap, b.text.c_str());
#endif
        scores.push_back(Scored{i, score, overlap});
        if (score > best) {
            best = score;
            headline = i;
        }
    }
    // "Home › News › Headline" over "Headline": a breadcrumb or title bar is no headline of its own.
    auto nested = [](const std::string& x, const std::string& y) {
        std::string lx = text::lower(x), ly = text::lower(y);
        return lx.find(ly) != std::string::npos || ly.find(lx) != std::string::npos;
    };
    const double tie_margin = 2.0;
    const std::size_t tie_dist = 2; // just above, perhaps with a duplicate between
    const double repeat_margin = 4.0;
    const std::size_t repeat_dist = 4;
    // Kicker, headline, standfirst: when a title-like line just above the best one shares the article's words
    // almost as well, the best one is the standfirst and the line above is the headline.
    while (headline) {
        auto above = std::find_if(scores.begin(), scores.end(), [&](const Scored& c) {
            const Block& b = blocks[c.line];
            return c.line + tie_dist >= *headline && c.line < *headline && c.score >= best - tie_margin &&
                   c.overlap >= 0.5 && b.words >= 4 && b.separators == 0 && !nested(b.text, blocks[*headline].text);
        });
        // The page prints its headline again (a breadcrumb, a share box) but not its standfirst: a line just above
        // the best one that is printed again, when the best one is not, is the headline even a little further up.
        if (above == scores.end())
            above = std::find_if(scores.begin(), scores.end(), [&](const Scored& c) {
                const Block& b = blocks[c.line];
                return c.line + repeat_dist >= *headline && c.line < *headline && c.score >= best - repeat_margin &&
                       c.overlap >= 0.5 && b.words >= 3 && b.repeats > 0 && blocks[*headline].repeats == 0 &&
                       b.separators == 0 && !nested(b.text, blocks[*headline].text);
            });
        if (above == scores.end())
            break;
        headline = above->line;
        best = above->score;
    }
    return headline;
}

} // namespace archive
