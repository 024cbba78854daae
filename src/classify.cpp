// The classify stage (classify()): classify_blocks() runs its phases in order over the Page (page.hpp), from the
// lines' measures and the article's region through the metadata, the opening, the tables of contents and the
// section loop (here, build_sections()) to what follows the article and the lines kept as boilerplate.
#include "classify.hpp"
#include "page.hpp"

#include "lexicon.hpp"
#include "text.hpp"

#include <algorithm>
#include <cstdio>

namespace archive {

namespace {

void add_boilerplate(Article& a, const std::string& line) {
    a.boilerplate.push_back(line);
}

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

} // namespace

namespace {

// The body: the lines of the region [rs, re] without a role yet become its sections of paragraphs, headed by short
// lines without final punctuation (`toc` the page's tables of contents, `notes` its note_lines()). With `owned`, the
// paragraphs' texts are moved out of those blocks once the sections are made.
void build_sections(Page& p, std::size_t rs, std::size_t re, const Contents& toc, const std::vector<char>& notes,
                    std::vector<Block>* owned) {
    const std::vector<Block>& blocks = p.blocks;
    const std::size_t n = blocks.size();
    const std::string_view language = p.language;
    Article& a = p.article;
    const std::vector<bool>& contents_line = toc.contents_line;
    const std::vector<bool>& in_contents = toc.in_contents;
    const std::vector<std::size_t>& prev_copy = toc.prev_copy;
    const std::vector<std::size_t>& next_copy = toc.next_copy;
    constexpr std::size_t no_copy = Contents::no_copy;
    const int most_copied_words = Contents::most_copied_words;
    auto listed_heading = [&](std::size_t k) { return toc.listed_heading(blocks, k); };

    // A page that marks its headings (an edit link on each, a table of contents listing them) marks them all:
    // an unmarked line of a heading's shape there is a picture's caption.
    int marked = 0;
    for (std::size_t k = rs; k <= re; ++k)
        marked += marked_heading(blocks[k].text) || listed_heading(k);
    const bool only_marked = marked >= 3;

    // (A block of code stays text as the items of a short list do.)
    std::vector<char> listed = short_item_lists(p, rs, re);
    const std::size_t farewell = farewell_from(p, rs, re); // ("Viel Glück! / Euer Hans": text, however short)
    const std::vector<char> code = code_blocks(p, rs, re);
    std::transform(listed.begin(), listed.end(), code.begin(), listed.begin(),
                   [](bool item, bool line_of_code) { return item || line_of_code; });
    const std::vector<ListPart> list_parts = tight_definition_lists(p, rs, re);

    // The body: sections of paragraphs, headed by short lines without final punctuation.
    Section section;
    bool have_paragraph = false;
    // A paragraph's text is read again by the rules of the lines below it: spent blocks give theirs up only once the
    // sections are made, each into the place its paragraph holds (section, paragraph, block).
    // (Room for every line of the region at once: the list is not grown, and moved, at each doubling.)
    std::vector<std::array<std::size_t, 3>> spent_paragraphs;
    if (owned != nullptr && rs <= re)
        spent_paragraphs.reserve(re - rs + 1);
    auto add_paragraph = [&](std::size_t k) {
        if (owned == nullptr) {
            section.paragraphs.push_back(blocks[k].text);
            return;
        }
        // (A section with a paragraph is always stored, next in a.sections.)
        spent_paragraphs.push_back({a.sections.size(), section.paragraphs.size(), k});
        section.paragraphs.emplace_back();
    };
    std::size_t last_text = re;
    for (std::size_t k = rs; k <= re; ++k) {
        if (p.role[k] != Role::none)
            continue;
        const Block& b = blocks[k];
        if (auto tag = k >= re - 1 ? agency_tag(b.text) : std::nullopt) { // (asked of the region's last lines only)
            p.role[k] = Role::source_tag;
            a.source_tag = SourceTag{b.text, *tag};
            continue;
        }
        // "History[edit]" on a wiki, or a line its table of contents lists: a heading whatever its neighbours,
        // even a short one between boilerplate.
        if (contents_line[k] || player_notice(b)) {
            p.role[k] = Role::boilerplate;
            continue;
        }
        // "^ Doe, Jane (2019) ... / Citations / ^ Roe, John ...": a title the contents list heads the notes under it,
        // though it stands between two of them.
        if (notes[k] && !listed_heading(k)) {
            p.role[k] = Role::paragraph;
            add_paragraph(k);
            have_paragraph = true;
            continue;
        }
        // ("Opinión / Más en Opinión ›": a section's label on a front page is one too.)
        bool sure_heading =
            marked_heading(b.text) || listed_heading(k) || (k < re && section_label(b, blocks[k + 1]));
        // A heading sits between paragraphs and is followed by text, perhaps after a pointer to another
        // article ("Main article: Harbour") or a label ("Advertisement") that the body leaves out.
        auto next_text = [&](std::size_t from) {
            while (from <= re && (p.role[from] != Role::none || blocks[from].boilerplate ||
                                  repeated_label(blocks[from])))
                ++from;
            return from;
        };
        // "Performance / mconley fixed a hang at shutdown caused by the startup cache (Bug 1234)": the items of a
        // changelog run long without a final stop; a label over one is a heading when it is a few words. The text a
        // heading heads runs seven words at least ("Local news / Sign in to reply." is a tag over a button).
        auto is_text = [&](std::size_t at, const Block& over) {
            if (at > re || p.quality[at] != Quality::good)
                return false;
            const Block& t = blocks[at];
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
        };
        // "Make a list of what you own" printed again in a comment under the article: a heading quoted below the
        // region is still printed once in the article (a label or a teaser comes back inside it or above it).
        auto quoted_below = [&](const Block& h) {
            if (h.words < 4 || h.repeats != 1)
                return false;
            // The first two copies of h's text. (h is a line of the page, or a line made of two of them, whose copies
            // are looked for one by one.)
            std::size_t front = no_copy, second = no_copy;
            if (&h >= blocks.data() && &h < blocks.data() + n) {
                front = static_cast<std::size_t>(&h - blocks.data());
                while (prev_copy[front] != no_copy)
                    front = prev_copy[front];
                second = next_copy[front];
            } else if (h.words <= most_copied_words) {
                for (std::size_t c = 0; c < n && second == no_copy; ++c)
                    if (blocks[c].repeats >= 1 && blocks[c].words <= most_copied_words && blocks[c].text == h.text)
                        (front == no_copy ? front : second) = c;
            }
            return second != no_copy && front >= rs && front <= re && second > re;
        };
        // "Harbour Board 412 3.5%", "Anna Berg 17 0,4 %": the last row of a table of names and figures, over the
        // text after the table, heads no section ("Tarif: 3 Euro", a label and its value, may be a heading's shape).
        // "Film<TAB>Year<TAB>Notes", "Harbour Lights<TAB>1961<TAB>A keeper's last winter": a row of a table's cells
        // (its header too) heads no section.
        auto figures_row = [](const Block& h) {
            return h.cells || (table_row(h) && h.text.find(": ") == std::string::npos);
        };
        auto heads_shape = [&](const Block& h) {
            // "Find Out How Many Hours and Euros You Lose on the Bus Every Week": Title Case runs longer. "The keeper
            // retires →", "← Older post": a link to the next or previous article heads nothing, nor does a caption
            // closed by its credit.
            int most = h.upper_initial * 5 >= h.words * 3 ? 14 : 12;
            return heading_like(h) && (!h.end_punct || question_heading(h)) && h.words <= most &&
                   (h.repeats == 0 || quoted_below(h)) && !slide_counter(h.text) && !figures_row(h) &&
                   !link_button(h) && !glued_credit_label(h.text) && !comment_count(h) &&
                   !live_coverage_link(h) && !navigation_arrow(h.text) && !closed_by_credit(h.text);
        };
        // (Asked of the line by several rules below: worked out once.)
        std::optional<bool> line_heads;
        auto heads = [&](const Block& h) {
            if (&h != &b)
                return heads_shape(h);
            if (!line_heads)
                line_heads = heads_shape(h);
            return *line_heads;
        };
        // "Other people are reading / Title one / Title two / <text>": a label over a few titles of other articles
        // inside the article, which goes on after them. (Known as a label only here: as boilerplate, the label would
        // end the article's region.)
        if (reading_label(b)) {
            std::size_t j = k + 1;
            while (j < re && j - k <= 4 && p.role[j] == Role::none && !blocks[j].end_punct &&
                   blocks[j].words <= 14 && p.raw_quality[j] != Quality::good)
                ++j;
            if (j == k + 1 || is_text(j, blocks[k + 1]))
                for (std::size_t t = k; t < j; ++t)
                    p.role[t] = Role::boilerplate;
            if (p.role[k] == Role::boilerplate)
                continue;
        }
        // jusText's heading rule: a short line of a heading's shape right over text heads it, though an inline
        // link to another article between two paragraphs ("Read more: ...") or a picture's caption just above
        // makes it look like boilerplate. (Under a heading, "Main article: ..." is followed by a caption.)
        // "Related / Doubts about the new bridge grow in the council": under a label alone between two paragraphs,
        // a line of a heading's shape is the title of the link the label announces, no heading.
        if (k > rs + 1 && k < re && !sure_heading && heads(b) && is_text(k + 1, b) && blocks[k - 1].boilerplate &&
            p.role[k - 2] == Role::paragraph && label_alone(blocks[k - 1])) {
            p.role[k] = Role::boilerplate;
            continue;
        }
        // "... the water mains. / Image / A flooded street in 1978.Credit: Jane Roe / Replacing the pipes, slowly /
        // Upgrading ...": between two paragraphs, under what the body leaves out (a picture's label and caption, a
        // teaser and its date), a short line of a heading's shape over text heads it.
        auto after_aside = [&](std::size_t at) {
            const std::size_t most = 4;
            std::size_t j = at;
            while (j > rs && at - j < most &&
                   (p.role[j - 1] == Role::boilerplate || p.role[j - 1] == Role::caption ||
                    p.role[j - 1] == Role::credit || p.role[j - 1] == Role::date || p.role[j - 1] == Role::duplicate))
                --j;
            // "Photo: Jane Roe, Harbour Museum," / "Town Archives": a credit running on to the next line.
            return j < at && j > rs && p.role[j - 1] == Role::paragraph && blocks[at].words >= 3 &&
                   blocks[at - 1].text.back() != ',';
        };
        bool short_heading = false;
        if (p.raw_quality[k] == Quality::short_ && k > rs + 1 && k < re && heads(b) && is_text(k + 1, b)) {
            Role above = p.role[k - 1];
            short_heading = above == Role::caption || above == Role::credit ||
                            (blocks[k - 1].boilerplate && p.role[k - 2] == Role::paragraph) ||
                            after_aside(k);
        }
        // "... Comments (5 posted) / Mapping rivers with free tools / By Jane Doe / March 25, 2015 / <text>": on a page of
        // several articles, each article's title stands over its byline (and date) and heads its text.
        if (p.raw_quality[k] == Quality::short_ && k > rs && k < re && p.role[k + 1] == Role::byline && heads(b)) {
            std::size_t j = k + 1;
            while (j <= re && (p.role[j] == Role::byline || p.role[j] == Role::date))
                ++j;
            short_heading = short_heading || is_text(j, b);
        }
        // "... under the streets. / ‘Freeze-thaws’ linked to climate change threaten the pipes / The swings ...": a
        // title of a heading's shape but of sixty letters or more, which jusText rates bad, between two paragraphs;
        // so is "“Harbour Lights” ($20)", rated bad for its marks and figures.
        if (p.raw_quality[k] == Quality::bad && k > rs && k < re && p.role[k - 1] == Role::paragraph && heads(b) &&
            is_text(k + 1, b) && (text::length_cp(b.text) >= 60 || quoted_title_with_note(b.text)))
            short_heading = true;
        const bool kept = k >= farewell || kept_as_text(p, k, rs, re, listed);
        // "Jane DoePolitics", "Gesund essenDiese 7 Tipps": two elements of the page glued without their space, a
        // name and its category, a label and a teaser's title, are the page's navigation, no text of the article; so
        // is "Jetzt anmelden »", a button between its paragraphs, whatever lines of text stand around it, and
        // "Ferries return to the pier | Harbour TV", the title of a video or a teaser with its site's name.
        if (!sure_heading && !short_heading &&
            ((!kept && ((p.quality[k] == Quality::bad && !short_sentence(b, language)) || b.boilerplate ||
                        repeated_label(b) || (!b.end_punct && b.words <= 14 && glued_elements(b.text)))) ||
             (!b.end_punct && (arrow_link(b.text) || barred_title(b.text))))) {
            p.role[k] = Role::boilerplate;
            continue;
        }
        // "Built for / the long winters / <text>": a title broken in two over the text heads it whole.
        if (!sure_heading && k + 1 < re && p.role[k + 1] == Role::none && broken_title(b, blocks[k + 1], language)) {
            const std::vector<Block> whole = segment(b.text + " " + blocks[k + 1].text);
            if (whole.size() == 1 && heads(whole.front()) && is_text(next_text(k + 2), whole.front())) {
                p.role[k] = Role::heading;
                p.role[k + 1] = Role::heading;
                if (have_paragraph || section.heading)
                    a.sections.push_back(std::move(section));
                section = Section{};
                section.heading = whole.front().text;
                have_paragraph = false;
                ++k;
                continue;
            }
        }
        std::size_t next = next_text(k + 1);
        bool next_is_text = is_text(next, b);
        // "Title / One sentence of summary. / By Jane Doe": a teaser of another article in a list of them; a
        // section of the article is not signed.
        std::size_t after = next + 1;
        while (after <= re && after < next + 3 && p.role[after] == Role::duplicate)
            ++after;
        // "Title / One sentence of summary. / Read more": the same teaser over its link.
        if (next_is_text && after <= re &&
            (p.role[after] == Role::byline || p.role[after] == Role::date || more_link(blocks[after])))
            next_is_text = false;
        // "On Tech / What do games have to do with it? / Tech firms think games lead the way. / By Jane Doe": a
        // column's name over a teaser's title (a short line without a full stop), its summary and its byline.
        if (next_is_text && after < re && p.role[after] == Role::none && blocks[after].end_punct &&
            blocks[next].words <= 14 && blocks[next].text.back() != '.') {
            std::size_t signed_at = after + 1;
            while (signed_at <= re && signed_at < after + 3 && p.role[signed_at] == Role::duplicate)
                ++signed_at;
            if (signed_at <= re && (p.role[signed_at] == Role::byline || p.role[signed_at] == Role::date))
                next_is_text = false;
        }
        // "Map: Ferry routes of the bay View Graphic / Map: Ferry routes of the bay": the title of an embedded
        // graphic, printed again without its button, heads nothing.
        // (Compared in place: no string is built for every line.)
        if (std::string_view above = k > 0 ? std::string_view(blocks[k - 1].text) : std::string_view();
            above.size() > b.text.size() && above[b.text.size()] == ' ' && above.starts_with(b.text))
            next_is_text = false;
        // "The towns on the route:" / "Northport" / "Eastbay" / "Saltmarsh" / "The ferry calls at each ...": the last
        // item of a list a paragraph announces with its colon is no heading, though text follows it.
        auto announced_list_item = [&](std::size_t at) {
            std::size_t j = at;
            while (j > rs + 1 && p.role[j - 1] == Role::paragraph && !blocks[j - 1].end_punct && blocks[j - 1].words <= 6)
                --j;
            return at - j >= 2 && p.role[j - 1] == Role::paragraph && blocks[j - 1].text.back() == ':' &&
                   blocks[j - 1].words >= 3;
        };
        // "Then the neighbours had their say:" / "Nobody asked us about the new quay" / "The mayor replied ...": the line
        // a paragraph announces with its colon is what it announces (words quoted, an item), no heading.
        bool after_colon = k > rs && p.role[k - 1] == Role::paragraph && blocks[k - 1].text.back() == ':' &&
                           blocks[k - 1].words >= 3;
        // "When did I last use it?" / "Will I use it again?" / "Does it make me happy?" / "Be honest with ...": one of
        // three or more short lines of one shape (questions, or lines without a final mark) is an item of a list, no
        // heading, though text follows it.
        auto list_item = [&](std::size_t at) {
            // Lines without a final mark are items when they run a few words each (not the titles of subsections).
            auto shape = [&](const Block& x) {
                return x.text.back() == '?' ? 1 : x.end_punct ? 2 : x.words >= 4 ? 0 : 3;
            };
            const int own = shape(blocks[at]);
            auto item = [&](std::size_t at2, Role role) {
                return p.role[at2] == role && blocks[at2].words <= 12 && shape(blocks[at2]) == own;
            };
            std::size_t j = at, e = at;
            while (j > rs + 1 && at - j < 2 && item(j - 1, Role::paragraph))
                --j;
            while (e < re && e - j < 2 && item(e + 1, Role::none))
                ++e;
            return own <= 1 && e - j >= 2;
        };
        // "Ferry routes in 2019 / ... / Ferry routes in 2023": a line opening with the first three words of a heading
        // above is the next heading of the series, though it follows the items of a list of its shape.
        auto echoes_heading = [&](const Block& x) {
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
            return same_opening(section.heading) || next_number(section.heading) ||
                   std::any_of(a.sections.begin(), a.sections.end(),
                               [&](const Section& s) { return same_opening(s.heading) || next_number(s.heading); });
        };
        // "Jane Doe / Jane Doe covers the harbour for the paper.": a name over a paragraph that opens with it is the
        // box presenting a person (the author, a contributor), no heading.
        bool names_next = b.words >= 2 && b.words <= 4 && b.upper_initial == b.words && next <= re &&
                          blocks[next].text.size() > b.text.size() && blocks[next].text[b.text.size()] == ' ' &&
                          blocks[next].text.compare(0, b.text.size(), b.text) == 0;
        // "A second boat for the crews on the northern shore, where ... / More divers for the winter months, when ... /
        // New charts of the sandbanks (after the dredging)": a line as long as the items without a final mark above
        // it, half as many words at least, is the list's last item, though text follows it (a heading is shorter).
        auto open_item = [&](std::size_t at) {
            return at >= rs && p.role[at] == Role::paragraph && !blocks[at].end_punct && !blocks[at].cells &&
                   blocks[at].words >= 6;
        };
        const bool amid_items =
            k >= rs + 2 && open_item(k - 1) && open_item(k - 2) && b.words * 2 >= blocks[k - 1].words;
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
        // "Walks we love on the islands / Learn more / <text>": glued over a link's button, the line is what the link
        // promises, no heading of the text below.
        const bool over_link = k < re && !b.blank_after && link_button(blocks[k + 1]);
        if (next_is_text && !sure_heading &&
            (after_caption || over_caption || over_link || list_parts[k] == ListPart::term || after_colon ||
             announced_list_item(k) || ((amid_items || list_item(k)) && !echoes_heading(b)) || names_next))
            next_is_text = false;
        // "Related: Ferries return to the pier": a link's label and the title it leads to is a line of the text the page
        // keeps where it stands, no heading.
        // "More ways to customize / Themes / Add-ons / Search / Themes / <text>": over the titles of a tabbed box
        // (a contents list), under text, the box's title heads it, though the page marks its other headings
        // ("Contents" over the list labels it: lexicon section contents_labels).
        const bool contents_title = have_paragraph && k < re && in_contents[k + 1] && !in_contents[k] && heads(b) &&
                                    !any_language_has("contents_labels", b.lower);
        const bool list_title =
            contents_title || (list_parts[k] == ListPart::title && heads(b) && !only_marked && !over_link);
        // "Great, let's get started! / If you have no kit yet, ...": a blog's heading ending in "!" or "?".
        const bool glued_heading = k < re && p.role[k + 1] == Role::none && p.quality[k + 1] == Quality::good &&
                                   !after_colon && !only_marked && glued_title(b, blocks[k + 1]);
        if (sure_heading || list_title || glued_heading ||
            (heads(b) && next_is_text && !only_marked && !link_label_line(b))) {
            p.role[k] = Role::heading;
            if (have_paragraph || section.heading)
                a.sections.push_back(std::move(section));
            section = Section{};
            section.heading = b.text;
            have_paragraph = false;
            continue;
        }
        p.role[k] = Role::paragraph;
        add_paragraph(k);
        have_paragraph = true;
        last_text = k;
    }
    (void)last_text;
    if (have_paragraph || section.heading)
        a.sections.push_back(std::move(section));
    for (const auto& [at, paragraph, k] : spent_paragraphs)
        a.sections[at].paragraphs[paragraph] = std::move((*owned)[k].text);
    fold_definition_lists(a.sections);
    fold_sentence_case_labels(a.sections);
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
            if (!p.glued_date.empty())
                add_boilerplate(a, p.glued_date);
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
    for (std::size_t i = 0; i < n; ++i) {
        p.length[i] = blocks[i].chars; // (counted by segment())
        p.quality[i] = block_quality(blocks[i], language, p.length[i]);
        p.terminator[i] = is_terminator(blocks[i]);
        p.code[i] = code_line(blocks[i]);
    }
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

// The title of a box of links inside the article's region [rs, re] and the titles it lists (see inline_box()).
void drop_inline_boxes(Page& p, std::size_t rs, std::size_t re) {
    for (std::size_t k = rs; k <= re; ++k)
        if (p.role[k] == Role::none && p.terminator[k])
            if (std::size_t resume = inline_box(p, k); resume > k)
                for (; k < resume; ++k)
                    if (p.role[k] == Role::none)
                        p.role[k] = Role::boilerplate;
}

// classify() of the blocks; `owned` is the same blocks when the caller spends them: the lines kept as boilerplate,
// the last use of their texts, are then moved into the record instead of copied.
Article classify_blocks(const std::vector<Block>& blocks, std::string_view language, std::vector<Block>* owned) {
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
    rate_blocks(p);
    // The article's region [rs, re]: its start moves once the headline is known.
    const auto region = main_region(p);
    std::size_t rs = region.first, re = region.second;
    restore_list_lines(p, rs, re);

    mark_duplicates(p);

    // Metadata lines anywhere near the article: bylines, dates, credits and the captions they close.
    std::size_t head_from = rs > 45 ? rs - 45 : 0;
    mark_metadata(p, head_from, rs, re);

    // Media: the credits and the captions they close.
    collect_media(p, head_from, re);

    // The headline, its kicker and the lede; the region may open further up or down.
    rs = mark_opening(p, rs, re);

    mark_galleries(p, rs, re);
    drop_author_box(p, rs, re);
    drop_teaser_cards(p, rs, re);
    drop_inline_boxes(p, rs, re);

    // The tables of contents, and the copies of the lines printed more than once.
    const Contents toc = find_contents(p, rs, re);
    const std::vector<char> notes = note_lines(blocks);
    build_sections(p, rs, re, toc, notes, owned);
    // What follows the article.
    add_end_matter(p, re, toc, notes);
    add_author_section(p, re);
    read_source_tag(p, re);

#ifdef ARCHIVE_DEBUG_CLASSIFY
    print_lines(p, rs, re);
#endif
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

} // namespace archive
