// The tables of contents of a page (classify()): numbered ones, and lists of titles that the article prints again
// as its headings further down; and the copies of the lines printed more than once, linked in the page's order.
#include "classify.hpp"
#include "contents_runs.hpp"
#include "page.hpp"

#include "lexicon.hpp"
#include "text.hpp"

#include <algorithm>
#include <optional>
#include <string_view>
#include <utility>

namespace archive {

namespace {

// "4. Unsere Unterkunft" over "1. Mit der Tram durch die Alfama": the section numbers of line `below` go on from
// those of line `above` ("1" -> "2", "3" -> "3.1", "3.2" -> "4"), compared figure group by figure group; where they
// start again or go back the lines are no run of one contents (its last entry over the text's first numbered heading).
bool numbering_goes_on(std::string_view above, std::string_view below) {
    std::size_t i = 0, j = 0;
    const auto group = [](std::string_view t, std::size_t& at) {
        long value = 0;
        for (; at < t.size() && t[at] >= '0' && t[at] <= '9' && value < 100000; ++at)
            value = value * 10 + (t[at] - '0');
        if (at + 1 < t.size() && t[at] == '.' && t[at + 1] >= '0' && t[at + 1] <= '9')
            ++at;
        return value;
    };
    while (true) {
        const bool more_above = i < above.size() && above[i] >= '0' && above[i] <= '9';
        const bool more_below = j < below.size() && below[j] >= '0' && below[j] <= '9';
        if (!more_above || !more_below)
            return more_below;
        const long a = group(above, i), b = group(below, j);
        if (a != b)
            return b > a;
    }
}

// "1. Des réseaux vieillissants", "2 Setup", "3.1 Climat": a heading of the text printed with its section's number, one
// or two figures (a quantity, "300 Gramm Mehl", "1000 Franken Spende", is no section's), as an entry of a numbered
// contents is; alone, with no such entry right over or under it (a run of them is a list or a contents).
bool numbered_heading(const std::vector<Block>& blocks, std::size_t k) {
    const std::string_view t = blocks[k].text;
    const std::size_t most_figures = 2;
    std::size_t figures = 0;
    while (figures < t.size() && t[figures] >= '0' && t[figures] <= '9')
        ++figures;
    if (figures == 0 || figures > most_figures)
        return false;
    // (An entry whose numbering the heading's does not go on from, "4. Unsere Unterkunft" right over "1. Mit der
    // Tram", closes the contents above it.)
    const auto entry_at = [&](std::size_t j) { return blocks[j].digits > 0 && contents_entry(blocks[j].text); };
    return !(k > 0 && entry_at(k - 1) && numbering_goes_on(blocks[k - 1].text, t)) &&
           !(k + 1 < blocks.size() && entry_at(k + 1) && numbering_goes_on(t, blocks[k + 1].text));
}

// "Inhalt", "Contents:", "Sommaire :", "Spis treści:": the label over a table of contents (lexicon section
// contents_labels), printed with a colon or without; the colon, and the space a French page sets before it, are not
// looked up.
bool contents_label(const Block& b) {
    std::string_view label = b.lower;
    if (!label.empty() && label.back() == ':')
        label = text::trim(label.substr(0, label.size() - 1));
    return any_language_has("contents_labels", label);
}

// "Die Anfänge – ein Kahn und ein Seil", "Today - passengers from everywhere": a title of a contents may set one dash
// between two parts of words; it has a heading's shape when the line does but for that dash (heading_like() takes
// any separator for a menu's or a breadcrumb's).
bool dashed_title(const Block& b) {
    if (b.separators != 1)
        return false;
    for (std::string_view dash : {" – ", " - "})
        if (const std::size_t at = b.text.find(dash);
            at != std::string_view::npos && at > 0 && at + dash.size() < b.text.size()) {
            Block undashed = b;
            undashed.separators = 0;
            return heading_like(undashed);
        }
    return false;
}

// The copies of each line printed more than once (of fourteen words at most), linked in the page's order:
// prev_copy[k] and next_copy[k] are the lines of line k's text right above and right below it, or `no_copy`.
// (Found in one open-addressing table holding the last copy of each text seen: a map of the texts allocated a node
// and a vector for every one.)
void link_copies(const std::vector<Block>& blocks, std::vector<std::size_t>& prev_copy,
                 std::vector<std::size_t>& next_copy) {
    constexpr std::size_t no_copy = Contents::no_copy;
    const int most_copied_words = Contents::most_copied_words;
    const std::size_t n = blocks.size();
    prev_copy.assign(n, no_copy);
    next_copy.assign(n, no_copy);
    // (The table holds the lines printed again only, most often far fewer than the page's lines.)
    std::size_t copied = 0;
    for (std::size_t k = 0; k < n; ++k)
        copied += blocks[k].repeats >= 1 && blocks[k].words <= most_copied_words;
    std::size_t size = 16;
    while (size < copied * 2)
        size *= 2;
    const std::size_t mask = size - 1;
    std::vector<std::size_t> last_copy(size, no_copy);
    for (std::size_t k = 0; k < n; ++k) {
        if (blocks[k].repeats < 1 || blocks[k].words > most_copied_words)
            continue;
        const std::string& t = blocks[k].text;
        std::size_t at = StringHash{}(t) & mask;
        while (last_copy[at] != no_copy && blocks[last_copy[at]].text != t)
            at = (at + 1) & mask;
        if (last_copy[at] != no_copy) {
            prev_copy[k] = last_copy[at];
            next_copy[last_copy[at]] = k;
        }
        last_copy[at] = k;
    }
}

// A line of such a contents is printed again, with no stop closing it, but for a colon or a question mark over a
// part that lists or asks ("Non-urgent advice: see a GP if:", "Wann brauche ich eine Erlaubnis?"): its words have a
// heading's shape. (Most lines are settled by their counts.)
bool unnumbered_entry_shape(const Block& b) {
    if (b.repeats < 1 || b.words > Contents::most_copied_words)
        return false;
    if (!b.end_punct)
        return heading_like(b) || dashed_title(b);
    if (b.text.back() != ':' && b.text.back() != '?')
        return false;
    Block open = b;
    open.text.pop_back();
    open.end_punct = false;
    return heading_like(open);
}

} // namespace

std::vector<char> unnumbered_contents_lines(const std::vector<Block>& blocks) {
    const std::size_t n = blocks.size();
    std::vector<char> lines(n, ContentsLine::none), shape(n, 0);
    // below(k): the next line of line k's text of such a shape (a copy has the shape of the line it copies), at `from`
    // or further down; n for none. (The lines of an entry's shape are printed again, of fourteen words at most: each
    // has its copies linked.)
    std::vector<std::size_t> prev_copy, next_copy;
    link_copies(blocks, prev_copy, next_copy);
    // (A copy has the shape of the line it copies, as segment() measured both from the same text: the shape is
    // read once a text, a line printed five times asked heading_like() once.)
    for (std::size_t k = 0; k < n; ++k)
        shape[k] = prev_copy[k] != Contents::no_copy ? shape[prev_copy[k]] : unnumbered_entry_shape(blocks[k]);
    const auto below = [&](std::size_t k, std::size_t from) {
        std::size_t j = next_copy[k];
        while (j != Contents::no_copy && (j < from || !shape[j]))
            j = next_copy[j];
        return j == Contents::no_copy ? n : j;
    };
    const std::size_t least_titles = 3, least_labelled = 2;
    std::vector<std::size_t> copies;
    for (std::size_t lo = 0; lo < n;) {
        if (!shape[lo]) {
            ++lo;
            continue;
        }
        // The run of such lines from line lo; where a line prints again one of the run's above it (the first heading
        // right under the contents), the run ends over it.
        std::size_t hi = lo;
        const auto in_run = [&](std::size_t k) {
            for (std::size_t j = lo; j <= hi; ++j)
                if (blocks[j].text == blocks[k].text)
                    return true;
            return false;
        };
        while (hi + 1 < n && shape[hi + 1] && !in_run(hi + 1))
            ++hi;
        // Each entry's copy further down, in the run's order, with a line of text at least between two copies (a menu
        // printed again in the footer prints its labels in a row).
        const auto listed_below = [&](std::size_t first) {
            copies.clear();
            std::size_t from = hi + 1;
            for (std::size_t k = first; k <= hi; ++k) {
                const std::size_t j = below(k, from);
                if (j == n || (k > first && j == copies.back() + 1))
                    return false;
                copies.push_back(j);
                from = j + 1;
            }
            return true;
        };
        // "Print this page / Who can apply / How to apply / ...": a button over the entries that the page prints again
        // at its foot opens no contents; the run is taken from a line further down.
        for (std::size_t first = lo; first + least_labelled <= hi + 1; ++first) {
            const bool label = first > 0 && contents_label(blocks[first - 1]);
            if (hi - first + 1 < (label ? least_labelled : least_titles))
                break;
            if (!listed_below(first))
                continue;
            if (label)
                lines[first - 1] = ContentsLine::label;
            for (std::size_t k = first; k <= hi; ++k)
                lines[k] = ContentsLine::entry;
            for (std::size_t j : copies)
                lines[j] = ContentsLine::heading;
            break;
        }
        lo = hi + 1;
    }
    return lines;
}

std::size_t open_at_contents_heading(const std::vector<char>& toc_lines, std::size_t rs, std::size_t re) {
    // (The first heading stands right under the contents' last entry, sought among the lines over the region.)
    const std::size_t reach = 40;
    std::size_t first = rs;
    for (std::size_t k = rs; k-- > 1 && k + reach >= rs && first == rs;)
        if (toc_lines[k] == ContentsLine::heading && toc_lines[k - 1] == ContentsLine::entry)
            first = k;
    if (first == rs)
        return rs;
    for (std::size_t k = rs; k <= re && k < toc_lines.size(); ++k)
        if (toc_lines[k] == ContentsLine::heading)
            return first;
    return rs;
}

Contents find_contents(const Page& p, std::size_t rs, std::size_t re) {
    const std::vector<Block>& blocks = p.blocks;
    const std::size_t n = blocks.size();
    // A numbered table of contents ("1 History", "3.1 Climate"): the lines it lists are headings wherever
    // they stand. Three numbered entries in a row at least, so that a numbered list of points is no table.
    // A table of contents stands over the sections it lists ("1 Harbour festival opens" in a list of the most read
    // articles under the page names titles that may stand above it).
    Contents toc;
    std::vector<std::pair<std::size_t, std::size_t>> numbered_runs;
    // (An entry opens with its number: a block without a digit is none, settled by its count.)
    auto numbered_entry = [&](std::size_t k) {
        return blocks[k].digits > 0 ? contents_entry(blocks[k].text) : std::nullopt;
    };
    // (Each line is asked once whether it is an entry, not again as the second and the third line of a window.)
    // "7 Voir aussi / 1 Géographie[modifier | modifier le code]": a heading with its wiki's edit mark is the text's,
    // not one more entry of the contents right above it.
    std::vector<char> entry_line(n, 0);
    for (std::size_t k = 0; k < n; ++k)
        entry_line[k] = blocks[k].digits > 0 && contents_entry(blocks[k].text).has_value() &&
                        !marked_heading(blocks[k].text);
    // The title of each entry of a run, in the runs' order: a view of its key in `contents` (a key equal to it when
    // the title was listed before).
    std::vector<std::string_view> run_titles;
    for (std::size_t k = 0; k + 2 < n; ++k) {
        if (!entry_line[k] || !entry_line[k + 1] || !entry_line[k + 2])
            continue;
        // "1. … / 2. … / 3. … / 4. Unsere Unterkunft / 1. Mit der Tram …": the run ends where the numbering starts
        // again (the text's first heading right under its contents), and that line may open a run of its own.
        std::size_t first = k;
        for (; k < n; ++k) {
            if (k > first && !numbering_goes_on(blocks[k - 1].text, blocks[k].text))
                break;
            auto title = entry_line[k] ? numbered_entry(k) : std::nullopt;
            if (!title)
                break;
            run_titles.emplace_back(toc.add(std::move(*title), k));
        }
        numbered_runs.emplace_back(first, k);
        --k;
    }
    // The entries of a numbered contents whose titles the page prints again further down, three at least, are
    // no text of the article, though a lead above them pulls them into the region.
    std::vector<bool>& contents_line = toc.contents_line;
    contents_line.assign(n, false);
    if (!numbered_runs.empty()) {
        // The last line printing each entry's title (its text, or its marked title): one past it, 0 for none. Only
        // the titles are kept, sorted, and each line looked up among them (a map of every line's text allocated a node
        // for each).
        std::vector<std::pair<std::string_view, std::size_t>> last_print;
        last_print.reserve(run_titles.size());
        for (std::string_view title : run_titles)
            last_print.emplace_back(title, 0);
        std::sort(last_print.begin(), last_print.end());
        last_print.erase(std::unique(last_print.begin(), last_print.end()), last_print.end());
        auto printed_at = [&](std::string_view title) {
            auto at = std::lower_bound(last_print.begin(), last_print.end(), title,
                                       [](const auto& e, std::string_view t) { return e.first < t; });
            return at != last_print.end() && at->first == title ? at : last_print.end();
        };
        // (Every line of the page is asked, most of them prose far longer than a title: a line of no title's size,
        // `contents` holding the runs' titles alone so far, is not sought among them.)
        for (std::size_t k = 0; k < n; ++k) {
            const auto title = marked_heading(blocks[k].text);
            std::string_view line = title ? std::string_view(*title) : std::string_view(blocks[k].text);
            // "1.2 Climat[modifier | modifier le code]", "2 Setup": a heading printed with its number, as its entry
            // is, prints the entry's title. (A line of the runs prints it too, where it stands: a print further down
            // is sought. "1. Des réseaux vieillissants" under the contents is such an entry's shape, no run's line.)
            std::optional<std::string> numbered;
            if (title && !title->empty() && (*title)[0] >= '0' && (*title)[0] <= '9')
                numbered = contents_entry(*title);
            else if (!title && blocks[k].digits > 0 && (!entry_line[k] || numbered_heading(blocks, k)))
                numbered = contents_entry(blocks[k].text);
            if (numbered)
                line = *numbered;
            if (!toc.may_list(line))
                continue;
            if (auto at = printed_at(line); at != last_print.end())
                at->second = k + 1;
        }
        std::size_t entry = 0;
        for (auto [first, end] : numbered_runs) {
            int printed = 0;
            for (std::size_t k = first; k < end; ++k, ++entry) {
                auto at = printed_at(run_titles[entry]);
                printed += at != last_print.end() && at->second > end;
            }
            if (printed < 3)
                continue;
            std::fill(contents_line.begin() + static_cast<std::ptrdiff_t>(first),
                      contents_line.begin() + static_cast<std::ptrdiff_t>(end), true);
            // "Sommaire / 1 Géographie / 1.1 Climat": the label over the entries leaves with them.
            if (first > 0 && contents_label(blocks[first - 1]))
                contents_line[first - 1] = true;
        }
    }
    // "Assess your content / Rewrite it / Measure it / <intro> / Assess your content / <text>": a table of contents
    // without numbers, three titles in a row or more that the article prints again further down, each once.
    // "Themes / Add-ons / Search / <intro> / Themes / <text> / Add-ons / <text> ...": a title the page's menu
    // also names over the article is printed once more below the contents all the same (a tag printed under
    // several teasers of the article's region lists no contents).
    std::vector<bool>& in_contents = toc.in_contents;
    in_contents.assign(n, false);
    // The copies of each line printed more than once (of fourteen words at most), linked in the page's order:
    // prev_copy[k] and next_copy[k] are the lines of line k's text right above and right below it, or `no_copy`.
    // (Found in one open-addressing table holding the last copy of each text seen: a map of the texts allocated a
    // node and a vector for every one.)
    constexpr std::size_t no_copy = Contents::no_copy;
    std::vector<std::size_t>& prev_copy = toc.prev_copy;
    std::vector<std::size_t>& next_copy = toc.next_copy;
    link_copies(blocks, prev_copy, next_copy);
    {
        // The copy further down stands in the article (a menu printed over and under the page is no contents):
        // printed_later[k] is where line k is printed for the last time when that is in the region, k is the copy
        // right before it and no copy before k stands above the region; 0 for the other lines (a last copy is never
        // line 0). (Read off the copies once: no line is looked up in them, and only those lines are asked their
        // shape.)
        std::vector<std::size_t> printed_later(n, 0);
        for (std::size_t last = 0; last < n; ++last) {
            // (Each text's last copy, of two at least: the one before it, and the one before that, if any.)
            if (next_copy[last] != no_copy || prev_copy[last] == no_copy)
                continue;
            const std::size_t before = prev_copy[last], third = prev_copy[before];
            if ((third == no_copy || third < rs) && last >= rs && last <= re)
                printed_later[before] = last;
        }
        // (`questions`: under a label, a title asking a question, "Co z przeprawą promową?", is listed too. An entry
        // of a numbered contents read above is that contents'.)
        auto listed_later = [&](std::size_t k, bool questions) {
            return printed_later[k] != 0 && (!blocks[k].end_punct || (questions && blocks[k].text.back() == '?')) &&
                   !contents_line[k] && (heading_like(blocks[k]) || dashed_title(blocks[k]));
        };
        // Its titles come back in their order, each heading text (the buttons of two video players do not).
        // "Spis treści / Most za 180 mln zł / Co z przeprawą promową? / <intro> / Most za 180 mln zł / ...": under
        // its label (lexicon section contents_labels) a contents of two titles is one too, and a title may be a
        // question; unlabelled, two titles printed again may be two teasers.
        const std::size_t least_titles = 3, least_labelled = 2;
        for (std::size_t k = 0; k < n; ++k) {
            // (The label is looked up for a line printed again further down only.)
            const bool label = printed_later[k] != 0 && k > 0 && contents_label(blocks[k - 1]);
            std::size_t end = k;
            while (end < n && listed_later(end, label) && (end == k || printed_later[end] > printed_later[end - 1] + 1))
                ++end;
            const std::size_t titles = end - k;
            if (titles >= least_titles || (label && titles >= least_labelled)) {
                // "In this article / The last summer / A village divided / ...": the label over the titles leaves
                // with them, as a numbered contents' label does.
                // (Under its label the titles leave the body too, a question among them rated as text.)
                if (label)
                    contents_line[k - 1] = true;
                // "Dredging the channel / Rebuilding the old quays / Opening day / <intro>": unlabelled, the titles
                // leave the body too (a long one is no short copy that goes anyway), unless a sentence right over
                // them announces them with its colon ("The service has three parts:"): a list of the text.
                const int least_announcing_words = 3;
                const bool announced =
                    k > 0 && blocks[k - 1].text.back() == ':' && blocks[k - 1].words >= least_announcing_words;
                for (; k < end; ++k) {
                    in_contents[k] = true;
                    contents_line[k] = contents_line[k] || label || !announced;
                    toc.add(blocks[k].text, k);
                }
            }
            k = end;
        }
    }
    return toc;
}

std::string_view Contents::add(std::string title, std::size_t k) {
    if (title.size() < title_sizes.size())
        title_sizes.set(title.size());
    else
        long_title = true;
    return contents.emplace(std::move(title), k).first->first;
}

bool Contents::listed_heading(const std::vector<Block>& blocks, std::size_t k) const {
    const Block& b = blocks[k];
    if (b.words > 14 || contents.empty() || in_contents[k])
        return false;
    const auto marked = marked_heading(b.text);
    const std::string_view title = marked ? std::string_view(*marked) : std::string_view(b.text);
    if (may_list(title)) {
        auto entry = contents.find(title);
        if (entry != contents.end())
            return entry->second < k && !contents_entry(b.text);
    }
    // "Sommaire / 1. Des réseaux vieillissants / 2. ... / 3. ... / <chapeau> / 1. Des réseaux vieillissants / <text>":
    // the text prints its headings with their numbers, as its numbered contents lists them. A line of a run of
    // entries (the contents, or its copy under the text) is none: the lines around a heading are no entries.
    if (b.digits == 0 || marked || contents_line[k])
        return false;
    const auto numbered = contents_entry(b.text);
    if (!numbered || !may_list(*numbered))
        return false;
    if (!numbered_heading(blocks, k))
        return false;
    const auto entry = contents.find(*numbered);
    return entry != contents.end() && entry->second < k;
}

} // namespace archive
