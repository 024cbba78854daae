// Headline choice: which title-like line near the article's start announces it. choose_headline() picks the
// candidate lines (from a wiki's tagline, around the article's first text, over a byline further in, a clean copy's
// first line) and the order of the steps; the score of one line and what it reads of the page are in headline_score.cpp,
// the rules that prefer another line after scoring (a kicker, a standfirst, a byline, a label, a breadcrumb's end, a
// date-signed title, a comment thread, the title printed whole) in headline_rules.cpp; what they share in
// headline_parts.hpp.
#include "cjk_script.hpp"
#include "classify.hpp"
#include "headline.hpp"
#include "headline_parts.hpp"
#include "lexicon.hpp"
#include "media_parts.hpp"
#include "own_name_credits.hpp"
#include "page.hpp"
#include "text.hpp"

#include <algorithm>
#include <optional>
#include <vector>

namespace archive {

namespace {

// "话剧《约定无期限》巡演结束": Chinese, Japanese and Korean write a title without spaces between words.
bool unspaced_script(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size()) {
        char32_t cp = text::next_cp(s, i);
        if (text::is_cjk_letter(cp))
            return true;
    }
    return false;
}

// "Article", "Talk", "View history", "Tools", "7 languages"; "Artikel", "Versionsgeschichte", "12 Sprachen": a tab of
// a wiki's skin (lexicon section wiki_tab_labels, the whole line; a count before the word for languages is not looked
// up).
bool wiki_tab(const Block& b) {
    const int most_words = 3;
    if (b.words > most_words || b.end_punct || b.urls > 0)
        return false;
    std::string_view label = b.lower;
    std::size_t figures = 0;
    while (figures < label.size() && label[figures] >= '0' && label[figures] <= '9')
        ++figures;
    if (figures > 0 && figures < label.size() && label[figures] == ' ')
        label.remove_prefix(figures + 1);
    return any_language_has("wiki_tab_labels", label);
}

// "Harbour crane / From Wikipedia, the free encyclopedia": a wiki names itself under the article's title. Returns the
// title; `tagline` is set to the wiki's tagline, which is no title whatever the title's place ("Lesen / Bearbeiten /
// Suche / Wasserturm / aus Heimatwiki Oberland, dem freien Ortslexikon").
// "Harbour crane / 7 languages / Article / Talk / Read / Edit / View history / Tools / From Wikipedia, ...": the
// current skin prints its tabs between them, two at least (wiki_tab()); the title is the line over the run.
std::optional<std::size_t> wiki_title(const Page& p, std::size_t re, std::optional<std::size_t>& tagline) {
    const auto& blocks = p.blocks;
    const std::size_t n = blocks.size();
    for (std::size_t k = 1; k < n && k <= re; ++k) {
        // (The tagline's words are pieces of the block's lower-cased text: most lines are settled by one search.)
        if (blocks[k].lower.find("wiki") == std::string::npos || !wiki_tagline(blocks[k].text))
            continue;
        tagline = k;
        const std::size_t least_tabs = 2;
        std::size_t top = k;
        while (top > 0 && wiki_tab(blocks[top - 1]))
            --top;
        const bool tabbed = k - top >= least_tabs && top > 0;
        const std::size_t at = tabbed ? top - 1 : k - 1;
        const Block& title = blocks[at];
        if (p.role[at] == Role::none && title.words <= 12 && !title.end_punct && title.letters >= 3 &&
            (tabbed || at == 0 || !menu_item(p, at - 1)))
            return at;
        break;
    }
    return std::nullopt;
}

// "Watch: rescue crews lift stranded lorry from flooded ford" / "Video": see choose_headline(). A line of four to
// twenty-five words with a colon among its first three words, no stop closing it, no other role than boilerplate,
// right over a video player's line.
bool lead_in_title_over_player(const Page& p, std::size_t i) {
    const int least_words = 4, most_words = 25;
    const std::size_t most_label_words = 3;
    const Block& b = p.blocks[i];
    if ((p.role[i] != Role::none && p.role[i] != Role::boilerplate) || b.words < least_words ||
        b.words > most_words || b.end_punct || b.urls > 0 || !video_player_line(p.blocks[i + 1]))
        return false;
    const std::size_t colon = b.text.find(':');
    return colon != std::string::npos &&
           text::split_ws(std::string_view(b.text).substr(0, colon), most_label_words + 1).size() <= most_label_words;
}

} // namespace

std::optional<std::size_t> choose_headline(const Page& p, std::size_t first_text, std::size_t re) {
    std::optional<std::size_t> tagline;
    if (auto title = wiki_title(p, re, tagline))
        return title;
    const auto& blocks = p.blocks;
    // The body's words, the titles a comment thread names, the lines printing a title as a piece.
    TitleSearch search(p, first_text, re);
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
    std::vector<Scored> scores;
    auto consider = [&](std::size_t i, std::size_t start) {
        if (i == tagline)
            return;
        auto c = score_title(search, i, start);
        if (!c)
            return;
        scores.push_back(*c);
        if (c->score > best) {
            best = c->score;
            headline = i;
        }
    };
    // (The candidates' words are wanted in one pass over the body.)
    search.want_words(from, last + 1);
    for (std::size_t i = from; i <= last; ++i)
        consider(i, first_text);
    // The region may start too early, at a login prompt or a mega-menu's blurbs: when nothing near its start
    // says who wrote the article and no run of prose has begun, the first byline further in opens the article,
    // and the title-like line just above it is a candidate too, as if the article started under that byline.
    bool signed_near_start = false;
    for (std::size_t k = first_text > 3 ? first_text - 3 : 0; k <= last + 3 && k <= re; ++k)
        signed_near_start = signed_near_start || byline_or_date(p, k);
    if (!signed_near_start) {
        // Three paragraphs in a row: the article's prose (blurbs of a menu come one by one or in pairs).
        auto prose_run = [&](std::size_t k) {
            return k >= 2 && prose_paragraph(p, k - 2) && prose_paragraph(p, k - 1) && prose_paragraph(p, k);
        };
        std::size_t anchor = first_text;
        bool begun = false;
        while (anchor <= re && !begun && (anchor < last + 4 || p.role[anchor] != Role::byline)) {
            begun = prose_run(anchor);
            ++anchor;
        }
        // ("... the last paragraph." / "Text: Anna Muster, Vereinsarchiv" / "Bild: ..." / the footer: a byline with no
        // paragraph of prose under it signs the text at its end and opens nothing: the headings over it are the
        // text's, no title.)
        const std::size_t most_under = 3;
        bool opens_text = false;
        for (std::size_t k = anchor + 1; k <= re && k <= anchor + most_under && !opens_text; ++k)
            opens_text = prose_paragraph(p, k);
        if (anchor <= re && !begun && opens_text) {
            std::size_t start = anchor;
            while (start <= re && p.role[start] != Role::none)
                ++start;
            std::size_t top = anchor > 3 ? anchor - 3 : 0;
            while (top > 0 && byline_or_date(p, top - 1))
                --top;
            search.want_words(std::max(top, last + 1), anchor);
            for (std::size_t i = std::max(top, last + 1); i < anchor; ++i)
                consider(i, start);
        }
    }
    // "From: ..." / "Subject: Library hours extended" / "Date: ...": an e-mail whose only title is its subject line.
    if (!headline)
        for (std::size_t i = from; i < first_text && i <= re; ++i)
            if (p.role[i] == Role::none && mail_subject(p, i))
                return i;
    // "Watch: rescue crews lift stranded lorry from flooded ford" / "Video" / "Play" / "02:35" / <its description>,
    // "Vidéo : le glacier filmé depuis le col" / "Vidéo" / "02:35": a video page's title opened by a lead-in and a
    // colon, which reads as a related link's label (boilerplate), right over the player's lines (its word, its
    // button, its length: video_player_line()) is the headline when no other line is.
    if (!headline)
        for (std::size_t i = from; i < first_text && i + 1 <= re; ++i)
            if (lead_in_title_over_player(p, i))
                return i;
    // "Virginian could make history. Again." alone on the page's first line, the article under it: a clean copy
    // of an article opens with its title, even one no other rule takes (two short sentences, one long word of
    // a script without spaces). "The Moorfield Courier" / "Home" / ... / "© The Moorfield Courier 2026": the first
    // line the copyright line or the address names again (names_own_site()) is the site's masthead, never the
    // headline, though no other line was taken (a gallery of captions rated bad gives the region no text to open).
    if (!headline && first_text > 0) {
        std::size_t next = 1;
        while (next < first_text && byline_or_date(p, next))
            ++next;
        const Block& b = blocks[0];
        std::size_t len = text::length_cp(b.text);
        // One word is a label ("ENVIRONMENT") unless the script writes no spaces between words.
        if (next == first_text && p.role[0] == Role::none && (b.words >= 2 || unspaced_script(b.text)) && b.words <= 25 && len >= 8 &&
            len <= 200 && !all_capitals(b.text) &&
            b.urls == 0 && b.separators <= 1 && b.letters * 2 >= static_cast<int>(len) &&
            !b.boilerplate && !navigation_arrow(b.text) && !trails_off(b.text) &&
            !names_own_site(b.text, own_names_of(p)))
            return 0;
    }
    return prefer_neighbour(search, scores, headline, best);
}

} // namespace archive
