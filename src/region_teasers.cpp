// Teasers of other articles in and around the article's region: cards signed by a byline or a date, lines with
// a "Read more" link.
#include "classify.hpp"
#include "page.hpp"
#include "region_parts.hpp"

#include "dates.hpp"
#include "lexicon.hpp"
#include "text.hpp"

#include <algorithm>
#include <bit>
#include <bitset>
#include <cctype>
#include <cstdint>

namespace archive {

namespace {

// "... the pier. / Related / Ferries return to the east quay. / The council ...": a label announcing a link to
// another article (lexicon section related_labels), alone on its line between two paragraphs, with the link's title
// printed right under it (no blank line between them: one box). The title is no sentence of the article, though it
// may end with a stop; a label over two titles or more is a list, left to the others.
void drop_related_titles(Page& p, std::size_t rs, std::size_t re) {
    const auto& blocks = p.blocks;
    // (related_label() reads a label of more than five words only when it names the site)
    const int most_label_words = 10, most_title_words = 20;
    auto prose = [&](std::size_t k) {
        return k < blocks.size() && p.role[k] == Role::none && textual(p.raw_quality[k]) && blocks[k].end_punct && !blocks[k].boilerplate;
    };
    // ("Read more:", "Weiterlesen:": a link's prefix of lexicon section related_prefixes alone on its line and closed
    // by a colon announces the titles under it as a label does; a button "Read more" has no colon.)
    auto label = [](const Block& b) {
        const int most_prefix_words = 4;
        if (related_label(b))
            return true;
        if (b.words > most_prefix_words || b.text.back() != ':')
            return false;
        static const LexiconSection& prefixes = any_language_section("related_prefixes"); // (merged once)
        std::string_view low = b.lower;
        while (!low.empty() && (low.back() == ':' || low.back() == ' '))
            low.remove_suffix(1);
        return prefixes.has(low);
    };
    // "Lesen Sie auch / <title> / (blank) / Zeugin bleibt bei ihrer Aussage / <paragraph>": the text may go on under a
    // cross-head of a few words (no end stop, no figure) over its next paragraph.
    // "<paragraph> / Zum Thema: / <title> / <paragraph>": a page copied without blank lines prints none round the box
    // either (none over the label): there the text goes on right under the title, or under a cross-head. Without
    // blanks a cross-head and a second title look alike: a label that ends the article's text (a terminator,
    // "Related articles") is read by the region's own box rule (inline_box()), which takes what follows as a list of
    // titles; here only a label that is none takes the cross-head.
    const int least_head = 2, most_head = 8;
    auto text_after = [&](std::size_t j, bool blanks, bool heads) {
        if (j > re || (blanks && !blocks[j].blank_before))
            return false;
        if (prose(j))
            return true;
        // ("See also / <title> / The opposition voted against it. / <paragraph>": on a page of blank lines a
        // paragraph of one short sentence, brief_sentence(), over a paragraph is the text going on.)
        if (blanks && p.role[j] == Role::none && j + 1 <= re && brief_sentence(blocks[j], p.language) && prose(j + 1))
            return true;
        const Block& head = blocks[j];
        return heads && j + 1 <= re && p.role[j] == Role::none && head.words >= least_head && head.words <= most_head &&
               head.digits == 0 && !head.end_punct && !head.boilerplate && heading_like(head) && prose(j + 1);
    };
    // "Lesen Sie auch / Sanierung der B49: Umleitungen bis Jahresende / Limburg: Neue Elektrobusse ab Januar im Einsatz
    // / <paragraph>", "Czytaj także / <title> / Busko-Zdrój. Sanatorium po remoncie przyjmie kuracjuszy / <paragraph>":
    // without blanks, a line glued under the box's title that is printed as a title too, its topic or place (one to
    // three words) before a colon or a stop and four words at least in all, is the box's next title, no cross-head (a
    // cross-head names its section in words of one piece). Four titles at most.
    const std::size_t most_titles = 4, most_topic = 3;
    auto topic_title = [&](std::size_t j) {
        if (j > re)
            return false;
        const Block& b = blocks[j];
        if (p.role[j] != Role::none || b.blank_before || b.end_punct || b.boilerplate || b.words < 4 ||
            b.words > most_title_words)
            return false;
        const std::size_t cut = std::min(b.text.find(": "), b.text.find(". "));
        return cut != std::string::npos && cut > 0 &&
               text::split_ws(b.text.substr(0, cut), most_topic + 1).size() <= most_topic;
    };
    auto plain_title = [&](std::size_t j) {
        if (j > re)
            return false;
        const Block& b = blocks[j];
        return p.role[j] == Role::none && !b.blank_before && !b.end_punct && !b.boilerplate &&
               b.urls == 0 && b.words >= 3 && b.words <= most_title_words;
    };
    // "<paragraph> / (blank) / See also / (blank) / School repairs: parents voice their worries / (blank) /
    // <paragraph>", "Voir aussi / (blank) / Réfection des écoles : les parents s'inquiètent. / (blank) / <paragraph>":
    // a page that parts every line from the next by a blank line parts the box's title from its label too: there the
    // title is the one line under the label, fifteen words at most (its stop printed or not), no link, printed once,
    // with a blank line under it too.
    const int most_spaced_title = 15;
    auto spaced_title = [&](std::size_t k) {
        const Block& t = blocks[k + 1];
        return blocks[k].blank_before && t.blank_before && k + 2 <= re && blocks[k + 2].blank_before &&
               t.words <= most_spaced_title && t.urls == 0 && t.repeats == 0 && !p.terminator[k + 1];
    };
    // "Read more / <title> / <title> / <paragraph>": a link's button alone on its line (more_link(), no colon) over
    // two titles at least labels them as a box's label does. (Over one line only it may be the article's own link to
    // its next part, over a cross-head of the text.)
    const std::size_t least_button_titles = 2;
    for (std::size_t k = rs + 1; k + 2 <= re; ++k) {
        const Block& title = blocks[k + 1];
        const bool blanks = blocks[k].blank_before || blocks[k - 1].blank_before;
        const bool labelled = blocks[k].words <= most_label_words && label(blocks[k]);
        const bool button = !labelled && more_link(blocks[k]);
        if (!(labelled || button) || !prose(k - 1) ||
            (title.blank_before && !spaced_title(k)) || title.words < 3 || title.words > most_title_words ||
            p.role[k + 1] != Role::none)
            continue;
        std::size_t last = k + 1;
        while (!blanks && last - k < most_titles && topic_title(last + 1) && text_after(last + 2, false, true))
            ++last;
        // "Read more from Harbour News: / <title> / <title> / <paragraph>": a label naming the site announces a list:
        // the short lines glued under it (no stop, no link) up to the text are its titles, no cross-head. (Under
        // "Zum Thema:" one title is the rule, and a cross-head may follow it.)
        const bool site_label = site_related_label(blocks[k]);
        while (!blanks && site_label && last - k < most_titles && plain_title(last + 1) &&
               (plain_title(last + 2) || prose(last + 2)))
            ++last;
        // "Read more: / Freight index hits two-year low / Retailers trim holiday imports / <paragraph>", "Lesen Sie
        // auch: / <title> / <title> / <paragraph>": a label announces its titles too, closed by a colon or not ("Read
        // more / <title> / <title> / <paragraph>", "Lire aussi / <title> / <title> / <paragraph>"): a line glued
        // under its title is the next title, unless it is shaped as the cross-head heading_over_text() reads (a few
        // words, three fewer than each title over it) right over the text ("Zum Thema: / <title> / Gemeinde zahlt mit
        // / <paragraph>", "Read more / <title> / Traders count the cost / <paragraph>").
        while (!blanks && last - k < most_titles && plain_title(last + 1) &&
               (plain_title(last + 2) || (prose(last + 2) && heading_over_text(p, k, last + 2) == last + 2)))
            ++last;
        if (button && last - k < least_button_titles)
            continue;
        // (Else a box whose label ends the text, glued into a page without blanks, which take_text_past_box() let
        // the region go on past: every short line under its label is a title, as inline_box() reads them.)
        if (!text_after(last + 1, blanks, blanks || !p.terminator[k])) {
            const std::size_t resume = glued_box_text(p, k);
            if (resume == 0 || resume > re)
                continue;
            last = resume - 1;
        }
        if (p.role[k] == Role::none)
            p.role[k] = Role::boilerplate;
        for (std::size_t j = k + 1; j <= last; ++j)
            if (p.role[j] == Role::none)
                p.role[j] = Role::boilerplate;
    }
}

// "13:05 Il sindaco: navetta da domani", "9.40 Harbour reopens to ferries": a line opened by a clock's time, then a
// short title with no final stop (a box's link to a live report's entry, not a sentence of the text).
bool timed_link(const Block& b) {
    const int most_words = 16;
    const std::string& t = b.text;
    auto digit = [&t](std::size_t k) { return k < t.size() && text::is_digit(static_cast<unsigned char>(t[k])); };
    std::size_t k = digit(1) ? 2 : 1;
    if (!digit(0) || k >= t.size() || (t[k] != ':' && t[k] != '.') || !digit(k + 1) || !digit(k + 2) ||
        k + 3 >= t.size() || t[k + 3] != ' ')
        return false;
    return b.words >= 3 && b.words <= most_words && !b.end_punct;
}

// "... the harbour. / Live updates / 13:05 The mayor: shuttle from tomorrow / 11:30 Engineers inspect the road /
// The mayor said ...": two lines or more glued together, each a timed_link(), under a title naming the paper's
// live coverage (live_coverage_link()) glued over them, are a box of a live report's latest entries, no text of
// the article. (Without that title, timed lines may be the article's own timeline.)
void drop_timed_boxes(Page& p, std::size_t rs, std::size_t re) {
    const auto& blocks = p.blocks;
    const std::size_t least_links = 2;
    for (std::size_t k = rs + 1; k <= re; ++k) {
        const Block& above = blocks[k - 1];
        if (!timed_link(blocks[k]) || p.role[k] != Role::none || blocks[k].blank_before ||
            p.role[k - 1] != Role::none || !live_coverage_link(above))
            continue;
        std::size_t end = k + 1;
        while (end <= re && !blocks[end].blank_before && timed_link(blocks[end]) && p.role[end] == Role::none)
            ++end;
        if (end - k < least_links) {
            k = end - 1;
            continue;
        }
        for (std::size_t j = k - 1; j < end; ++j)
            p.role[j] = Role::boilerplate;
        k = end - 1;
    }
}

// "Posted by Island Council on Monday, March 2, 2026", "Gepostet von SPÖ am Montag, 7. Februar 2022": the line an
// embedded social post closes with, its label (lexicon section embed_closers) opening it, a date in it, sixteen
// words at most.
bool embed_closer(const Page& p, const Block& b) {
    const int most_words = 16;
    if (b.words < 4 || b.words > most_words)
        return false;
    static const LexiconSection& closers = any_language_section("embed_closers"); // (merged once)
    const std::string_view low = b.lower;
    for (std::string_view label : closers.entries)
        if (low.size() > label.size() && low.starts_with(label) && low[label.size()] == ' ')
            return find_date(b.text, p.language).has_value();
    return false;
}

// A word of a line without the marks round it ("„Darauf", "Problem." -> "darauf", "problem").
std::string_view bare_word(std::string_view w) {
    while (!w.empty() && std::ispunct(static_cast<unsigned char>(w.front())))
        w.remove_prefix(1);
    while (!w.empty() && std::ispunct(static_cast<unsigned char>(w.back())))
        w.remove_suffix(1);
    return w;
}

// The words of a line of four letters or more, their marks taken off: what a copy of the line shares with it.
std::vector<std::string_view> long_words(const Block& b) {
    const std::size_t least = 4;
    std::vector<std::string_view> out;
    for (std::string_view w : b.lower_words()) {
        w = bare_word(w);
        if (w.size() >= least)
            out.push_back(w);
    }
    return out;
}

// The share of `words` (long_words() of a line) that `other` prints too, 0 for no words.
double share_in(const std::vector<std::string_view>& words, const Block& other) {
    if (words.empty())
        return 0;
    const auto theirs = long_words(other);
    const auto found = std::count_if(words.begin(), words.end(), [&](std::string_view w) {
        return std::find(theirs.begin(), theirs.end(), w) != theirs.end();
    });
    return static_cast<double>(found) / static_cast<double>(words.size());
}

// "... the pier. / Ferries run again from the eastern pier this week. / Ferries run again from the eastern pier this
// week. The council ...": a line of the text (six words at least) printed again, a word apart at most (a typo), as
// the whole first sentence of the next paragraph, glued under it or a blank line away, which goes on past it, is a
// teaser's summary over the article's own paragraph: it leaves, the paragraph stays. Two parallel sentences ("When no berth
// is left, try all free berths of the harbour." / "When no berth is left, try all berths of the harbour even if
// taken.") end apart and stay.
void drop_summary_copies(Page& p, std::size_t rs, std::size_t re) {
    const auto& blocks = p.blocks;
    // (A summary is a sentence: sixty words at most, which also bounds the words' edit distance below.)
    const std::size_t least_words = 6, most_words = 60, most_edits = 1;
    // The first two words of a line, their marks taken off.
    auto opening = [](std::string_view low) {
        std::size_t at = 0;
        const std::string_view first = bare_word(text::next_token(low, at));
        return std::pair{first, bare_word(text::next_token(low, at))};
    };
    for (std::size_t k = rs; k < re; ++k) {
        const Block& copy = blocks[k];
        const Block& next = blocks[k + 1];
        if (p.role[k] != Role::none || p.role[k + 1] != Role::none || !copy.end_punct || !next.end_punct ||
            copy.words < static_cast<int>(least_words) || copy.words > static_cast<int>(most_words) ||
            next.words <= copy.words + 1 || !textual(p.raw_quality[k + 1]))
            continue;
        // (One edit at most: the two lines share their first word or their second, or one's first is the other's
        // second. Most pairs of paragraphs end here, before their words are split and compared.)
        const auto [a0, a1] = opening(copy.lower);
        const auto [b0, b1] = opening(next.lower);
        if (a0 != b0 && a1 != b1 && a0 != b1 && a1 != b0)
            continue;
        std::vector<std::string_view> a, b, b_raw;
        for (std::string_view w : text::split_ws(copy.lower))
            a.push_back(bare_word(w));
        for (std::string_view w : text::split_ws(next.lower, static_cast<std::size_t>(copy.words) + most_edits + 1)) {
            if (b.size() > a.size() + most_edits)
                break;
            b_raw.push_back(w);
            b.push_back(bare_word(w));
        }
        // Whether a is b's first j words, a word apart at most (one word changed, missing or added): only an opening
        // of b one word shorter or longer than a at most can be, read in one pass.
        auto one_edit = [&](std::size_t j) {
            const std::size_t n = a.size();
            if (j + most_edits < n || j > n + most_edits)
                return false;
            std::size_t i = 0;
            while (i < n && i < j && a[i] == b[i])
                ++i;
            if (i == n && i == j)
                return true;
            const std::size_t skip_a = n >= j ? 1 : 0, skip_b = j >= n ? 1 : 0; // change: both; missing, added: one
            return std::equal(a.begin() + static_cast<std::ptrdiff_t>(std::min(n, i + skip_a)), a.end(),
                              b.begin() + static_cast<std::ptrdiff_t>(std::min(j, i + skip_b)),
                              b.begin() + static_cast<std::ptrdiff_t>(j));
        };
        auto sentence_end = [](std::string_view w) {
            while (!w.empty() && (w.back() == '"' || w.back() == ')'))
                w.remove_suffix(1);
            return !w.empty() && (w.back() == '.' || w.back() == '!' || w.back() == '?');
        };
        for (std::size_t j = 1; j <= b.size() && j < static_cast<std::size_t>(next.words); ++j)
            if (one_edit(j) && sentence_end(b_raw[j - 1])) {
                p.role[k] = Role::boilerplate;
                break;
            }
    }
}

// "... the mayor wrote on Facebook. / We have waited a long time for this day! See you on the pier. / Posted by Island
// Council on Monday, March 2, 2026 / The harbour master said ...": the lines right over an embed_closer() (three at
// most), each repeating three fifths of its long words in a paragraph near the embed (four lines over it or two under
// it), are the embedded post's text, printed again by the article: they leave the body with the closer.
void drop_embedded_posts(Page& p, std::size_t rs, std::size_t re) {
    const auto& blocks = p.blocks;
    const std::size_t most_post_lines = 3, reach_over = 4, reach_under = 2;
    const double least_shared = 0.6;
    auto repeats_near = [&](std::size_t j, std::size_t first, std::size_t closer) {
        const auto words = long_words(blocks[j]);
        if (words.size() < 3)
            return false;
        auto shares = [&](std::size_t m) {
            return p.role[m] == Role::none && blocks[m].end_punct && share_in(words, blocks[m]) >= least_shared;
        };
        for (std::size_t m = first; m-- > rs && first - m <= reach_over;)
            if (shares(m))
                return true;
        for (std::size_t m = closer + 1; m <= re && m - closer <= reach_under; ++m)
            if (shares(m))
                return true;
        return false;
    };
    // "Jane Roe / @janeroe / <text> / 4:52 PM · Dec 2, 2026 / Reply / Copy link": a post's card in the region leaves
    // it whole (its handle's first byte asked first).
    for (std::size_t k = rs + 1; k <= re; ++k) {
        if (blocks[k].text.empty() || blocks[k].text.front() != '@')
            continue;
        const std::size_t end = std::min(embed_card_end(p, k), re + 1);
        if (end > k)
            for (std::size_t j = embed_card_start(p, k); j < end; ++j)
                p.role[j] = Role::boilerplate;
    }
    for (std::size_t k = rs + 1; k <= re; ++k) {
        if (!embed_closer(p, blocks[k]))
            continue;
        std::size_t first = k;
        while (first > rs + 1 && k - (first - 1) <= most_post_lines && p.role[first - 1] == Role::none &&
               repeats_near(first - 1, first - 1, k))
            --first;
        if (first == k)
            continue;
        for (std::size_t j = first; j <= k; ++j)
            p.role[j] = Role::boilerplate;
    }
}

} // namespace

void drop_teaser_cards(Page& p, std::size_t rs, std::size_t re) {
    drop_related_titles(p, rs, re);
    drop_timed_boxes(p, rs, re);
    drop_embedded_posts(p, rs, re);
    drop_summary_copies(p, rs, re);
    const auto& blocks = p.blocks;
    const std::size_t most_gap = 3; // a card's buttons or category labels between two cards ("Learn", "Share")
    const int most_title_words = 20;
    const int least_summary_words = 6;
    const int most_summary_words = 50; // a sentence or two (a live report's entry under its signature runs longer)
    // A byline or a date line; the last card's may stand right under the region, where no line has its role yet.
    auto signature = [&](std::size_t k) {
        if (p.role[k] == Role::byline || p.role[k] == Role::date)
            return true;
        const Block& b = blocks[k];
        return k > re && p.role[k] == Role::none && b.words <= 30 &&
               ((b.digits > 0 && read_dates(b.text, p.language).is_date_line) ||
                (may_be_byline(b) && byline_authors(b.text, p.language).has_value()));
    };
    // A card closed by the signature at `k`: its title two lines up (no final mark: a tweet's or a comment's text
    // over its signature is a sentence, "Jane dijo:" opens a comment), its summary right over the signature.
    auto card_at = [&](std::size_t k) {
        if (k < rs + 2 || k > re + 1 || k >= blocks.size() || !signature(k))
            return false;
        const Block& title = blocks[k - 2];
        const Block& summary = blocks[k - 1];
        return p.role[k - 2] == Role::none && p.role[k - 1] == Role::none && title.words >= 2 &&
               title.words <= most_title_words && !title.end_punct && !title.boilerplate &&
               summary.words >= least_summary_words && summary.words <= most_summary_words && !summary.boilerplate;
    };
    // The article's own text comes first: two paragraphs at least above the first card.
    auto text_above = [&](std::size_t k) {
        int seen = 0;
        for (std::size_t j = rs; j < k && seen < 2; ++j)
            seen += p.role[j] == Role::none && textual(p.raw_quality[j]) && blocks[j].end_punct;
        return seen >= 2;
    };
    std::vector<std::size_t> card_bylines;
    for (std::size_t k = rs + 2; k <= re + 1; ++k) {
        if (!card_at(k))
            continue;
        std::size_t last = k;
        int cards = 1;
        for (std::size_t next = last + 3; next <= re + 1 && next <= last + 2 + most_gap;)
            if (card_at(next)) {
                last = next, ++cards;
                next = last + 3;
            } else {
                ++next;
            }
        // The cards close the region: text of the article under them makes them its own (a page of such cards
        // is a list of articles).
        bool text_below = false;
        for (std::size_t j = last + 1; j <= re && !text_below; ++j)
            text_below = p.role[j] == Role::none && textual(p.raw_quality[j]) && blocks[j].end_punct;
        if (cards >= 2 && text_above(k - 2) && !text_below)
            for (std::size_t j = k - 2; j <= std::min(last, re); ++j) {
                if (p.role[j] == Role::none)
                    p.role[j] = Role::boilerplate;
                else if (p.role[j] == Role::byline)
                    card_bylines.push_back(j);
            }
        k = last;
    }
    // The names signing the cards are no authors of the article, unless its own byline gives them too.
    if (card_bylines.empty())
        return;
    std::vector<std::string> own;
    for (std::size_t k = 0; k < blocks.size(); ++k)
        if (p.role[k] == Role::byline && std::find(card_bylines.begin(), card_bylines.end(), k) == card_bylines.end())
            if (auto names = byline_authors(blocks[k].text, p.language))
                own.insert(own.end(), names->begin(), names->end());
    auto& authors = p.article.authors;
    for (std::size_t k : card_bylines)
        if (auto names = byline_authors(blocks[k].text, p.language))
            for (const auto& name : *names)
                if (std::find(own.begin(), own.end(), name) == own.end())
                    authors.erase(std::remove(authors.begin(), authors.end(), name), authors.end());
}

namespace {
// more_link() of a lower-cased line: the phrase, with the arrow or the marks after it taken off.
bool more_link_phrase(std::string_view low) {
    static const LexiconSection& more_links = any_language_section("more_links"); // (merged once)
    // The phrases' first bytes: the marks come off the end only, so a line opening with none of them is no link.
    static const std::bitset<257> fronts = first_bytes(more_links.entries);
    auto opens_none = [](std::string_view s) {
        return !fronts.test(256) && (s.empty() || !fronts.test(static_cast<unsigned char>(s.front())));
    };
    // (A first byte above the space is the trimmed line's first byte too: most lines are settled before the trim.)
    if (!low.empty() && static_cast<unsigned char>(low.front()) > ' ' && opens_none(low))
        return false;
    low = text::trim(low); // trimmed again after each mark taken off
    if (opens_none(low))
        return false;
    static constexpr std::string_view marks[] = {"»", "›", "→", ">", "…", "...", ".", ":"};
    // (A line ending with a byte that ends no mark, most lines ending with a word, has none to take off.)
    if (!low.empty() &&
        std::any_of(std::begin(marks), std::end(marks), [&](std::string_view m) { return m.back() == low.back(); }))
        for (std::string_view mark : marks)
            if (low.size() > mark.size() && low.substr(low.size() - mark.size()) == mark)
                low = text::trim(low.substr(0, low.size() - mark.size()));
    return more_links.has(low);
}

// The last words (text::next_word_of_lowered()'s) of the more_links phrases, by their first byte. A phrase ends with
// a word, and only marks that are no word's characters follow it on a line ("Read more »", "Weiterlesen..."): a line
// ending with a phrase has that phrase's last word for its own last word. `usable` is false when a phrase ends
// otherwise (the last words then settle nothing).
struct LinkEnds {
    WordsByFront words;
    bool usable = true;
};

const LinkEnds& more_link_ends() {
    static const LinkEnds ends = [] {
        LinkEnds out;
        for (const auto& phrase : any_language_section("more_links").entries) {
            std::string_view last;
            std::size_t i = 0;
            for (std::string_view w = text::next_word_of_lowered(phrase, i); !w.empty();
                 w = text::next_word_of_lowered(phrase, i))
                last = w;
            if (last.empty() || last.data() + last.size() != phrase.data() + phrase.size()) {
                out.usable = false;
                continue;
            }
            out.words.add(last);
        }
        return out;
    }();
    return ends;
}

// "Harbour festival opens The town prepares for its biggest weekend. Read more": a teaser's title, its summary and
// its link printed on one line; the link follows the summary's last sentence mark.
bool glued_more_link(const Block& b) {
    const std::size_t widest = 40; // bytes of the link's phrase and its marks
    if (b.words <= 5 || b.lower.size() <= widest)
        return false;
    // (A line whose last word ends no link's phrase is settled without a search for its last sentence mark.)
    if (const LinkEnds& ends = more_link_ends(); ends.usable) {
        if (b.lower_words().empty() || !ends.words.has(b.lower_words().back()))
            return false;
    }
    std::string_view low = b.lower;
    const std::size_t from = low.size() - widest;
    // The last sentence mark with a space after it, from byte `from` on: eight marks a step from the end (a step
    // starting at byte c looks at the marks of bytes c..c+7 and the spaces of bytes c+1..c+8; the last step, which
    // starts before `from`, drops the marks before it).
    for (std::size_t c = low.size() - 9;; c -= 8) {
        const std::uint64_t marks = text::load8(low.data() + c), spaces = text::load8(low.data() + c + 1);
        std::uint64_t hits = (text::bytes_equal8(marks, '.') | text::bytes_equal8(marks, '!') |
                              text::bytes_equal8(marks, '?')) &
                             text::bytes_equal8(spaces, ' ');
        if (c < from)
            hits &= ~std::uint64_t{0} << (8 * (from - c));
        if (hits != 0) {
            const std::size_t at = c + static_cast<std::size_t>(63 - std::countl_zero(hits)) / 8 + 1; // the space
            // (A link of four words at most: a longer tail is the summary's last sentence, not looked up.)
            return std::count(low.begin() + static_cast<std::ptrdiff_t>(at) + 1, low.end(), ' ') <= 3 &&
                   more_link_phrase(low.substr(at + 1));
        }
        if (c <= from)
            return false;
    }
}
} // namespace

bool more_link(const Block& b) {
    if (b.words == 0 || b.words > 5)
        return false;
    return more_link_phrase(b.lower);
}

void mark_linked_teasers(const std::vector<Block>& blocks, std::vector<Quality>& q) {
    std::vector<std::size_t> links; // a link alone on its line: the teaser is the line above
    std::vector<std::size_t> glued; // a teaser that ends with its link
    bool above = !blocks.empty() && more_link(blocks[0]); // more_link() of the line above, asked once a line
    for (std::size_t i = 1; i < blocks.size(); ++i) {
        bool here = more_link(blocks[i]);
        // "Subscribe for a free trial / Read now": the button of an offer, no teaser's link.
        if (here && !above && !is_promo_notice(blocks[i - 1]))
            links.push_back(i);
        else if (!here && glued_more_link(blocks[i]) && !is_promo_notice(blocks[i]))
            glued.push_back(i);
        above = here;
    }
    // One link may be the article's own "Read more" over its second part: a list of teasers prints several.
    if (links.size() + glued.size() < 2)
        return;
    for (std::size_t i : links)
        q[i - 1] = Quality::bad;
    for (std::size_t i : glued)
        q[i] = Quality::bad;
}

} // namespace archive
