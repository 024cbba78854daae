// segment(): text -> blocks, one per non-blank line (the lines of a paragraph wrapped at a fixed width joined), with
// their features: the shape of each line (measured in segment_shape.cpp), its words, stopwords and repetitions.
#include "classify.hpp"
#include "lexicon.hpp"
#include "page_jumps.hpp"
#include "pipeline.hpp"
#include "segment_parts.hpp"
#include "text.hpp"
#include "text_lowered.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <memory>
#include <span>
#include <string>
#include <utility>
#include <vector>

namespace archive {

namespace {

// "Name<TAB>Price<TAB>Stock": a line of cells, a tab after its indentation with more than white space after it.
bool has_cells(std::string_view raw, std::size_t indent) {
    std::size_t tab = raw.find('\t', indent);
    // "2.1<TAB>Methods": the tab after a numbered title's number parts no cells.
    if (tab != std::string_view::npos && tab > indent && raw.find_first_not_of("0123456789.)", indent) == tab) {
        std::size_t title = raw.find_first_not_of(" \t", tab);
        tab = title == std::string_view::npos ? title : raw.find('\t', title);
    }
    return tab != std::string_view::npos && raw.find_first_not_of(" \t\r", tab) != std::string_view::npos;
}

// Sets the text of a block to its line collapsed (text::collapse) and measures its shape, and b.cells (has_cells) from
// its indentation b.indent; false when the line collapses to nothing (white space from U+0080 only). `trimmed` is the
// line trimmed, not empty. `plain` is set to measure_shape()'s answer for the text (see measure_words).
bool take_line(Block& b, std::string_view raw, std::string_view trimmed, bool& plain) {
    // The line trimmed is its text collapsed when measure_shape() meets nothing else to collapse (most lines): its
    // bytes are read once, not by collapse() and then by measure_shape(). (Unless white space was trimmed after a
    // byte from 0x80 among the last three: a stray lead byte there would have taken a space into its character.) A
    // line that needs collapse() (a paragraph with no-break spaces, a row of cells) is read up to the first thing to
    // collapse only, then collapsed and measured whole.
    const bool trimmed_end = trimmed.data() + trimmed.size() != raw.data() + raw.size();
    const bool ascii_end = std::all_of(trimmed.end() - std::min<std::size_t>(trimmed.size(), 3), trimmed.end(),
                                       [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    if (measure_shape_or_stop(b, trimmed) && (ascii_end || !trimmed_end)) {
        // (No tab within the trimmed line, which measure_shape would have met: a tab in the indentation or after the
        // text parts no cells.)
        b.text = trimmed;
        plain = true;
        return true;
    }
    b.cells = has_cells(raw, b.indent);
    b.text = text::collapse(raw);
    if (b.text.empty())
        return false;
    b.letters = b.digits = b.upper_initial = b.urls = b.separators = 0;
    plain = measure_shape(b, b.text);
    return true;
}

static_assert(block_tag_kinds == notice_tag_kinds, "a count for each notice tag");

// Lower-cases the blocks' texts and finds their words, all kept in one PageWords shared by the blocks, and fills the
// features read from the words: the stopwords, whether a line is a known boilerplate phrase. (Asked once join_wrapped()
// has joined a wrapped paragraph's lines: of the paragraph, not of each line.) `plain[k]`: measure_shape() met
// nothing to collapse in block k's text (see is_boilerplate_phrase). `first[k]`: the first block of block k's text
// (see count_repeats).
void measure_words(std::vector<Block>& blocks, const std::vector<char>& plain, const std::vector<std::size_t>& first) {
    // A line the page prints again (a menu's items, a share button, a footer under each teaser: a sixth of a news
    // page's lines) has the features of its first print, all read from its text: that one's lowered bytes and words
    // are shared, its features copied, and the line is neither lowered nor looked up again. (plain[k] too is
    // measure_shape()'s answer for the text itself, the same for each print.)
    auto page = std::make_shared<PageWords>();
    constexpr std::size_t padding = 16;
    // Each text is lowered in its place at the end of the page's lowered bytes (text::lower_with_words_at), not into
    // a buffer of its own and then copied: the bytes are given the room a text may take (text::lower_with_words_room)
    // a kilobyte or more at a time (a resize writes zeros over what it adds, a memset per line would cost more than
    // the copy), and what is left over is cut off once every text is in. Its words' places go to a buffer kept for
    // the page (new WordSpan[]: not zeroed), from which they are appended (a vector's resize would zero them one at
    // a time, more than the copy costs).
    std::size_t bytes = 0, words_room = 0;
    for (std::size_t k = 0; k < blocks.size(); ++k)
        if (first[k] == k) {
            bytes += blocks[k].text.size();
            words_room = std::max(words_room, text::lower_with_words_room(blocks[k].text.size()).words);
        }
    // (Room for the lines lowered to as many bytes, most lines, and a word in four bytes: grown past that, the
    // places below are offsets, turned into views once every line is in. And for the padding after the last line,
    // see count_stopwords_and_tags_padded.)
    page->lowered.reserve(bytes + bytes / 8 + 1024 + padding);
    page->spans.reserve(bytes / 4 + blocks.size());
    const std::unique_ptr<text::WordSpan[]> line_spans(new text::WordSpan[words_room]);
    struct Place {
        std::size_t lower_at, lower_size, spans_at, spans_size;
    };
    std::vector<Place> places(blocks.size());
    std::size_t lower_end = 0, texts = 0;
    for (std::size_t k = 0; k < blocks.size(); ++k) {
        Place& at = places[k];
        if (first[k] != k) {
            at = places[first[k]];
            blocks[k].counts_row = blocks[first[k]].counts_row;
            continue;
        }
        blocks[k].counts_row = static_cast<std::uint32_t>(texts++);
        const std::string& t = blocks[k].text;
        if (const std::size_t room = text::lower_with_words_room(t.size()).bytes; page->lowered.size() < lower_end + room)
            page->lowered.resize(lower_end + std::max<std::size_t>(room, 1024));
        text::LoweredSizes got = text::lower_with_words_at(t, page->lowered.data() + lower_end, line_spans.get());
        if (got.bytes == std::string::npos) {
            // A text left to append_lower_with_words() (a stray byte, a character of four bytes), whose lowered
            // bytes may be more than the room (U+FFFD for a stray byte).
            page->lowered.resize(lower_end);
            got.words = text::append_lower_with_words(t, page->lowered, page->spans);
            got.bytes = page->lowered.size() - lower_end;
        } else {
            page->spans.insert(page->spans.end(), line_spans.get(), line_spans.get() + got.words);
        }
        at = {lower_end, got.bytes, page->spans.size() - got.words, got.words};
        lower_end += got.bytes;
    }
    page->lowered.resize(lower_end);
    page->lowered.append(padding, '\0');
    page->languages = languages().size();
    const std::size_t width = page->languages + block_tag_kinds;
    page->counts.assign(texts * width, 0);
    for (std::size_t k = 0; k < blocks.size(); ++k) {
        Block& b = blocks[k];
        const Place& at = places[k];
        b.lower = std::string_view(page->lowered).substr(at.lower_at, at.lower_size);
        b.lower_word_spans = std::span<const text::WordSpan>(page->spans).subspan(at.spans_at, at.spans_size);
        b.page_words = page;
        if (first[k] != k) { // (an earlier block: its features are filled, its counts shared)
            b.boilerplate = blocks[first[k]].boilerplate;
            continue;
        }
        const std::span<int> row = std::span<int>(page->counts).subspan(b.counts_row * width, width);
        count_stopwords_and_tags_padded(b.lower.data(), b.lower_word_spans, row.first(page->languages),
                                        row.last<notice_tag_kinds>());
        b.boilerplate = plain[k] != 0 ? is_boilerplate_phrase(b) : is_boilerplate_phrase(b.text, b.lower);
    }
}

bool starts_lower(std::string_view s) {
    std::size_t i = 0;
    return !s.empty() && text::is_lower(text::next_cp(s, i));
}

// The line after block k goes on in lower case, and k does not close a sentence (with a full stop, a question or an
// exclamation mark): a wrap's cut inside a sentence. "onStart — called once, before the first request." over
// "onStop — called once, at the end.", "rsync kopiert die Ordner." over "eBay ...": a line that ends its sentence and
// a next one in lower case are a list's items (code names, brands), no wrapped paragraph.
bool goes_on_lower(const std::vector<Block>& blocks, std::size_t k) {
    const Block& b = blocks[k];
    return starts_lower(blocks[k + 1].text) && (!b.end_punct || b.text.back() == ':' || b.text.back() == ';');
}

// The line before a running header set aside (see join_wrapped): the next block of its run is not on the next line. A
// page break may end the line short of the width while the sentence goes on on the next page.
bool before_page_break(const std::vector<Block>& blocks, std::size_t k) {
    return k + 1 < blocks.size() && !blocks[k].blank_after && blocks[k + 1].line != blocks[k].line + 1;
}

// A run of lines with no blank line between them: [first, last].
struct Group {
    std::size_t first, last;
    bool indented = false; ///< cut from its neighbours by its indentation (see join_wrapped)
    bool opens = false;    ///< opens a paragraph inside a run (see ends_paragraph): its first line fills the width
};

// "This memo sets out a way in which small programs,\nrunning on a home router, can
// report their state to a central\nservice that is hosted...": a paragraph of a text wrapped at a fixed width
// (a plain-text document, a mail, a <pre> block). Its lines fill the width and break inside sentences, so that
// the next line often goes on in lower case. Returns the width of a wrapped group, 0 for any other group or one
// narrower than `narrowest` (see narrowest_wrap).
std::size_t wrap_width(const std::vector<Block>& blocks, const std::vector<std::size_t>& lengths, Group g,
                       std::size_t narrowest) {
    if (g.last - g.first < 2)
        return 0;
    std::size_t width = 0;
    for (std::size_t k = g.first; k < g.last; ++k)
        width = std::max(width, lengths[k]);
    if (width < narrowest || width > 110)
        return 0;
    std::size_t joints = g.last - g.first, open = 0, lower = 0;
    for (std::size_t k = g.first; k < g.last; ++k) {
        // The first line may be cut short by whatever stood before it on the line.
        if (k > g.first && lengths[k] * 5 < width * 3 && !before_page_break(blocks, k))
            return 0;
        const bool next_lower = goes_on_lower(blocks, k);
        open += !blocks[k].end_punct || next_lower;
        lower += next_lower;
    }
    return open * 2 >= joints && lower * 3 >= joints ? width : 0;
}

// A group that wrap_width() finds wrapped lies in a run of three lines or more without a blank line between them,
// one of them `narrowest` characters long at least (40 on most pages, see narrowest_wrap), and a line after the run's
// first goes on in lower case with the sentence of the line above (goes_on_lower). Most pages have no such run (their
// paragraphs, titles and menu items open with a capital or stand between blank lines): they are settled by this one
// pass, without cutting their runs into groups.
bool may_be_wrapped(const std::vector<Block>& blocks, const std::vector<std::size_t>& lengths, std::size_t narrowest) {
    std::size_t run = 0;
    bool wide = false, continued = false;
    for (std::size_t k = 0; k < blocks.size(); ++k) {
        if (k == 0 || blocks[k].blank_before) {
            run = 0;
            wide = continued = false;
        }
        ++run;
        wide = wide || lengths[k] >= narrowest;
        continued = continued || (run > 1 && goes_on_lower(blocks, k - 1));
        if (run >= 3 && wide && continued)
            return true;
    }
    return false;
}

// The width a run of lines is wrapped at, read from the lines that go on in lower case on the next line (a line
// the wrap cut inside a sentence): the longest of them, 0 when none is `narrowest` characters long. Other lines of the
// run (a headline, a standfirst, a byline over a wrapped text) may be longer or shorter: they tell nothing of the wrap.
std::size_t continued_width(const std::vector<Block>& blocks, const std::vector<std::size_t>& lengths, Group g,
                            std::size_t narrowest) {
    std::size_t width = 0;
    for (std::size_t k = g.first; k < g.last; ++k)
        if (lengths[k] > width && goes_on_lower(blocks, k))
            width = lengths[k];
    return width >= narrowest ? width : 0;
}

// The length in code points of a line's first word (up to its first space).
std::size_t first_word_length(std::string_view s) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < s.size() && s[i] != ' ';) {
        text::next_cp(s, i);
        ++n;
    }
    return n;
}

// "„Damit sparen ...", "« Nous ...", "- Le maire ...", "— That is ...": a line opening with a quote mark or a dash.
bool opens_quote_or_dash(std::string_view s) {
    if (s.empty())
        return false;
    const char c = s[0];
    if (c == '"' || c == '\'' || c == '-')
        return true;
    std::size_t i = 0;
    const char32_t cp = text::next_cp(s, i);
    return cp == U'\u201E' || cp == U'\u201C' || cp == U'\u201D' || cp == U'\u00AB' || cp == U'\u00BB' ||
           cp == U'\u2018' || cp == U'\u201A' || cp == U'\u2039' || cp == U'\u203A' || cp == U'\u2013' ||
           cp == U'\u2014';
}

// In a run wrapped at `wrap` columns with no blank line between its paragraphs (a PDF's or a mail's text), the
// paragraph ends after line k when k is wider than the wrap (a title or standfirst over the text, not a wrapped
// line), when the line under k is wider than the wrap, when k is short without going on in lower case (a
// paragraph's last line, a kicker, a byline), or when k ends a sentence and the next line's first word would have
// fitted on it (the writer broke the line, not the wrap) or the next line opens a quote or a dialogue's dash, or when
// k ends a sentence at a page break (a running head set aside between them: see running_headers()).
bool ends_paragraph(const std::vector<Block>& blocks, const std::vector<std::size_t>& lengths, std::size_t k,
                    std::size_t wrap) {
    const std::size_t len = lengths[k], next_len = lengths[k + 1];
    if (len > wrap + 8 || next_len > wrap + 8)
        return true;
    const Block& next = blocks[k + 1];
    if (starts_lower(next.text))
        return false;
    if (len * 5 < wrap * 3)
        return true;
    const std::string_view t = blocks[k].text;
    if (!blocks[k].end_punct || t.back() == ':' || t.back() == ';')
        return false;
    return len + 1 + first_word_length(next.text) <= wrap || opens_quote_or_dash(next.text) ||
           before_page_break(blocks, k);
}

// "Il restauro è costato 3,4 milioni di / euro, in gran parte fondi regionali. / Condividi": a line after a
// sentence's end, much shorter than the run's `width` and without a final stop, is no continuation of the
// paragraph (a share button, a heading, a footer right under a wrapped text).
bool short_line_after_sentence(const std::vector<Block>& blocks, const std::vector<std::size_t>& lengths,
                               std::size_t k, std::size_t width) {
    const Block& b = blocks[k];
    const Block& next = blocks[k + 1];
    return !next.end_punct && lengths[k + 1] * 5 < width * 3 && b.end_punct && b.text.back() != ':' &&
           b.text.back() != ';' && !starts_lower(next.text);
}

// The runs of lines `lines` cut into the groups of lines that may be one paragraph each, in `groups`: at an indented
// page's hanging starts, at a short line closing a sentence (or a longer one the next line's first word would have
// fitted on, the next line opening a sentence), and with `reflow` at ends_paragraph()'s breaks too. "... every other
// console / has rechargeable controllers. / In use / The new console ...": a paragraph's last line, short and closing
// its sentence, ends the paragraph though no blank line follows it (a heading or the next paragraph comes right under
// it). A `blankless` copy (no blank line anywhere: an e-paper's) is cut under its kicker and title too.
void split_runs(const std::vector<Block>& blocks, const std::vector<std::size_t>& lengths,
                const std::vector<Group>& lines, bool reflow, std::size_t narrowest, bool blankless,
                std::vector<Group>& groups) {
    for (Group g : lines) {
        std::size_t width = 0;
        for (std::size_t k = g.first; k <= g.last; ++k)
            width = std::max(width, lengths[k]);
        // "Vernaz" / "La navette de midi disparaît dès mars" / "Les riverains de Vernaz devront bientôt" / "changer
        // leurs habitudes ...", "Wollbach" / "Die alte Mühle wird ein Museum" / "Die Gemeinde will ihre Mühle am" /
        // "Dorfbach umbauen ...": a copy without blank lines prints the kicker (a short line) and the title over the
        // text's first wrapped paragraph, neither closed by a stop, each over a line opening with a capital, the line
        // under the title going on in lower case: each stands alone, however wide the title is. (Only in a copy
        // without blank lines: elsewhere a greeting over a comment's lines, "Gruß" / "Eras", has the same shape.)
        auto head_line = [&](std::size_t k) {
            return !blocks[k].end_punct && text::starts_upper(blocks[k].text) && !starts_lower(blocks[k + 1].text);
        };
        // ("Vaud" / <title> / "Par Claire Durandet" / <text>: the byline may stand under the title too.)
        const std::size_t most_head_lines = 3;
        std::size_t h = g.first;
        while (blankless && h + 1 < g.last && h - g.first < most_head_lines && head_line(h))
            ++h;
        if (h >= g.first + 2 && lengths[g.first] * 5 < width * 3 && goes_on_lower(blocks, h)) {
            for (; g.first < h; ++g.first)
                groups.push_back({g.first, g.first});
        }
        std::size_t first = g.first;
        // "    The console is small. It looks\n        like the old one.\n    Inside, it has ...": an indented page
        // (pretty-printed markup) sets a paragraph's wrapped lines deeper than its first line, so a line back at a
        // paragraph's first indent after its deeper lines, or a line with deeper lines under it, starts a paragraph.
        // Both lines are words, not code ("def area(self):\n    return 0"): the new one starts with a capital.
        auto hanging_start = [&](std::size_t k) {
            const std::size_t in = blocks[k].indent;
            const Block& prev = blocks[k - 1];
            std::size_t i = 0;
            if (!text::is_upper(text::next_cp(blocks[k].text, i)) ||
                prev.letters * 2 < static_cast<int>(lengths[k - 1]))
                return false;
            if (k + 1 <= g.last && blocks[k + 1].indent > in && in <= blocks[k - 1].indent &&
                blocks[k - 1].indent <= blocks[first].indent)
                return true;
            return in < blocks[k - 1].indent && in == blocks[first].indent && k - 1 > first;
        };
        for (std::size_t k = g.first + 1; k <= g.last; ++k)
            if (blocks[k].indent > 0 && hanging_start(k)) {
                groups.push_back({first, k - 1, true});
                first = k;
            }
        if (first > g.first) {
            groups.push_back({first, g.last, true});
            continue;
        }
        // The end of a sentence in words: "..." or "return 0;" between lines of code closes nothing.
        auto closes = [&](std::size_t k) {
            const Block& b = blocks[k];
            std::string_view t = b.text;
            std::size_t len = lengths[k];
            char last = t.back();
            return b.end_punct && (last == '.' || last == '!' || last == '?') && b.letters * 3 >= static_cast<int>(len * 2) &&
                   !t.ends_with("...") && len * 5 < width * 3;
        };
        // "... ne passera plus que le matin et le soir." / "Le syndic, Marc Tissot, invoque le manque": a sentence
        // closed by its stop (or its closing quote mark) at a line's end, the next line opening with a capital, a
        // quote mark or a dash, and the next line's first word would have fitted on the line: the writer broke it
        // there, not the wrap, however long the line is.
        auto broken_after = [&](std::size_t k) {
            const Block& b = blocks[k];
            if (!b.end_punct)
                return false;
            std::size_t end = b.text.size();
            char32_t last = text::prev_cp(b.text, end);
            if (text::is_quote_mark(last) && end > 0)
                last = text::prev_cp(b.text, end);
            const std::string_view next = blocks[k + 1].text;
            std::size_t at = 0;
            return (last == '.' || last == '!' || last == '?') && !b.text.ends_with("...") &&
                   (text::is_upper(text::next_cp(next, at)) || opens_quote_or_dash(next)) &&
                   lengths[k] + 1 + first_word_length(next) <= width &&
                   b.letters * 3 >= static_cast<int>(lengths[k] * 2);
        };
        const std::size_t wrap = reflow ? continued_width(blocks, lengths, g, narrowest) : 0;
        bool first_opens = false;
        for (std::size_t k = g.first; k < g.last; ++k) {
            const bool closed =
                !reflow && k > g.first && (closes(k) || broken_after(k)) && !starts_lower(blocks[k + 1].text);
            // (A footer under a wrapped text: only under a run's last line unless the page is read again.)
            const bool footer = (reflow || k + 1 == g.last) &&
                                short_line_after_sentence(blocks, lengths, k, wrap != 0 ? wrap + 8 : width);
            const bool ended = !closed && (footer || (wrap != 0 && ends_paragraph(blocks, lengths, k, wrap)));
            if (!closed && !ended)
                continue;
            groups.push_back({first, k, false, first_opens});
            first = k + 1;
            first_opens = ended;
            // A heading under it, a short line without a final stop, stands alone.
            const Block& next = blocks[k + 1];
            if (closed && k + 1 < g.last && !next.end_punct && lengths[k + 1] * 5 < width * 3) {
                groups.push_back({k + 1, k + 1});
                first = k + 2;
                ++k;
            }
        }
        groups.push_back({first, g.last, false, first_opens});
    }
}

// "Bundes-" over "rat wurde", "ven-" over "dredi l'arrêté": a word the wrap split at the line's end with a hyphen,
// the line under it going on with the word's rest in lower case; joined without the hyphen. A hyphen after a
// capital, a digit or a word already hyphenated ("AfD-", "CO2-", "a-t-"), a rest in capitals ("Start-" over
// "Landebahn") and a compound's hyphen before a coordinating word ("Start-" over "und Landebahn", "pre-" over "and
// post-war"; lexicon section compound_coordinator_words) are kept, the lines joined with a space.
bool joins_split_word(std::string_view line, std::string_view next) {
    if (line.size() < 3 || line.back() != '-' || !starts_lower(next))
        return false;
    std::size_t i = line.size() - 1, letters = 0;
    while (i > 0) {
        std::size_t at = i;
        const char32_t cp = text::prev_cp(line, at);
        if (cp == ' ')
            break;
        i = at;
        if (letters > 0 && (cp == '\'' || cp == U'\u2019')) // (an elision's apostrophe inside the word: "l'an-")
            continue;
        if (!text::is_letter(cp) || (letters == 0 && !text::is_lower(cp)))
            return false;
        ++letters;
    }
    if (letters < 2)
        return false;
    const std::size_t end = next.find_first_of(" ,.;:!?)");
    return !any_language_has("compound_coordinator_words", text::lower(next.substr(0, end)));
}

// A page wrapped at a fixed width has several wrapped paragraphs of one width; its shorter paragraphs (two lines)
// are joined too when their lines fill that width. `lengths` holds the blocks' lengths in code points (asked for
// several times each below).
void join_runs(std::vector<Block>& blocks, const std::vector<std::size_t>& lengths, std::vector<char>& plain,
               std::size_t narrowest, bool unbroken, bool blankless) {
    // (Both lists sized once for a group a line, the most they can hold: grown a step at a time, each cost a page
    // some ten moves and allocations.)
    std::vector<Group> lines;
    lines.reserve(blocks.size());
    bool after_jump = false;
    for (std::size_t k = 0; k < blocks.size(); ++k) {
        // "... zeigte / Fortsetzung Seite 4 / ...": a page jump stands alone, cut from the paragraphs around it.
        const std::string& t = blocks[k].text;
        const bool jump = t.back() >= '0' && t.back() <= '9' && page_jump_line(t);
        if (k == 0 || blocks[k].blank_before || jump || after_jump)
            lines.push_back({k, k});
        else
            lines.back().last = k;
        after_jump = jump;
    }
    std::vector<Group> groups;
    groups.reserve(blocks.size());
    std::vector<std::size_t> widths;
    // First as the paragraphs of a run break at a short line closing a sentence; a page that shows no wrap that way
    // is read again with the breaks of a text wrapped without blank lines (ends_paragraph()). An `unbroken` copy (an
    // e-paper's, its running heads between its paragraphs: no blank line anywhere) is read with those breaks first:
    // the paragraphs whose last line is not short (", avec l'aide d'une / association locale." over "En attendant,")
    // would otherwise run together.
    const std::array<bool, 2> passes = unbroken ? std::array{true, false} : std::array{false, true};
    for (const bool reflow : passes) {
        groups.clear();
        split_runs(blocks, lengths, lines, reflow, narrowest, blankless, groups);
        widths.clear();
        std::size_t wrapped_lines = 0;
        for (const auto& g : groups)
            if (std::size_t w = (!reflow || g.last - g.first >= 3) ? wrap_width(blocks, lengths, g, narrowest) : 0) {
                widths.push_back(w);
                wrapped_lines += g.last - g.first + 1;
            }
        // Read again, a page must show two paragraphs of four wrapped lines at least: the breaks cut a menu's, a
        // list's or a comment box's lines into short runs that look wrapped by chance. A copy without a blank line
        // anywhere (an e-paper's) may show one, of six lines at least: a paragraph's last line wider than the column
        // ("... que chacune devrait payer chaque année au canton." at 62 in a copy of 55) shows no break under it, so
        // the paragraphs of a short copy run into one.
        if (reflow ? widths.size() >= 2 || (blankless && wrapped_lines >= 6) : widths.size() >= 2 || wrapped_lines >= 6)
            break;
        if (reflow == passes[1])
            return;
    }
    std::sort(widths.begin(), widths.end());
    const std::size_t page_width = widths[widths.size() / 2];
    auto fills = [&](const Group& g) {
        if (g.last == g.first)
            return false;
        // "Kreis Lindau / Schwimmbad bleibt im Winter geschlossen", "Vaud / La ligne de bus du Jorat menacée": a short
        // topic line over the title (a kicker) in a copy without blank lines, the title longer and not going on with
        // its sentence. ("By Ann Lee / @annlee": a byline and a handle under it, shorter, stay one line.)
        if (g.last == g.first + 1 && lengths[g.first] * 5 < page_width * 3 && lengths[g.last] > lengths[g.first] &&
            !goes_on_lower(blocks, g.first))
            return false;
        std::size_t open = 0;
        for (std::size_t k = g.first; k < g.last; ++k) {
            std::size_t len = lengths[k];
            // A paragraph cut out by its indentation may break early, at the start of a link set deeper; a run's first
            // line may be cut short by what stood before it, not a paragraph opening after another's end.
            if (((k > g.first || g.opens) && len * 5 < page_width * 3 && !g.indented &&
                 !before_page_break(blocks, k)) ||
                len > page_width + 8)
                return false;
            open += !blocks[k].end_punct || goes_on_lower(blocks, k);
        }
        return open * 2 >= g.last - g.first;
    };
    // The blocks are joined in place: blocks[0, to) are those made so far, a joined group one block, and the blocks
    // of a group still to come stand at or after `to` (a group gives at most its blocks), untouched. (Not into a
    // vector of their own: the blocks before the first joined group, most of a page, are neither moved nor copied.)
    std::size_t to = 0;
    for (const auto& g : groups) {
        if (!fills(g)) {
            for (std::size_t k = g.first; k <= g.last; ++k, ++to)
                if (to != k) {
                    blocks[to] = std::move(blocks[k]);
                    plain[to] = plain[k];
                }
            continue;
        }
        if (to != g.first)
            blocks[to] = std::move(blocks[g.first]);
        Block& joined = blocks[to];
        for (std::size_t k = g.first + 1; k <= g.last; ++k) {
            if (joins_split_word(joined.text, blocks[k].text))
                joined.text.pop_back();
            else
                joined.text += ' ';
            joined.text += blocks[k].text;
        }
        joined.blank_after = blocks[g.last].blank_after;
        joined.words = joined.letters = joined.digits = joined.upper_initial = joined.urls = joined.separators = 0;
        plain[to] = measure_shape(joined, joined.text);
        ++to;
    }
    blocks.erase(blocks.begin() + static_cast<std::ptrdiff_t>(to), blocks.end());
    plain.resize(to);
}

// A line's text with each run of ASCII digits read as one "0": "Rundschau · 3. Mai 2024 · Seite 8" and "... Seite 9"
// are one line printed with other numbers.
std::string digits_masked(std::string_view t) {
    std::string out;
    out.reserve(t.size());
    for (std::size_t i = 0; i < t.size(); ++i) {
        const bool digit = t[i] >= '0' && t[i] <= '9';
        if (!digit || out.empty() || out.back() != '0' || i == 0 || t[i - 1] < '0' || t[i - 1] > '9')
            out += digit ? '0' : t[i];
    }
    return out;
}

// "... die Hälfte / Rheinische Rundschau · Freitag, 3. Mai 2024 · Seite 8 / übernimmt das Land.": a PDF's running
// header (or footer) printed again at a page break with only its number changed, inside a paragraph the page break
// cut (the line before it has no final stop, the wrapped line after it goes on in lower case), and its copies on the
// other pages. "... Energiekosten sparen. / 14 | Dienstag, 3. Dezember 2026 | Kreis Lindau / Vereine und Schulen
// müssen ...": or, twice at least, between two paragraphs of the text that the copy runs together (no blank line
// around it, a sentence closed over it, a wrapped line under it, its page's number opening or closing it): the
// e-paper's head of each page. The indices of such lines, in order; empty for most pages (lines without digits are not
// looked at).
std::vector<std::size_t> running_headers(const std::vector<Block>& blocks, const std::vector<std::size_t>& lengths) {
    // (A line under it of a column's width at least: 24 characters, see narrowest_wrap().)
    auto in_run = [&](std::size_t k) {
        return blocks[k].digits > 0 && lengths[k] >= 12 && !blocks[k].blank_before && !blocks[k].blank_after &&
               k > 0 && k + 1 < blocks.size() && lengths[k + 1] >= 24;
    };
    auto inside_paragraph = [&](std::size_t k) {
        return in_run(k) && lengths[k + 1] >= 40 && !blocks[k - 1].end_punct && starts_lower(blocks[k + 1].text);
    };
    // (Between paragraphs, the head's page number opens or closes it: "14 | Dienstag, ...", "... 2026 4".)
    auto page_number = [](std::string_view t) { return t.size() <= 3 && text::all_ascii_digits(t); };
    auto between_paragraphs = [&](std::size_t k) {
        return !blocks[k].end_punct && blocks[k - 1].end_punct && !starts_lower(blocks[k + 1].text) &&
               (page_number(text::first_token(blocks[k].text)) || page_number(text::last_token(blocks[k].text)));
    };
    std::vector<std::size_t> cut;
    // (Most pages have no numbered line inside a run of lines: their lines are not masked.)
    // (Or two lines between paragraphs of about one length, the second compared with the first.)
    std::size_t k = 1, first_between = 0;
    for (; k + 1 < blocks.size() && !inside_paragraph(k); ++k)
        if (in_run(k) && between_paragraphs(k)) {
            if (first_between == 0)
                first_between = k;
            else if (lengths[k] + 4 >= lengths[first_between] && lengths[k] <= lengths[first_between] + 4)
                break;
        }
    if (k + 1 >= blocks.size())
        return cut;
    std::vector<std::pair<std::string, std::size_t>> numbered;
    for (std::size_t j = 0; j < blocks.size(); ++j)
        if (blocks[j].digits > 0 && lengths[j] >= 12)
            numbered.emplace_back(digits_masked(blocks[j].text), j);
    std::sort(numbered.begin(), numbered.end());
    // The lines of one mask: a header when some of them show other numbers (a line printed twice as it is is no
    // page's number) and one of them stands inside a paragraph, or two between paragraphs; then each of them is one
    // (the first page's too, over the text's first line).
    for (std::size_t lo = 0, hi = 0; lo < numbered.size(); lo = hi) {
        bool renumbered = false, cuts = false;
        int breaks = 0;
        for (hi = lo; hi < numbered.size() && numbered[hi].first == numbered[lo].first; ++hi) {
            renumbered = renumbered || blocks[numbered[hi].second].text != blocks[numbered[lo].second].text;
            cuts = cuts || inside_paragraph(numbered[hi].second);
            breaks += in_run(numbered[hi].second) && between_paragraphs(numbered[hi].second) ? 1 : 0;
        }
        if (renumbered && (cuts || breaks >= 2))
            for (std::size_t i = lo; i < hi; ++i)
                cut.push_back(numbered[i].second);
    }
    std::sort(cut.begin(), cut.end());
    return cut;
}

// The narrowest width a page's text may be wrapped at: 40 characters, and 24 on a page whose wrap split two words at
// least at the lines' ends (joins_split_word: "Bundes-" over "rat", "ven-" over "dredi"), an e-paper's or a PDF's
// narrow columns. Lines of 24 to 40 characters elsewhere (a list's items, a poem's verses, a menu) split no words.
std::size_t narrowest_wrap(const std::vector<Block>& blocks) {
    const std::size_t column = 24, page = 40;
    int split = 0;
    for (std::size_t k = 0; k + 1 < blocks.size() && split < 2; ++k)
        if (blocks[k].text.back() == '-') // (most lines: settled on their last byte)
            split += !blocks[k].blank_after && joins_split_word(blocks[k].text, blocks[k + 1].text);
    return split >= 2 ? column : page;
}

// join_runs() on a page that may be wrapped, with its running headers inside paragraphs (running_headers()) set
// aside while the paragraphs are joined across them, and put back after the block holding the line before each.
void join_wrapped(std::vector<Block>& blocks, const std::vector<std::size_t>& lengths, std::vector<char>& plain) {
    const std::size_t narrowest = narrowest_wrap(blocks);
    if (!may_be_wrapped(blocks, lengths, narrowest))
        return;
    const std::vector<std::size_t> cut = running_headers(blocks, lengths);
    // (A copy without a blank line anywhere prints its kicker and title glued over the text: split_runs().)
    const bool blankless =
        std::none_of(blocks.begin() + 1, blocks.end(), [](const Block& b) { return b.blank_before; });
    if (cut.empty()) {
        join_runs(blocks, lengths, plain, narrowest, false, blankless);
        return;
    }
    std::vector<Block> kept, headers;
    std::vector<std::size_t> kept_lengths;
    std::vector<char> kept_plain, header_plain;
    kept.reserve(blocks.size());
    kept_lengths.reserve(blocks.size());
    kept_plain.reserve(blocks.size());
    // (An e-paper's copy: no blank line from its first running head on.)
    bool unbroken = true;
    for (std::size_t k = 0, c = 0; k < blocks.size(); ++k) {
        unbroken = unbroken && (k <= cut[0] || !blocks[k].blank_before);
        if (c < cut.size() && cut[c] == k) {
            headers.push_back(std::move(blocks[k]));
            header_plain.push_back(plain[k]);
            ++c;
            continue;
        }
        kept.push_back(std::move(blocks[k]));
        kept_lengths.push_back(lengths[k]);
        kept_plain.push_back(plain[k]);
    }
    join_runs(kept, kept_lengths, kept_plain, narrowest, unbroken, blankless);
    blocks.clear();
    plain.clear();
    std::size_t h = 0;
    for (std::size_t k = 0; k < kept.size(); ++k) {
        // (A header goes before the first block that starts after its line: after the paragraph it cut.)
        for (; h < headers.size() && headers[h].line < kept[k].line; ++h) {
            blocks.push_back(std::move(headers[h]));
            plain.push_back(header_plain[h]);
        }
        blocks.push_back(std::move(kept[k]));
        plain.push_back(kept_plain[k]);
    }
    for (; h < headers.size(); ++h) {
        blocks.push_back(std::move(headers[h]));
        plain.push_back(header_plain[h]);
    }
}

// The key of a line in count_repeats' table: a hash of all its bytes. (A key of its length and its first and last
// eight bytes, which spared hashing a paragraph's middle, gave one key to every line of a page whose lines differ only
// there, "Antwort Nummer 12, und wir ...": the table's probing then compared each line with all those before it, the
// square of the lines, x18 for 4x an interview of 32,000 questions.)
std::size_t line_key(std::string_view t) {
    return StringHash{}(t);
}

// Sets each block's `repeats` and returns, for each block, the first block of the same text (itself for a text's first
// block): the blocks of the same text are found in one open-addressing table of block indices, keyed by their text (a
// map of texts would allocate a node for every line).
std::vector<std::size_t> count_repeats(std::vector<Block>& blocks) {
    constexpr std::size_t empty = static_cast<std::size_t>(-1);
    std::size_t size = 16;
    while (size < blocks.size() * 2)
        size *= 2;
    const std::size_t mask = size - 1;
    std::vector<std::size_t> slots(size, empty);
    std::vector<std::size_t> first(blocks.size()); // the first block of the same text
    std::vector<int> count(blocks.size(), 0);       // blocks of the text, at the index of its first block
    for (std::size_t k = 0; k < blocks.size(); ++k) {
        const std::string& t = blocks[k].text;
        std::size_t at = line_key(t) & mask;
        while (slots[at] != empty && blocks[slots[at]].text != t)
            at = (at + 1) & mask;
        if (slots[at] == empty)
            slots[at] = k;
        first[k] = slots[at];
        ++count[first[k]];
    }
    for (std::size_t k = 0; k < blocks.size(); ++k)
        blocks[k].repeats = count[first[k]] - 1;
    return first;
}

} // namespace

std::size_t lines_with_text(std::string_view txt) {
    // (Each line is read up to its first byte of text, most often its first, then left by memchr() to its end.)
    std::size_t lines = 0, pos = 0;
    const std::size_t size = txt.size();
    const char* const data = txt.data();
    while (pos < size) {
        const char c = data[pos];
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
            ++pos;
            continue;
        }
        ++lines;
        const void* end = std::memchr(data + pos, '\n', size - pos);
        if (end == nullptr)
            break;
        pos = static_cast<std::size_t>(static_cast<const char*>(end) - data) + 1;
    }
    return lines;
}

namespace {

// "..., wie sie sagte. Fortsetzung auf Seite 13", "... une part sociale. Suite en page 5": a page jump that the copy
// of an e-paper glued to the paragraph's last sentence, after its stop (a closing quote mark perhaps): the byte where
// the jump (page_jump_line()) opens, 0 when the line ends otherwise. (Asked by segment()'s loop of the lines ending in
// a digit only, which it has checked.)
[[gnu::noinline]] std::size_t glued_jump_at(std::string_view t) {
    const std::size_t longest = 60; // bytes of a jump (page_jump_line())
    for (std::size_t at = t.find(' ', t.size() > longest ? t.size() - longest : 0); at != std::string_view::npos;
         at = t.find(' ', at + 1)) {
        // (The sentence's stop, past the quote marks closing it, text::is_close_quote(), and a bracket: "sagte sie.“",
        // "a-t-il dit.»", "he said.\"", "disse.›", "(so die Polizei.)".)
        std::string_view before = t.substr(0, at);
        while (!before.empty()) {
            std::size_t mark = before.size();
            const char32_t cp = text::prev_cp(before, mark);
            if (cp != '"' && cp != '\'' && cp != ')' && !text::is_close_quote(cp))
                break;
            before.remove_suffix(before.size() - mark);
        }
        const bool stop = before.ends_with(".") || before.ends_with("!") || before.ends_with("?") ||
                          before.ends_with("\u2026");
        if (stop && page_jump_line(t.substr(at + 1)))
            return at + 1;
    }
    return 0;
}

// "Fortsetzung von Seite 1 Die Stadt will ...", "Suite de la page 1 Le maire ...", "Continued from Page 1 The
// mayor ...": a page jump that the copy of an e-paper glued to the first sentence of the text going on under it: the
// byte where that sentence opens (a capital after the jump's number), 0 when the line opens otherwise. (Asked of the
// lines holding a digit only, out of segment()'s loop; "Seite 1 der Zeitung" goes on in lower case.)
[[gnu::noinline]] std::size_t leading_jump_end(std::string_view t) {
    const std::size_t longest = 32; // bytes of a jump's phrase and number ("continúa en la página 123": 28)
    // (The spaces found by find(), the byte before each asked first: most lines have no number among their first
    // words.)
    for (std::size_t at = t.find(' '); at != std::string_view::npos && at < longest; at = t.find(' ', at + 1))
        if (text::is_digit(static_cast<unsigned char>(t[at - 1])) && text::starts_upper(t.substr(at + 1)) &&
            page_jump_line(t.substr(0, at)))
            return at + 1;
    return 0;
}

// The last block cut in two at byte `at` of its text, the sentences and the page jump glued to them: two blocks of
// the same line, each measured again. (Out of segment()'s loop: few lines need it.)
[[gnu::noinline]] void split_glued_jump(std::vector<Block>& blocks, std::vector<std::size_t>& lengths,
                                        std::vector<char>& plain, std::size_t at) {
    const std::string whole = std::move(blocks.back().text);
    const std::string_view head = text::trim(std::string_view(whole).substr(0, at));
    const std::string_view jump = std::string_view(whole).substr(at);
    const std::size_t line = blocks.back().line, indent = blocks.back().indent;
    const bool blank_before = blocks.back().blank_before;
    for (const std::string_view piece : {head, jump}) {
        Block& b = piece.data() == head.data() ? blocks.back() : blocks.emplace_back();
        b = Block{};
        // (Pieces of a collapsed text: measured as they are, as take_line() measures a plain line.)
        b.text = piece;
        const bool piece_plain = measure_shape(b, b.text);
        b.line = line;
        b.indent = piece.data() == head.data() ? indent : 0;
        b.blank_before = piece.data() == head.data() && blank_before;
        if (piece.data() == head.data()) {
            lengths.back() = b.chars;
            plain.back() = piece_plain;
        } else {
            lengths.push_back(b.chars);
            plain.push_back(piece_plain);
        }
    }
}

} // namespace

std::vector<Block> segment(std::string_view txt) {
    std::vector<Block> blocks;
    // Room for a block for each line that has text, the most there can be, counted first: grown a step at a time,
    // the vector would move every block made so far, about 80 instructions each, and hold the blocks twice at the
    // step, in a vector up to twice too large after it: on a page of one short line after another (a list of words,
    // a log) most of the memory the page takes (scripts/memory_shapes.py).
    blocks.reserve(lines_with_text(txt));
    std::vector<std::size_t> lengths; // of the blocks' texts in code points
    std::vector<char> plain;          // for each block, measure_shape() met nothing to collapse in its text
    lengths.reserve(blocks.capacity()); // (the same room: grown a step at a time, each cost a page nine moves)
    plain.reserve(blocks.capacity());
    std::size_t pos = 0, line_no = 0;
    bool prev_blank = true;
    while (pos <= txt.size()) {
        std::size_t end = txt.find('\n', pos);
        if (end == std::string_view::npos)
            end = txt.size();
        const std::string_view raw = txt.substr(pos, end - pos);
        // (Empty: only ASCII white space, nothing once collapsed. Most lines open and end with a byte above the space,
        // which trim() keeps: such a line is taken as it is, without the call.)
        const bool untrimmed = !raw.empty() && static_cast<unsigned char>(raw.front()) > ' ' &&
                               static_cast<unsigned char>(raw.back()) > ' ';
        const std::string_view trimmed = untrimmed ? raw : text::trim(raw);
        Block* line = trimmed.empty() ? nullptr : &blocks.emplace_back(); // (filled in its place: a Block is large)
        if (line != nullptr)
            while (line->indent < raw.size() && (raw[line->indent] == ' ' || raw[line->indent] == '\t'))
                ++line->indent;
        bool line_plain = false;
        if (line != nullptr && !take_line(*line, raw, trimmed, line_plain)) {
            blocks.pop_back();
            line = nullptr;
        }
        if (line == nullptr) {
            if (!blocks.empty())
                blocks.back().blank_after = true;
            prev_blank = true;
        } else {
            Block& b = *line;
            b.line = line_no;
            b.blank_before = prev_blank;
            lengths.push_back(b.chars);
            plain.push_back(line_plain);
            prev_blank = false;
            if (const char last = b.text.back(); last >= '0' && last <= '9')
                if (const std::size_t at = glued_jump_at(b.text); at > 0)
                    split_glued_jump(blocks, lengths, plain, at);
            if (const Block& last = blocks.back();
                last.digits > 0 && text::is_letter(static_cast<unsigned char>(last.text[0])))
                if (const std::size_t at = leading_jump_end(last.text); at > 0)
                    split_glued_jump(blocks, lengths, plain, at);
        }
        if (end == txt.size())
            break;
        pos = end + 1;
        ++line_no;
    }
    if (!blocks.empty())
        blocks.back().blank_after = true;
    join_wrapped(blocks, lengths, plain);
    // (The repeats first: a line printed again is measured once, see measure_words.)
    const std::vector<std::size_t> first = count_repeats(blocks);
    measure_words(blocks, plain, first);
    return blocks;
}

namespace {

// What a page's blocks show of its language (see LanguageSource). The blocks hold every word of the text, in order
// (segmenting changes white space only), their stopwords counted already.
struct PageBlocks final : LanguageSource {
    const std::vector<Block>& blocks;
    explicit PageBlocks(const std::vector<Block>& b) : blocks(b) {}

    StopwordCounts stopwords() const override {
        StopwordCounts counts;
        counts.hits.assign(languages().size(), 0);
        // (The languages counted, the block's own: one bound for the loop, which the compiler then adds up several
        // at a time. A block has counts for every language or, not made by segment(), none.)
        int* const hits = counts.hits.data();
        for (const auto& b : blocks) {
            counts.words += static_cast<int>(b.lower_words().size());
            const std::span<const int> of = b.stopword_hits();
            const std::size_t langs = std::min(counts.hits.size(), of.size());
            for (std::size_t k = 0; k < langs; ++k)
                hits[k] += of[k];
        }
        return counts;
    }

    ScriptCounts scripts() const override {
        // The script read in the lines of running text (of 40 letters or 20 CJK characters at least, with no URL)
        // rather than in the menus, link lists and leftover markup around them, unless those lines are too few.
        ScriptCounts text_lines, all_lines;
        for (const auto& b : blocks) {
            ScriptCounts line;
            line.add(b.text);
            if (line.weight() >= 40 && b.urls == 0)
                text_lines.add(line);
            all_lines.add(line);
        }
        return text_lines.weight() >= 100 ? text_lines : all_lines;
    }

    void add_words(LanguageEvidence& evidence) const override {
        for (const auto& b : blocks)
            for (std::string_view w : b.lower_words())
                evidence.add_word(w);
    }
};

} // namespace

std::string detect_language(const std::vector<Block>& blocks) {
    return detect_language(PageBlocks(blocks));
}

} // namespace archive
