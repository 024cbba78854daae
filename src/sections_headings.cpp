// The rules of the section loop (sections_build.cpp) that tell whether a line of a heading's shape heads the text
// below it: the teasers of other articles and the titles of graphics, the items of lists, the lines of captions and
// pictures, a line under what the body leaves out, quoted titles and questions under a picture.
#include "sections_parts.hpp"

#include "bylines.hpp"
#include "classify.hpp"
#include "company_boxes.hpp"
#include "donation_boxes.hpp"
#include "figure_tables.hpp"
#include "headline_parts.hpp"
#include "letters.hpp"
#include "page.hpp"
#include "press_datelines.hpp"
#include "region_parts.hpp"

#include "lexicon.hpp"
#include "text.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <string_view>
#include <vector>

namespace archive {

namespace {

// The line opens with a quotation mark (or an apostrophe used as one): a line of somebody's words.
bool opens_quoted(const Block& x) {
    std::size_t at = 0;
    const char32_t cp = text::next_cp(x.text, at);
    return text::is_quote_mark(cp) || cp == '\'';
}

// "Title / One sentence of summary. / By Jane Doe": a teaser of another article in a list of them, the text at
// `next` its summary; a section of the article is not signed.
bool teaser_summary(const SectionLoop& s, std::size_t next) {
    const Page& p = s.p;
    const std::vector<Block>& blocks = s.blocks;
    const std::size_t re = s.re;
    std::size_t after = next + 1;
    while (after <= re && after < next + 3 && p.role[after] == Role::duplicate)
        ++after;
    // "<heading> / <its paragraph> / Sujet TV: Anne Roux / Adaptation web: jfe", "... / Text: Anna Muster": the
    // credits closing the region, each a label that names an author only before a colon (colon_only_label()), sign
    // the whole text, no teaser.
    const auto credit = [&](std::size_t j) {
        const std::size_t colon = blocks[j].text.find(':');
        return (p.role[j] == Role::byline || j > after) && colon != std::string::npos &&
               colon_only_label(text::lower(text::trim(std::string_view(blocks[j].text).substr(0, colon))));
    };
    bool closing_credits = after <= re;
    for (std::size_t j = after; j <= re && closing_credits; ++j)
        closing_credits = credit(j);
    if (closing_credits)
        return false;
    // "Title / One sentence of summary. / Read more": the same teaser over its link.
    if (after <= re && (p.role[after] == Role::byline || p.role[after] == Role::date || more_link(blocks[after])))
        return true;
    // "Tide gauges for every harbour / The offices read the water level every hour. / Learn more": a summary closed
    // by a link's button that the page prints under other teasers too (three times at least) is a teaser in a list
    // of them. (A section of the article closed by such a link prints it once: "Where does the name come from? /
    // ... / More information".) The last teaser's link may close the article's region already.
    const int least_copies = 2;
    if (after < blocks.size() && blocks[after].repeats >= least_copies && link_button(blocks[after]))
        return true;
    // "On Tech / What do games have to do with it? / Tech firms think games lead the way. / By Jane Doe": a
    // column's name over a teaser's title (a short line without a full stop), its summary and its byline.
    if (after < re && p.role[after] == Role::none && blocks[after].end_punct &&
        blocks[next].words <= 14 && blocks[next].text.back() != '.') {
        std::size_t signed_at = after + 1;
        while (signed_at <= re && signed_at < after + 3 && p.role[signed_at] == Role::duplicate)
            ++signed_at;
        if (signed_at <= re && (p.role[signed_at] == Role::byline || p.role[signed_at] == Role::date))
            return true;
    }
    return false;
}

// "3m ago / Sunderland South declares first / Labour holds the seat. / 12m ago / Prime minister concedes": a live
// blog's entry title right under its stamp (entry_stamp()), over its text and the next entry's stamp, is no teaser
// signed by a date: the relative stamp ("12m ago", "vor 5 Minuten") under the text is the next entry's. (A teaser's
// title stands under no stamp of its own.)
bool stamp_over_entries(const SectionLoop& s, std::size_t k, std::size_t next) {
    const std::vector<Block>& blocks = s.blocks;
    if (k <= s.rs || next + 1 > s.re || blocks[k - 1].digits == 0 || blocks[next + 1].digits == 0)
        return false;
    return entry_stamp(blocks[k - 1]) && entry_stamp(blocks[next + 1]);
}

// "Map: Ferry routes of the bay View Graphic / Map: Ferry routes of the bay": the title of an embedded
// graphic, printed again without its button, heads nothing.
// (Compared in place: no string is built for every line.)
bool graphic_title(const SectionLoop& s, const Line& line) {
    const std::string_view above = line.k > 0 ? std::string_view(s.blocks[line.k - 1].text) : std::string_view();
    return above.size() > line.b.text.size() && above[line.b.text.size()] == ' ' && above.starts_with(line.b.text);
}

// "The towns on the route:" / "Northport" / "Eastbay" / "Saltmarsh" / "The ferry calls at each ...": the last
// item of a list a paragraph announces with its colon is no heading, though text follows it.
bool announced_list_item(const SectionLoop& s, std::size_t at) {
    const Page& p = s.p;
    const std::vector<Block>& blocks = s.blocks;
    std::size_t j = at;
    while (j > s.rs + 1 && p.role[j - 1] == Role::paragraph && !blocks[j - 1].end_punct && blocks[j - 1].words <= 6)
        --j;
    return at - j >= 2 && p.role[j - 1] == Role::paragraph && blocks[j - 1].text.back() == ':' &&
           blocks[j - 1].words >= 3;
}

// "Why you'll love them / Crisp edges and soft middles / One bowl, no mixer / Ready in under 30 minutes / Tips for
// browning butter / Use a light pan. Once the butter smells of nuts, ...", "Was Sie brauchen / Eine Schere / Zwei
// Säcke Kompost / Feste Handschuhe / Die Rosen anhäufeln / Häufeln Sie die Rosen ... an.": the last of a run of short
// lines, glued over the paragraph under it (no final mark, two to eight words), names a word of that paragraph that
// the line above it does not (four letters at least, no stopword): it heads the paragraph, no item of the list above.
bool heads_paragraph_below(const Page& p, std::size_t k) {
    const int least_words = 2, most_words = 8;
    const std::size_t least_letters = 4;
    const Block& b = p.blocks[k];
    if (k == 0 || k + 1 >= p.blocks.size() || b.words < least_words || b.words > most_words || b.end_punct ||
        b.blank_after)
        return false;
    const text::Words below = p.blocks[k + 1].lower_words(), above = p.blocks[k - 1].lower_words();
    auto in = [](const text::Words& ws, std::string_view w) { return std::find(ws.begin(), ws.end(), w) != ws.end(); };
    for (std::string_view w : b.lower_words())
        if (w.size() >= least_letters && in(below, w) && !in(above, w) && stopword_languages(w) == 0)
            return true;
    return false;
}

// "When did I last use it?" / "Will I use it again?" / "Does it make me happy?" / "Be honest with ...": one of
// three or more short lines of one shape (questions, or lines without a final mark) is an item of a list, no
// heading, though text follows it.
bool list_item(const SectionLoop& s, std::size_t at) {
    const Page& p = s.p;
    const std::vector<Block>& blocks = s.blocks;
    // Lines without a final mark are items when they run a few words each (not the titles of subsections).
    auto shape = [&](const Block& x) {
        return x.text.back() == '?' ? 1 : x.end_punct ? 2 : x.words >= 4 ? 0 : 3;
    };
    const int own = shape(blocks[at]);
    // "Photos are available on request / About the Harbour Arts Trust / <paragraph>": the title of the box closing a
    // press release (box_title_line()) heads the paragraph under it, whatever short lines stand over it.
    const int least_upper = 2, least_prose = 8;
    if (own == 0 && at < s.re && blocks[at].upper_initial >= least_upper && blocks[at + 1].end_punct &&
        blocks[at + 1].words >= least_prose && box_title_line(blocks[at]))
        return false;
    auto item = [&](std::size_t at2, Role role) {
        return p.role[at2] == role && blocks[at2].words <= 12 && shape(blocks[at2]) == own;
    };
    std::size_t j = at, e = at;
    while (j > s.rs + 1 && at - j < 2 && item(j - 1, Role::paragraph))
        --j;
    while (e < s.re && e - j < 2 && item(e + 1, Role::none))
        ++e;
    // ("... / Ready in under 30 minutes / Tips for browning butter / <a paragraph on browning butter>": the last line
    // of the run may head the paragraph under it: heads_paragraph_below().)
    return own <= 1 && e - j >= 2 && (e > at || !heads_paragraph_below(p, at));
}

// "Ferry routes in 2019 / ... / Ferry routes in 2023": a line opening with the first three words of a heading
// above is the next heading of the series, though it follows the items of a list of its shape.
bool echoes_heading(const SectionLoop& s, const Block& x) {
    const std::size_t opening = 3;
    auto words = text::split_ws(x.text);
    auto same_opening = [&](const std::optional<std::string>& h) {
        if (!h)
            return false;
        auto hw = text::split_ws(*h);
        return hw.size() >= opening && words.size() >= opening && *h != x.text &&
               std::equal(words.begin(), words.begin() + opening, hw.begin());
    };
    // "4. Check the tide tables / ... / Three other stories / 5. Pack a torch": the next number of a series
    // of numbered headings.
    auto next_number = [&](const std::optional<std::string>& h) { return h && next_in_series(x.text, *h); };
    const std::vector<Section>& sections = s.p.article.sections;
    return same_opening(s.section.heading) || next_number(s.section.heading) ||
           std::any_of(sections.begin(), sections.end(),
                       [&](const Section& sec) { return same_opening(sec.heading) || next_number(sec.heading); });
}

// "A second boat for the crews on the northern shore, where ... / More divers for the winter months, when ... /
// New charts of the sandbanks (after the dredging)": a line as long as the items without a final mark above
// it, half as many words at least, is the list's last item, though text follows it (a heading is shorter).
bool amid_items(const SectionLoop& s, const Line& line) {
    const Page& p = s.p;
    const std::vector<Block>& blocks = s.blocks;
    const std::size_t k = line.k, rs = s.rs;
    auto open_item = [&](std::size_t at) {
        return at >= rs && p.role[at] == Role::paragraph && !blocks[at].end_punct && !blocks[at].cells &&
               blocks[at].words >= 6;
    };
    return k >= rs + 2 && open_item(k - 1) && open_item(k - 2) && line.b.words * 2 >= blocks[k - 1].words;
}

// "Walks we love on the islands / Learn more / <text>": glued over a link's button, the line is what the link
// promises, no heading of the text below.
bool over_link(const SectionLoop& s, const Line& line) {
    return line.k < s.re && !line.b.blank_after && link_button(s.blocks[line.k + 1]);
}

// "... and that makes the old pier the best place to watch the boats come in. / The best place to watch the boats come
// in / <text>": a line that repeats the words closing the paragraph right above it (but its first, which the
// sentence may bend) is a pull quote set in the text, no heading; eight words at least, as a heading may name a
// thing the paragraph above lists ("... two kinds of boats: ferries and fishing boats. / Fishing boats").
bool pull_quote(const SectionLoop& s, const Line& line) {
    const std::size_t k = line.k;
    const int least_words = 8;
    if (k <= s.rs || line.b.words < least_words || s.p.role[k - 1] != Role::paragraph)
        return false;
    const std::string_view own = line.b.lower;
    const std::size_t first_space = own.find(' ');
    if (first_space == std::string_view::npos)
        return false;
    const std::string_view rest = own.substr(first_space + 1);
    const std::string_view above = s.blocks[k - 1].lower;
    for (std::size_t at = above.find(rest); at != std::string_view::npos; at = above.find(rest, at + 1)) {
        const std::size_t end = at + rest.size();
        std::size_t after = end;
        if (at > 0 && above[at - 1] == ' ' && (end == above.size() || !text::is_letter(text::next_cp(above, after))))
            return true;
    }
    return false;
}

// "Unsere Leistungen", "Ingrédients (pour un moule de 24 cm)": the line holds a word naming what a list holds
// (lexicon section list_head_words).
bool names_list(const Block& b) {
    static const LexiconSection& heads_words = any_language_section("list_head_words"); // (merged once)
    const std::vector<std::string> words = text::words_of_lowered(b.lower);
    return heads_words.has_any(words);
}

// "... a pinch of salt on top. / Our services / Catering for weddings and parties / Cakes to order / Cooking
// classes for small groups / ...", "... gemeinsam. / Unsere Leistungen / Küchen aus Massivholz / Innentüren und
// Haustüren / ...": a line of two to eight words without a final mark, naming what a list holds (a word of the
// lexicon section list_head_words), glued under a paragraph of sentences (a stop closing it, eight words at least)
// and over a run of three short items or more (twelve words at most, no final mark, glued to one another), announces
// the list and heads it, whatever the items' length (labels_short_items() takes items shorter than the label only),
// though it has the items' shape (list_item()). ("Belohnung: 10 Münzen / Name: Der Brief / Level: 82": a line
// holding a colon is a row of facts, no title.)
bool announces_items(const SectionLoop& s, const Line& line, std::size_t next) {
    const Page& p = s.p;
    const Block& b = line.b;
    const int least_words = 2, most_words = 8, least_above = 8, most_item_words = 12;
    const std::size_t least_items = 3;
    // (The shape first: most lines are sentences.)
    if (b.end_punct || b.words < least_words || b.words > most_words || next != line.k + 1 || line.k <= s.rs ||
        b.blank_after || b.blank_before || b.urls > 0 || b.text.find(':') != std::string::npos)
        return false;
    const Block& above = s.blocks[line.k - 1];
    if (p.role[line.k - 1] != Role::paragraph || !above.end_punct || above.text.back() == ':' ||
        above.text.back() == '?' || above.words < least_above)
        return false;
    auto item = [&](std::size_t at) {
        if (at > s.re || at >= s.blocks.size())
            return false;
        const Block& t = s.blocks[at];
        return p.role[at] == Role::none && !t.blank_before && !t.end_punct && t.words <= most_item_words &&
               t.letters > 0 && t.urls == 0 && !t.boilerplate;
    };
    std::size_t end = next;
    while (end - next < least_items && item(end))
        ++end;
    if (end - next < least_items)
        return false;
    // (A word naming what the list holds: "What the ferry offers / Free wireless internet on board / ...", a list
    // right under a paragraph, opens with its first item.)
    if (names_list(b))
        return true;
    // "... à la fin de l'année 2027. / Le calendrier des travaux / Janvier 2027 : ouverture du chantier / Mars 2027 :
    // ...", "... for the whole family. / What you need / 2 ripe pears / 120 g sugar / ...", "... / Das brauchen Sie / 2
    // Eier / 200 g Mehl / ...": or the items share a form the line lacks, each a row of a label, a colon and its value
    // (the line holds no colon), or each opening with a figure (the line with none): the line is their title. A
    // phrase, a word past the first in small letters ("Print Rate" over "Course: Dessert / Cuisine: ...", a recipe
    // card's buttons in capitals, heads nothing).
    bool small = false;
    for (std::size_t at = b.text.find(' '); at != std::string::npos && !small; at = b.text.find(' ', at + 1))
        small = at + 1 < b.text.size() && std::islower(static_cast<unsigned char>(b.text[at + 1])) != 0;
    if (!small)
        return false;
    bool rows = true, figures = true;
    for (std::size_t at = next; at < end; ++at) {
        const std::string& t = s.blocks[at].text;
        const std::size_t colon = t.find(':');
        rows = rows && colon != std::string::npos && colon > 0 && colon + 1 < t.size();
        figures = figures && text::is_digit(static_cast<unsigned char>(t.front()));
    }
    return rows || (figures && !text::is_digit(static_cast<unsigned char>(b.text.front())));
}

// "Unsere Leistungen / Küchen aus Massivholz / Innentüren und Haustüren / Ladenbau für Geschäfte und Praxen / Wir
// planen jedes Projekt ...", "Our services / Cakes to order / Cooking classes / Bread delivered to the door / Every
// order ...": under a heading naming what a list holds (announces_items()), a line glued under two items or more
// (no final mark, twelve words at most, glued to one another) is the list's last item, no heading of the sentences
// below it, though longer than the others (as long as the shortest at least).
bool announced_list_end(const SectionLoop& s, const Line& line) {
    const Page& p = s.p;
    const std::vector<Block>& blocks = s.blocks;
    const std::size_t k = line.k;
    const int most_item_words = 12;
    if (k <= s.rs + 2 || line.b.blank_before || line.b.end_punct || line.b.words > most_item_words ||
        p.role[k - 1] != Role::paragraph)
        return false;
    std::size_t j = k;
    int fewest = most_item_words;
    while (j > s.rs + 1 && p.role[j - 1] == Role::paragraph && !blocks[j - 1].end_punct &&
           blocks[j - 1].words <= most_item_words && !blocks[j].blank_before)
        fewest = std::min(fewest, blocks[--j].words);
    // ("Ingredients / 3 ripe pears / 2 eggs / 120 g sugar / Method / <text>": a label shorter than every item is the
    // next part's title.)
    return k - j >= 2 && line.b.words >= fewest && p.role[j - 1] == Role::heading && !blocks[j].blank_before &&
           names_list(blocks[j - 1]);
}

// A line of a heading's shape over text that is still no heading of it: a caption's title or its second line, what
// a link's button promises, a term of a definition list, a line a paragraph's colon announces, an item of a list, a
// name over the box presenting that person.
bool heads_no_text(const SectionLoop& s, const Line& line, std::size_t next, bool after_colon) {
    const Page& p = s.p;
    const std::vector<Block>& blocks = s.blocks;
    const std::size_t k = line.k, rs = s.rs, re = s.re;
    const Block& b = line.b;
    // "Jane Doe / Jane Doe covers the harbour for the paper.": a name over a paragraph that opens with it is the
    // box presenting a person (the author, a contributor), no heading.
    bool names_next = b.words >= 2 && b.words <= 4 && b.upper_initial == b.words && next <= re &&
                      blocks[next].text.size() > b.text.size() && blocks[next].text[b.text.size()] == ' ' &&
                      blocks[next].text.compare(0, b.text.size(), b.text) == 0;
    // "Media caption The mayor at the pier / The mayor promised a new ferry by the summer" and a blank line:
    // glued under a caption its label opens, set apart by blank lines, and apart from the text below, the line
    // goes on with the caption, no heading. (A caption closed by its credit, "The pier at dawn (Photo: Jane
    // Roe)", ends there: a line glued under it heads the text below.)
    const bool after_caption = k > rs && p.role[k - 1] == Role::caption && !blocks[k - 1].blank_after &&
                               b.blank_after && blocks[k - 1].blank_before &&
                               labelled_caption(blocks[k - 1].text).has_value();
    // "The mayor's long day / Media caption The mayor at the pier / <text>": over a caption its label opens, the
    // line is the title of the video or picture the caption describes, no heading of the text below it.
    const bool over_caption = k < re && p.role[k + 1] == Role::caption &&
                              labelled_caption(blocks[k + 1].text).has_value();
    // "This is a modal window. ... / Divers find the old wreck in the bay / <text>": right under what a video
    // player prints for screen readers, the line is the video's title.
    const bool under_player = k > rs && player_notice(blocks[k - 1]);
    // "View this image › / Harbour Police / <text>": right under a picture's button, the line is the picture's credit
    // or caption.
    const bool under_picture = k > rs && picture_button(blocks[k - 1]);
    return after_caption || over_caption || pull_quote(s, line) || under_player || under_picture || over_link(s, line) ||
           s.list_parts[k] == ListPart::term || after_colon || announced_list_item(s, k) ||
           ((amid_items(s, line) || (list_item(s, k) && !announces_items(s, line, next))) && !echoes_heading(s, b)) ||
           announced_list_end(s, line) || names_next;
}

// "... on the pier. / <blank> / ‘We need to listen’ / <blank> / Harvest rights were only ...": set apart by blank
// lines between two lines of text, a few words in quotation marks title the section below (the words of the person
// it is about), though a line of one whole quotation is somebody's words elsewhere; under or over another quotation
// it is a line of dialogue.
bool quoted_heading(const SectionLoop& s, const Line& line) {
    const Page& p = s.p;
    const std::vector<Block>& blocks = s.blocks;
    const std::size_t k = line.k;
    const Block& b = line.b;
    if (k <= s.rs || k >= s.re || b.repeats > 0 || !quoted_title(b))
        return false;
    if (quoted_entry_title(s, line))
        return true;
    // ("... the books. / 'It will kill the high street' / Traders were quick ...": on a page whose region parts no
    // lines with blank ones, the line glued between two paragraphs is as apart as it can be)
    if ((!b.blank_before || !b.blank_after) && (b.blank_before || b.blank_after || !s.unspaced))
        return false;
    const Role above = p.role[k - 1];
    // ("« Nous avons trouvé des pieux », indique l'archéologue. Les fouilles ... / « Un retard raisonnable » /
    // L'adjoint ...": a long paragraph that opens on a quotation and reports it is the text, no line of dialogue;
    // with a line of somebody's words under it too, it is one.)
    const int least_reported = 20;
    const bool dialogue =
        opens_quoted(blocks[k - 1]) && (blocks[k - 1].words < least_reported || opens_quoted(blocks[k + 1]));
    return (above == Role::paragraph || above == Role::caption || above == Role::credit) && !dialogue &&
           !quoted_title(blocks[k + 1]);
}

// "Divers on the wreck in 1962.CreditJane Roe/Harbour Weekly": a caption and its credit glued after its stop, the
// credit's label glued to the name (glued_credit_label()).
bool caption_glued_to_credit(std::string_view line) {
    for (std::size_t at = line.find('.'); at != std::string_view::npos && at + 1 < line.size();
         at = line.find('.', at + 1))
        if (std::isupper(static_cast<unsigned char>(line[at + 1])) != 0 && glued_credit_label(line.substr(at + 1)))
            return true;
    return false;
}

// "... the water mains. / Image / Divers on the old wreck.Credit: Jane Roe / So where do divers learn to work
// under the ice? / <text>": under a picture's caption or credit between two paragraphs, a question too long for a
// heading's shape (question_heading()) heads the text below, as a heading of the page's other shapes does there; a
// question asked between two paragraphs is the text's.
bool question_under_picture(const SectionLoop& s, const Line& line) {
    const std::size_t k = line.k;
    const Block& b = line.b;
    const int most_words = 14;
    if (k <= s.rs + 1 || k >= s.re || b.text.back() != '?' || b.words > most_words || b.repeats > 0 ||
        !heading_like(b))
        return false;
    // The picture: a caption, a credit that is more than a person's name (the names over a teaser, "Dr. Jane Roe",
    // are no picture's), or a caption glued to its credit kept as text ("Divers on the wreck.CreditJane Roe").
    const Block& over = s.blocks[k - 1];
    const Role above = s.p.role[k - 1];
    const bool picture =
        ((above == Role::caption || (above == Role::credit && !names_line(over.text))) && after_aside(s, k)) ||
        (above == Role::paragraph && (caption_glued_to_credit(over.text) || split_trailing_credit(over).has_value()));
    return picture && is_text(s, k + 1, b);
}

// The blank lines between block k and the next one: exact for a block of one line (a heading's), more for a wrapped
// paragraph's joined lines.
std::size_t blanks_after(const std::vector<Block>& blocks, std::size_t k) {
    return k + 1 < blocks.size() && blocks[k + 1].line > blocks[k].line ? blocks[k + 1].line - blocks[k].line - 1 : 0;
}

// Two paragraphs in a row, of statements, are parted by one blank line in most such pairs of the region, twice as
// many as by more: a line with more blank lines over or under it than that is set apart.
bool paragraphs_parted_by_one(const SectionLoop& s) {
    const int least_paragraph_words = 10;
    auto paragraph = [&](const Block& x) {
        return x.end_punct && x.words >= least_paragraph_words && x.text.back() != '?';
    };
    std::size_t one = 0, more = 0;
    for (std::size_t j = s.rs; j < s.re; ++j)
        if (s.blocks[j].blank_after && paragraph(s.blocks[j]) && paragraph(s.blocks[j + 1]))
            (blanks_after(s.blocks, j) == 1 ? one : more) += 1;
    return one >= 2 && one >= 2 * more;
}

// "... the tide was coming in or going out. / <blank> / <blank> / <blank> / Why does anyone get up at six in the
// morning to swim in water this cold? / <blank> / <blank> / The honest answer is ...", "¿Qué hay que comprar antes del
// primer baño de invierno en el mar?": on a page that parts its paragraphs with one blank line, a question set apart
// by two blank lines or more under it and over it (a blog's heading as a copy of a Medium post prints it) heads the
// text under it, however long (twenty words at most; question_heading() takes six). A question between paragraphs
// parted as the others are is the text's.
bool question_set_apart(const SectionLoop& s, const Line& line) {
    const std::size_t k = line.k;
    const Block& b = line.b;
    const int most_words = 20;
    const std::size_t apart = 2;
    if (k <= s.rs || k >= s.re || b.text.back() != '?' || b.words > most_words || b.repeats > 0 || b.urls > 0 ||
        blanks_after(s.blocks, k) < apart || blanks_after(s.blocks, k - 1) < apart)
        return false;
    // (Spanish opens a question with its own mark: "¿Qué ...?")
    std::string_view opening = b.text;
    if (opening.starts_with("\u00bf"))
        opening.remove_prefix(std::string_view("\u00bf").size());
    if (!text::starts_upper(opening))
        return false;
    return paragraphs_parted_by_one(s);
}

// "... shown below. / <blank> x3 / The whole crew at the top of the pass! / The third day was the longest. ...": a line
// ending in "!" glued over a paragraph, with more blank lines over it than the region sets most often over its lines
// set apart by two or more (the page's headings, two of them at least), is a picture's caption: the picture left its
// own blank line over it. It heads nothing, where glued_title() took it for a blog's heading.
bool caption_under_picture_gap(const SectionLoop& s, const Line& line) {
    const std::size_t k = line.k, apart = 2, least_others = 2, widest = 8;
    if (k <= s.rs || line.b.text.back() != '!' || line.b.blank_after)
        return false;
    const std::size_t gap = blanks_after(s.blocks, k - 1);
    if (gap <= apart)
        return false;
    // (How many lines of the region each gap sets apart, two to eight blank lines, the line itself left out.)
    std::array<std::size_t, widest + 1> lines_by_gap{};
    for (std::size_t j = s.rs + 1; j <= s.re; ++j)
        if (const std::size_t over = blanks_after(s.blocks, j - 1); j != k && over >= apart && over <= widest)
            ++lines_by_gap[over];
    const auto most = std::max_element(lines_by_gap.begin(), lines_by_gap.end());
    return *most >= least_others && static_cast<std::size_t>(most - lines_by_gap.begin()) < gap;
}

// "Performance / Jane fixed a hang at shutdown caused by the startup cache / The print preview opens twice as fast
// on long pages / John moved the settings off the old file API": a label of a few words glued over a run of items
// (three lines at least, none set apart by a blank line, each twice its length and eight words at least, two of
// them without a final stop) heads them, though the items, a changelog's, run shorter than the long item is_text()
// takes. ("Image / Divers at the wreck in 1962.CreditJane Roe / So where do divers learn ...? / Most of them ...":
// over sentences, a label of a word is a picture's.)
// ("... the ferry. / <blank> / In case you missed it / Title one / Title two / Title three / <blank> / ...": set apart
// by blank lines over no more lines than that, the label and the items are a box of other articles' titles.)
bool labels_items(const SectionLoop& s, const Line& line, std::size_t next) {
    const Page& p = s.p;
    const int most_words = 6, item_least = 8;
    const std::size_t least_items = 3;
    if (line.b.words > most_words || line.b.blank_after || next != line.k + 1)
        return false;
    const int least = std::max(item_least, 2 * line.b.words);
    std::size_t items = 0, glued = 0, open = 0;
    for (std::size_t at = next; at <= s.re && glued <= least_items && (at == next || !s.blocks[at].blank_before);
         ++at) {
        const Block& t = s.blocks[at];
        const bool item =
            items == glued && p.role[at] == Role::none && p.quality[at] == Quality::good && t.words >= least;
        items += item;
        open += item && items <= least_items && !t.end_punct;
        ++glued;
    }
    return items >= least_items && open + 1 >= least_items && (!line.b.blank_before || glued > least_items);
}

// "... on Sunday. / <blank> / Standings / <blank> / Pos<TAB>Team<TAB>Points / 1<TAB>Racing<TAB>58 / ...": a label of a
// few words under a paragraph of the text, set apart by blank lines over two rows of a table's cells at least (glued
// to each other), heads the table as text heads its heading. (A table's caption is printed glued over its rows.)
// "... am Wahlabend. / Das Ergebnis / Partei | Stimmen in Prozent | Sitze / Sozialliberale | 38,2 | 64 / ... / <text>",
// "... his side. / The table / Pos<TAB>Team<TAB>Pts / ...": on a page printed without blank lines, glued under the
// paragraph and over the header or the first row of a table amid the text (table_line_amid_text(): its cells parted by
// tabs or bars, the text going on under it), it heads it too.
bool labels_table(const SectionLoop& s, const Line& line, std::size_t next) {
    const int most_words = 4;
    const Block& b = line.b;
    if (b.words > most_words || b.cells || b.end_punct || line.k <= s.rs || next + 1 > s.re ||
        s.p.role[line.k - 1] != Role::paragraph || !s.blocks[line.k - 1].end_punct)
        return false;
    const Block& header = s.blocks[next];
    const Block& row = s.blocks[next + 1];
    if (row.blank_before || s.p.role[next] != Role::none || s.p.role[next + 1] != Role::none)
        return false;
    if (b.blank_before && b.blank_after)
        return header.cells && row.cells;
    // (On a page that parts its paragraphs by blank lines, a label under a blank line glued over the rows is the
    // table's caption.)
    return next == line.k + 1 && !b.blank_before && !b.blank_after && table_line_amid_text(s.p, next, s.rs, s.re);
}

// "P: Usted suele decir que el puerto es una cuenta de ahorro. / R: Sí, ...", "Q: ... / A: ...": the label of a
// line opening it with a colon (a word of the common lexicon's section `labels`, lower-cased), looked for in its
// first bytes only.
// "Zonen bisher: 37 / Zonen neu: 18 / Jahresabo 2 Zonen: neu 790 Franken", "Length: 21 km / Stations: 18 /
// Interchange: MG Road": a label of a few words, a colon, then its value: one row of a box of facts. (A label opening
// with a figure is a time or a count: "10.20 Uhr: ...", "2. Halbzeit: ...".)
bool fact_row(const Block& b) {
    const int most_words = 12;
    const std::size_t most_label_words = 4;
    if (b.words < 2 || b.words > most_words)
        return false;
    const std::size_t colon = b.text.find(": ");
    if (colon == std::string::npos || colon == 0 || colon + 2 >= b.text.size())
        return false;
    const std::string_view label = std::string_view(b.text).substr(0, colon);
    return text::split_ws(label, most_label_words + 1).size() <= most_label_words &&
           !text::is_digit(static_cast<unsigned char>(label.front()));
}

// "Read more: Ferry fares frozen for islanders", "Czytaj także: Deficyt rekordowy": an inline link to another
// article, its label (before the colon) a phrase of the lexicon section related_prefixes, no row of facts.
bool related_link_row(const Block& b) {
    const std::size_t colon = b.lower.find(':');
    return colon != std::string_view::npos && colon > 0 &&
           any_language_has("related_prefixes", text::trim(std::string_view(b.lower).substr(0, colon)));
}

// "Stations: 18 / Interchange: MG Road / <text>": a row of a box of facts glued under another row is the box's last
// item, no heading of the text under the box. ("Read more: <title> / Critics: the plan costs too much / <text>": under
// an inline link to another article the line heads the text below, as under a paragraph.)
bool row_under_row(const SectionLoop& s, std::size_t k) {
    return k > s.rs && !s.blocks[k].blank_before && fact_row(s.blocks[k]) && fact_row(s.blocks[k - 1]) &&
           !related_link_row(s.blocks[k - 1]);
}

bool labelled(const Block& b, const LexiconSection* labels) {
    const std::size_t widest = 12;
    const std::size_t colon = b.lower.substr(0, widest + 1).find(':');
    return colon != std::string_view::npos && colon > 0 && labels != nullptr && labels->has(b.lower.substr(0, colon));
}

// "<blank> / Is the ferry late again? / <answer> / <blank> / You are asking the council for money. / <answer> /
// <blank> / What comes next? / <answer>": between an interview's questions glued over their answers, a short
// sentence closed by a full stop, set apart above and glued over its answer as they are, is a question put as a
// statement, one of them (interview_question() has checked the blank lines and the answer).
bool stated_question(const SectionLoop& s, const Line& line) {
    const int most_words = 20;
    const Block& b = line.b;
    if (b.text.back() != '.' || b.words < 3 || b.words > most_words || line.k <= s.first_question ||
        line.k >= s.last_question || s.blocks[line.k + 1].words <= b.words + 4)
        return false;
    // (One sentence: no stop inside it.)
    const std::string_view inner = std::string_view(b.text).substr(0, b.text.size() - 1);
    return inner.find(". ") == std::string_view::npos && inner.find("? ") == std::string_view::npos &&
           inner.find("! ") == std::string_view::npos;
}

// "Was dat niet pijnlijk? / ‘Nee, eerder een opluchting. ...’ / Uw uitgever noemt dit uw mooiste boek. / ‘Dat zegt elke
// uitgever over elk boek. ...’", "Was that not painful? / “No, it was a relief. ...” / Your publisher calls this your
// finest book. / “Every publisher says that. ...”": in an interview whose answers the page prints in quotation marks,
// under its questions set apart as headings (the section being filled headed by a question, or by such a statement
// before it), a short statement between two answers opened by a quotation mark, itself opened by none, is the
// interviewer's question put as a statement: it heads its answer as the questions do. One sentence closed by a full
// stop, three to twenty words, over its answer (answered_question()), in a region of two answered questions at least.
// (A line between two quoted paragraphs of a report, "She laughs.", stands under no question's heading.)
bool prompt_between_quoted_answers(const SectionLoop& s, const Line& line) {
    const int most_words = 20;
    const int least_questions = 2;
    const Block& b = line.b;
    const std::size_t k = line.k;
    if (b.text.back() != '.' || b.words < 3 || b.words > most_words || k <= s.rs || k >= s.re ||
        s.answered_questions < least_questions || !s.section.heading || opens_quoted(b) ||
        !opens_quoted(s.blocks[k - 1]) || !opens_quoted(s.blocks[k + 1]) || s.p.role[k - 1] != Role::paragraph ||
        s.p.role[k + 1] != Role::none || holds_two_sentences(b.text))
        return false;
    // (The section's heading a question, or a prompt of this shape that headed the answer before.)
    const std::string& heading = *s.section.heading;
    const bool under_question =
        question_line(heading) || (heading.back() == '.' && !holds_two_sentences(heading) &&
                                   text::split_ws(heading, most_words + 1).size() <= most_words);
    return under_question && answered_question(s.blocks, k);
}

// "Mrs Berg, the town has lost half its ferry crews in ten years, and the council blames the wages. What went
// wrong? / The crossings got longer and the pay did not. ... / <blank> / Why do the young ones leave? / ...": among an
// interview's questions, each set apart above and glued over its answer (two short ones at least: glued_title()), a
// longer one, a statement before the question, is one of them and heads its answer as they do. A question the
// interview labels as one ("P:", "Q:", "Frage:") over its answer's label ("R:", "A:", "Antwort:") is one of them
// without its question mark too, and so is a short statement standing among them as they do (stated_question()).
bool interview_question(const SectionLoop& s, const Line& line) {
    const int least_others = 2, most_words = 40, least_answer = 8;
    const Block& b = line.b;
    const std::size_t k = line.k;
    // (Looked up once; a line without its question mark is asked for its label only on a page of such questions.)
    static const LexiconSection* question_labels = common_lexicon().section("question_label_words");
    static const LexiconSection* answer_labels = common_lexicon().section("answer_label_words");
    if (s.glued_questions < least_others || k >= s.re || !b.blank_before || b.blank_after ||
        b.words > most_words || b.urls > 0 || b.separators > 0 || b.boilerplate || !text::starts_upper(b.text))
        return false;
    const Block& answer = s.blocks[k + 1];
    if (!answer.blank_after || !answer.end_punct || answer.words < least_answer || answer.text.back() == '?')
        return false;
    return b.text.back() == '?' || (labelled(b, question_labels) && labelled(answer, answer_labels)) ||
           stated_question(s, line);
}

// "Fixed more than one ticket / Anna Berg / Tom Roe [:tr] / Sam / New contributors this month / ...": a label of three
// to eight words, no figure, glued over a run of three to ten short items (names: four words at most, each shorter
// than the label, glued to one another, without a final mark) heads them, when the next heading, a blank line or the
// region's end closes the run and the label stands under the text or a heading (`stacked`: under a line that heads
// it, over_heading()), no item itself.
bool labels_short_items(const SectionLoop& s, const Line& line, std::size_t next, bool stacked = false) {
    const Page& p = s.p;
    const Block& b = line.b;
    const int most_item_words = 4;
    const std::size_t least_items = 3, most_items = 10;
    if (next != line.k + 1 || line.k <= s.rs || b.blank_after || b.words <= 2 || b.words > 8 || b.digits > 0 ||
        b.text.find(',') != std::string::npos)
        return false;
    // (Under text or a heading: "What to bring: / Rope / Torch, spare batteries and a map / Gloves / Boots / Hat",
    // a line under an item is one more item.)
    const Block& above = s.blocks[line.k - 1];
    const char last = above.text.back();
    if (!(stacked || p.role[line.k - 1] == Role::heading ||
          (p.role[line.k - 1] == Role::paragraph && last != ':' && last != '?' &&
           (above.end_punct || above.words > most_item_words))))
        return false;
    auto item = [&](std::size_t at) {
        if (at > s.re || at >= s.blocks.size()) // (the region may end at the page's last line)
            return false;
        const Block& t = s.blocks[at];
        return p.role[at] == Role::none && !t.blank_before && !t.end_punct && t.words < b.words &&
               t.words <= most_item_words && t.letters > 0 && t.urls == 0 && !t.boilerplate;
    };
    std::size_t end = next;
    while (end - next <= most_items && item(end))
        ++end;
    // (The list closed by the next heading, a blank line or the region's end: "Software / macOS 14 / macOS 13 / macOS
    // 12 / The guest system needs ...", items running on into a sentence, are the rows of one list.)
    const std::size_t items = end - next;
    const bool closed = end > s.re || s.blocks[end].blank_before || !s.blocks[end].end_punct;
    return items >= least_items && items <= most_items && closed;
}

// "... a paragraph. / British Antarctic Survey / What happens next / ...", "... / Verkehrsbetriebe Zürich / Was die
// Stadt plant / ...": a line whose words all open with a capital (two words or more, a name) glued over a heading in
// sentence case (a word after its first opens in lower case) is the credit of the picture above, no title of the
// heading's part: a page titles its parts in one style.
bool name_over_label(std::string_view upper, std::string_view lower) {
    const std::vector<std::string_view> up = text::split_ws(upper);
    auto capitalised = [](std::string_view w) { return text::starts_upper(w); };
    if (up.size() < 2 || !std::all_of(up.begin(), up.end(), capitalised))
        return false;
    const std::vector<std::string_view> low = text::split_ws(lower);
    auto lower_case = [](std::string_view w) {
        std::size_t end = 0;
        return text::is_lower(text::next_cp(w, end));
    };
    return low.size() >= 2 && std::any_of(low.begin() + 1, low.end(), lower_case);
}

// "Szukasz lokalu? Zobacz oferty na naszym portalu", "Neu hier? Jetzt Konto eröffnen": a line of two sentences, a
// question or a cry closed inside it by its mark and a capital after it, is an advertisement's call, no title.
bool two_sentences(std::string_view line) {
    for (std::size_t at = line.find_first_of("?!"); at != std::string_view::npos && at + 2 < line.size();
         at = line.find_first_of("?!", at + 1))
        if (line[at + 1] == ' ' && text::starts_upper(line.substr(at + 2)))
            return true;
    return false;
}

// The most words of a line stacked over a heading (stacked_over_heading()).
constexpr int stacked_most_words = 8;

// The geometry of over_heading(): the line glued between a paragraph and a line heading the text below it.
bool stacked_over_heading(const SectionLoop& s, const Line& line, std::size_t next) {
    const Page& p = s.p;
    const std::vector<Block>& blocks = s.blocks;
    const std::size_t k = line.k;
    const int sentence_least = 6, text_least = 12;
    // (Glued to the text above and to the heading below, as the page glues its lines: on a page that sets its lines
    // apart, a lone line glued over a heading is a picture's caption. "Flour / Salt / Two eggs / Baking": under the
    // items of a list ("1 Pck." closed by its stop too), and under a teaser's link, the line is one more item or
    // another teaser's title; the text above is a sentence or a long line.)
    const Block& above = blocks[k > 0 ? k - 1 : 0];
    const bool under_text = (above.end_punct && above.words >= sentence_least) || above.words >= text_least;
    if (line.sure_heading || next != k + 1 || next >= s.re || k <= s.rs || p.role[next] != Role::none ||
        line.b.blank_before || blocks[next].blank_before || line.b.words > stacked_most_words ||
        p.role[k - 1] != Role::paragraph || !under_text)
        return false;
    // ("Berth finder / Book a berth for the night. / More about the Berth finder / Fuel prices / ...": a link naming
    // the section it closes is no title; nor is a graphic's title over its copy.)
    const std::optional<std::string>& current = s.section.heading;
    if (current && line.b.text.size() > current->size() && line.b.text.ends_with(*current))
        return false;
    Line lower{next, s.blocks[next], false, std::nullopt};
    if (!heads(s, lower, lower.b))
        return false;
    const std::size_t below = next_text(s, next + 1);
    return (is_text(s, below, lower.b) || labels_items(s, lower, below) || labels_short_items(s, lower, below, true)) &&
           !graphic_title(s, lower) && !teaser_summary(s, below) && !heads_no_text(s, lower, below, false);
}

// "... a paragraph. / Friends of the harbour / Introductions / Anna joins the ticket office today. Welcome!": a line
// of a heading's shape glued over another heading right over its text is the title of a section whose first part
// that heading opens (stacked headings: the upper one heads an empty section), unless it is a name over a label in
// sentence case or a call of two sentences (stacked_non_title()).
bool over_heading(const SectionLoop& s, const Line& line, std::size_t next) {
    if (!stacked_over_heading(s, line, next) || name_over_label(line.b.text, s.blocks[next].text) ||
        two_sentences(line.b.text))
        return false;
    Line upper{line.k, line.b, line.sure_heading, line.heads};
    return heads(s, upper, line.b);
}

// "... the decision matters more than most. / Why did the central bank raise rates again? / Inflation rose to ...",
// "¿Por qué volvió a subir los tipos el banco central? / <answer>": an explainer's question, alone on its line between
// two paragraphs and over the paragraph that answers it (answered_question()), heads its answer however long it is
// (twelve words at most, as question_series() takes them; question_heading() takes six), where the region asks
// another such question. One question of an essay among its paragraphs is the writer's; a question closing a
// paragraph's sentences ("Rates rose. Why now?") is the paragraph's; one in quotation marks is someone's; a reader's
// question under a name or a stamp stands under no paragraph.
bool asked_between_paragraphs(const SectionLoop& s, std::size_t j) {
    const int most_words = 12, least_above = 5;
    const Block& q = s.blocks[j];
    if (j <= s.rs || j >= s.re || q.words > most_words || !question_line(q.text) || q.repeats > 0 || q.urls > 0)
        return false;
    const Block& above = s.blocks[j - 1];
    const Role role = s.p.role[j - 1];
    return (role == Role::paragraph || role == Role::none) && above.end_punct &&
           above.words >= least_above && !question_line(above.text) && !opens_quoted(q) &&
           !holds_two_sentences(q.text) && answered_question(s.blocks, j);
}

bool explainer_question(const SectionLoop& s, Line& line) {
    const std::size_t k = line.k;
    // (asked_between_paragraphs() first: it bounds k inside the region, past its first line, so a line above exists)
    if (!asked_between_paragraphs(s, k) || s.p.role[k - 1] != Role::paragraph)
        return false;
    bool other = false;
    for (std::size_t j = s.rs + 1; j < s.re && !other; ++j)
        other = j != k && asked_between_paragraphs(s, j);
    // (Of a heading's shape once its question mark is set aside: no link, no row of figures.)
    Block asked = line.b;
    asked.end_punct = false;
    return other && heads(s, line, asked);
}

} // namespace

bool list_title(const SectionLoop& s, const Line& line) {
    return line.k + 1 <= s.re && announces_items(s, line, line.k + 1);
}

// "... (ats) / Genève / Un cycliste grièvement blessé à Plainpalais / Un cycliste de 67 ans ... / Valais / La neige
// ferme le col / La route ...", "Freiburg / Weihnachtsmarkt öffnet länger / Der Markt ...": on a page of briefs, a
// label of three words at most (the brief's place or rubric) glued over the brief's title, itself glued over the
// brief's text, labels the brief: the title heads it, the label heads no section of its own. The page prints such
// briefs twice at least in its region (a lone short line over a heading is left to over_heading()). (The words first:
// most lines are longer than a label.)
bool brief_label(const SectionLoop& s, const Line& line) {
    const int most_label_words = 3, least_title_words = 3, least_text_words = 8;
    const Block& b = line.b;
    const std::size_t k = line.k;
    if (b.words == 0 || b.words > most_label_words || b.end_punct || b.digits > 0 || line.sure_heading ||
        k + 2 > s.re || b.blank_after)
        return false;
    const Page& p = s.p;
    const std::vector<Block>& blocks = s.blocks;
    auto brief_at = [&](std::size_t j) {
        const Block& label = blocks[j];
        const Block& title = blocks[j + 1];
        const Block& body = blocks[j + 2];
        if (label.words == 0 || label.words > most_label_words || label.end_punct || label.digits > 0 ||
            label.blank_after || title.blank_after || title.words < least_title_words || title.end_punct ||
            body.words < least_text_words || !text::starts_upper(label.text))
            return false;
        // (The loop has given the briefs above their roles already: the roles are asked of this one only.)
        if (j == k && (p.role[j + 1] != Role::none || p.role[j + 2] != Role::none))
            return false;
        Line upper{j + 1, title, false, std::nullopt};
        return heads(s, upper, title) && is_text(s, j + 2, title);
    };
    if (!brief_at(k))
        return false;
    for (std::size_t j = s.rs; j + 2 <= s.re; ++j)
        if (j != k && brief_at(j))
            return true;
    return false;
}

// (The words' count and the length first: the loop asks this of every line.)
bool part_label(const Block& b) {
    const int label_words = 2, most_chars = 24;
    const std::size_t most_figures = 3, most_numeral = 5;
    if (b.words < label_words || b.words > label_words + 1 || b.chars > most_chars || b.urls > 0)
        return false;
    const std::vector<std::string_view> raw = text::split_ws(b.text);
    // ("Chapitre 1 :": the colon glued to the number or a token of its own.)
    if (raw.size() == 3 && raw[2] != ":")
        return false;
    const text::Words words = b.lower_words();
    static const LexiconSection& labels = any_language_section("part_label_words");    // (merged once)
    static const LexiconSection& numbers = any_language_section("part_number_words"); // (merged once)
    if (words.size() != 2 || !labels.has(words[0]))
        return false;
    std::string_view numeral = raw[1];
    if (numeral.ends_with(':'))
        numeral.remove_suffix(1);
    const bool figures = !numeral.empty() && numeral.size() <= most_figures &&
                         numeral.find_first_not_of("0123456789") == std::string_view::npos;
    const bool roman = !numeral.empty() && numeral.size() <= most_numeral &&
                       numeral.find_first_not_of("IVXL") == std::string_view::npos;
    return figures || roman || numbers.has(words[1]);
}

// "... / Chapitre 2 / L'été au col / À 2 500 mètres, ...", "Kapitel 3 / Der Abstieg / <text>", "Part Two / The
// descent / <text>": a part's label (part_label()) right over the part's title, itself over its text: the title heads
// the part, the label (a number the reader needs no more than a list's) heads no empty section of its own.
bool label_over_part_title(const SectionLoop& s, const Line& line) {
    const Block& b = line.b;
    const std::size_t k = line.k;
    if (b.words < 2 || b.words > 3 || b.chars > 24 || k + 2 > s.re || !part_label(b))
        return false;
    const std::size_t next = next_text(s, k + 1);
    if (next != k + 1 || next >= s.re)
        return false;
    const Block& title = s.blocks[next];
    if (part_label(title) || title.end_punct)
        return false;
    Line lower{next, title, false, std::nullopt};
    return heads(s, lower, title) && is_text(s, next_text(s, next + 1), title);
}

bool stacked_non_title(const SectionLoop& s, const Line& line) {
    if (line.k + 1 > s.re)
        return false;
    // (Cheap tests of stacked_over_heading()'s geometry first: the loop asks this of every line.)
    if (line.sure_heading || line.b.blank_before || line.b.words < 2 || line.b.words > stacked_most_words)
        return false;
    const std::size_t next = next_text(s, line.k + 1);
    return next == line.k + 1 && next < s.re && !s.blocks[next].blank_before &&
           (name_over_label(line.b.text, s.blocks[next].text) || two_sentences(line.b.text)) &&
           stacked_over_heading(s, line, next);
}

// "10h02 / « Nous ne rouvrirons pas le port avant lundi » / Le maire l'a dit ce matin : « Nous ne rouvrirons pas le
// port avant lundi. »": a few words in quotation marks over the text that quotes them title it (a live blog's entry
// under its time stamp, a section over the words of the person it is about), wherever blank lines stand and however
// jusText rates the line; a pull quote is a whole sentence, closed by its stop (mark_pull_quotes()), and a line of
// dialogue quotes no line below it, or stands under another quotation.
bool quoted_entry_title(const SectionLoop& s, const Line& line) {
    const std::size_t k = line.k;
    const Block& b = line.b;
    if (k <= s.rs || k >= s.re || b.repeats > 0 || opens_quoted(s.blocks[k - 1]))
        return false;
    const std::string_view inner = quoted_title_words(b);
    if (inner.empty())
        return false;
    const std::string_view below = s.blocks[k + 1].text;
    if (s.p.role[k + 1] != Role::none || below.size() <= b.text.size())
        return false;
    if (const std::size_t at = below.find(inner); at != std::string_view::npos && at > 0)
        return true;
    // "“The harbour comes first” / Asked about it, the mayor said “the harbour comes first, then the rest”": the
    // title capitalises the words the text quotes inside its sentence; its first letter is compared lower-cased.
    std::size_t first_end = 0;
    text::next_cp(inner, first_end);
    const std::string first_lower = text::lower(inner.substr(0, first_end));
    if (first_lower == inner.substr(0, first_end))
        return false;
    const std::string_view rest = inner.substr(first_end);
    for (std::size_t at = below.find(rest); at != std::string_view::npos; at = below.find(rest, at + 1))
        if (at > first_lower.size() && below.substr(at - first_lower.size(), first_lower.size()) == first_lower)
            return true;
    return false;
}

// "15:12 / « Un déni de démocratie » / Le président du groupe dénonce ...", "15:58 Uhr / +++ Baum stürzt auf Auto –
// Fahrer leicht verletzt +++ / Auf der Allee ...", "11.02 GMT / ‘We will not give up’ / The leader told ...": right
// under a live blog's entry stamp (live_entry_title()), a few words wholly in quotation marks (quoted_title()), or a
// title between the marks a ticker prints around its stamps (lexicon section stamp_mark_words, the same mark at both
// ends), title the entry, though the text below quotes other words. (The first and last bytes first: most lines
// open with a letter.)
bool live_title_in_marks(const SectionLoop& s, const Line& line) {
    const Block& b = line.b;
    const std::size_t k = line.k;
    const std::string_view t = b.text;
    auto letter = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
    if (k <= s.rs || k >= s.re || t.size() < 6 || b.repeats > 0 || b.urls > 0 || letter(t.front()) ||
        letter(t.back()))
        return false;
    bool titled = quoted_title(b);
    if (!titled) {
        static const LexiconSection* marks = common_lexicon().section("stamp_mark_words");
        const int least_words = 2, most_words = 16;
        const std::size_t open = t.find(' '), close = t.rfind(' ');
        if (open == std::string_view::npos || close <= open || marks == nullptr)
            return false;
        const std::string_view first = t.substr(0, open), last = t.substr(close + 1);
        const std::string_view inner = text::trim(t.substr(open, close - open));
        if (first != last || !marks->has(first) || inner.empty() || !text::starts_upper(inner))
            return false;
        const char end = inner.back();
        const int words = b.words - 2;
        titled = end != '.' && end != ':' && end != ';' && end != ',' && words >= least_words && words <= most_words;
    }
    return titled && live_entry_title(s.p, k);
}

// "... the water mains. / Image / A flooded street in 1978.Credit: Jane Roe / Replacing the pipes, slowly /
// Upgrading ...": between two paragraphs, under what the body leaves out (a picture's label and caption, a
// teaser and its date), a short line of a heading's shape over text heads it.
bool after_aside(const SectionLoop& s, std::size_t at) {
    const Page& p = s.p;
    const std::vector<Block>& blocks = s.blocks;
    const std::size_t rs = s.rs;
    const std::size_t most = 4;
    // (A newsletter's sign-up box, however many lines, stands aside as one of them; so does a box of amounts asking
    // for a gift.)
    std::size_t top = above_signup_box(p, at);
    if (top == at)
        top = above_donation_box(p, at);
    const std::size_t box = at - top;
    std::size_t j = top;
    auto aside_lines = [&] { return at - j - (box > 0 ? box - 1 : 0); };
    auto aside = [&](std::size_t k) {
        return p.role[k] == Role::boilerplate || p.role[k] == Role::caption || p.role[k] == Role::credit ||
               p.role[k] == Role::date || p.role[k] == Role::duplicate;
    };
    while (j > rs && aside_lines() < most && aside(j - 1))
        --j;
    // "... in primavera. / Galleria fotografica / <title> / 1 di 12 / <caption> / 2 di 12 / <caption> / Guarda tutte le
    // foto / La preoccupazione dei residenti / <text>", "Bildergalerie / ... / Alle Bilder ansehen / <heading>": a
    // gallery's slides set in the text stand aside as one, however many lines, when its label (gallery_label_word())
    // opens them right under the paragraph.
    const std::size_t most_gallery = 14;
    if (j > rs && aside_lines() == most && aside(j - 1)) {
        std::size_t g = j;
        while (g > rs && at - g < most_gallery && aside(g - 1) && !gallery_label_word(blocks[g - 1]))
            --g;
        if (g > rs + 1 && aside(g - 1) && gallery_label_word(blocks[g - 1]) && p.role[g - 2] == Role::paragraph)
            j = g - 1;
    }
    // "Photo: Jane Roe, Harbour Museum," / "Town Archives": a credit running on to the next line.
    return j < at && j > rs && p.role[j - 1] == Role::paragraph && blocks[at].words >= 3 &&
           blocks[at - 1].text.back() != ',';
}

// "Then the neighbours had their say:" / "Nobody asked us about the new quay" / "The mayor replied ...": the line
// a paragraph announces with its colon is what it announces (words quoted, an item), no heading.
bool announced_by_colon(const SectionLoop& s, std::size_t k) {
    return k > s.rs && s.p.role[k - 1] == Role::paragraph && s.blocks[k - 1].text.back() == ':' &&
           s.blocks[k - 1].words >= 3;
}

// The line is followed by text it may head: the next line of text, unless the line and that text are a teaser of
// another article, the title of a graphic, or a line of a heading's shape that heads_no_text().
bool question_line(std::string_view line) {
    line = text::trim(line);
    return line.ends_with('?') || line.ends_with("\uff1f");
}

bool question_series(const SectionLoop& s, Line& line) {
    const Page& p = s.p;
    const std::size_t k = line.k;
    const Block& b = line.b;
    if (k <= s.rs || k >= s.re || !s.have_paragraph || !s.section.heading || !question_line(b.text) ||
        !question_line(*s.section.heading) || p.role[k + 1] != Role::none)
        return false;
    const int least_words = 5;
    const Block& t = s.blocks[k + 1];
    std::size_t first = 0;
    if (!t.end_punct || t.words < least_words || t.boilerplate || question_line(t.text) ||
        text::is_lower(text::next_cp(t.text, first)))
        return false;
    // ("Puis-je payer par virement ? / <answer> / Que se passe-t-il si mon paiement échoue ? / <answer>": in the
    // series a question may run longer than question_heading()'s six words, twelve at most as
    // opens_question_series() takes them: its shape is asked as a heading's without its final mark.)
    // ("Some residents want to leave. Why do you stay? / <answer>": a question after a statement is an interviewer's
    // turn, no heading.)
    const int most_words = 12;
    if (heads(s, line, b))
        return true;
    if (b.words > most_words || holds_two_sentences(b.text))
        return false;
    Block asked = b;
    asked.end_punct = false;
    return heads(s, line, asked);
}

bool text_below(const SectionLoop& s, const Line& line, bool after_colon) {
    const std::size_t next = next_text(s, line.k + 1);
    bool next_is_text = is_text(s, next, line.b) || labels_items(s, line, next) || labels_short_items(s, line, next) ||
                        announces_items(s, line, next) || over_heading(s, line, next) || entry_lead(s, line, next) ||
                        labels_table(s, line, next);
    if (next_is_text && teaser_summary(s, next) && !stamp_over_entries(s, line.k, next))
        next_is_text = false;
    if (graphic_title(s, line))
        next_is_text = false;
    if (next_is_text && !line.sure_heading && heads_no_text(s, line, next, after_colon))
        next_is_text = false;
    return next_is_text;
}

// "—Para nosotros es como ... / ¿Y qué falta todavía? / —Faltan andenes ...", "— C'est une chance. / Et ensuite ? /
// — Il faudra ...": a question between two lines of dialogue, each opened by a dash of speech (U+2014, U+2015), is
// the interviewer's line of that dialogue, as the answers around it are text, no heading.
bool dialogue_question(const SectionLoop& s, std::size_t k) {
    auto speech_dash = [](std::string_view t) { return t.starts_with("—") || t.starts_with("―"); };
    const std::string& t = s.blocks[k].text;
    return k > s.rs && k < s.re && !t.empty() && t.back() == '?' && speech_dash(s.blocks[k - 1].text) &&
           speech_dash(s.blocks[k + 1].text);
}

bool recipe_part_title(const SectionLoop& s, const Line& line) {
    const Page& p = s.p;
    const std::size_t k = line.k;
    const Block& b = line.b;
    const int most_words = 4;
    // (The ingredients next to it first: the loop asks this of every line, and most pages have none.)
    if (k >= s.re || p.ingredient[k] || (!p.ingredient[k + 1] && (k == s.rs || !p.ingredient[k - 1])))
        return false;
    if (b.words == 0 || b.words > most_words || b.digits > 0 || b.urls > 0 || b.repeats > 0 || b.boilerplate ||
        !text::starts_upper(b.text))
        return false;
    const char last = b.text.back();
    if (last == '.' || last == '!' || last == '?' || last == ',' || last == ';')
        return false;
    // (Under a heading of its own, "Wähle deine Backform / Zutaten / 135 g / ...", it would leave that one empty.)
    if (p.ingredient[k + 1])
        return k == s.rs || p.role[k - 1] != Role::heading;
    return k > s.rs && p.ingredient[k - 1] && is_text(s, next_text(s, k + 1), b);
}

bool closing_heading(std::string_view line) {
    static const LexiconSection& closing_words = any_language_section("closing_heading_words"); // (merged once)
    const auto words = text::words_lower(line, 3);
    return !words.empty() && words.size() <= 2 && closing_words.has(words.back());
}

// "Key points", "L'essentiel :", "Excerpt": a whole line of `most_words` words at most, no figure or link, that a
// lexicon section lists as a label, lower-cased, a colon perhaps closing it.
static bool listed_label(const Block& b, int most_words, const LexiconSection& labels) {
    if (b.words == 0 || b.words > most_words || b.digits > 0 || b.urls > 0)
        return false;
    std::string_view low = b.lower;
    if (low.ends_with(':'))
        low.remove_suffix(1);
    return labels.has(text::trim(low));
}

bool summary_box_label(const Block& b) {
    const int most_words = 5;
    static const LexiconSection& labels = any_language_section("summary_box_labels"); // (merged once)
    return listed_label(b, most_words, labels);
}

bool standfirst_label(const Block& b) {
    const int most_words = 2;
    static const LexiconSection& labels = any_language_section("standfirst_labels"); // (merged once)
    return listed_label(b, most_words, labels);
}

// The text read so far has a headed section (the one being read or one before it).
static bool headed_text(const SectionLoop& s) {
    const auto& done = s.p.article.sections;
    return s.section.heading ||
           std::any_of(done.begin(), done.end(), [](const Section& x) { return x.heading.has_value(); });
}

// "... over the next weeks. / <blank> / Endlich Ernte! / <blank> / Am Samstag beginnt die Lese.", "Finally, a verdict!":
// on a page whose text has headed sections already, a line of a few words closed by "!", of a heading's shape and set
// apart by blank lines over and under it, right over the text's last paragraph (a sentence, short, closing the
// region), heads that closing section. (A picture's caption ending in "!" is glued over its paragraph or set apart
// more widely: caption_under_picture_gap(); an author's farewell, "Viel Glück!", is text.) "Fazit", "Unser Fazit",
// "En résumé": so does a closing_heading() there, on any page, set apart or on a page without blank lines, and on a
// page that marks its headings ("1. ... / 2. ..." listed by a contents above), which lists no verdict.
bool closing_cry_heading(const SectionLoop& s, const Line& line) {
    const std::size_t k = line.k;
    const Block& b = line.b;
    const int least_words = 2, most_words = 5, most_text_words = 30;
    if (k <= s.rs || k + 1 != s.re || b.words > most_words || b.repeats > 0 || b.urls > 0 || k >= s.farewell)
        return false;
    const bool apart = b.blank_before && b.blank_after;
    const bool cry = b.text.back() == '!' && b.words >= least_words && apart && !s.only_marked;
    const bool closing = !cry && (apart || s.unspaced) && closing_heading(b.text);
    if (!cry && !closing)
        return false;
    const Block& below = s.blocks[k + 1];
    if (s.p.role[k + 1] != Role::none || !below.end_punct || below.text.back() == '!' || below.words < least_words ||
        below.words > most_text_words || below.boilerplate)
        return false;
    const bool headed = headed_text(s);
    return (headed || closing) && s.have_paragraph && heading_like(b) && !caption_under_picture_gap(s, line);
}

// "Best books of 2026 / Our critics chose ten novels. / What else is happening / A jury in Ohio found a former
// officer not guilty. / Astronomers spotted a new comet.", "... / Was sonst noch geschah / Der Bundestag hat den Etat
// beschlossen. / In Bern schneite es.": on a page whose text has headed sections already (a newsletter's), a title
// with no stop right under a paragraph, over the two short sentences that close the region (closing_section_end(), a
// brief's one-line items among them: brief_region()), heads that last section. (A button, "Mehr erfahren", heads
// one sentence or none; a question or a cry closes with its mark; a page of no headed sections has no titled last
// section. The counts first: most lines are longer or stand under no paragraph.)
bool closing_section_title(const SectionLoop& s, const Line& line) {
    const int most_words = 5;
    const std::size_t least_items = 2;
    const std::size_t k = line.k;
    const Page& p = s.p;
    if (line.b.words > most_words || line.b.end_punct || k <= s.rs || k + least_items > s.re || k >= s.farewell ||
        !s.have_paragraph || p.raw_quality[k - 1] != Quality::good || p.role[k - 1] != Role::paragraph)
        return false;
    // ("... / Recomendaciones / Mantener linternas y radios con pilas. / Evitar las zonas de riesgo.", "Tipps",
    // "Conseils", "Advice": a word alone naming the advice the list under it gives, advice_heading(), heads it on a
    // page of no headed sections too: closing_section_head() took the list into the region for that word.)
    return (advice_heading(line.b) || headed_text(s))
           && closing_section_end(p, k, brief_region(p, s.rs, k - 1)) >= s.re;
}

// The line heads a section: a sure heading, the title of a list or of a tabbed box, a blog's heading glued over its
// text, or a short line of a heading's shape (or a quoted_heading()) over text (`next_is_text`: text_below()).
bool heads_section(const SectionLoop& s, Line& line, bool next_is_text, bool after_colon) {
    const Page& p = s.p;
    const std::vector<Block>& blocks = s.blocks;
    const std::size_t k = line.k, re = s.re;
    const Block& b = line.b;
    // "Related: Ferries return to the pier": a link's label and the title it leads to is a line of the text the page
    // keeps where it stands, no heading.
    // "More ways to customize / Themes / Add-ons / Search / Themes / <text>": over the titles of a tabbed box
    // (a contents list), under text, the box's title heads it, though the page marks its other headings
    // ("Contents" over the list labels it: lexicon section contents_labels).
    const bool contents_title = s.have_paragraph && k < re && s.toc.in_contents[k + 1] && !s.toc.in_contents[k] &&
                                heads(s, line, b) && !any_language_has("contents_labels", b.lower);
    const bool list_title = contents_title || (s.list_parts[k] == ListPart::title && heads(s, line, b) &&
                                               !s.only_marked && !over_link(s, line));
    // "Great, let's get started! / If you have no kit yet, ...": a blog's heading ending in "!" or "?".
    const bool glued_heading = k < re && p.role[k + 1] == Role::none && p.quality[k + 1] == Quality::good &&
                               !after_colon && !s.only_marked &&
                               (glued_title(b, blocks[k + 1]) || interview_question(s, line)) &&
                               !caption_under_picture_gap(s, line);
    // "Vorteile / leise im Betrieb / gründlich auf Teppich", "Technische Daten / Preis: 349 Euro", "Points forts /
    // ...": a review's label of a list (lexicon section list_labels) heads its short items, no sentences; so does the
    // label of a box of key points (summary_box_label()) its short sentences.
    auto list_label = [&] {
        // (A box's label may be longer: "Das Wichtigste in Kürze".)
        if ((b.words > 3 && !summary_box_label(b)) || b.blank_after || k >= re || p.role[k + 1] != Role::none)
            return false;
        std::string_view low = b.lower;
        if (low.ends_with(':'))
            low.remove_suffix(1);
        static const LexiconSection& labels = any_language_section("list_labels");
        if (!labels.has(low) && !summary_box_label(b))
            return false;
        // ("Das Wichtigste in Kürze / <items> / Inhaltsverzeichnis / <titles>": a page that marks its headings by a
        // contents marks those below the contents; a label above it heads its items.)
        const auto contents_at = std::find(s.toc.in_contents.begin() + static_cast<std::ptrdiff_t>(s.rs),
                                           s.toc.in_contents.begin() + static_cast<std::ptrdiff_t>(re) + 1, true);
        return !s.only_marked || contents_at - s.toc.in_contents.begin() > static_cast<std::ptrdiff_t>(k);
    };
    // "Le vote en chiffres / Oui: 12 345 voix / Non: 9 876 voix", "Die Wahl in Zahlen / Beteiligung: 48 %": under the
    // text, a line of a heading's shape glued over two short lines or more of a label, a colon and a figure heads them.
    auto facts_label = [&] {
        const int most_fact_words = 8;
        auto fact = [&](std::size_t j) {
            const Block& x = blocks[j];
            if (j > re || p.role[j] != Role::none || x.digits == 0 || x.words > most_fact_words || x.blank_before)
                return false;
            // ("14:05 Ferries return" is a time; the label names its figure in words: "Turnout: 48 %".)
            return fact_label_end(x.text) != std::string_view::npos;
        };
        // (The label set off by a blank line over it, no label and value itself: "Cuisine: Thai" is a fact.)
        return b.blank_before && !b.blank_after && k + 2 <= re && s.have_paragraph && !s.only_marked &&
               b.digits == 0 && b.text.find(':') == std::string::npos && fact(k + 1) && fact(k + 2) &&
               heads(s, line, b);
    };
    // "... a day by 2030. / Key facts / Length: 21.25 km / Stations: 18 / Cost: Rs 14,133 crore / <text>", "En chiffres /
    // 40 bus de 12 mètres / ...": under a sentence (an item over the next is none), the title of a box of facts glued over its items (three at least,
    // half of them with a figure: fact_box_end()) heads them, though text follows the box. (The short lines first:
    // most lines are no title over an item.)
    // ("What the ferry offers: / Free wireless internet on board / Space for 40 bicycles / ...": a label is of four words
    // at most, or a question, no list's first item.)
    // ("Publié le 7 décembre / Le scrutin en chiffres / Inscrits : 12 400 / ... / <text>": the box opening the region
    // under the head's lines, region_body_drops.cpp fact_box_over_region(), has its title first.)
    auto box_label = [&] {
        const bool opening = k == s.rs && k > 0;
        const int most_words = b.text.back() == '?' || opening ? 8 : 4;
        const std::size_t least_items = 3;
        if (s.only_marked || (k <= s.rs && !opening) || k + least_items > re || b.words > most_words ||
            b.blank_after || (b.end_punct && b.text.back() != '?') || blocks[k + 1].end_punct ||
            (!opening && (p.role[k - 1] != Role::paragraph || !blocks[k - 1].end_punct)))
            return false;
        // (Amid the text, every item but one holds a figure or is a label and its value, three at least: "Kostenloses
        // Internet an Bord / Ein ruhiger Raum zum Lesen / Platz für 40 Fahrräder / 2 x 220 V / 16 A" is a list, its
        // first item no title; "Feiten / Kosten: 6 miljoen euro / Boeken: 40.000 / Open: zeven dagen per week" a box.)
        std::size_t figures = 0;
        const std::size_t end = fact_box_end(p, k, &figures);
        return end > k + least_items && figures >= least_items && figures + 2 >= end - k && heads(s, line, b);
    };
    // "O que fazer em caso de enchente / A Defesa Civil orienta: / não entrar em áreas alagadas; / ...", "What to do in a
    // flood / The council advises: / stay out of flooded streets; / ...": a short line of a heading's shape glued over
    // a sentence announcing a list with its colon (three words at least), the list's items kept as text under it
    // (short_item_lists()), heads the sentence and its list; on a page setting every line apart, with blank lines
    // between them too.
    auto announced_list_title = [&] {
        const int most_words = 10;
        // (A line in title case, every word capitalised, is left to the fold of title-case pages: on a page of
        // headings in sentence case it is none.)
        if (s.only_marked || k <= s.rs || k + 2 > re || b.words < 2 || b.words > most_words || b.end_punct || b.digits > 0 ||
            b.upper_initial >= b.words || p.role[k + 1] != Role::none)
            return false;
        // (Glued to the sentence, or set apart by blank lines no more than the list's lines are. A line under a colon is
        // announced itself, an item; a sentence opening in lower case goes on from the line over it: "URI_ENCODE(
        // <folder> <name> ) / for a document, or:".)
        const Block& announce = blocks[k + 1];
        std::size_t first = 0;
        return announce.text.back() == ':' && announce.words >= 3 && s.listed[k + 1] && s.listed[k + 2] &&
               (!b.blank_after || announce.blank_after) && blocks[k - 1].text.back() != ':' &&
               text::is_upper(text::next_cp(announce.text, first)) && heads(s, line, b);
    };
    if (!line.sure_heading && dialogue_question(s, k))
        return false;
    // "Zu „Landkreis streicht Buslinien“ (2. Dezember): / <letter>": the article the letters answer heads them.
    if (!line.sure_heading && next_is_text && !s.only_marked && letter_reference(b.text, p.language))
        return true;
    // "CNN — / Scientists have found ...", "WASHINGTON — / The Senate voted ...", "BERLIN (dpa) - / Die Werft ...": a
    // dateline printed alone on its line over the paragraph it opens (own_line_dateline()) heads no section: it is
    // the text's first words.
    if (!line.sure_heading && k < re && own_line_dateline(b.text, blocks[k + 1].text))
        return false;
    // ("Key facts / Length: 21 km / ... / Trains every four minutes at peak hours / <text>": an item of a box of facts
    // whose title heads it heads nothing, the last one over the text under the box neither.)
    if (!line.sure_heading && k < s.box_end)
        return false;
    // (A box of facts closing the region: its title heads its items, which head nothing.)
    if (s.box_title <= re && k >= s.box_title)
        return k == s.box_title;
    // (A transcript's turns: the asking speaker's over an answer head it, whatever their length; the others nothing.
    // Its cross-heads between an answer and a question head too, in quotation marks or not.)
    if (!line.sure_heading && k >= s.rs && k - s.rs < s.turns.size() && s.turns[k - s.rs] != 0)
        return s.turns[k - s.rs] != transcript_turn;
    // (A row of facts, even where the region's opening makes it a sure heading; a heading the page marks as one stays
    // one.)
    if (row_under_row(s, k) && !marked_heading(b.text))
        return false;
    // "Vous avez été ministre. Le fédéralisme ne vous pèse-t-il pas? / Non, c'est une force. ...": an interview's
    // question over its answer heads it, a statement before the question or not (interview_asks()), where such
    // questions come back every few lines, one in eight of the region's lines at least, and two of them at least
    // are put to someone (addresses_someone(), or answered under a name: speaker_answers()), or one is and the page
    // signs its questions ("Propos recueillis par X": SectionLoop::signed_interview), or its kicker names an interview
    // ("L'intervista": SectionLoop::labelled_interview, whoever its questions are put to). (An essay's questions over
    // its paragraphs, "But what could go wrong? / ...", two or three among dozens of lines, or asked of nobody, "So
    // what is the violence of a few burned cars?", are its text.)
    const std::size_t lines_per_question = 8;
    const int least_addressed = 2;
    const bool interview =
        k < re && p.role[k + 1] == Role::none && !s.only_marked &&
        (s.addressed_questions >= least_addressed || (s.signed_interview && s.addressed_questions >= 1) ||
         s.labelled_interview) &&
        static_cast<std::size_t>(s.answered_questions) * lines_per_question >= re - s.rs + 1;
    // (A question put as a statement among them heads its answer too: statement_turn().)
    const bool asks = interview && (interview_asks(s, k) || statement_turn(s, k));
    return line.sure_heading || list_title || glued_heading || asks || list_label() || facts_label() || box_label() ||
           recipe_part_title(s, line) || announced_list_title() ||
           (question_under_picture(s, line) && !s.only_marked) ||
           (question_set_apart(s, line) && next_is_text && !s.only_marked) ||
           (explainer_question(s, line) && next_is_text && !s.only_marked) || closing_cry_heading(s, line) ||
           closing_section_title(s, line) || prompt_between_quoted_answers(s, line) ||
           ((heads(s, line, b) || quoted_heading(s, line) || question_series(s, line) ||
             live_title_in_marks(s, line)) &&
            next_is_text && !s.only_marked && !link_label_line(b));
}

} // namespace archive
