// Headline choice: which title-like line near the article's start announces it (scores per candidate line, then
// the rules that prefer another line: a title printed whole earlier, one signed by its date, a wiki's title...).
#include "bylines.hpp"
#include "classify.hpp"
#include "dates.hpp"
#include "headline.hpp"
#include "lexicon.hpp"
#include "meta_parts.hpp"
#include "page.hpp"
#include "pipeline.hpp"
#include "text.hpp"
#include "word_counts.hpp"

#include <algorithm>
#include <array>
#include <cstdio>
#include <optional>
#include <unordered_set>
#include <vector>

namespace archive {

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

// "话剧《约定无期限》巡演结束": Chinese, Japanese and Korean write a title without spaces between words.
bool unspaced_script(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size()) {
        char32_t cp = text::next_cp(s, i);
        if ((cp >= 0x3040 && cp <= 0x9FFF) || (cp >= 0xAC00 && cp <= 0xD7AF) || (cp >= 0xF900 && cp <= 0xFAFF))
            return true;
    }
    return false;
}

// "Veröffentlicht am 12. März 20243. März 2024 von Lena", "Updated 2 hours ago": a line opening with the
// label of a date is a date line, even when the date is garbled (opens_with_date_label() over the words of the
// block's lower-cased text).
bool opens_with_date_label(const Block& b) {
    // (The first four words read into an array on the stack: no vector for each line asked.)
    std::array<std::string_view, 4> words;
    return archive::opens_with_date_label(first_tokens(b.lower, words));
}

// A line of a menu: a few words without final punctuation.
bool menu_item(const Page& p, std::size_t k) {
    const Block& b = p.blocks[k];
    return p.role[k] == Role::none && b.words <= 4 && !b.end_punct && p.raw_quality[k] != Quality::good;
}

// "Ratgeber / Pachten oder kaufen / Solarstrom vermieten, Zähler teilen / Lexikon", all of it printed twice (for wide
// screens and for phones): an entry of a menu is printed again between the same neighbours, a headline printed
// again (title bar, share box, related list) is not.
bool repeated_menu(const Page& p, std::size_t i) {
    const auto& blocks = p.blocks;
    if (blocks[i].repeats == 0 || i == 0 || i + 1 >= blocks.size())
        return false;
    // (segment() counted the other copies of line i: the search ends at the last of them.)
    int copies_left = blocks[i].repeats;
    for (std::size_t j = 1; j + 1 < blocks.size(); ++j) {
        if (j == i || blocks[j].text != blocks[i].text)
            continue;
        if (blocks[j - 1].text == blocks[i - 1].text && blocks[j + 1].text == blocks[i + 1].text)
            return true;
        if (--copies_left == 0)
            break;
    }
    return false;
}

// A date or byline line, even one further from the article than the lines given those roles.
bool signs(const Page& p, std::size_t k) {
    if (p.role[k] == Role::byline || p.role[k] == Role::date)
        return true;
    const Block& b = p.blocks[k];
    return p.role[k] == Role::none && b.words <= 30 && !p.no_byline_date[k] &&
           ((b.digits > 0 && read_dates(b.text, p.language).is_date_line) || byline_authors(b.text, p.language));
}

// signs() of the page's lines, each worked out once: the candidate titles share their neighbours, and the rows
// around them.
class Signs {
public:
    explicit Signs(const Page& p) : p_(p), memo_(p.blocks.size(), -1) {}
    bool operator()(std::size_t k) {
        if (memo_[k] < 0)
            memo_[k] = signs(p_, k) ? 1 : 0;
        return memo_[k] == 1;
    }
    const Page& page() const { return p_; }

private:
    const Page& p_;
    std::vector<signed char> memo_;
};

// One date of a row, two more within four lines of it: the dates of a list of teasers or of a comment thread.
bool row_date(Signs& signs, std::size_t k) {
    const std::size_t reach = 4, least_others = 2;
    std::size_t others = 0;
    for (std::size_t j = k >= reach ? k - reach : 0; j <= k + reach && j < signs.page().blocks.size(); ++j)
        others += j != k && signs(j);
    return others >= least_others;
}

// "Mira sagt:", "Ben says:": the header of a comment, a name and a verb of saying, over the comment's date.
bool comment_header(const Page& p, std::size_t k) {
    const Block& b = p.blocks[k];
    const Lexicon* lex = lexicon(p.language);
    if (lex == nullptr || b.words < 2 || b.words > 5 || !b.text.ends_with(':'))
        return false;
    auto words = text::words_lower(b.text);
    return !words.empty() && lex->speech_verbs.count(words.back()) > 0;
}

// The date or byline line right under title line i (past a duplicate, a caption or a credit), or 0.
std::size_t signing_line(Signs& signs, std::size_t i) {
    const Page& p = signs.page();
    std::size_t j = i + 1;
    while (j < p.blocks.size() && j < i + 4 &&
           (p.role[j] == Role::duplicate || p.role[j] == Role::caption || p.role[j] == Role::credit))
        ++j;
    return j < p.blocks.size() && signs(j) && !row_date(signs, j) ? j : 0;
}

// A title signed by its own date or byline, under it or just over it.
bool signed_title(Signs& signs, std::size_t h) {
    if (signing_line(signs, h) != 0)
        return true;
    for (std::size_t k = h >= 2 ? h - 2 : 0; k < h; ++k)
        if (signs(k) && !row_date(signs, k) && !(k > 0 && comment_header(signs.page(), k - 1)))
            return true;
    return false;
}

} // namespace

std::optional<std::size_t> choose_headline(const Page& p, std::size_t first_text, std::size_t re) {
    const auto& blocks = p.blocks;
    const std::size_t n = blocks.size();
    // The words of the article: a headline announces them ("Minecraft exploit..." over a story about it),
    // a menu item or a share button does not.
    auto counted = [&](std::size_t k) {
        return k >= first_text && k <= re && textual(p.raw_quality[k]);
    };
    // Keyed by the blocks' own words, which outlive the search. (One table for every page this thread reads.)
    thread_local WordCounts body_words;
    std::vector<text::Words> body;
    for (std::size_t k = first_text; k <= re && k < n; ++k)
        if (counted(k))
            body.push_back(blocks[k].lower_words());
    body_words.reset(std::move(body));
    // Lines that other lines of the page repeat as a piece: "Headline | Site" in a title bar,
    // "News › Headline" in a breadcrumb.
    // (Only a piece of three words or more is looked up, in a line of four tokens at least. A piece is a part of its
    // line cut by a separator: the lines that have one, few of them, are gathered once for the page, when the first
    // title is sought, and only those are searched for each title.)
    std::vector<std::size_t> cut_lines;
    bool cut_lines_read = false;
    auto printed_as_piece = [&](std::string_view title) {
        if (!cut_lines_read) {
            cut_lines_read = true;
            for (std::size_t k = 0; k < n; ++k)
                if (blocks[k].words >= 4 && any_title_separator(blocks[k].text))
                    cut_lines.push_back(k);
        }
        for (std::size_t k : cut_lines) {
            const Block& b = blocks[k];
            if (b.text.size() <= title.size() || b.text.find(title) == std::string::npos)
                continue;
            for (const auto& span : title_piece_spans(b.text))
                if (std::string_view(b.text).substr(span.first, span.second - span.first) == title)
                    return true;
        }
        return false;
    };
    // "Home Climate Headline": a breadcrumb whose separators the text lost.
    CrumbTrails crumbs(p);
    // "5 Kommentare zu „Scherenschnitt (3)“": the comment thread names the article it follows.
    std::unordered_set<std::string> named;
    for (const auto& b : blocks)
        if (b.digits > 0)
            if (auto title = thread_title(b.text))
                named.insert(std::move(*title));
    // "Harbour crane / From Wikipedia, the free encyclopedia": a wiki names itself under the article's title (after
    // the tabs of a full page: "View history / Tools / From Wikipedia...", the title stands further up).
    for (std::size_t k = 1; k < n && k <= re; ++k) {
        // (The tagline's words are pieces of the block's lower-cased text: most lines are settled by one search.)
        if (blocks[k].lower.find("wiki") == std::string::npos || !wiki_tagline(blocks[k].text))
            continue;
        const Block& title = blocks[k - 1];
        if (p.role[k - 1] == Role::none && title.words <= 12 && !title.end_punct && title.letters >= 3 &&
            (k == 1 || !menu_item(p, k - 2)))
            return k - 1;
        break;
    }
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
    auto prose = [&](std::size_t k) {
        return p.raw_quality[k] == Quality::good && blocks[k].end_punct && blocks[k].words >= 8;
    };
    auto body_started = [&](std::size_t start, std::size_t i) {
        for (std::size_t k = start; k < i; ++k)
            if (prose(k))
                return true;
        return false;
    };
    // "Geschichte[Bearbeiten | Quelltext bearbeiten]": a line with a wiki's edit link heads a section.
    auto candidate = [&](std::size_t i) {
        return (p.role[i] == Role::none || (p.role[i] == Role::caption && p.soft_caption[i]) ||
                (p.role[i] == Role::date && (dated_title(blocks[i].text, p.language) ||
                                             split_leading_date(blocks[i].text, p.language)))) &&
               !marked_heading(blocks[i].text);
    };
    // long_lines[k]: lines of four words or more before block k.
    std::vector<std::size_t> long_lines(n + 1, 0);
    for (std::size_t k = 0; k < n; ++k)
        long_lines[k + 1] = long_lines[k] + (blocks[k].words >= 4);
    auto metadata = [&](std::size_t k) { return p.role[k] == Role::byline || p.role[k] == Role::date; };
    auto teaser_date = [&](std::size_t k) {
        const std::size_t reach = 4, least_others = 2;
        std::size_t others = 0;
        for (std::size_t j = k >= reach ? k - reach : 0; j <= k + reach && j < n; ++j)
            others += j != k && p.role[j] == Role::date;
        return p.role[k] == Role::date && others >= least_others;
    };
    // "The harbour blog / A blog about ferries, cranes and the people of the quay / Ten years of the night ferry /
    // 4 March 2024": the date signs the title right over it; a longer line further up, a site's tagline or a teaser,
    // stands over that title (a line of four words or more, shorter than itself, no sentence; "Crane drivers", a
    // title of two or three words, only right over the date). (A standfirst under the headline is longer than it; a
    // kicker over the headline is shorter.)
    auto titled_below = [&](std::size_t i, std::size_t k) {
        const int least_words = 4, least_short_words = 2;
        std::size_t j = k - 1;
        while (j > i && (p.role[j] == Role::duplicate || p.role[j] == Role::caption || p.role[j] == Role::credit))
            --j;
        const Block& title = blocks[j];
        // ("by jroe / 21 September 2024": a short line opening with a byline word is the date's byline, no title.)
        const bool long_enough =
            title.words >= least_words || (title.words >= least_short_words && j + 1 == k &&
                                           !byline_word(text::first_token(title.text)));
        return j > i && p.role[j] == Role::none && long_enough && title.words < blocks[i].words &&
               !title.end_punct && headline_like(title);
    };
    // The score of line i as the headline of an article whose text starts at block `start`.
    auto score_at = [&](std::size_t i, std::size_t start) -> std::optional<Scored> {
        if (!candidate(i))
            return std::nullopt;
        const Block& b = blocks[i];
        // The title without what is glued before it, with its own features (a block of its own only when they
        // differ from b's).
        std::optional<Block> changed;
        if (auto parts = glued_headline_parts(p, i); parts && parts->headline != b.text) {
            std::vector<Block> own = segment(parts->headline);
            if (!own.empty()) {
                Block& title = changed.emplace(std::move(own.front()));
                title.blank_before = b.blank_before;
                title.blank_after = b.blank_after;
                title.repeats = static_cast<int>(std::count_if(blocks.begin(), blocks.end(),
                                                               [&](const Block& o) { return o.text == title.text; }));
            }
        }
        // "Tiny Board 4 - A computer the size of a card - Sold out in a week": its dashes are no breadcrumb's.
        if (const Block& seen = changed ? *changed : b; seen.separators != 0 && dashed_title(seen.text)) {
            if (!changed)
                changed.emplace(b);
            changed->separators = 0;
        }
        const Block& probe = changed ? *changed : b;
        // The body follows, perhaps after the lead picture's caption and credit.
        std::size_t next = i + 1;
        while (next < n && next < i + 6 &&
               (p.role[next] == Role::duplicate || p.role[next] == Role::caption || p.role[next] == Role::credit ||
                p.role[next] == Role::byline || p.role[next] == Role::date))
            ++next;
        bool opens_body = next == start;
        // "Wärmepumpen", "Chorgeschichte": a one-word title right over the article, though the site's menu prints it
        // too ("Start / Beratung / Fotografie / Kontakt / ... / Fotografie / <the page's text>": the page's own entry).
        // "ENVIRONMENT", "POLITIK" in capitals is the section's label over the headline.
        // "Startseite", "Accueil": the link to the site's home page names no article.
        static const LexiconSection& home_labels = any_language_section("home_labels");
        bool one_word = opens_body && probe.words == 1 && probe.letters >= 5 && heading_like(probe) &&
                        !all_capitals(probe.text) && !home_labels.has(text::lower(probe.text));
        // "Nebelsuppe." right over "Veröffentlicht am 24. Januar": a blog's title may end with a full stop when a
        // date line stands next to it.
        // (A sentence over a byline is a standfirst.)
        auto dated = [&](std::size_t k) { return p.role[k] == Role::date || opens_with_date_label(blocks[k]); };
        // "Old ferries once crowded this harbour. Now the seals are back. / <a standfirst of two dozen words> /
        // Tuesday, 4 March 2025": a magazine's title of one or two short sentences over its longer standfirst, the
        // date under that, or the byline ("... Zoning can stop it. / <standfirst> / By Jane Roe": a column's).
        const std::size_t most_stopped_words = 12, most_decked_words = 20;
        auto decked = [&] {
            if (i + 2 >= n || probe.words > static_cast<int>(most_decked_words))
                return false;
            // (The date line opens with the date or its label: "Prices rise from 1 January" heads a section.)
            const bool dated_under = dated(i + 2) && (opens_with_date_label(blocks[i + 2]) ||
                                                      leading_date(blocks[i + 2].text, p.language));
            if (!dated_under && p.role[i + 2] != Role::byline)
                return false;
            const Block& deck = blocks[i + 1];
            return p.role[i + 1] == Role::none && deck.end_punct && deck.words > probe.words;
        };
        bool stopped_title = false;
        if (probe.text.size() > 1 && probe.text.back() == '.' && !trails_off(probe.text) &&
            ((probe.words <= static_cast<int>(most_stopped_words) &&
              ((i > 0 && dated(i - 1)) || (i + 1 < n && dated(i + 1)))) ||
             decked())) {
            Block dotless = probe;
            dotless.text.pop_back();
            ++dotless.words; // "Nebelsuppe.": one word will do here, where headline_like() wants two
            stopped_title = dotless.letters >= 5 && headline_like(dotless);
        }
        // "All texts of this blog are under a Creative Commons license: attribution, ...": the site's
        // license in its sidebar names no article. "Jane Roe / Suivre / <the article>": the button to follow the
        // author over the text is no one-word title.
        if ((!headline_like(probe) && !one_word && !stopped_title) || tag_list(probe.text) ||
            opens_with_date_label(probe) || list_item(p, i) || parallel_link(p, i) || dated_row(p, i) ||
            license_notice(b) || (one_word && follow_button(probe.text)))
            return std::nullopt;
        // Words the rest of the article repeats (a line inside the region does not count itself).
        int content = 0, shared = 0;
        const auto& own = probe.lower_words();
        for (const auto& w : own) {
            if (!four_cp_or_more(w))
                continue;
            ++content;
            int times = body_words.occurrences(w);
            if (counted(i))
                times -= static_cast<int>(std::count(own.begin(), own.end(), w));
            shared += times > 0;
        }
        double overlap = content == 0 ? 0.0 : static_cast<double>(shared) / std::max(content, 3);
        double score = 1.0 + 5.0 * overlap;
        if (probe.words >= 4 && probe.words <= 25)
            score += 2;
        if (b.blank_before && b.blank_after)
            score += 0.5;
        // A headline is printed again (title bar, share box, related list), often more than once; a menu label
        // is too, but it is short, or it is printed again with the rest of its menu.
        if (repeated_menu(p, i))
            score -= 3;
        else if (probe.repeats > 0 && probe.words >= 4)
            score += probe.repeats > 1 ? 2 : 1;
        else if (probe.repeats > 1)
            score -= 1;
        // What follows within a few lines: a byline or a date, the surest sign of a headline. A date among
        // others a few lines apart dates the teasers of a list ("Title / 4. März 2024 / Title / 4. März 2024").
        for (std::size_t k = i + 1; k < n && k <= i + 6; ++k) {
            if (p.role[k] == Role::byline || p.role[k] == Role::date) {
                if (!teaser_date(k))
                    score += k <= i + 3 && !titled_below(i, k) ? 3 : 1.5;
                break;
            }
        }
        // "Pressemitteilung 02. November 2021" just above: a date line opens many headlines.
        if ((i >= 1 && p.role[i - 1] == Role::date) || (i >= 2 && p.role[i - 2] == Role::date && p.role[i - 1] != Role::none))
            score += 1;
        if (opens_body)
            score += 1;
        // "#PhotoApp is testing voice notes for its feed", "#1 choice of Mac users": a post of a social network
        // embedded in the page, or a slogan; a headline seldom opens with a hash sign.
        if (probe.text.starts_with("#"))
            score -= 3;
        // "Fotoapp testet neue..." just above: a breadcrumb prints the headline cut short.
        for (std::size_t k = i >= 3 ? i - 3 : 0; k <= i + 3 && k < n; ++k) {
            std::string_view cut = blocks[k].text;
            if (k == i || !trails_off(cut))
                continue;
            cut.remove_suffix(cut.ends_with("...") ? 3 : std::string_view("…").size());
            cut = text::trim(cut);
            if (cut.size() < probe.text.size() && probe.text.starts_with(cut) && text::split_ws(cut).size() >= 2) {
                score += 2;
                break;
            }
        }
        // Printed again as a piece of a title bar or breadcrumb: "Headline | Site".
        if (probe.words >= 3 && (printed_as_piece(probe.text) || crumbs.prints(probe.text)))
            score += 2;
        if (named.count(probe.text))
            score += 4;
        // "Die Stadt und ihr Hafen: Zwischen Kranen und Kais...": a teaser cut short, or a site's tagline trailing off.
        if (trails_off(b.text))
            score -= 3;
        // "Apoyá el periodismo local por $500 al mes / Iniciar sesión": the page's first lines over its log-in and menu
        // links are the site's name, tagline or a promotion.
        if (i <= 1 && i + 3 < start && i + 1 < n && blocks[i + 1].boilerplate)
            score -= 1.5;
        // An item of a menu: its neighbours are short labels too.
        int menu = 0;
        for (std::size_t k = i >= 2 ? i - 2 : 0; k <= i + 2 && k < n; ++k)
            menu += k != i && menu_item(p, k);
        // "Blog / Tiere in der Industrie / Tierische Mitbewohner": a label as short as a menu's, between two of them.
        if ((menu >= 3 || b.words <= 4) && i > 0 && i + 1 < n && menu_item(p, i - 1) && menu_item(p, i + 1))
            score -= 1.5;
        // Inside the article, once its prose has begun, a title-like line is a heading or a caption.
        if (i > start && body_started(start, i))
            score -= 3;
        // Distance to the article in lines of text: share buttons, tags and menu labels between them do not count.
        std::size_t lo = std::min(i, start), hi = std::max(i, start);
        score -= 0.05 * static_cast<double>(long_lines[hi] - long_lines[lo]) + 0.02 * static_cast<double>(hi - lo);
#ifdef ARCHIVE_DEBUG_CLASSIFY
        std::fprintf(stderr, "headline? %zu %.2f ov=%.2f %.70s\n", i, score, overlap, b.text.c_str());
#endif
        return Scored{i, score, overlap};
    };
    std::vector<Scored> scores;
    auto consider = [&](std::size_t i, std::size_t start) {
        auto c = score_at(i, start);
        if (!c)
            return;
        scores.push_back(*c);
        if (c->score > best) {
            best = c->score;
            headline = i;
        }
    };
    // (The candidates' words are wanted in one pass over the body.)
    auto want_words = [&](std::size_t lo, std::size_t hi) {
        for (std::size_t i = lo; i < hi && i < n; ++i)
            for (const auto& w : blocks[i].lower_words())
                body_words.want(w);
    };
    want_words(from, last + 1);
    for (std::size_t i = from; i <= last; ++i)
        consider(i, first_text);
    // The region may start too early, at a login prompt or a mega-menu's blurbs: when nothing near its start
    // says who wrote the article and no run of prose has begun, the first byline further in opens the article,
    // and the title-like line just above it is a candidate too, as if the article started under that byline.
    bool signed_near_start = false;
    for (std::size_t k = first_text > 3 ? first_text - 3 : 0; k <= last + 3 && k <= re; ++k)
        signed_near_start = signed_near_start || metadata(k);
    if (!signed_near_start) {
        // Three paragraphs in a row: the article's prose (blurbs of a menu come one by one or in pairs).
        auto prose_run = [&](std::size_t k) { return k >= 2 && prose(k - 2) && prose(k - 1) && prose(k); };
        std::size_t anchor = first_text;
        bool begun = false;
        while (anchor <= re && !begun && (anchor < last + 4 || p.role[anchor] != Role::byline)) {
            begun = prose_run(anchor);
            ++anchor;
        }
        if (anchor <= re && !begun) {
            std::size_t start = anchor;
            while (start <= re && p.role[start] != Role::none)
                ++start;
            std::size_t top = anchor > 3 ? anchor - 3 : 0;
            while (top > 0 && metadata(top - 1))
                --top;
            want_words(std::max(top, last + 1), anchor);
            for (std::size_t i = std::max(top, last + 1); i < anchor; ++i)
                consider(i, start);
        }
    }
    // "Virginian could make history. Again." alone on the page's first line, the article under it: a clean copy
    // of an article opens with its title, even one no other rule takes (two short sentences, one long word of
    // a script without spaces).
    if (!headline && first_text > 0) {
        std::size_t next = 1;
        while (next < first_text && metadata(next))
            ++next;
        const Block& b = blocks[0];
        std::size_t len = text::length_cp(b.text);
        // One word is a label ("ENVIRONMENT") unless the script writes no spaces between words.
        if (next == first_text && p.role[0] == Role::none && (b.words >= 2 || unspaced_script(b.text)) && b.words <= 25 && len >= 8 &&
            len <= 200 && !all_capitals(b.text) &&
            b.urls == 0 && b.separators <= 1 && b.letters * 2 >= static_cast<int>(len) &&
            !b.boilerplate && !navigation_arrow(b.text) && !trails_off(b.text))
            return 0;
    }
    // "Home › News › Headline" over "Headline": a breadcrumb or title bar is no headline of its own.
    auto nested = [](const std::string& x, const std::string& y) {
        std::string lx = text::lower(x), ly = text::lower(y);
        return lx.find(ly) != std::string::npos || ly.find(lx) != std::string::npos;
    };
    const double tie_margin = 2.0;
    const double deck_margin = 3.0; // a deck more than twice as long as a line above that shares the article's words
    const std::size_t tie_dist = 2; // just above, perhaps with a duplicate between
    // "Site name / Climate / Headline": a line between them that is not a duplicate (a section label) parts them.
    auto adjacent = [&](std::size_t above, std::size_t below) {
        for (std::size_t k = above + 1; k < below; ++k)
            if (p.role[k] != Role::duplicate)
                return false;
        return true;
    };
    const double repeat_margin = 4.0;
    const int long_teaser_words = 16;
    const std::size_t long_deck_dist = 5;
    const std::size_t repeat_dist = 4;
    // Kicker, headline, standfirst: when a title-like line just above the best one shares the article's words
    // almost as well, or the best one is more than twice as long (a deck: "Trauern im Netz" over "Eine Andacht im
    // Chat lädt zum Gedenken an die Verstorbenen ein"), the best one is the standfirst and the line above is the
    // headline.
    // (The page's roles do not change in here: the signs of its lines, worked out once, serve every rule below.)
    Signs line_signs(p);
    // "The robots that will sort your recycling / Will Knight / <the article>", "Hafen erneuert die Kais / Per Holm,
    // Redakteur / <the article>": a line that is only a person's name (a job title after it perhaps) right under a
    // title-like line of three words or more is the title's byline, though its words ("will") are the article's too.
    // Right over such a line, named by a byline of the page too ("Kolumnen / Jane Roe / Notes from the quay / ... /
    // Column: Jane Roe"), it is the byline of the title under it, printed first as a column prints its author.
    const int least_title_words = 3;
    auto under = std::find_if(scores.begin(), scores.end(),
                              [&](const Scored& c) { return headline && byline_over_title(p, *headline, c.line); });
    if (under != scores.end() && under->overlap > 0 && !trails_off(blocks[under->line].text) &&
        named_in_byline(p, *headline)) {
        headline = under->line;
        best = under->score;
    } else if (headline && under == scores.end()) {
        const std::size_t h = *headline;
        // (names_line() reads a line slowly: the best line is asked only when a title-like line right over it could
        // take its place, and such a line only once the best line reads as a name.)
        auto title_shaped = [&](const Scored& c) {
            const Block& b = blocks[c.line];
            return c.line < h && adjacent(c.line, h) && b.words >= least_title_words &&
                   (b.separators == 0 || dashed_title(b.text)) && !trails_off(b.text);
        };
        auto title = scores.end();
        if (std::any_of(scores.begin(), scores.end(), title_shaped) && names_line(blocks[h].text))
            title = std::find_if(scores.begin(), scores.end(),
                                 [&](const Scored& c) { return title_shaped(c) && !names_line(blocks[c.line].text); });
        if (title != scores.end()) {
            headline = title->line;
            best = title->score;
        }
    }
    while (headline) {
        // "Trauern im Netz / Eine Andacht im Chat lädt zum Gedenken ein / <the article>": a subtitle opens the
        // article right under its title, signed by no date or byline; a shorter title-like line over it is the
        // headline, as over a deck. (Over a signed line, "Le droit en débats / Libre cours : ... / Par ... le 7 mai",
        // the shorter line is a label.)
        std::size_t after = *headline + 1;
        while (after < n && (p.role[after] == Role::duplicate || p.role[after] == Role::caption))
            ++after;
        const bool unsigned_subtitle = after >= first_text && !signed_title(line_signs, *headline);
        auto above = std::find_if(scores.begin(), scores.end(), [&](const Scored& c) {
            const Block& b = blocks[c.line];
            // "Councils warn of bin collection cuts as budget gap widens / Town halls in the north say ... unless
            // ministers find an extra £600m / By Tom Ashworth": a standfirst of sixteen words or more, signed by the
            // byline under it, half as long again as the title-like line over it is a deck too.
            const int deck_words = blocks[*headline].words;
            bool deck_below = 2 * b.words < deck_words || (unsigned_subtitle && b.words < deck_words) ||
                              (deck_words >= long_teaser_words && 3 * b.words <= 2 * deck_words &&
                               signed_title(line_signs, *headline));
            // A line above more than twice as long is a teaser or a standfirst printed first, not the headline.
            bool much_longer = b.words > 2 * blocks[*headline].words;
            double margin = deck_below && c.overlap > 0 ? deck_margin : tie_margin;
            return c.line + tie_dist >= *headline && c.line < *headline && adjacent(c.line, *headline) &&
                   c.score >= best - margin && (c.overlap >= 0.5 || deck_below) && b.words >= 4 && !much_longer &&
                   (b.separators == 0 || dashed_title(b.text)) && !trails_off(b.text) &&
                   !nested(b.text, blocks[*headline].text);
        });
        // The page prints its headline again (a breadcrumb, a share box) but not its standfirst: a line just above
        // the best one that is printed again, when the best one is not, is the headline even a little further up.
        if (above == scores.end())
            above = std::find_if(scores.begin(), scores.end(), [&](const Scored& c) {
                const Block& b = blocks[c.line];
                return c.line + repeat_dist >= *headline && c.line < *headline && c.score >= best - repeat_margin &&
                       c.overlap >= 0.5 && b.words >= 3 && b.repeats > 0 && blocks[*headline].repeats == 0 &&
                       b.separators == 0 && !trails_off(b.text) && !nested(b.text, blocks[*headline].text) &&
                       !repeated_menu(p, c.line);
            });
        // "Digital IDs for all: the plan / harbour-news.example / November 6, 2023 / Surveillance / The programme
        // funds ..., while ... (sixteen words or more)": a deck longer than most headlines, under the title signed by
        // its date, with only the date, the site's name or a label between them.
        if (above == scores.end() && blocks[*headline].words >= long_teaser_words)
            above = std::find_if(scores.begin(), scores.end(), [&](const Scored& c) {
                const Block& b = blocks[c.line];
                if (c.line >= *headline || c.line + long_deck_dist < *headline || c.score < best - tie_margin ||
                    b.words < 4 || b.separators != 0 || trails_off(b.text))
                    return false;
                bool signed_title = metadata(c.line + 1) || (c.line + 2 < *headline && metadata(c.line + 2));
                if (!signed_title)
                    return false;
                for (std::size_t k = c.line + 1; k < *headline; ++k)
                    if (!metadata(k) && !(p.role[k] == Role::none && blocks[k].words <= 3))
                        return false;
                return true;
            });
        if (above == scores.end())
            break;
        headline = above->line;
        best = above->score;
    }
    // "Populationsbasierte Kohortenstudie" over "Schwangere zu mehr Bewegung motivieren": a label of three words or
    // fewer names the topic, so it shares the article's words best, but the longer title right under it is the
    // headline and the label its kicker.
    // "Everything is ready for the march that the unions call together with ... parties" over "\"The court does not
    // deliver justice\"": a line longer than most headlines (sixteen words or more) and more than twice as long as
    // the title-like line right under it is the teaser printed over the headline.
    if (headline && (blocks[*headline].words <= 3 || blocks[*headline].words >= long_teaser_words)) {
        auto below = std::find_if(scores.begin(), scores.end(), [&](const Scored& c) {
            bool label = blocks[*headline].words <= 3;
            return c.line > *headline && c.line <= *headline + tie_dist && adjacent(*headline, c.line) &&
                   c.score >= best - tie_margin && c.overlap > 0 && blocks[c.line].words >= 4 &&
                   (label || 2 * blocks[c.line].words < blocks[*headline].words) && !trails_off(blocks[c.line].text);
        });
        if (below != scores.end())
            headline = below->line;
    }
    // "Home / News / Ferry line gets two new boats / Ferries / Update for the harbour app / Ferry line gets two new
    // boats / Jane Roe": of two title-like lines in a row that score alike (an overline and the headline), the one
    // that ends a breadcrumb further up, printed alone between short labels, is the headline. (A teaser of a menu,
    // between other teasers' titles, is no breadcrumb's.)
    if (headline) {
        const std::size_t h = *headline;
        const int label_words = 3;
        auto printed_before = [&](std::size_t line, std::size_t before) {
            for (std::size_t k = 1; k + 1 < before; ++k)
                if (blocks[k].text == blocks[line].text && blocks[k - 1].words <= label_words &&
                    blocks[k + 1].words <= label_words)
                    return true;
            return false;
        };
        auto pair = std::find_if(scores.begin(), scores.end(), [&](const Scored& c) {
            const std::size_t top = std::min(c.line, h);
            return (c.line + 1 == h || c.line == h + 1) && c.score >= best - tie_margin && blocks[c.line].words >= 4 &&
                   !trails_off(blocks[c.line].text) && printed_before(c.line, top) && !printed_before(h, top);
        });
        if (pair != scores.end())
            headline = pair->line;
    }
    // "Lockdown extended until April / The leaders meet on Friday. / © Photo agency / 20 March 2021, 15:00 / Schools
    // stay shut / <the article>": the date (or byline) signs the title over it; a title-like line right under it, with
    // no date of its own, heads the article's first section. (The title is the best line between it and the date.)
    if (headline) {
        const std::size_t h = *headline;
        std::size_t d = h;
        if (h >= 1 && metadata(h - 1))
            d = h - 1;
        else if (h >= 2 && metadata(h - 2) && p.role[h - 1] == Role::none && blocks[h - 1].words <= 3)
            d = h - 2;
        while (d < h && d > 0 && metadata(d - 1))
            --d;
        const std::size_t most_above = 6;
        std::optional<Scored> title;
        if (d < h && !teaser_date(d) && signing_line(line_signs, h) == 0)
            for (const Scored& c : scores) {
                if (c.line >= d || c.line + most_above < d)
                    continue;
                if (!title || c.score > title->score || (c.score == title->score && c.line > title->line))
                    title = c;
            }
        // Its standfirst or its picture stands between it and the date: "Friday, 4 May 2024 / Title / <article>" and
        // "Menu label / Press release 2 November 2021 / Title" print the date over the title.
        auto decked = [&](std::size_t t) {
            for (std::size_t k = t + 1; k < d; ++k)
                if (p.role[k] == Role::caption || p.role[k] == Role::credit ||
                    (p.role[k] == Role::none && blocks[k].end_punct && blocks[k].words >= 6))
                    return true;
            return false;
        };
        if (title && title->score >= best - tie_margin && title->overlap >= 0.5 && blocks[title->line].words >= 4 &&
            blocks[title->line].separators == 0 && !trails_off(blocks[title->line].text) &&
            !nested(blocks[title->line].text, blocks[h].text) && decked(title->line))
            headline = title->line;
    }
    // "Mein Weg zum Gipfel / 4. Mai 2021 | Ines | 12 Kommentare / ... / Karl sagt: / 5. Mai 2021 / Toll!": when the
    // region lands on a comment thread or a sidebar, the best line there is signed by no date of its own (or only
    // by one of a row of dates, a thread's), while the article's title stands earlier, right over its own date or
    // byline line.
    const double signed_margin = 1.5;
    if (headline && !signed_title(line_signs, *headline)) {
        // "Mira sagt: / 4. Juni 2009 um 10:12 / Wo steht der Schmied?": the best line is a comment's text, and the
        // article's title need not score nearly as well.
        std::size_t h = *headline;
        bool comment = h >= 2 && line_signs(h - 1) && comment_header(p, h - 2);
        std::optional<Scored> earlier;
        for (std::size_t i = 0; i < *headline && i < first_text; ++i) {
            std::size_t meta = signing_line(line_signs, i);
            if (meta == 0)
                continue;
            // A date printed again is the page's own (a site header's "Monday, 4 May 2022"), no article's.
            if (p.blocks[meta].repeats > 0)
                continue;
            auto c = score_at(i, meta + 1);
            if (c && (comment || c->score >= best - signed_margin) && (!earlier || c->score > earlier->score))
                earlier = c;
        }
        if (earlier)
            headline = earlier->line;
    }
    // "Mieten oder kaufen – was lohnt sich im Alter?" at the page's top, "Mieten oder kaufen" over the article: the
    // page printed the whole title first.
    if (headline)
        for (std::size_t k = 0; k < *headline; ++k)
            if (p.role[k] == Role::none && whole_title(blocks[k].text, blocks[*headline].text))
                return k;
    return headline;
}

} // namespace archive
