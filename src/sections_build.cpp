// The section loop of the classify stage (build_sections()): the lines of the article's region without a role yet
// become its sections. Each line is read by the rules below in the loop's order: the lines the body leaves out (a
// closing agency tag, a contents entry, a box of other articles' titles, the page's navigation) first, then whether
// the line heads the text below it or is a paragraph. The loop's helpers and the folds of the sections it builds are
// in sections.cpp.
#include "bylines.hpp"
#include "classify.hpp"
#include "page.hpp"

#include "lexicon.hpp"
#include "text.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>

namespace archive {

namespace {

// A label line lower-cased without its final colon, to be looked up in a list of labels. (A block's text is
// collapsed already and its `lower` is text::lower() of it: the label is a piece of that, not made again.)
std::string_view label_of(const Block& b) {
    std::string_view low = b.lower;
    while (!low.empty() && (low.back() == ':' || low.back() == ' '))
        low.remove_suffix(1);
    return low;
}

// "Related", "Lesen Sie auch:", "À lire": a label known as boilerplate, alone on its line (no title after it).
bool label_alone(const Block& b) {
    const std::string_view low = label_of(b);
    return !low.empty() && any_language_has("boilerplate", low);
}

// "This is a modal window.", "Beginning of dialog window. Escape will cancel and close the window.": what a video
// player inside the article prints for screen readers. Its lines are no text of the article, though they leave the
// region whole (they are short lines, as in the article's text).
bool player_notice(const Block& b) {
    static const auto& notices = common_lexicon().list("player_notices");
    return b.words <= 30 && std::any_of(notices.begin(), notices.end(),
                                        [&b](const std::string& n) { return b.lower.starts_with(n); });
}

// "View this image ›", "Bild ansehen »", "Voir la photo": a picture's button (lexicon section picture_buttons),
// alone on its line after its arrow is taken off.
bool picture_button(const Block& b) {
    std::string_view low = label_of(b);
    for (std::string_view mark : {"›", "»", ">", "→"})
        if (low.ends_with(mark)) {
            low = text::trim(low.substr(0, low.size() - mark.size()));
            break;
        }
    return b.words <= 5 && !low.empty() && any_language_has("picture_buttons", low);
}

// "Other people are reading", "Andere Leser lesen gerade": see reading_labels.
bool reading_label(const Block& b) {
    return b.words <= 6 && any_language_has("reading_labels", label_of(b));
}

// "Boats in the bay at dawn. (Foto Harbour Times: Jane Roe)", "The flooded pier (Photo Services)": a caption closed by
// its credit in parentheses, opened by a credit's label (lexicon section glued_credit_labels) and a name.
bool closed_by_credit(std::string_view line) {
    if (line.empty() || line.back() != ')')
        return false;
    const std::size_t open = line.rfind('(');
    if (open == std::string_view::npos || open == 0)
        return false;
    const std::string_view inner = line.substr(open + 1, line.size() - open - 2);
    std::size_t at = 0;
    std::string_view label = text::next_token(inner, at);
    while (!label.empty() && label.back() == ':')
        label.remove_suffix(1);
    if (label.empty() || text::next_token(inner, at).empty())
        return false;
    static const auto& labels = common_lexicon().list("glued_credit_labels");
    const std::string low = text::lower(label);
    return std::find(labels.begin(), labels.end(), low) != labels.end();
}

// The loop's state: the page and its article's region [rs, re], what the rules ask of the whole region (worked out
// before the loop), and the section being filled.
struct SectionLoop {
    SectionLoop(Page& page, std::size_t from, std::size_t to, const Contents& contents,
                const std::vector<char>& note_flags, std::vector<Block>* owned_blocks);

    Page& p;
    const std::vector<Block>& blocks;
    const std::size_t rs, re;
    const Contents& toc;
    const std::vector<char>& notes;
    std::vector<Block>* const owned;
    bool only_marked = false;         // the page marks its headings: an unmarked line of a heading's shape heads nothing
    std::vector<char> listed;         // the items of short lists and the lines of code: text, however short
    std::size_t farewell = 0;         // the first line of the author's farewell closing the region (text, however short)
    std::vector<ListPart> list_parts; // tight_definition_lists() of the region

    // The body: sections of paragraphs, headed by short lines without final punctuation.
    Section section;
    bool have_paragraph = false;
    // A paragraph's text is read again by the rules of the lines below it: spent blocks give theirs up only once the
    // sections are made, each into the place its paragraph holds (section, paragraph, block).
    std::vector<std::array<std::size_t, 3>> spent_paragraphs;
};

bool listed_heading(const SectionLoop& s, std::size_t k) {
    return s.toc.listed_heading(s.blocks, k);
}

SectionLoop::SectionLoop(Page& page, std::size_t from, std::size_t to, const Contents& contents,
                         const std::vector<char>& note_flags, std::vector<Block>* owned_blocks)
    : p(page), blocks(page.blocks), rs(from), re(to), toc(contents), notes(note_flags), owned(owned_blocks) {
    // A page that marks its headings (an edit link on each, a table of contents listing them) marks them all:
    // an unmarked line of a heading's shape there is a picture's caption.
    int marked = 0;
    for (std::size_t k = rs; k <= re; ++k)
        marked += marked_heading(blocks[k].text) || listed_heading(*this, k);
    only_marked = marked >= 3;

    // (A block of code stays text as the items of a short list do.)
    listed = short_item_lists(p, rs, re);
    farewell = farewell_from(p, rs, re); // ("Viel Glück! / Euer Hans": text, however short)
    const std::vector<char> code = code_blocks(p, rs, re);
    std::transform(listed.begin(), listed.end(), code.begin(), listed.begin(),
                   [](bool item, bool line_of_code) { return item || line_of_code; });
    list_parts = tight_definition_lists(p, rs, re);

    // (Room for every line of the region at once: the list is not grown, and moved, at each doubling.)
    if (owned != nullptr && rs <= re)
        spent_paragraphs.reserve(re - rs + 1);
}

// The line the loop reads, and what several rules ask of it, worked out once.
struct Line {
    std::size_t k;
    const Block& b;
    bool sure_heading = false;
    std::optional<bool> heads; // heads_shape() of b
};

// A line of the text: a paragraph of the section being filled.
void add_paragraph(SectionLoop& s, std::size_t k) {
    s.p.role[k] = Role::paragraph;
    s.have_paragraph = true;
    if (s.owned == nullptr) {
        s.section.paragraphs.push_back(s.blocks[k].text);
        return;
    }
    // (A section with a paragraph is always stored, next in a.sections.)
    s.spent_paragraphs.push_back({s.p.article.sections.size(), s.section.paragraphs.size(), k});
    s.section.paragraphs.emplace_back();
}

// A heading: it closes the section being filled (stored if it has a heading or a paragraph) and opens the next.
void start_section(SectionLoop& s, const std::string& heading) {
    if (s.have_paragraph || s.section.heading)
        s.p.article.sections.push_back(std::move(s.section));
    s.section = Section{};
    s.section.heading = heading;
    s.have_paragraph = false;
}

// A heading sits between paragraphs and is followed by text, perhaps after a pointer to another
// article ("Main article: Harbour") or a label ("Advertisement") that the body leaves out.
std::size_t next_text(const SectionLoop& s, std::size_t from) {
    const Page& p = s.p;
    while (from <= s.re && (p.role[from] != Role::none || s.blocks[from].boilerplate ||
                            repeated_label(s.blocks[from])))
        ++from;
    return from;
}

// "Performance / mconley fixed a hang at shutdown caused by the startup cache (Bug 1234)": the items of a
// changelog run long without a final stop; a label over one is a heading when it is a few words. The text a
// heading heads runs seven words at least ("Local news / Sign in to reply." is a tag over a button).
bool is_text(const SectionLoop& s, std::size_t at, const Block& over) {
    if (at > s.re || s.p.quality[at] != Quality::good)
        return false;
    const Block& t = s.blocks[at];
    if (t.words > std::max(over.words, 6) && (t.end_punct || (t.words >= 16 && over.words <= 5)))
        return true;
    // "No, the harbour is not about to close for good / The tides have risen by a hand since 1990. / <a
    // chart>": a sentence of eight words or more closed by its stop is text under a longer heading too,
    // unless it goes on with a sentence broken off above it ("... goes to new projects / or to the
    // town's clubs.").
    const int least_words = 8;
    if (!t.end_punct || t.words < least_words)
        return false;
    std::size_t first = 0;
    return !text::is_lower(text::next_cp(t.text, first));
}

// "Make a list of what you own" printed again in a comment under the article: a heading quoted below the
// region is still printed once in the article (a label or a teaser comes back inside it or above it).
bool quoted_below(const SectionLoop& s, const Block& h) {
    const std::vector<Block>& blocks = s.blocks;
    const std::size_t n = blocks.size();
    constexpr std::size_t no_copy = Contents::no_copy;
    const int most_copied_words = Contents::most_copied_words;
    if (h.words < 4 || h.repeats != 1)
        return false;
    // The first two copies of h's text. (h is a line of the page, or a line made of two of them, whose copies
    // are looked for one by one.)
    std::size_t front = no_copy, second = no_copy;
    if (&h >= blocks.data() && &h < blocks.data() + n) {
        front = static_cast<std::size_t>(&h - blocks.data());
        while (s.toc.prev_copy[front] != no_copy)
            front = s.toc.prev_copy[front];
        second = s.toc.next_copy[front];
    } else if (h.words <= most_copied_words) {
        for (std::size_t c = 0; c < n && second == no_copy; ++c)
            if (blocks[c].repeats >= 1 && blocks[c].words <= most_copied_words && blocks[c].text == h.text)
                (front == no_copy ? front : second) = c;
    }
    return second != no_copy && front >= s.rs && front <= s.re && second > s.re;
}

// "Harbour Board 412 3.5%", "Anna Berg 17 0,4 %": the last row of a table of names and figures, over the
// text after the table, heads no section ("Tarif: 3 Euro", a label and its value, may be a heading's shape).
// "Film<TAB>Year<TAB>Notes", "Harbour Lights<TAB>1961<TAB>A keeper's last winter": a row of a table's cells
// (its header too) heads no section.
bool figures_row(const Block& h) {
    return h.cells || (table_row(h) && h.text.find(": ") == std::string::npos);
}

// A short line of a heading's shape, which may head the text below it.
bool heads_shape(const SectionLoop& s, const Block& h) {
    // "Find Out How Many Hours and Euros You Lose on the Bus Every Week": Title Case runs longer. "The keeper
    // retires →", "← Older post": a link to the next or previous article heads nothing, nor does a caption
    // closed by its credit.
    int most = h.upper_initial * 5 >= h.words * 3 ? 14 : 12;
    return heading_like(h) && (!h.end_punct || question_heading(h)) && h.words <= most &&
           (h.repeats == 0 || quoted_below(s, h)) && !slide_counter(h.text) && !figures_row(h) &&
           !link_button(h) && !glued_credit_label(h.text) && !comment_count(h) &&
           !live_coverage_link(h) && !navigation_arrow(h.text) && !closed_by_credit(h.text);
}

// heads_shape() of h. (Asked of the line by several rules below: worked out once.)
bool heads(const SectionLoop& s, Line& line, const Block& h) {
    if (&h != &line.b)
        return heads_shape(s, h);
    if (!line.heads)
        line.heads = heads_shape(s, h);
    return *line.heads;
}

// "... / Reuters": an agency's tag closing the article (asked of the region's last lines only) is its source tag.
bool source_tag_line(SectionLoop& s, const Line& line) {
    if (auto tag = line.k >= s.re - 1 ? agency_tag(line.b.text) : std::nullopt) {
        s.p.role[line.k] = Role::source_tag;
        s.p.article.source_tag = SourceTag{line.b.text, *tag};
        return true;
    }
    return false;
}

// An entry of a numbered contents whose titles the page prints again below, or what a video player prints for
// screen readers: left out of the body.
bool contents_entry(const SectionLoop& s, const Line& line) {
    return s.toc.contents_line[line.k] || player_notice(line.b);
}

// "^ Doe, Jane (2019) ... / Citations / ^ Roe, John ...": a title the contents list heads the notes under it,
// though it stands between two of them.
bool wiki_note(const SectionLoop& s, const Line& line) {
    return s.notes[line.k] && !listed_heading(s, line.k);
}

// "History[edit]" on a wiki, or a line its table of contents lists: a heading whatever its neighbours,
// even a short one between boilerplate.
// ("Opinión / Más en Opinión ›": a section's label on a front page is one too.)
bool sure_heading(const SectionLoop& s, const Line& line) {
    const std::size_t k = line.k;
    return marked_heading(line.b.text) || listed_heading(s, k) ||
           (k < s.re && section_label(line.b, s.blocks[k + 1]));
}

// "Other people are reading / Title one / Title two / <text>": a label over a few titles of other articles
// inside the article, which goes on after them. (Known as a label only here: as boilerplate, the label would
// end the article's region.) Their roles become boilerplate.
bool reading_box(SectionLoop& s, const Line& line) {
    Page& p = s.p;
    const std::vector<Block>& blocks = s.blocks;
    const std::size_t k = line.k, re = s.re;
    if (!reading_label(line.b))
        return false;
    std::size_t j = k + 1;
    while (j < re && j - k <= 4 && p.role[j] == Role::none && !blocks[j].end_punct &&
           blocks[j].words <= 14 && p.raw_quality[j] != Quality::good)
        ++j;
    if (j == k + 1 || is_text(s, j, blocks[k + 1]))
        for (std::size_t t = k; t < j; ++t)
            p.role[t] = Role::boilerplate;
    return p.role[k] == Role::boilerplate;
}

// jusText's heading rule: a short line of a heading's shape right over text heads it, though an inline
// link to another article between two paragraphs ("Read more: ...") or a picture's caption just above
// makes it look like boilerplate. (Under a heading, "Main article: ..." is followed by a caption.)
// "Related / Doubts about the new bridge grow in the council": under a label alone between two paragraphs,
// a line of a heading's shape is the title of the link the label announces, no heading.
bool related_title(const SectionLoop& s, Line& line) {
    const Page& p = s.p;
    const std::vector<Block>& blocks = s.blocks;
    const std::size_t k = line.k;
    return k > s.rs + 1 && k < s.re && !line.sure_heading && heads(s, line, line.b) && is_text(s, k + 1, line.b) &&
           blocks[k - 1].boilerplate && p.role[k - 2] == Role::paragraph && label_alone(blocks[k - 1]);
}

// "... the water mains. / Image / A flooded street in 1978.Credit: Jane Roe / Replacing the pipes, slowly /
// Upgrading ...": between two paragraphs, under what the body leaves out (a picture's label and caption, a
// teaser and its date), a short line of a heading's shape over text heads it.
bool after_aside(const SectionLoop& s, std::size_t at) {
    const Page& p = s.p;
    const std::vector<Block>& blocks = s.blocks;
    const std::size_t rs = s.rs;
    const std::size_t most = 4;
    std::size_t j = at;
    while (j > rs && at - j < most &&
           (p.role[j - 1] == Role::boilerplate || p.role[j - 1] == Role::caption ||
            p.role[j - 1] == Role::credit || p.role[j - 1] == Role::date || p.role[j - 1] == Role::duplicate))
        --j;
    // "Photo: Jane Roe, Harbour Museum," / "Town Archives": a credit running on to the next line.
    return j < at && j > rs && p.role[j - 1] == Role::paragraph && blocks[at].words >= 3 &&
           blocks[at - 1].text.back() != ',';
}

// A heading jusText rates short or bad, which its neighbours show heads the text below it: under a caption, a
// credit or what the body leaves out, over a byline, or too long for jusText between two paragraphs.
bool heading_by_neighbours(const SectionLoop& s, Line& line) {
    const Page& p = s.p;
    const std::vector<Block>& blocks = s.blocks;
    const std::size_t k = line.k, rs = s.rs, re = s.re;
    const Block& b = line.b;
    bool short_heading = false;
    if (p.raw_quality[k] == Quality::short_ && k > rs + 1 && k < re && heads(s, line, b) && is_text(s, k + 1, b)) {
        Role above = p.role[k - 1];
        short_heading = above == Role::caption || above == Role::credit ||
                        (blocks[k - 1].boilerplate && p.role[k - 2] == Role::paragraph) ||
                        after_aside(s, k);
    }
    // "... Comments (5 posted) / Mapping rivers with free tools / By Jane Doe / March 25, 2015 / <text>": on a page of
    // several articles, each article's title stands over its byline (and date) and heads its text.
    if (p.raw_quality[k] == Quality::short_ && k > rs && k < re && p.role[k + 1] == Role::byline && heads(s, line, b)) {
        std::size_t j = k + 1;
        while (j <= re && (p.role[j] == Role::byline || p.role[j] == Role::date))
            ++j;
        short_heading = short_heading || is_text(s, j, b);
    }
    // "... under the streets. / ‘Freeze-thaws’ linked to climate change threaten the pipes / The swings ...": a
    // title of a heading's shape but of sixty letters or more, which jusText rates bad, between two paragraphs;
    // so is "“Harbour Lights” ($20)", rated bad for its marks and figures.
    if (p.raw_quality[k] == Quality::bad && k > rs && k < re && p.role[k - 1] == Role::paragraph && heads(s, line, b) &&
        is_text(s, k + 1, b) && (text::length_cp(b.text) >= 60 || quoted_title_with_note(b.text)))
        short_heading = true;
    return short_heading;
}

// "Jane DoePolitics", "Gesund essenDiese 7 Tipps": two elements of the page glued without their space, a
// name and its category, a label and a teaser's title, are the page's navigation, no text of the article; so
// is "Jetzt anmelden »", a button between its paragraphs, whatever lines of text stand around it, and
// "Ferries return to the pier | Harbour TV", the title of a video or a teaser with its site's name.
bool navigation_line(const SectionLoop& s, const Line& line, bool short_heading) {
    const Page& p = s.p;
    const std::size_t k = line.k;
    const Block& b = line.b;
    const bool kept = k >= s.farewell || kept_as_text(p, k, s.rs, s.re, s.listed);
    return !line.sure_heading && !short_heading &&
           ((!kept && ((p.quality[k] == Quality::bad && !short_sentence(b, p.language)) || b.boilerplate ||
                       repeated_label(b) || (!b.end_punct && b.words <= 14 && glued_elements(b.text)))) ||
            (!b.end_punct && (arrow_link(b.text) || barred_title(b.text))));
}

// "Built for / the long winters / <text>": a title broken in two over the text heads it whole (the line and the next
// become one heading).
bool broken_title_heads(SectionLoop& s, const Line& line) {
    Page& p = s.p;
    const std::vector<Block>& blocks = s.blocks;
    const std::size_t k = line.k;
    const Block& b = line.b;
    if (line.sure_heading || k + 1 >= s.re || p.role[k + 1] != Role::none ||
        !broken_title(b, blocks[k + 1], p.language))
        return false;
    const std::vector<Block> whole = segment(b.text + " " + blocks[k + 1].text);
    if (whole.size() == 1 && heads_shape(s, whole.front()) && is_text(s, next_text(s, k + 2), whole.front())) {
        p.role[k] = Role::heading;
        p.role[k + 1] = Role::heading;
        start_section(s, whole.front().text);
        return true;
    }
    return false;
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

// "Then the neighbours had their say:" / "Nobody asked us about the new quay" / "The mayor replied ...": the line
// a paragraph announces with its colon is what it announces (words quoted, an item), no heading.
bool announced_by_colon(const SectionLoop& s, std::size_t k) {
    return k > s.rs && s.p.role[k - 1] == Role::paragraph && s.blocks[k - 1].text.back() == ':' &&
           s.blocks[k - 1].words >= 3;
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
    auto item = [&](std::size_t at2, Role role) {
        return p.role[at2] == role && blocks[at2].words <= 12 && shape(blocks[at2]) == own;
    };
    std::size_t j = at, e = at;
    while (j > s.rs + 1 && at - j < 2 && item(j - 1, Role::paragraph))
        --j;
    while (e < s.re && e - j < 2 && item(e + 1, Role::none))
        ++e;
    return own <= 1 && e - j >= 2;
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
    return after_caption || over_caption || under_player || under_picture || over_link(s, line) ||
           s.list_parts[k] == ListPart::term || after_colon || announced_list_item(s, k) ||
           ((amid_items(s, line) || list_item(s, k)) && !echoes_heading(s, b)) || names_next;
}

// The line is followed by text it may head: the next line of text, unless the line and that text are a teaser of
// another article, the title of a graphic, or a line of a heading's shape that heads_no_text().
bool text_below(const SectionLoop& s, const Line& line, bool after_colon) {
    const std::size_t next = next_text(s, line.k + 1);
    bool next_is_text = is_text(s, next, line.b);
    if (next_is_text && teaser_summary(s, next))
        next_is_text = false;
    if (graphic_title(s, line))
        next_is_text = false;
    if (next_is_text && !line.sure_heading && heads_no_text(s, line, next, after_colon))
        next_is_text = false;
    return next_is_text;
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
    if (k <= s.rs || k >= s.re || !b.blank_before || !b.blank_after || b.repeats > 0 || !quoted_title(b))
        return false;
    const Role above = p.role[k - 1];
    auto opens_quoted = [](const Block& x) {
        std::size_t at = 0;
        const char32_t cp = text::next_cp(x.text, at);
        return text::is_quote_mark(cp) || cp == '\'';
    };
    return (above == Role::paragraph || above == Role::caption || above == Role::credit) &&
           !opens_quoted(blocks[k - 1]) && !quoted_title(blocks[k + 1]);
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
                               !after_colon && !s.only_marked && glued_title(b, blocks[k + 1]);
    return line.sure_heading || list_title || glued_heading || (question_under_picture(s, line) && !s.only_marked) ||
           ((heads(s, line, b) || quoted_heading(s, line)) && next_is_text && !s.only_marked && !link_label_line(b));
}

} // namespace

void build_sections(Page& p, std::size_t rs, std::size_t re, const Contents& toc, const std::vector<char>& notes,
                    std::vector<Block>* owned) {
    SectionLoop s(p, rs, re, toc, notes, owned);
    for (std::size_t k = rs; k <= re; ++k) {
        if (p.role[k] != Role::none)
            continue;
        Line line{k, p.blocks[k], false, std::nullopt};
        if (source_tag_line(s, line))
            continue;
        if (contents_entry(s, line)) {
            p.role[k] = Role::boilerplate;
            continue;
        }
        if (wiki_note(s, line)) {
            add_paragraph(s, k);
            continue;
        }
        line.sure_heading = sure_heading(s, line);
        if (reading_box(s, line))
            continue;
        if (related_title(s, line)) {
            p.role[k] = Role::boilerplate;
            continue;
        }
        if (navigation_line(s, line, heading_by_neighbours(s, line))) {
            p.role[k] = Role::boilerplate;
            continue;
        }
        if (broken_title_heads(s, line)) {
            ++k;
            continue;
        }
        const bool announced = announced_by_colon(s, k);
        if (heads_section(s, line, text_below(s, line, announced), announced)) {
            p.role[k] = Role::heading;
            start_section(s, line.b.text);
            continue;
        }
        add_paragraph(s, k);
    }
    if (s.have_paragraph || s.section.heading)
        p.article.sections.push_back(std::move(s.section));
    for (const auto& [at, paragraph, k] : s.spent_paragraphs)
        p.article.sections[at].paragraphs[paragraph] = std::move((*owned)[k].text);
    fold_definition_lists(p.article.sections);
    fold_sentence_case_labels(p.article.sections);
}

} // namespace archive
