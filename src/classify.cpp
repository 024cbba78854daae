// The classify stage (classify()): classify_blocks() runs its phases in order over the Page (page.hpp), from the
// lines' measures and the article's region through the metadata, the opening, the tables of contents and the
// section loop (build_sections(), sections_build.cpp) to what follows the article and the lines kept as boilerplate.
#include "classify.hpp"
#include "byline_desks.hpp"
#include "capture_toolbar.hpp"
#include "contents_runs.hpp"
#include "company_boxes.hpp"
#include "match_sections.hpp"
#include "page.hpp"
#include "own_name_credits.hpp"
#include "own_names.hpp"
#include "thread_controls.hpp"

#include "bylines.hpp"
#include "opinion_bylines.hpp"
#include "report_credits.hpp"
#include "code_runs.hpp"
#include "lexicon.hpp"
#include "region_parts.hpp"
#include "text.hpp"

#include <algorithm>
#include <cstdio>

namespace archive {

namespace {

void add_boilerplate(Article& a, const std::string& line) {
    a.boilerplate.push_back(line);
}

#ifdef ARCHIVE_DEBUG_CLASSIFY
// The lines of the page with their qualities and roles, on stderr ([rs, re] the region).
void print_lines(const Page& p, std::size_t rs, std::size_t re) {
    const std::vector<Block>& blocks = p.blocks;
    const std::size_t n = blocks.size();
    static const char* qn[] = {"bad", "short", "near", "good"};
    static const char* rn[] = {"-",       "boiler", "kicker", "HEADLN", "lede", "byline",   "date",
                               "caption", "credit", "HEAD",   "para",   "source", "dup"};
    for (std::size_t k = 0; k < n; ++k)
        std::fprintf(stderr, "%4zu %c %-5s/%-5s %-6s w%-3d x%d %.90s%s\n", k, (k >= rs && k <= re) ? '*' : ' ',
                     qn[static_cast<int>(p.raw_quality[k])], qn[static_cast<int>(p.quality[k])],
                     rn[static_cast<int>(p.role[k])], blocks[k].words, blocks[k].repeats, blocks[k].text.c_str(),
                     is_terminator(blocks[k]) ? "  [END]" : "");
}
#endif

// "Bildunterschrift: Die alte Brücke ist marode" (labelled_caption()): a caption line whose picture holds the text after
// a label keeps that label with the boilerplate, so the record holds every piece of the line. (A credit printed before
// its caption is held by the picture's credit already.)
// The pictures are looked at from `next`, the one after the last caption line's, round to it: the caption lines come
// in the pictures' order, so a page's lines find theirs at once, where reading from the first picture each time cost a
// gallery of thousands of captions a quadratic number of searches.
void keep_caption_label(Article& a, std::string_view line, std::size_t& next) {
    const std::size_t count = a.media.size();
    for (std::size_t i = 0; i < count; ++i) {
        const std::size_t at_picture = (next + i) % count;
        const Media& m = a.media[at_picture];
        if (!m.caption || m.caption->empty())
            continue;
        const std::size_t at = line.find(*m.caption);
        if (at == std::string_view::npos)
            continue;
        next = at_picture + 1;
        const std::string_view before = text::trim(line.substr(0, at));
        const std::string_view after = text::trim(line.substr(at + m.caption->size()));
        // ("Photo : <caption> Photo : Jane Roe": the label before the caption is its own when the credit after it
        // holds the credit's label again.)
        const bool credit_before = m.credit && m.credit->find(before) != std::string::npos &&
                                   after.find(*m.credit) == std::string_view::npos;
        if (!before.empty() && !credit_before)
            add_boilerplate(a, std::string(before));
        // ("... befahren werden. (3/12) Foto: X": the gallery's counter after the caption, drop_caption_counters().)
        if (const std::string_view counter = after.substr(0, after.find(')') + 1); closing_caption_counter(counter))
            add_boilerplate(a, std::string(counter));
        // ("Il molo all'alba - RIPRODUZIONE RISERVATA" / "Foto: ANSA": the rights notice glued to a caption whose
        // credit is the credit's line under it, collect_media(), names nobody and is kept here.)
        static const LexiconSection* rights = common_lexicon().section("caption_rights_tails"); // (looked up once)
        if (!after.empty() && m.credit && rights != nullptr) {
            const std::string low = text::lower(after), credit = text::lower(*m.credit);
            if (std::any_of(rights->entries.begin(), rights->entries.end(), [&](std::string_view notice) {
                    return std::string_view(low).ends_with(notice) && credit.find(notice) == std::string::npos;
                }))
                add_boilerplate(a, std::string(after));
        }
        return;
    }
}

// The lines without a role, the bylines and the date lines are kept with the boilerplate (`owned` as in
// classify_blocks()).
void keep_boilerplate(Page& p, std::vector<Block>* owned) {
    const std::vector<Block>& blocks = p.blocks;
    const std::size_t n = blocks.size();
    Article& a = p.article;
    // Everything else is kept, in input order, so nothing is lost. Byline and date lines are kept verbatim
    // too: their parsed fields do not hold the line as printed.
    // (Room for all of them at once, and for a glued date: the list is not grown, and its strings moved, again and
    // again.)
    const auto kept_lines = std::count_if(p.role.begin(), p.role.end(), [](Role r) {
        return r == Role::none || r == Role::boilerplate || r == Role::byline || r == Role::date;
    });
    a.boilerplate.reserve(a.boilerplate.size() + static_cast<std::size_t>(kept_lines) + 1);
    std::size_t next_picture = 0; // (keep_caption_label())
    for (std::size_t k = 0; k < n; ++k) {
        switch (p.role[k]) {
        case Role::none:
        case Role::boilerplate:
        case Role::byline:
        case Role::date:
            if (owned != nullptr)
                a.boilerplate.push_back(std::move((*owned)[k].text));
            else
                add_boilerplate(a, blocks[k].text);
            break;
        case Role::headline:
        case Role::kicker:
        case Role::lede:
        case Role::source_tag: {
            std::string_view line = blocks[k].text;
            if (p.role[k] == Role::headline && !p.glued_date.empty()) {
                add_boilerplate(a, p.glued_date);
                if (line.starts_with(p.glued_date))
                    line.remove_prefix(p.glued_date.size());
            }
            // A line given the role of a field that holds one line, which the field does not hold (a second agency
            // line when the record had its source tag), is kept too: every rule giving these roles is meant to fill
            // the field, and a miss among them must not lose the line.
            // ("摘要：<standfirst>": the label of a standfirst that the lede holds without it, cjk_labelled_lede().)
            if (p.role[k] == Role::lede && a.lede && line.size() > a.lede->size() && line.ends_with(*a.lede)) {
                add_boilerplate(a, std::string(text::trim(line.substr(0, line.size() - a.lede->size()))));
                break;
            }
            if (!held_by_line_fields(a, line)) {
                if (owned != nullptr)
                    a.boilerplate.push_back(std::move((*owned)[k].text));
                else
                    add_boilerplate(a, blocks[k].text);
            }
            break;
        }
        case Role::caption:
            keep_caption_label(a, blocks[k].text, next_picture);
            break;
        default:
            break;
        }
    }
}

// The measures of the page's lines before any role is given: each one's length, its quality (on its own, then
// among its neighbours), its shapes of a terminator and of code, the lines of a recipe; every role none.
void rate_blocks(Page& p) {
    const std::vector<Block>& blocks = p.blocks;
    const std::size_t n = blocks.size();
    const std::string_view language = p.language;
    p.role.assign(n, Role::none);
    p.soft_caption.assign(n, false);
    p.no_byline_date.assign(n, false);
    p.quality.resize(n);
    p.length.resize(n);
    p.terminator.resize(n);
    p.code.resize(n);
    // A line the page prints again (a menu's entry, a share button, a teaser's label: a sixth of a page's lines) is
    // measured as its first print was: each measure here reads the block's text and the features segment() read from
    // it, the same for every print. segment() gives the prints of a line one lower-cased copy (measure_words), at
    // places that grow from one line to the next: the first prints of the repeated lines, listed in order, are sorted by
    // that place, and a later print finds its first by a binary search. (Taken only for the same text and features:
    // blocks made otherwise are measured each.)
    struct Print {
        const char* lower;
        std::size_t block;
    };
    std::vector<Print> firsts;
    auto same_line = [](const Block& a, const Block& b) {
        return a.lower.data() == b.lower.data() && a.lower.size() == b.lower.size() && a.text == b.text &&
               a.chars == b.chars && a.words == b.words && a.letters == b.letters && a.digits == b.digits &&
               a.upper_initial == b.upper_initial && a.urls == b.urls && a.separators == b.separators &&
               a.end_punct == b.end_punct && a.boilerplate == b.boilerplate;
    };
    for (std::size_t i = 0; i < n; ++i) {
        const Block& b = blocks[i];
        p.length[i] = b.chars; // (counted by segment())
        if (b.repeats > 0 && !b.lower.empty()) {
            if (firsts.empty() || b.lower.data() > firsts.back().lower) {
                firsts.push_back({b.lower.data(), i});
            } else if (auto at = std::lower_bound(firsts.begin(), firsts.end(), b.lower.data(),
                                                  [](const Print& f, const char* l) { return f.lower < l; });
                       at != firsts.end() && at->lower == b.lower.data() && same_line(blocks[at->block], b)) {
                p.quality[i] = p.quality[at->block];
                p.terminator[i] = p.terminator[at->block];
                p.code[i] = p.code[at->block];
                continue;
            }
        }
        p.quality[i] = block_quality(b, language, p.length[i]);
        p.terminator[i] = is_terminator(b);
        p.code[i] = code_line(b);
    }
    // (A company box's title without a legal form is known by the paragraph under it.)
    mark_company_boxes(p);
    // ("Add a comment" under each post of a question-and-answer thread ends that post, not the thread.)
    unmark_thread_controls(p);
    mark_linked_teasers(blocks, p.quality);
    p.raw_quality = p.quality;
    resolve_context(p.quality);
    p.ingredient = ingredient_lines(blocks);
    p.recipe_fact = recipe_facts(blocks, p.ingredient);
}

// Lines printed twice, one under the other or under a label between them: the repeat is a duplicate.
void mark_duplicates(Page& p) {
    const std::vector<Block>& blocks = p.blocks;
    const std::size_t n = blocks.size();
    // A line repeated next to itself is one block (a caption printed as alt text and as figure caption).
    for (std::size_t i = 1; i < n; ++i)
        if (blocks[i].text == blocks[i - 1].text)
            p.role[i] = Role::duplicate;
    // "Gunmen stormed the harbour museum. / Caption / Gunmen stormed the harbour museum.": a video's caption printed
    // again under the player's label of a word or two, which goes with the repeat. A sentence or two: a title, or a
    // paragraph, printed again under a label is no caption.
    for (std::size_t i = 2; i < n; ++i)
        if (p.role[i] == Role::none && p.role[i - 1] == Role::none && blocks[i].words >= 3 && blocks[i].words <= 30 &&
            blocks[i].end_punct && blocks[i - 1].words <= 2 && !blocks[i - 1].end_punct &&
            blocks[i].text == blocks[i - 2].text) {
            p.role[i] = Role::duplicate;
            p.role[i - 1] = Role::boilerplate;
        }
}

// "“A field that took ten thousand years to build can be lost in one county meeting.”", "“When the choice is between a
// bin round and a care package, the bin round loses”": a line that is one quoted sentence, with or without its stop
// inside the marks, and holding no other mark -> that sentence; otherwise empty.
std::string_view quoted_sentence(const Block& b) {
    const int least_words = 8; // a pull quote is a sentence; a quoted title is shorter, and has no stop
    if (b.words < least_words || b.urls > 0)
        return {};
    const std::string_view t = b.text;
    std::size_t from = 0, to = t.size();
    const char32_t open = text::next_cp(t, from), close = text::prev_cp(t, to);
    if (from >= to || !(open == '"' || text::is_open_quote(open)) || !text::is_quote_mark(close))
        return {};
    const std::string_view inner = text::trim(t.substr(from, to - from));
    if (inner.empty())
        return {};
    for (std::size_t i = 0; i < inner.size();)
        if (text::is_quote_mark(text::next_cp(inner, i)))
            return {}; // "“Q1,” she said. “Q2.”": a paragraph of its own
    return inner;
}

// "... Once it is paved, it does not come back. A field that took ten thousand years to build can be lost in one county
// meeting. / <a paragraph> / “A field that took ten thousand years to build can be lost in one county meeting.” /
// <text>": a pull quote, a sentence of a paragraph a few lines off printed again alone in quote marks between the
// paragraphs, is boilerplate: a copy, though not of the whole line. (A title quoting the words right under it heads
// them: a live blog's entry.)
//
// "... But when the choice is between a bin round and a care package, the bin round loses. / <paragraph> / “When the
// choice is between a bin round and a care package, the bin round loses”": a pull quote may drop the sentence's stop
// and capitalise its first word; such a line, inside the article's region [rs, ...), repeats a sentence above it,
// whatever the case of its letters (a quoted headline over the article may repeat the words of a paragraph under it).
void mark_pull_quotes(Page& p, std::size_t rs) {
    const std::vector<Block>& blocks = p.blocks;
    const std::size_t n = blocks.size(), reach = 30;
    for (std::size_t i = 0; i < n; ++i) {
        if (p.role[i] != Role::none || blocks[i].text.size() < 2)
            continue;
        // The quoted sentence closed by its stop, or one without it inside the region. (The line is read once for
        // both.)
        const std::string_view quoted_words = quoted_sentence(blocks[i]);
        const char last = quoted_words.empty() ? '\0' : quoted_words.back();
        const std::string_view sentence = last == '.' || last == '!' || last == '?' ? quoted_words : "";
        const std::string_view stopless = sentence.empty() && i > rs ? quoted_words : "";
        if (!stopless.empty()) {
            const std::string lowered = text::lower(stopless);
            for (std::size_t j = i > reach ? i - reach : 0; j + 1 < i; ++j)
                if (blocks[j].words > blocks[i].words && blocks[j].lower.find(lowered) != std::string::npos) {
                    p.role[i] = Role::boilerplate;
                    break;
                }
            continue;
        }
        if (sentence.empty())
            continue;
        // "«Wer eine Rasse retten will, muss geduldig sein.»" over "... «Wer eine Rasse retten will, muss geduldig
        // sein», sagt er.", "“... read the wind first,” he says.": the words the text quotes, closed there by their
        // mark (after a comma) and the attribution, not by the stop.
        const std::string_view quoted = sentence.substr(0, sentence.size() - 1);
        auto quoted_in = [&quoted](std::string_view other) {
            for (std::size_t at = other.find(quoted); at != std::string_view::npos; at = other.find(quoted, at + 1)) {
                std::size_t before = at, after = at + quoted.size();
                if (after < other.size() && other[after] == ',')
                    ++after;
                if (before > 0 && after < other.size() && text::is_quote_mark(text::prev_cp(other, before)) &&
                    text::is_quote_mark(text::next_cp(other, after)))
                    return true;
            }
            return false;
        };
        for (std::size_t j = i > reach ? i - reach : 0; j < n && j <= i + reach; ++j) {
            const std::string_view other = blocks[j].text;
            if (j == i || j == i + 1 || blocks[j].words <= blocks[i].words)
                continue;
            const std::size_t at = other.find(sentence);
            if ((at != std::string_view::npos && (at == 0 || other[at - 1] == ' ')) || quoted_in(other)) {
                p.role[i] = Role::boilerplate;
                break;
            }
        }
    }
}

// The title of a box of links inside the article's region [rs, re] and the titles it lists (see inline_box()).
// "Mehr zum Thema / <title> / <title> / (blank) / Umweltverbände begrüßen Planung / (blank) / <paragraph>": a box
// printed tight, its label and titles without a blank line between them, ends at the first blank line; the line after
// it, over the paragraph, heads the article's next section.
void drop_inline_boxes(Page& p, std::size_t rs, std::size_t re) {
    for (std::size_t k = rs; k <= re; ++k)
        if (p.role[k] == Role::none && p.terminator[k])
            if (std::size_t resume = inline_box(p, k); resume > k) {
                const bool tight = !p.blocks[k + 1].blank_before;
                for (std::size_t box = k; k < resume; ++k) {
                    if (tight && k > box + 1 && p.blocks[k].blank_before)
                        break;
                    if (p.role[k] == Role::none)
                        p.role[k] = Role::boilerplate;
                }
                k = resume - 1;
            }
}

// "Ouest-France Gaël Le Bras.", "Harbour Post Jane Roe": the site's name printed before the author's on the byline's
// line, the page's first line or a short line it prints again elsewhere (its masthead, its footer), is no part of
// the name: an author opening with such a line and a space keeps the two words or more after it.
void drop_outlet_before_authors(Page& p) {
    const int most_outlet_words = 3;
    const std::size_t fewest_name_words = 2;
    for (std::string& author : p.article.authors)
        for (std::size_t k = 0; k < p.blocks.size(); ++k) {
            const Block& b = p.blocks[k];
            if (b.words > most_outlet_words || b.end_punct || (k > 0 && b.repeats == 0) ||
                author.size() <= b.text.size() + 1 || !author.starts_with(b.text) || author[b.text.size()] != ' ')
                continue;
            const std::string_view rest = std::string_view(author).substr(b.text.size() + 1);
            if (text::split_ws(rest).size() >= fewest_name_words && text::starts_upper(rest)) {
                author = std::string(rest);
                break;
            }
        }
}

// classify() of the blocks; `owned` is the same blocks when the caller spends them: the lines kept as boilerplate,
// the last use of their texts, are then moved into the record instead of copied.
// `own_names`, when given, takes the page's own names (read before any line's text is moved into the record).
Article classify_blocks(const std::vector<Block>& blocks, std::string_view language, std::vector<Block>* owned,
                        std::vector<std::string>* own_names = nullptr) {
#ifdef ARCHIVE_DEBUG_CLASSIFY
    owned = nullptr; // (the listing of the lines at the end prints each one's text: none is moved out)
#endif
    Page p{blocks, std::string(language), {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}};
    Article& a = p.article;
    const std::size_t n = blocks.size();
    if (!language.empty())
        a.language = std::string(language);
    if (n == 0)
        return a;
    if (own_names != nullptr)
        *own_names = own_names_for_quotes(own_names_of(p));
    rate_blocks(p);
    // The article's region [rs, re]: its start moves once the headline is known.
    const auto region = main_region(p);
    std::size_t re = region.second;
    // The region opening inside the parts a table of contents lists opens at the first of them.
    p.toc_lines = unnumbered_contents_lines(blocks);
    std::size_t rs = open_at_contents_heading(p.toc_lines, region.first, re);
    // The lines of code read from their neighbours (a block between its brackets, a configuration's sections) are the
    // text's once the region is found, not before: a page's script or its data printed under the text ("{",
    // "\"@type\": ...", "}") weighs nothing for the region.
    mark_code_runs(blocks, p.code);
    keep_sections_under_match_box(p, rs, re);
    re = past_match_facts(p, rs, re);
    restore_list_lines(p, rs, re);

    mark_duplicates(p);
    mark_capture_toolbar(p);
    mark_pull_quotes(p, rs);

    // Metadata lines anywhere near the article: bylines, dates, credits and the captions they close.
    std::size_t head_from = rs > 45 ? rs - 45 : 0;
    mark_metadata(p, head_from, rs, re);

    // Media: the credits and the captions they close.
    caption_under_marker(p, rs, re);
    collect_media(p, head_from, re);
    collect_gallery_under(p, re);

    // The headline, its kicker and the lede; the region may open further up or down.
    rs = mark_opening(p, rs, re);
    // A live blog's first entry, its stamp and title right over the region's text, opens the region.
    rs = entry_over_region(p, rs);
    // A heading opening the body, under the byline or date lines or a pinned label, opens the region.
    rs = heading_over_region(p, rs, re);
    // A date over or inside the headline may give way to the one under it.
    date_under_headline(p);
    // A name opening a date line that the page prints as a place is the dateline's, no author.
    drop_place_authors(p);
    // A place alone over the date line, under the head's lines, is the byline block's, no heading.
    drop_place_over_date(p);
    // The site's name printed before an author's on the same line is no part of the name.
    drop_outlet_before_authors(p);
    // A page with no byline yet: the names alone on a line under the headline.
    mark_names_under_headline(p);
    // Or a name known as the author's by the line beside it (a reading time, a job title), or a signature.
    mark_names_by_neighbours(p, head_from, re);
    // Or the names alone under the date line, or a first name or a handle signing under the headline.
    mark_names_under_date(p, head_from, re);
    mark_lone_byline_under_headline(p);
    // Or the columnist's name over the headline, under the label of an opinion column.
    mark_name_over_opinion_head(p);
    // Or a line far under the text that signs the post by itself ("Posted by Jane Roe at 18:52").
    mark_far_byline(p, re);
    // Or a byline closing the standfirst after its last sentence.
    byline_closing_lede(p);
    // Or a reporter's credit closing the standfirst or a video's description.
    mark_report_credit(p);
    // The author's note under the byline, no paragraph of the text.
    drop_author_note(p, re);
    // The names under the headline that no rule read as a byline, over the lede.
    drop_names_over_lede(p);
    // A stop-less sentence under the byline's lines, over the text: the top picture's caption, printed uncredited.
    caption_under_byline(p, re);

    mark_galleries(p, rs, re);
    // The boxes of the region: a subscribers' badge over the text, the list of titles over a closing correction, the
    // note on the article's fact check, the author's box, teaser cards, inline boxes, a readers' poll, a newsletter's
    // sign-up box.
    drop_paywall_badges(p, rs, re);
    drop_titles_over_note(p, rs, re);
    drop_fact_check_notes(p, rs, re);
    drop_author_box(p, rs, re);
    drop_teaser_cards(p, rs, re);
    drop_inline_boxes(p, rs, re);
    drop_polls(p, rs, re);
    drop_signup_boxes(p, rs, re);
    keep_live_entries(p, rs, re);

    // The tables of contents, and the copies of the lines printed more than once.
    const Contents toc = find_contents(p, rs, re);
    const std::vector<char> notes = note_lines(blocks);
    build_sections(p, rs, re, toc, notes, owned);
    // What follows the article.
    add_end_matter(p, re, toc, notes);
    add_author_section(p, re);
    tidy_author_names(a);
    read_source_tag(p, re);
    drop_lone_dateline(p, rs, re, owned);

#ifdef ARCHIVE_DEBUG_CLASSIFY
    print_lines(p, rs, re);
#endif
    drop_caption_counters(a);
    drop_caption_picture_labels(a);
    keep_boilerplate(p, owned);
    return std::move(a); // the page's own record, not copied
}

} // namespace

Article classify(const std::vector<Block>& blocks, std::string_view language) {
    return classify_blocks(blocks, language, nullptr);
}

Article classify(std::vector<Block>&& blocks, std::string_view language) {
    return classify_blocks(blocks, language, &blocks);
}

Article classify(std::vector<Block>&& blocks, std::string_view language, std::vector<std::string>& own_names) {
    return classify_blocks(blocks, language, &blocks, &own_names);
}

} // namespace archive
