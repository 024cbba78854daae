// The article's region on the page: jusText's context pass over block qualities, then the maximum-sum run of
// blocks that holds the article (its edges trimmed by region_edges.cpp). The lists and code the region holds are in
// region_lists.cpp, its teaser cards and "Read more" links in region_teasers.cpp.
#include "classify.hpp"
#include "cjk_script.hpp"
#include "donation_boxes.hpp"
#include "figure_tables.hpp"
#include "page.hpp"
#include "region_parts.hpp"
#include "region_pictures.hpp"
#include "sections_parts.hpp"

#include "dates.hpp"
#include "headline.hpp"
#include "lexicon.hpp"
#include "text.hpp"

#include <algorithm>
#include <cmath>
#include <optional>
#include <tuple>

namespace archive {

// jusText's context-sensitive pass: short and near-good blocks take the class of their neighbours.
// Linear: the nearest deciding neighbour on each side is carried along in one pass per direction.
void resolve_context(std::vector<Quality>& q) {
    const std::size_t n = q.size();
    // A run of near-good blocks is text by itself: a blog written one clause a line, prose cut into short lines.
    const std::size_t least_run = 4;
    for (std::size_t i = 0; i < n;) {
        std::size_t j = i;
        while (j < n && q[j] == Quality::near_good)
            ++j;
        if (j - i >= least_run)
            std::fill(q.begin() + static_cast<std::ptrdiff_t>(i), q.begin() + static_cast<std::ptrdiff_t>(j), Quality::good);
        i = j > i ? j : i + 1;
    }
    // For short blocks: nearest non-short block (near-good counting as good); edges count as bad.
    // For near-good blocks: nearest good or bad block.
    // (The blocks to the right are gathered first; those to the left are followed on the way, from each block's class
    // before it is changed.)
    std::vector<Quality> right_any(n, Quality::bad), right_gb(n, Quality::bad);
    Quality any = Quality::bad, gb = Quality::bad;
    for (std::size_t i = n; i-- > 0;) {
        right_any[i] = any;
        right_gb[i] = gb;
        if (q[i] != Quality::short_)
            any = q[i] == Quality::near_good ? Quality::good : q[i];
        if (q[i] == Quality::good || q[i] == Quality::bad)
            gb = q[i];
    }
    any = gb = Quality::bad;
    for (std::size_t i = 0; i < n; ++i) {
        const Quality own = q[i];
        if (own == Quality::short_)
            q[i] = (any == Quality::good && right_any[i] == Quality::good) ? Quality::good : Quality::bad;
        else if (own == Quality::near_good)
            q[i] = (gb == Quality::bad && right_gb[i] == Quality::bad) ? Quality::bad : Quality::good;
        if (own != Quality::short_)
            any = own == Quality::near_good ? Quality::good : own;
        if (own == Quality::good || own == Quality::bad)
            gb = own;
    }
}

// "Reply", "Antworten": the button to answer a comment (lexicon section reply_buttons) alone on its line, printed
// under every comment of a thread (three times at least).
bool lone_reply_button(const Block& b) {
    static const LexiconSection& buttons = any_language_section("reply_buttons"); // (merged once)
    return b.words == 1 && b.repeats >= 2 && b.lower_words().size() == 1 && buttons.has(b.lower_words().front());
}

namespace {

// The maximum-sum run of weights in [from, to): {start, end (inclusive), sum}.
std::tuple<std::size_t, std::size_t, double> max_run(const std::vector<double>& w, std::size_t from, std::size_t to) {
    double best = -1e300, cur = 0;
    std::size_t best_s = from, best_e = from, s = from;
    for (std::size_t i = from; i < to; ++i) {
        if (cur <= 0) {
            cur = 0;
            s = i;
        }
        cur += w[i];
        if (cur > best) {
            best = cur;
            best_s = s;
            best_e = i;
        }
    }
    return {best_s, best_e, best};
}

// "17.10.2019, 14:14 Antworten", "March 3, 2015 at 4:12 pm Reply", "3 mars 2015 à 16:12 Répondre": the date and time
// of a comment with the button to answer it, or the button alone under each comment. In main_region() it ends the article
// as a terminator does: a thread of short comments, cut at each of them, no longer outweighs the short post over it.
// (Asked of every line of the page: its counts settle most lines here, and the rest is read out of line, by
// dated_comment_header(): inlined, its loops made the compiler save registers on every call.)
[[gnu::noinline]] bool dated_comment_header(const Block& b, std::string_view language);

const int most_header_words = 12, least_header_digits = 4; // a date and its time, the button's words

} // namespace

bool has_clock(std::string_view line) {
    bool clock = false;
    for (std::size_t at = line.find(':'); at != std::string::npos && !clock; at = line.find(':', at + 1))
        clock = at > 0 && at + 2 < line.size() && text::is_digit(static_cast<unsigned char>(line[at - 1])) &&
                text::is_digit(static_cast<unsigned char>(line[at + 1])) &&
                text::is_digit(static_cast<unsigned char>(line[at + 2]));
    return clock;
}

bool comment_header(const Block& b, std::string_view language) {
    // (A line of more than one word is no button; a button printed under each comment is printed twice more at
    // least, which lone_reply_button() asks too: both settled without a call.)
    if (b.words == 1 && b.repeats >= 2 && lone_reply_button(b))
        return true;
    return b.digits >= least_header_digits && b.words <= most_header_words && !b.end_punct &&
           dated_comment_header(b, language);
}

namespace {

// comment_header() of a line that holds a date, its time and few words by its counts.
bool dated_comment_header(const Block& b, std::string_view language) {
    // The comment's time ("16:12") tells its date from a heading with a date and the same word ("Fragen und
    // Antworten vom 3. März 2015", "Reply to the council, March 3, 2015").
    static const LexiconSection& buttons = any_language_section("reply_buttons"); // (merged once)
    return has_clock(b.text) &&
           std::any_of(b.lower_words().begin(), b.lower_words().end(),
                       [](std::string_view w) { return buttons.has(w); }) &&
           read_dates(b.text, language).is_date_line;
}

// "+ Added ferry timetables / + Added the pier map / ... / * Fixed the berth lights": a bulleted list that the region
// cuts in the middle belongs to it wholly; its short items weigh against the region one by one.
std::pair<std::size_t, std::size_t> whole_lists(const Page& p, std::size_t rs, std::size_t re) {
    const auto& blocks = p.blocks;
    // A menu's items ("• Home", "• Contact") are known phrases or come back on the page.
    auto item = [&](std::size_t k) { return bullet_item(blocks[k]) && !blocks[k].boilerplate && blocks[k].repeats == 0; };
    if (item(rs))
        while (rs > 0 && item(rs - 1))
            --rs;
    if (item(re))
        while (re + 1 < blocks.size() && item(re + 1))
            ++re;
    return {rs, re};
}

// "The harbour of Wendle is ... / Contents / 1 History / 2 Trade / History[edit] / <region>": a wiki article's
// lead stands above its table of contents, cut off from the sections by the short entries. A numbered contents of
// three entries at least right over the region, then the lines of text over it, belong to the article.
std::size_t lead_over_contents(const Page& p, std::size_t rs) {
    const auto& blocks = p.blocks;
    // "3.7 Components", "3.7.1 pdf.js": a section number, then a title of a few words.
    auto entry = [&](std::size_t at) {
        const std::string& t = blocks[at].text;
        std::size_t i = 0;
        while (i < t.size() && (text::is_digit(static_cast<unsigned char>(t[i])) || (i > 0 && t[i] == '.')))
            ++i;
        return i > 0 && i < t.size() && t[i] == ' ' && blocks[at].words <= 12 && !blocks[at].end_punct;
    };
    std::size_t k = rs;
    // The first section's heading, printed with its mark, may stand between the contents and the region.
    while (k > 0 && rs - k < 2 && !entry(k - 1) && marked_heading(blocks[k - 1].text))
        --k;
    std::size_t entries = 0;
    while (k > 0 && entry(k - 1)) {
        --k;
        ++entries;
    }
    if (entries < 3)
        return rs;
    // Its title ("Contents", "Inhaltsverzeichnis"): one short line.
    if (k > 0 && blocks[k - 1].words <= 2 && !blocks[k - 1].end_punct)
        --k;
    std::size_t start = k;
    while (start > 0 && blocks[start - 1].words >= 5 && blocks[start - 1].end_punct &&
           (textual(p.raw_quality[start - 1]) || sentence_shape(blocks[start - 1])))
        --start;
    return start < k ? start : rs;
}

// "Zutaten / 135 g / Butter / 150 g / Weizenmehl / ... / <region>": a recipe's ingredients over its text belong to
// it, with their title ("Ingredients", "Zutaten") when a short line heads them.
std::size_t ingredients_over(const Page& p, std::size_t rs) {
    if (rs == 0 || !std::any_of(p.blocks.begin(), p.blocks.begin() + static_cast<std::ptrdiff_t>(rs), [](const Block& b) {
            return !b.lower.empty() && (text::is_digit(static_cast<unsigned char>(b.lower[0])) ||
                                        static_cast<unsigned char>(b.lower[0]) >= 0xC2);
        }))
        return rs;
    const std::vector<bool>& ingredient = p.ingredient;
    // "Ingredients", "Zutaten": a title of a word or two; "Method", "Was du noch wissen solltest": a few words.
    auto title = [&](std::size_t at, int most) {
        const Block& b = p.blocks[at];
        return b.words >= 1 && b.words <= most && b.digits == 0 && !b.end_punct && b.urls == 0 && b.repeats == 0;
    };
    std::size_t k = rs;
    // The title of the method may stand between the ingredients and the region, and under the ingredients one or two
    // of the page's buttons ("Zutaten auf die Einkaufsliste", "Print recipe": lexicon section boilerplate).
    if (k > 1 && !ingredient[k - 1] && title(k - 1, 6)) {
        std::size_t over = k - 1, buttons = 0;
        while (over > 0 && buttons < 2 && p.blocks[over - 1].boilerplate && !ingredient[over - 1])
            --over, ++buttons;
        if (over > 0 && ingredient[over - 1])
            k = over;
    }
    std::size_t end = k;
    while (k > 0 && ingredient[k - 1])
        --k;
    // (A region opening with the ingredients takes their title and the recipe's facts over them as well.)
    if (k == end && !ingredient[k])
        return rs;
    if (k > 0 && title(k - 1, 2))
        --k;
    const std::vector<bool>& facts = p.recipe_fact;
    while (k > 0 && facts[k - 1])
        --k;
    return k;
}

// "一波波寒流報到 山巒層層 / 玉峰道路一路上雲氣滯留山頭 / <region of clauses>": a blog written in Chinese or Japanese one
// clause a line opens with clauses that the particle count rates bad, a few of them in a row, which cut its first lines
// off the region. Over a region opening with such clauses, the clauses right above it (a dozen ideographs at least,
// no title marks, no link, not printed elsewhere) belong to it; the title, shorter or without a space, or the date
// stops them.
std::size_t clauses_over(const Page& p, std::size_t rs) {
    const auto& blocks = p.blocks;
    // A clause with a space for its comma ("寒流報到 已將山巒"); a title has none, a menu's entries bars or arrows
    // ("首页|新闻", "首页 >> 教育新闻").
    auto clause = [&](std::size_t k) {
        const Block& b = blocks[k];
        return p.raw_quality[k] != Quality::short_ && p.raw_quality[k] != Quality::good && !b.boilerplate &&
               b.repeats == 0 && !p.terminator[k] && b.text.find(' ') != std::string::npos &&
               b.text.find_first_of("|>") == std::string::npos && cjk_clause(b);
    };
    // (A line of Chinese or Japanese has more bytes than code points: most pages are settled by the first test.)
    if (rs + 1 >= blocks.size() || blocks[rs].text.size() < 2 * blocks[rs].chars || !cjk_clause(blocks[rs]) ||
        !cjk_clause(blocks[rs + 1]))
        return rs;
    const std::size_t most = 8;
    std::size_t k = rs;
    while (k > 0 && rs - k < most && clause(k - 1))
        --k;
    return k;
}

// "Veja também / <title> / <title> / O que fazer em caso de enchente / A Defesa Civil orienta: / não entrar em áreas
// alagadas; / ... / <paragraph> / <paragraph>", "Related stories / <title> / <title> / What to do in a flood / The
// council advises: / ...": a box of links in the text ends at its first line that announces a list (a sentence of
// three words or more closed by a colon, at `colon`), no title of a link; the text goes on there when, under the
// list's short lines (two to eight: items, a cross-head), a paragraph of prose and a second paragraph or sentence
// follow. The short line right over the announcing line, no sentence, is the list's heading, not the box's last title
// (there stays one title at least): where the text resumes. 0 for no such list.
std::size_t announced_list_under_box(const Page& p, std::size_t at, std::size_t colon) {
    const auto& blocks = p.blocks;
    const std::size_t n = blocks.size();
    const int least_announce = 3, most_item = 15, most_head = 10;
    const std::size_t least_items = 2, most_items = 8;
    const Block& line = blocks[colon];
    if (line.text.back() != ':' || line.words < least_announce || line.urls > 0 || line.boilerplate ||
        p.terminator[colon])
        return 0;
    auto prose = [&](std::size_t j) {
        return j < n && p.raw_quality[j] == Quality::good && blocks[j].end_punct && blocks[j].words >= 15;
    };
    std::size_t j = colon + 1;
    while (j < n && j - colon - 1 < most_items && !prose(j) && blocks[j].words <= most_item && !p.terminator[j] &&
           blocks[j].urls == 0)
        ++j;
    const int least_sentence = 8;
    const bool second = j + 1 < n && textual(p.raw_quality[j + 1]) && blocks[j + 1].end_punct &&
                        blocks[j + 1].words >= least_sentence && !p.terminator[j + 1];
    if (j - colon - 1 < least_items || !prose(j) || !second)
        return 0;
    const Block& above = blocks[colon - 1];
    const bool head = colon - 1 > at + 1 && !above.end_punct && above.words >= 2 && above.words <= most_head &&
                      heading_like(above);
    return head ? colon - 1 : colon;
}

} // namespace

// "Mehr zum Thema / Haushalt: Warum die Koalition in der Falle sitzt / Kommentar: Ein Minister auf Abruf / Treffen
// am Sonntag / <paragraph>", "Related stories / <title> / <title> / Talks resume / <paragraph>": the last short line of
// a box of links in the text, right over the prose where the text resumes (at `resume`), is the cross-head of the
// text's next section when the box keeps a title at least and the line is shaped as a heading, not as the titles
// over it: two to six words, no figure, no colon, no final mark, and three words fewer than each of them at least.
// Where the text resumes: the cross-head, or `resume`.
std::size_t heading_over_text(const Page& p, std::size_t at, std::size_t resume) {
    const auto& blocks = p.blocks;
    const int least_head = 2, most_head = 6, margin = 3;
    const std::size_t head = resume - 1;
    if (head < at + 2)
        return resume;
    const Block& h = blocks[head];
    if (h.words < least_head || h.words > most_head || h.digits > 0 || h.end_punct || h.boilerplate ||
        p.terminator[head] || h.text.find(':') != std::string::npos || !heading_like(h))
        return resume;
    for (std::size_t k = at + 1; k < head; ++k)
        if (blocks[k].words < h.words + margin)
            return resume;
    return head;
}

std::size_t inline_box(const Page& p, std::size_t at) {
    const auto& blocks = p.blocks;
    const std::size_t n = blocks.size();
    if (blocks[at].digits > 0) // "Comments (32)" counts the comments of a thread
        return 0;
    // "RELATED ARTICLES / Previous / 1 / Next / Ferry fares rise again as the strike goes on... / Share this article /
    // Share / <paragraph>": the box's titles (five at most, short, no sentence; a teaser cut short in an ellipsis is
    // a title) and, not counted among them, the box's own buttons: a carousel's (lexicon section
    // carousel_button_words, or its page's number alone) and the share buttons under it (share_button()).
    const std::size_t most_titles = 5, most_buttons = 6;
    const int most_title_words = 15;
    static const LexiconSection* carousel = common_lexicon().section("carousel_button_words"); // (looked up once)
    auto button = [&](const Block& b) {
        const bool page_number = b.words == 1 && b.text.size() <= 2 && b.digits == static_cast<int>(b.text.size());
        return page_number || (b.words == 1 && carousel != nullptr && carousel->has(b.lower)) || share_button(b);
    };
    std::size_t k = at + 1, titles = 0, buttons = 0;
    for (; k < n; ++k) {
        const Block& b = blocks[k];
        if (buttons < most_buttons && button(b))
            ++buttons;
        else if (titles < most_titles && b.words <= most_title_words && (!b.end_punct || trails_off(b.text)))
            ++titles;
        else
            break;
    }
    // (A paragraph cut short in an ellipsis is a card's summary, not the text going on.)
    auto prose = [&](std::size_t j) {
        return j < n && p.raw_quality[j] == Quality::good && blocks[j].end_punct && blocks[j].words >= 15 &&
               !trails_off(blocks[j].text);
    };
    // "Read next / School repairs: parents voice concern. / <paragraph>", "Leggi anche / Scuole, chi paga? /
    // <paragraph>": a related article's label (related_label()) over one title printed with its stop or its question
    // mark (three to fifteen words, no link, printed once), right over a paragraph of the text, is a box of one link:
    // the title ends the box. (Under a thread's label, "Kommentare", a short comment over a long one is no title.)
    const int least_title_words = 3;
    const bool related = related_label(blocks[at]);
    if (related && k == at + 1 && k + 1 < n && prose(k + 1)) {
        const Block& t = blocks[k];
        if (t.end_punct && t.words >= least_title_words && t.words <= most_title_words && t.urls == 0 &&
            t.repeats == 0 && !p.terminator[k])
            ++k;
    }
    // "Mehr zum Thema / <two titles> / Umweltverbände begrüßen Planung / <a paragraph> / Ein Sprecher sagte, man werde
    // den Bau begleiten.": the article's last section may be a paragraph and a shorter sentence of eight words or
    // more (a thread's second comment stands under its author's name, no sentence).
    const int least_sentence = 8;
    auto sentence = [&](std::size_t j) {
        return j < n && textual(p.raw_quality[j]) && blocks[j].end_punct && blocks[j].words >= least_sentence &&
               !p.terminator[j];
    };
    // "Mehr zum Thema / <title> / (blank) / <paragraph> / (blank) / Mut zur Lücke / <paragraph>": the text goes on
    // under a cross-head of a few words (no reply button, name or count of a thread: two words at least, no figure, no
    // end stop). The box printed tight, its titles glued to its label, and a blank line over the paragraph and over
    // the cross-head: a list of cards prints each title glued to its summary.
    const int least_head = 2, most_head = 8;
    auto cross_head = [&](std::size_t j) {
        return j + 1 < n && !blocks[at + 1].blank_before && blocks[j - 1].blank_before && blocks[j].blank_before &&
               blocks[j].words >= least_head && blocks[j].words <= most_head && blocks[j].digits == 0 &&
               !blocks[j].end_punct && !blocks[j].boilerplate && !p.terminator[j] && heading_like(blocks[j]) &&
               prose(j + 1);
    };
    if (k > at + 1 && k + 1 < n && blocks[k].text.back() == '?' && blocks[k].words <= 15 && prose(k + 1) &&
        (prose(k + 2) || sentence(k + 2) || (k + 3 < n && blocks[k + 2].text.back() == '?' && prose(k + 3))))
        return k;
    if (k > at + 1 && prose(k) && (prose(k + 1) || sentence(k + 1) || cross_head(k + 1)))
        return heading_over_text(p, at, k);
    // "Artikel zum Thema / Schulsanierung: Eltern in Sorge / Die Opposition stimmte dagegen. / <paragraph> /
    // <paragraph>": under a related article's label the text may go on in a paragraph of one short sentence
    // (brief_sentence()) over two paragraphs.
    if (related && k > at + 1 && k < n && !p.terminator[k] && brief_sentence(blocks[k], p.language) && prose(k + 1) &&
        (prose(k + 2) || sentence(k + 2)))
        return heading_over_text(p, at, k);
    return k > at + 1 && k < n ? announced_list_under_box(p, at, k) : 0;
}

// "Comments (5 posted)" and then "Mapping the coast with free tools" over "By Jane Roe March 3, 2015": on a page
// of several articles, the link to one article's comments comes before the next article's title and byline; a
// comment thread does not open with a byline.
bool next_article(const Page& p, std::size_t at) {
    const std::size_t reach = 3;
    // (may_be_byline() turns away by their first bytes the lines byline_authors() finds no byline in.)
    for (std::size_t k = at + 1; k < p.blocks.size() && k <= at + reach; ++k)
        if (may_be_byline(p.blocks[k]) && byline_authors(p.blocks[k].text, p.language))
            return true;
    return false;
}

// "Harbour crane returns to the quay / JANE ROE / March 3, 2015 / 12 Comments / <text>": the count of an article's
// comments printed in its header, under its title and a few short lines (the author, the date), links to the thread
// and ends nothing; under a paragraph, or under buttons or a label under one, it opens the thread.
bool header_comment_count(const Page& p, std::size_t at) {
    const auto& blocks = p.blocks;
    const int most_count = 4, most_meta = 5, least_title = 6;
    if (blocks[at].digits == 0 || blocks[at].words > most_count)
        return false;
    const std::size_t reach = 4; // the title and the short lines under it
    for (std::size_t k = at; k > 0 && at - k < reach; --k) {
        const Block& above = blocks[k - 1];
        if (above.end_punct)
            return false;
        if (above.words >= least_title)
            return k < at && heading_like(above);
        // (Buttons and labels the page prints anywhere, an ad's label, stand between a paragraph and the thread.)
        if (above.words > most_meta || above.boilerplate)
            return false;
    }
    return false;
}

namespace {

// "Lamp returns to the cape / By Jane Roe / Share / Tweet / Comments (23) / <the article's paragraphs>": the count of
// comments in the share bar over the article, its text right under it, links to the thread and ends nothing; so does
// the link's word alone with no count ("Comentarios", "Comments": lexicon section comment_nouns). A
// thread opens with a reader's name, a date, a form or a button under its count, not with a run of paragraphs; and a
// count under a paragraph (its share buttons between them) follows the article's text.
bool count_over_text(const Page& p, std::size_t at) {
    const auto& blocks = p.blocks;
    const std::size_t n = blocks.size();
    const int most_count = 4, least_prose = 10, least_line = 6;
    static const LexiconSection& nouns = any_language_section("comment_nouns"); // (merged once)
    if (blocks[at].words > most_count ||
        (blocks[at].digits == 0 && (blocks[at].words != 1 || blocks[at].end_punct || !nouns.has(blocks[at].lower))))
        return false;
    auto prose = [&](std::size_t k) {
        return k < n && p.raw_quality[k] == Quality::good && blocks[k].end_punct && blocks[k].words >= least_prose;
    };
    const std::size_t least_run = 3; // paragraphs right under the count
    for (std::size_t k = at + 1; k <= at + least_run; ++k)
        if (!prose(k))
            return false;
    // Over it: the buttons, the date, the byline, up to the title, with one sentence at most under the title (its
    // summary, "Headline / The crews had asked for a warm room for years. / By Jane Roe / Share / Comments (3)"); two
    // sentences over it are the article's text, the count under them opens the thread.
    const std::size_t reach = 8;
    bool sentence = false;
    for (std::size_t k = at; k > 0 && at - k < reach; --k) {
        const Block& above = blocks[k - 1];
        if (above.words < least_line)
            continue;
        if (!above.end_punct)
            return true;
        if (sentence)
            return false;
        sentence = true;
    }
    return !sentence;
}

// "66 Likes", "1498 shares", "12 Aufrufe": the count of a social widget (lexicon section counter_words) printed with
// each card of a list of other articles. A number or two, then the counted word.
bool social_count(const Block& b) {
    const std::size_t most_words = 3;
    const auto& words = b.lower_words();
    if (b.digits == 0 || words.size() < 2 || words.size() > most_words)
        return false;
    static const LexiconSection& counted = any_language_section("counter_words"); // (merged once)
    auto number = [](std::string_view w) { return text::is_digit(static_cast<unsigned char>(w.front())); };
    return std::all_of(words.begin(), words.end() - 1, number) && counted.has(words.back());
}

// "[ 3. März 2020 ] Die Fähren fahren wieder Hafen", "[ March 3, 2020 ] Ferries return to the pier News": a post's
// date in brackets, then its title (and its category): an entry of a blog's list of its latest posts.
bool dated_entry(const Block& b, std::string_view language) {
    const std::size_t widest_date = 40; // bytes between the brackets
    const int least_title = 3;          // words after them
    if (b.digits < 4 || b.words < least_title + 3 || b.text.front() != '[')
        return false;
    const std::size_t close = b.text.find(']');
    if (close == std::string::npos || close > widest_date ||
        text::split_ws(std::string_view(b.text).substr(close + 1), least_title).size() < least_title)
        return false;
    return read_dates(std::string_view(b.text).substr(1, close - 1), language).is_date_line;
}

// "The doctor calls the candidate “fit” and praises him. / He said the race was open.": a snippet piped in whole, whose
// sentences are all short sentences of running text (short_sentence()), has them for its text, from the first to the
// last: weighed one by one, the best of them would leave the others out. The lines around and between them are
// lines without a stop ("Home", a title). The sentences' [first, last], or nothing for a page with a line of text or a
// sentence of another kind (the first such line settles most pages).
std::optional<std::pair<std::size_t, std::size_t>> snippet_sentences(const Page& p) {
    const auto& blocks = p.blocks;
    std::optional<std::pair<std::size_t, std::size_t>> span;
    for (std::size_t k = 0; k < blocks.size(); ++k) {
        const Quality q = p.raw_quality[k];
        if (q == Quality::good || (blocks[k].end_punct && !short_sentence(blocks[k], p.language)))
            return std::nullopt;
        if (blocks[k].end_punct)
            span = span ? std::pair{span->first, k} : std::pair{k, k};
    }
    return span;
}

// "2. Die Linde von Schongau" over "3. Das Plateau beim Stierenberg", "4) Le phare" over "5) La plage": two lines
// opening with numbers one after the other, each closed by a stop or a parenthesis and a space, then a word.
bool numbered_pair(std::string_view above, std::string_view below) {
    auto number = [](std::string_view line) -> int {
        std::size_t k = 0;
        int value = 0;
        while (k < line.size() && k < 3 && text::is_digit(static_cast<unsigned char>(line[k])))
            value = value * 10 + (line[k++] - '0');
        if (k == 0 || k + 2 >= line.size() || (line[k] != '.' && line[k] != ')') || line[k + 1] != ' ')
            return -1;
        return value;
    };
    const int first = number(above);
    return first >= 0 && number(below) == first + 1;
}

// "<first paragraph> / The background / <one sentence> / The details / <one sentence> / What matters now / <one
// sentence>", "<erster Absatz> / Display / <ein Satz> / Akku / <ein Satz> / Fazit / <ein Satz>": an article whose
// sections hold one sentence each under a short heading, no list of cards. The pairs [i - 1, j) (texts at i, i + 2,
// ..., j - 2) stand right under a paragraph of prose; each heading is short (a few words, no link, no date, printed
// once on the page, no known label or button) and each text a sentence of prose printed once, without a link. A list
// of cards prints longer titles, or titles the page prints elsewhere too, with dates, links or read-times, and under a
// label ("Related", "Mehr zum Thema"), no paragraph, right over it.
// "03.12.2026, 06.00 Uhr", "March 3, 2026": line k is a date line (its figures asked first).
bool date_line_at(const Page& p, std::size_t k) {
    return p.blocks[k].digits > 0 && read_dates(p.blocks[k].text, p.language).is_date_line;
}

// Chinese and Japanese write a word in one to three letters and no space (a line is one word to segment()), and
// close a sentence with "。", "！" or "？" (Korean, spaced, with ". ! ?"): of a block written mostly in CJK letters,
// their count, and whether such a stop ends it (a closing bracket or quote mark perhaps after it).
struct CjkShape {
    std::size_t letters = 0;
    bool stop = false;
};

std::optional<CjkShape> cjk_shape(const Block& b) {
    // (Each CJK letter takes three bytes: a block of as many bytes as code points has none.)
    if (b.text.size() < b.chars + 2)
        return std::nullopt;
    CjkShape shape;
    for (std::size_t at = 0; at < b.text.size();)
        shape.letters += text::is_cjk_letter(text::next_cp(b.text, at));
    if (shape.letters * 2 <= static_cast<std::size_t>(b.letters))
        return std::nullopt;
    std::size_t end = b.text.size();
    char32_t last = text::prev_cp(b.text, end);
    while (end > 0 && (last == 0x300D || last == 0x300F || last == 0xFF09 || last == 0x201D))
        last = text::prev_cp(b.text, end);
    // ("…수 있습니다.": Korean closes its sentences with the ASCII marks.)
    shape.stop = last == 0x3002 || last == 0xFF01 || last == 0xFF1F || last == '.' || last == '!' || last == '?';
    return shape;
}

bool short_sections(const Page& p, std::size_t i, std::size_t j) {
    const auto& blocks = p.blocks;
    const int least_paragraph = 15, most_heading = 5, most_marked_heading = 8, least_sentence = 6;
    // (A word of English weighs about one CJK letter and a half: "ほうれん草" is a heading of one word or two.)
    auto cjk_words = [](std::size_t letters) { return letters * 2 / 3; };
    if (i < 2 || j > blocks.size())
        return false;
    const Block& over = blocks[i - 2];
    // "今回は、私が毎年ベランダで育てている葉物野菜を3つ紹介します。": a CJK paragraph counts its letters for words.
    auto cjk_prose = [&](std::size_t k, int least_words) {
        const auto shape = cjk_shape(blocks[k]);
        return shape && shape->stop && cjk_words(shape->letters) >= static_cast<std::size_t>(least_words);
    };
    if (over.urls > 0 || !((p.raw_quality[i - 2] == Quality::good && over.end_punct && over.words >= least_paragraph) ||
                           (textual(p.raw_quality[i - 2]) && cjk_prose(i - 2, least_paragraph))))
        return false;
    auto once = [&](std::size_t k) {
        return blocks[k].repeats == 0 && blocks[k].urls == 0 && !blocks[k].boilerplate && !p.terminator[k];
    };
    // ("What happens now / <sentence> / What the fruit growers are asking for / <sentence> / The criticism": when
    // most headings of the run are short, one may run longer; the titles of a list of cards run long all through.)
    std::size_t headings = 0, short_headings = 0;
    for (std::size_t k = i; k < j; k += 2, ++headings)
        short_headings += blocks[k - 1].words <= most_heading;
    const bool mostly_short = short_headings * 2 > headings;
    auto heading = [&](std::size_t k) {
        // ("📌 Lo que piden los agricultores", "#3 La crítica de la oposición", "II. Was die Bauern fordern": a heading
        // opened by a heading's mark may run longer; a card's title carries no such mark.)
        const int most =
            mostly_short || opens_with_heading_mark(blocks[k].text) ? most_marked_heading : most_heading;
        // ("■ ほうれん草", "二、内存成为最大瓶颈": a CJK heading counts its letters for words, no stop closing it.)
        const auto cjk = cjk_shape(blocks[k]);
        const bool cjk_heading =
            cjk && !cjk->stop && cjk->letters >= 2 && cjk_words(cjk->letters) <= static_cast<std::size_t>(most);
        return once(k) &&
               (cjk_heading ||
                (blocks[k].words <= most && (heading_like(blocks[k]) || numbered_part_title(blocks[k])))) &&
               !date_line_at(p, k);
    };
    // (A card's summary cut short trails off: "HAFEN: Ein Kran ist am Montag auf dem Ostkai umgestürzt, der Fahrer
    // konnte sich noch...".)
    auto sentence = [&](std::size_t k) {
        return once(k) &&
               ((blocks[k].end_punct && blocks[k].words >= least_sentence && sentence_shape(blocks[k])) ||
                cjk_prose(k, least_sentence)) &&
               !trails_off(blocks[k].text) && !date_line_at(p, k);
    };
    // (The line closing the last card, "Share" or the next heading, is no card's title: only the headings over the
    // texts are asked.)
    for (std::size_t k = i; k < j; k += 2)
        if (!heading(k - 1) || !sentence(k))
            return false;
    return true;
}

// "<paragraph> / Read more: Ashford Vale pool to close / How the council voted / Annual budget / For: 14 / Against: 8 /
// ... / <paragraph>", "Lesen Sie auch: <title>": a teaser's label with its title after the colon (a terminator for
// its label) over the tables of a vote amid the text ends nothing: the text goes on under them. Under the teaser a
// title and a label or so, a few words each without a final mark, then the rows of a table amid the text
// (table_amid_text(), which walks up over the teaser to the text).
bool teaser_over_table(const Page& p, std::size_t at) {
    const int most_label_words = 6;
    const std::size_t most_labels = 3, n = p.blocks.size();
    const std::string& line = p.blocks[at].text;
    const std::size_t colon = line.find(':');
    if (colon == std::string::npos || colon + 2 >= line.size())
        return false;
    std::size_t k = at + 1;
    for (std::size_t labels = 0; k < n && !table_row_line(p.blocks[k]); ++k)
        if (p.blocks[k].end_punct || p.blocks[k].words > most_label_words || ++labels > most_labels)
            return false;
    if (k >= n)
        return false;
    const TableRows rows = table_rows(p, k);
    return rows.table && table_amid_text(p, k, rows.end);
}

// "... across the M6. / The HGV overturned near junction 19 at around 5am, scattering fruit across three lanes. /
// Cheshire Police said ...": line k, rated bad between two paragraphs rated good (the caller's test), is a sentence of
// their text: six to forty words, a capital first, a full stop last, printed once, no link, separator or colon, the
// paragraphs on both sides closed by their stops. A caption between them ends without a stop or with a credit.
// ("... / Budowa trwała czternaście miesięcy i kosztowała 18 milionów złotych. / Mieszkańcy na nowej kładce / Fot.
// PAP/Jan Nowak / <paragraph>": `picture_under`, a credited picture under the sentence, over a line rated text:
// credited_picture_end(), whose caption needs no stop.)
bool text_between_paragraphs(const Page& p, std::size_t k, bool picture_under) {
    const int least_words = 6;
    const Block& b = p.blocks[k];
    return b.words >= least_words && b.text.back() == '.' && b.text.find(':') == std::string::npos &&
           text::starts_upper(b.text) && sentence_shape(b) && !p.terminator[k] && p.blocks[k - 1].end_punct &&
           (picture_under || p.blocks[k + 1].end_punct);
}

// Line k (rated bad, under a line rated good) over a credited picture (credited_picture_end()) that stands over a
// line rated text.
bool over_picture_over_text(const Page& p, std::size_t k) {
    const std::size_t end = credited_picture_end(p, k + 1);
    return end > k + 1 && end < p.blocks.size() && textual(p.raw_quality[end]);
}

// "Herr Harmsen, wie geht es dem Deich? / „Er hat gehalten. Das ist die Hauptsache.“ / Hatten Sie Angst? / „Ja. Die
// Nacht war lang.“ / ...": an interview whose questions stand as plain lines, each over its answer of a sentence or
// three, short lines rated against the region one by one. A run of three turns at least that each answer a question
// (answered_question(): a question of three words or more over a statement of five or more) is the article's text:
// the questions weigh nothing, the answers as much as a line of text rated near good, so that the interview under
// its first paragraph is not cut off. Within the run a turn may answer in fewer words ("Reicht das Geld? /
// „Diesmal schon.“"); a line ending on "?" over no statement, or a statement over no question, ends it.
// (A question mark last first: most lines end otherwise.)
void weigh_interview_turns(const Page& p, std::vector<double>& w) {
    const std::size_t least_turns = 3;
    const auto& blocks = p.blocks;
    const std::size_t n = blocks.size();
    auto asks = [&](std::size_t k) {
        const Block& q = blocks[k];
        return k + 1 < n && !q.text.empty() && q.text.back() == '?' && q.urls == 0 &&
               !q.boilerplate && q.repeats == 0;
    };
    auto turn = [&](std::size_t k) {
        const Block& a = blocks[k + 1];
        return asks(k) && a.end_punct && a.urls == 0 && !a.boilerplate && a.repeats == 0 && !question_line(a.text);
    };
    for (std::size_t i = 0; i + 1 < n;) {
        if (!turn(i)) {
            ++i;
            continue;
        }
        std::size_t j = i, answered = 0;
        for (; j + 1 < n && turn(j); j += 2)
            answered += answered_question(blocks, j);
        if (answered >= least_turns)
            for (std::size_t k = i; k < j; k += 2) {
                w[k] = std::max(w[k], 0.0);
                w[k + 1] = std::max(w[k + 1], static_cast<double>(p.length[k + 1]) * 0.5);
            }
        i = j;
    }
}

// "Photo gallery / Harvest parade in Moorfield: ... / Scenes from the weekend / 07/12/2026 / By Colin Ashby / 1/4 /
// Around 200 children in costume led the parade. Picture: Colin Ashby / 2/4 / ...", "Bildergalerie / ... / 1/4 / Rund
// 200 Kinder ... Bild: Jan Feld": a photo gallery's page, no paragraph of text, its slides a counter (slide_number())
// over a caption closed by its credit (split_trailing_credit(), or the credit alone on the next line), two of them at
// least, every caption rated bad for its credit. The slides stand in for the body, so that the head is read over
// them: [the first counter, the last caption or credit], or nothing when the page holds no such slides.
std::optional<std::pair<std::size_t, std::size_t>> gallery_slides(const Page& p) {
    const auto& blocks = p.blocks;
    const std::size_t n = blocks.size(), least_slides = 2, most_counter_bytes = 11;
    const int least_caption_words = 3, most_caption_words = 60;
    auto counter = [&](std::size_t k) {
        return blocks[k].digits > 0 && blocks[k].text.size() <= most_counter_bytes && gallery_counter(blocks[k]);
    };
    // (The slide at k: one past its last line, or k when there is none.)
    auto slide_end = [&](std::size_t k) {
        if (k + 1 >= n || !counter(k))
            return k;
        const Block& caption = blocks[k + 1];
        if (caption.words < least_caption_words || caption.words > most_caption_words || caption.urls > 0)
            return k;
        if (k + 2 < n && is_credit_line(blocks[k + 2]) && !is_credit_line(caption))
            return k + 3;
        return split_trailing_credit(caption) ? k + 2 : k;
    };
    for (std::size_t k = 0; k < n; ++k) {
        std::size_t end = slide_end(k), slides = 0, last = k;
        for (std::size_t at = k; end > at; at = end, end = slide_end(at)) {
            ++slides;
            last = end - 1;
        }
        if (slides >= least_slides)
            return std::pair{k, last};
    }
    return std::nullopt;
}

} // namespace

std::pair<std::size_t, std::size_t> main_region(const Page& p) {
    const auto& blocks = p.blocks;
    const std::size_t n = blocks.size();
    if (const auto snippet = snippet_sentences(p))
        return *snippet;
    std::vector<double> w(n);
    for (std::size_t i = 0; i < n; ++i) {
        // Context-free classes: a menu of short lines must not ride on the good blocks between its items.
        double len = static_cast<double>(p.length[i]);
        switch (p.raw_quality[i]) {
        case Quality::good: w[i] = len; break;
        case Quality::near_good: w[i] = len * 0.5; break;
        case Quality::short_: w[i] = (blocks[i].blank_before && blocks[i].blank_after) ? -5 : -std::max(10.0, len * 0.5); break;
        case Quality::bad: w[i] = -std::max(25.0, len); break;
        }
        // "<paragraph>" / "Photograph: Ballot boxes arrive at the count. Photograph: Jane Roe/Getty Images": a
        // picture's caption closed by its credit (split_trailing_credit()) right under a paragraph of the text is the
        // article's picture amid its text, weighing as a short line, however long. (Under the head's lines it may
        // stand over the text's first paragraph, where the region's start is weighed as it was.) (A stop and a slash
        // or a colon first: most lines have neither.)
        if (p.raw_quality[i] == Quality::bad && i > 0 && p.raw_quality[i - 1] == Quality::good &&
            blocks[i].words >= 6 && blocks[i].text.find(". ") != std::string::npos &&
            blocks[i].text.find_first_of("/:") != std::string::npos && split_trailing_credit(blocks[i]))
            w[i] = -10;
        // "<paragraph> / The HGV overturned near junction 19 at around 5am, scattering fruit across three lanes. /
        // <paragraph>": a sentence of the text between two paragraphs, names and figures for most of its words, is
        // rated bad for its few stopwords; between two lines rated good it weighs as a short line, so that the
        // paragraph under it is not cut off a short article (text_between_paragraphs()).
        if (p.raw_quality[i] == Quality::bad && i > 0 && i + 1 < n && p.raw_quality[i - 1] == Quality::good &&
            ((p.raw_quality[i + 1] == Quality::good && text_between_paragraphs(p, i, false)) ||
             (p.raw_quality[i + 1] != Quality::good && over_picture_over_text(p, i) &&
              text_between_paragraphs(p, i, true))))
            w[i] = -10;
        if ((p.terminator[i] && inline_box(p, i) == 0 && !next_article(p, i) && !header_comment_count(p, i) &&
             !count_over_text(p, i) && !share_button_in_text(p, i) && !teaser_over_table(p, i)) ||
            (author_bio(blocks[i]) && !people_amid_text(p, i)) || comment_header(blocks[i], p.language))
            w[i] = -2000;
    }
    // "<paragraph> / Read more / <title> / Skaters can take to the Kilbride ice rink from Saturday. / Share": a card's
    // summary under its title, which retells the title and not the story, weighs against the region, which would
    // otherwise ride on its length past the short lines of the box (card_summary_under()). (Most lines are no label.)
    for (std::size_t i = 0; i + 2 < n; ++i)
        if (blocks[i].words <= 10 && card_summary_under(p, i))
            w[i + 2] = -std::abs(w[i + 2]);
    weigh_live_entries(p, w);
    weigh_interview_turns(p, w);
    weigh_pictures_amid_text(p, w);
    // "66 Likes / Wildtiere / <title> / <summary> / 110 Likes / ...": a page that prints three counts at least prints
    // them with cards of other articles; each count opening a card (a title of three words at least, then a text
    // within a few lines) weighs against the region as much as a card's summary weighs for it, so that the cards under
    // the article leave it. (The article's own count, over its share buttons, opens no card.)
    {
        const double card_weight = 250; // the letters of a summary of two sentences
        const std::size_t least_counts = 3, card_lines = 3;
        const int least_summary = 10; // words of text, cut short or not
        auto opens_card = [&](std::size_t i) {
            for (std::size_t j = i + 2; j < n && j <= i + card_lines; ++j)
                if (textual(p.raw_quality[j]) && blocks[j].words >= least_summary && blocks[j - 1].words >= 3)
                    return true;
            return false;
        };
        std::vector<std::size_t> counts;
        for (std::size_t i = 0; i < n; ++i)
            if (blocks[i].digits > 0 && social_count(blocks[i]))
                counts.push_back(i);
        if (counts.size() >= least_counts)
            for (std::size_t i : counts)
                if (opens_card(i))
                    w[i] = std::min(w[i], -card_weight);
    }
    // "$ cd pier / $ hg pull / [...] / $ hg update": the lines of a block of code weigh nothing, for or against the
    // region, though few of their words are stopwords: a tutorial's text goes on under its code. (Two lines of code
    // at most two lines apart; a lone line of code shape stays as it is rated.)
    {
        const auto& code = p.code;
        const std::size_t near = 2;
        for (std::size_t i = 0; i < n; ++i) {
            if (!code[i] || w[i] >= 0) // (most lines: their neighbours are not looked at)
                continue;
            bool paired = false;
            for (std::size_t j = i > near ? i - near : 0; j < n && j <= i + near && !paired; ++j)
                paired = j != i && code[j];
            if (paired)
                w[i] = 0;
        }
    }
    // "... on Sunday. / Standings / Pos<TAB>Team<TAB>Points / 1<TAB>Racing<TAB>58 / ... / The next match ...": the rows
    // of a table (three lines of cells at least, glued to each other) between paragraphs of text, each a line or
    // two away from it (its label between), weigh nothing either: the article goes on under its table.
    // "... published on Thursday. / Average price by district / Town centre 312,000 / Northfield 264,000 / Riverside
    // 287,000 / Source: County Statistics Office / <paragraph>", "Innenstadt 13,80 Euro", "2024 201": so do the rows
    // of a table printed without its tabs (a label and its figures, figures alone: short_figure_row(), table_row()),
    // and the line under them naming their source (text_source_credit(): "Source:", "Quelle:", "Fonte:").
    // "Das Ergebnis / Partei | Stimmen in Prozent | Sitze / Sozialliberale | 38,2 | 64 / ...": so do rows whose cells
    // are parted by bars, and their header of words glued over them (table_header_over()), no menu of links.
    for (std::size_t i = 0; i < n;) {
        if (!table_row_line(blocks[i])) {
            ++i;
            continue;
        }
        const TableRows rows = table_rows(p, i);
        const std::size_t top = rows.table ? table_header_over(p, i) : i;
        if (rows.table && table_amid_text(p, top, rows.end))
            for (std::size_t k = top; k < rows.end; ++k)
                w[k] = std::max(w[k], 0.0);
        i = rows.end;
    }
    // "... the water committee. / £25 / could pay for a spare parts kit / £60 / could train a pump mechanic / Donate
    // today / The challenge ahead / <text>": a charity's box of amounts and its button between two parts of the story
    // weighs nothing either: the story goes on under it (donation_boxes.cpp).
    for (std::size_t i = 0; i < n; ++i)
        if (blocks[i].digits > 0 && w[i] < 0)
            if (const std::size_t end = donation_box_end(p, i); end != 0) {
                for (std::size_t k = i; k <= end; ++k)
                    w[k] = std::max(w[k], 0.0);
                i = end;
            }
    // A mega-menu or a list of cards: "WebMD Pain Coach / Track your pain levels. / WebMD Pill Identifier / ...".
    // A one-sentence text between two title-like lines describes a link; it does not carry the region.
    auto title_line = [&](std::size_t k) {
        return p.raw_quality[k] != Quality::good && p.raw_quality[k] != Quality::near_good && blocks[k].words <= 8 &&
               !blocks[k].end_punct && !marked_heading(blocks[k].text);
    };
    // Three cards in a row at least (title, text, title, text, title, text, title), so that a short paragraph
    // between two headings of an article keeps its weight. "2. Die Linde von Schongau / <text> / 3. Das Plateau":
    // a text between two titles numbered one after the other is an item of a list article (numbered_pair()).
    // "17h55 / Le Haut-Valais a nettement voté pour ... / 17h12": nor is a live text's entry under its time stamp
    // (entry_stamp()), which weigh_live_entries() weighed for the region.
    auto card = [&](std::size_t i) {
        return i >= 1 && i + 1 < n && w[i] > 0 && blocks[i].words <= 25 && title_line(i - 1) && title_line(i + 1) &&
               !numbered_pair(blocks[i - 1].text, blocks[i + 1].text) && !entry_stamp(blocks[i - 1]);
    };
    const std::size_t least_cards = 3;
    std::vector<std::pair<std::size_t, std::size_t>> sections; // runs of short sections: [i, j) as card() reads them
    for (std::size_t i = 1; i + 1 < n;) {
        std::size_t j = i;
        // "Corinne Zurflüh / 03.12.2026, 06.00 Uhr / <first paragraph> / 1. Der Aussichtsturm": the article's date
        // line over its first paragraph is no card's title; the cards start under it.
        if (card(j) && date_line_at(p, j - 1))
            j = i += 2;
        while (card(j))
            j += 2;
        if ((j - i) / 2 >= least_cards) {
            // "<headline> / <first paragraph> / ■ <heading> / <paragraph> / ...": the article's first paragraph under
            // its headline, read as a card's text, is the paragraph over its short sections, which start under it.
            const std::size_t from = !short_sections(p, i, j) && short_sections(p, i + 2, j) ? i + 2 : i;
            if (short_sections(p, from, j))
                sections.emplace_back(from, j);
            for (std::size_t k = from; k < j; k += 2)
                w[k] = -w[k] * 0.5;
            i = j;
        } else {
            ++i;
        }
    }
    // Short sections under the article's paragraph keep their weight: the paragraph over them is in the best run
    // without them. (A mega-menu's goals under its own paragraph, "Ziele / Zeit für neues Denken / <paragraph> /
    // <title> / <sentence> / ...", stand far over the article's region.)
    if (!sections.empty()) {
        const auto [s, e, sum] = max_run(w, 0, n);
        for (const auto& [i, j] : sections)
            if (s <= i - 2 && i - 2 <= e)
                for (std::size_t k = i; k < j; k += 2)
                    w[k] = -w[k] * 2;
    }
    // A news ticker: "14:44 Ferries return to the pier", "14:32 Council votes the bill", ... with a text under some
    // of its items, or a list of the latest posts, "[ 3. März 2020 ] Die Fähren fahren wieder Hafen". Three
    // time-stamped or dated titles close to each other at least; everything from the first to the last counts against
    // the region, wherever the list stands.
    // (Both open with a figure, a time or a date: a line without one, most lines, is settled by its count of them.)
    auto entry = [&](std::size_t k) {
        return blocks[k].digits > 0 && (ticker_line(blocks[k].text) || dated_entry(blocks[k], p.language));
    };
    const std::size_t ticker_gap = 6;
    for (std::size_t i = 0; i < n;) {
        if (!entry(i)) {
            ++i;
            continue;
        }
        std::size_t last = i, items = 1;
        for (std::size_t j = i + 1; j < n && j <= last + ticker_gap; ++j)
            if (entry(j)) {
                last = j;
                ++items;
            }
        if (items >= 3)
            for (std::size_t k = i; k <= last; ++k)
                w[k] = -std::max(25.0, std::abs(w[k]));
        i = last + 1;
    }
    // Comment threads and related lists can outweigh a short article: once a terminator closes a run of
    // article text (not a "Comments" link among menu items), what comes after it counts for less.
    const double factor = 0.5;
    // The run is the best one since the last terminator: a paragraph followed by a few share buttons still closed
    // a run of text when the terminator comes.
    double run = 0, best_run = 0;
    bool after_end = false;
    for (std::size_t i = 0; i < n; ++i) {
        if (after_end && w[i] > 0)
            w[i] *= factor;
        if (w[i] <= -2000) {
            after_end = after_end || best_run >= 100;
            run = best_run = 0;
            continue;
        }
        run = std::max(0.0, run + w[i]);
        best_run = std::max(best_run, run);
    }
    auto [best_s, best_e, best] = max_run(w, 0, n);
    // (A page with no line of text rated good: a photo gallery's slides are its body, gallery_slides().)
    if (std::none_of(p.raw_quality.begin(), p.raw_quality.end(), [](Quality q) { return q == Quality::good; }))
        if (const auto slides = gallery_slides(p))
            return *slides;
    // "5 Kommentare zu „...“" right above the best run: that run is the comment thread, longer than a short
    // article. The article is the best run before the thread when it holds a few lines of text.
    for (std::size_t t = best_s; t-- > 0 && t + 4 > best_s;) {
        if (w[t] > -2000)
            continue;
        auto [s, e, sum] = max_run(w, 0, t);
        if (sum >= 250) {
            return trim_region(p, s, e);
        }
        break;
    }
    // "... two paragraphs / Related topics / Harbour / 14:05 / Ferries return / ... / the article goes on": a box of
    // links with a title that ends nothing cuts the article in two; its first part, prose right up to the box, joins
    // the best run when nothing between the box and the run is prose.
    const std::size_t widest_box = 20;
    for (std::size_t t = best_s; t-- > 0 && t + widest_box > best_s;) {
        if (p.raw_quality[t] == Quality::good)
            break;
        if (w[t] > -2000)
            continue;
        if (t + 4 > best_s || t < 2)
            break;
        auto prose = [&](std::size_t k) { return p.raw_quality[k] == Quality::good && blocks[k].end_punct; };
        // A related link or a share button may stand between the prose and the box.
        std::size_t j = t - 1;
        while (j > 1 && t - j < 3 && !prose(j))
            --j;
        if (prose(j) && prose(j - 1)) {
            std::size_t start = j - 1;
            while (start > 0 && prose(start - 1))
                --start;
            best_s = start;
        }
        break;
    }
    auto listed = whole_lists(p, best_s, best_e);
    auto trimmed = trim_region(p, lead_over_contents(p, listed.first), listed.second);
    return {clauses_over(p, ingredients_over(p, trimmed.first)), trimmed.second};
}

} // namespace archive
