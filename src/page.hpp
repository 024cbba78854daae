// The classify stage's working state and internal helpers, shared by its files (classify.cpp, classify_meta.cpp with
// classify_dates.cpp, classify_head.cpp with classify_kickers.cpp and classify_lede.cpp, classify_tail.cpp,
// contents.cpp, headline.cpp with headline_glued.cpp, headline_choice.cpp with headline_score.cpp and
// headline_rules.cpp, region.cpp with region_edges.cpp and the other region_*.cpp, credits.cpp with
// credit_captions.cpp, bylines.cpp, agencies.cpp with agency_lists.cpp and datelines.cpp, lines.cpp, entries.cpp,
// quality.cpp, sections.cpp, sections_build.cpp with sections_headings.cpp, media.cpp).
#pragma once

#include "classify.hpp"
#include "dates.hpp"

#include <algorithm>
#include <array>
#include <bitset>
#include <cstddef>
#include <functional>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace archive {

enum class Role { none, boilerplate, kicker, headline, lede, byline, date, caption, credit, heading, paragraph,
                  source_tag, duplicate };

struct Page {
    const std::vector<Block>& blocks;
    std::string language;
    std::vector<Quality> raw_quality; // context-free
    std::vector<Quality> quality;     // after the context-sensitive pass
    std::vector<Role> role;
    // (The flags classify() sets itself are a byte each, not std::vector<bool>'s packed bits: the rules read them
    // again and again, and a byte is read in one load, a bit after a shift and a mask.)
    std::vector<char> soft_caption;   // a caption only by its neighbours (a credit below, its own repeat): may be the headline
    std::vector<bool> ingredient;     // ingredient_lines() of the blocks
    std::vector<bool> recipe_fact;    // recipe_facts() over them
    std::vector<char> no_byline_date; // classify's search for bylines and dates read the line and found neither
    std::vector<std::size_t> length;  // text::length_cp() of each block's text
    std::vector<char> terminator;     // is_terminator() of each block, asked by several rules: read once
    std::vector<char> code;           // code_line() of each block, asked by main_region, code_blocks, kept_as_text
    Article article;
    std::string glued_date;           // the date glued before the headline, as printed (kept with the boilerplate)
    DayOrder day_order = DayOrder::by_language; // the order the page's dates of numbers prove: set by mark_metadata(),
                                                // read again by date_under_headline()
    // unnumbered_contents_lines() of the blocks (contents_runs.hpp), read once by classify() for the region's start
    // and again by the headline's candidates (empty until then).
    std::vector<char> toc_lines = {};
};

/// The page's tables of contents, which find_contents() reads, and the copies of its lines printed more than once.
struct Contents {
    static constexpr std::size_t no_copy = static_cast<std::size_t>(-1); ///< no copy of a line (prev_copy, next_copy)
    static constexpr int most_copied_words = 14; ///< words of a line at most whose copies are linked
    /// The titles the tables of contents list, each at the line of its entry. (Looked up by views: a line is not
    /// copied to be sought.)
    std::map<std::string, std::size_t, std::less<>> contents;
    std::vector<bool> contents_line; ///< an entry (or the label) of a contents whose titles the page prints again below
    std::vector<bool> in_contents;   ///< a title of a contents without numbers
    /// The lines of line k's text right above and right below it (of fourteen words at most), or `no_copy`.
    std::vector<std::size_t> prev_copy, next_copy;
    /// The sizes in bytes of the titles in `contents`, a bit each (`long_title`: one of more bytes than the bits hold).
    std::bitset<256> title_sizes;
    bool long_title = false;

    /// Adds `title`, listed at line `k`, to `contents` (unless it is there already) and its size to `title_sizes`:
    /// the key in `contents`.
    std::string_view add(std::string title, std::size_t k);
    /// A text of the size of some title in `contents`: it may be one of them. (Most lines of a page are of no title's
    /// size, settled without a look-up of their text.)
    bool may_list(std::string_view text) const {
        return text.size() < title_sizes.size() ? title_sizes.test(text.size()) : long_title;
    }

    /// Line k is a title that a table of contents above it lists (not an entry of a numbered contents itself).
    bool listed_heading(const std::vector<Block>& blocks, std::size_t k) const;
};

/// "1 History / 2 Climate / 3 Economy / ...", "Assess your content / Rewrite it / Measure it / <intro> / Assess your
/// content / <text>": the tables of contents of the page, numbered ones (three entries in a row at least) and lists
/// of three titles or more that the region [rs, re] prints again further down.
Contents find_contents(const Page& p, std::size_t rs, std::size_t re);

/// The first byte of text::lower() of a text opening with an ASCII letter or digit (most lines), lower-cased on the
/// spot without decoding a code point; -1 for a text opening otherwise (lower-case its first code point then).
inline int lower_ascii_front(std::string_view s) {
    const auto c = static_cast<unsigned char>(s.empty() ? 0 : s.front());
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
        return c;
    if (c >= 'A' && c <= 'Z')
        return c + 32;
    return -1;
}

/// A few words (views into lexicon entries, which outlive it) by their first byte: a word asked about is compared only
/// with those opening as it does.
class WordsByFront {
public:
    void add(std::string_view w) {
        auto& known = by_front_[front(w)];
        if (std::find(known.begin(), known.end(), w) == known.end())
            known.push_back(w);
    }
    bool has(std::string_view w) const {
        // (A plain loop: the lists hold a word or two, fewer than std::find's unrolled steps.)
        for (std::string_view known : by_front_[front(w)])
            if (known == w)
                return true;
        return false;
    }

private:
    static unsigned char front(std::string_view w) { return w.empty() ? 0 : static_cast<unsigned char>(w.front()); }
    std::array<std::vector<std::string_view>, 256> by_front_;
};

/// The first tokens of text::split_ws(line), as many as `out` holds, read without a vector: the part of `out` they
/// fill.
std::span<const std::string_view> first_tokens(std::string_view line, std::span<std::string_view> out);
/// text::split_ws(s).size() > most, read no further than the token past `most`, without a vector.
bool more_tokens_than(std::string_view s, std::size_t most);

/// stopword_density() of a line of `words` words, hits[k] of them stopwords of languages()[k] (a Block's
/// stopword_hits and lower_words.size(), counted once by segment()).
double stopword_density_of(std::span<const int> hits, std::size_t words, std::string_view language);

/// jusText's context-sensitive pass: short and near-good blocks take the class of their neighbours.
void resolve_context(std::vector<Quality>& q);

/// "Read more", "READ MORE »", "Weiterlesen →", "Czytaj więcej >": the link under a teaser, alone on its line.
bool more_link(const Block& b);

/// "Harbour festival opens / The town prepares for its biggest weekend... / Read more": the text over a link of its
/// own ("Read more", "Weiterlesen", "Czytaj więcej") is a teaser of another article when the page prints two such
/// links at least; its quality becomes bad.
void mark_linked_teasers(const std::vector<Block>& blocks, std::vector<Quality>& q);

/// The article's region [start, end] (inclusive): the maximum-sum run of blocks, good text counting for,
/// boilerplate against, with comment threads and card lists discounted; on a page whose sentences are all short
/// sentences (a snippet), the first to the last of them.
std::pair<std::size_t, std::size_t> main_region(const Page& p);
/// The first line of the author's farewell closing the region rs..re ("Viel Glück! / Euer Hans", "Cheers, / Jane"),
/// which main_region() took in; re + 1 when the region closes otherwise. Its lines are text whatever their shape.
std::size_t farewell_from(const Page& p, std::size_t rs, std::size_t re);

/// "Related articles / Ferry timetable changes / New pier opens / The ferries run again...": a terminator at `at`
/// that is the title of a box of links between two paragraphs of the article, not its end: the titles are followed
/// by two paragraphs of prose in a row (a comment thread is cut apart by names, dates and reply buttons). Returns
/// the first block of the article going on, or 0.
std::size_t inline_box(const Page& p, std::size_t at);

/// "Réservé aux abonnés" / <the article's first paragraph>: a subscribers' badge among the region's first lines, over
/// the text's prose (which cut_at_paywall() let through), leaves the body; so does a paywall's prompt between two
/// paragraphs of a page that printed the text whole under it (text_past_paywall()). region_body_drops.cpp.
void drop_paywall_badges(Page& p, std::size_t rs, std::size_t re);
/// "Read more" / <two titles or more> / "Correction: An earlier version of this story ...": the list of other
/// articles' titles right over a correction note closing the region leaves the body; the note stays the text's last
/// paragraph, under no heading taken from the list. region_body_drops.cpp.
void drop_titles_over_note(Page& p, std::size_t rs, std::size_t re);
/// "14:20 Uhr" / "Die Feuerwehr meldet einen neuen Höchststand." / "Teilen" / "13:55 Uhr" / ...: the one short
/// sentence of a live blog's entry under its time stamp, inside the region [rs, re], is rated good in its context, a
/// paragraph of the text (region_live.cpp).
void keep_live_entries(Page& p, std::size_t rs, std::size_t re);
/// "13:55 Uhr" / "Pegel steigt weiter: Stadt sperrt zwei Brücken": line k stands right under a time stamp alone on
/// its line, one of three at least a dozen lines apart at most: the title of a live blog's entry (region_live.cpp).
bool live_entry_title(const Page& p, std::size_t k);
/// "... / Show key events only / 11.48 GMT / Talks resume at Acas / <the entry's text> / Share / 11.02 GMT / ...": the
/// region opening at `rs` under a live blog's first entry title (live_entry_title(): under a stamp of a run of them)
/// and its stamp opens at the stamp, the title heading the entry as the later ones do, once the headline is known (the
/// two lines given no role); rs otherwise (region_live.cpp).
std::size_t entry_over_region(const Page& p, std::size_t rs);

/// "Jane Doe / Jane Doe is a reporter on the harbour beat.": the box presenting the author under the article, found
/// by the name its byline gave (`p.article.authors`): a paragraph of the region opening with that name, or the
/// region's last paragraph under a line naming the author, leaves the body (its role becomes boilerplate).
void drop_author_box(Page& p, std::size_t rs, std::size_t re);

/// "Harbour festival opens / The town prepares for its biggest weekend. / By Jane Roe, May 3, 2024 / Ferry fares
/// rise / ... / By John Poe, May 2, 2024": two cards of other articles or more in a row in the region [rs, re], each a
/// title without a final mark over one summary and a byline or a date line (their roles set), at most a few lines
/// apart, under two paragraphs of the article and over no more of its text, leave the body (their roles become
/// boilerplate); the names signing them leave the article's authors.
void drop_teaser_cards(Page& p, std::size_t rs, std::size_t re);

/// "Sign up for The Morning Ferry / Get the harbour news in your inbox. / Enter your email / Sign up": a newsletter's
/// sign-up box inside the region [rs, re], found by its field asking for an e-mail address, leaves the body (the roles
/// of its lines become boilerplate). signup_boxes.cpp.
void drop_signup_boxes(Page& p, std::size_t rs, std::size_t re);
/// "Umfrage: Soll die Gemeinde das Bad öffnen? / Ja / Nein / 1.234 Stimmen": a readers' poll inside the region
/// [rs, re], found by its labelled question and two answers at least, leaves the body. signup_boxes.cpp.
void drop_polls(Page& p, std::size_t rs, std::size_t re);
/// The first line of the sign-up box that drop_signup_boxes() took out of the body right above the line `at`, or `at`
/// when there is none (the box stands aside as one line does).
std::size_t above_signup_box(const Page& p, std::size_t at);

/// "Rives - Montvert 2-1 (0-1)", "Hafen – Ufer 0:3": the result line of a match, two names around a dash between
/// spaces and a score, the half-time score after it in parentheses. match_facts.cpp.
bool result_line(std::string_view line);
/// Where the first of " - ", " – " and " — " opens in `t`, npos when none does (a player's mark before the dash of
/// "Rossi 7 – Sempre puntuale."). match_facts.cpp.
std::size_t first_spaced_dash(std::string_view t);
/// "... the last paragraph. / Rives - Montvert 2-1 (0-1) / Stade de la Rive. 6'840 spectateurs. / Buts: 12e Roux 0-1.
/// / Rives: Favre; Mbarga, Stucki; ...": the facts box of a match report, a result line among the region's last lines
/// (or right under them) and the rows under it (a label and its colon, or a line-up's names parted by semicolons), is
/// the article's, however its rows are rated: the last line of the box when it reaches past `re`, or `re`.
std::size_t past_match_facts(const Page& p, std::size_t rs, std::size_t re);
/// Line k is the result line of a match report over a row of its facts box, or a row of that box (see
/// past_match_facts()): text of the article, whatever its shape.
bool match_facts_row(const Page& p, std::size_t k);
/// "IL TABELLINO", "Le pagelle", "Telegramm" (lexicon section match_facts_labels) over rows of a match's facts or of
/// its players' marks ("Monti 6 – Sicuro."): line k is the label of such a box, which heads it. match_facts.cpp.
bool match_facts_label(const Page& p, std::size_t k);

/// "To start, make one public changeset: / $ cd test-repo / $ hg commit -m 'start' / added 1 changesets": a block of
/// code or shell commands in the region [rs, re] is the article's text: two code_line()s at least, half its lines up
/// to the last of them, the others short lines of no prose (the commands' output); the sentence announcing it with
/// its colon too. Marks its lines.
std::vector<char> code_blocks(const Page& p, std::size_t rs, std::size_t re);

/// "... a paragraph. / Developer Tools / Fixed the crash when the download panel closes – DONE / Neue Option für den
/// Export der Tabellen / <text>": a run of list items without bullets or final stops, rated bad for their few
/// stopwords, and the short labels heading them, between two lines of text of the region [rs, re] and of their
/// length band, are the article's text: their quality becomes good. A menu's entries (three words at most), lines
/// with links, repeated, or of the page's furniture, and titles much shorter than the paragraphs around them stay.
void restore_list_lines(Page& p, std::size_t rs, std::size_t re);

/// "Vorteile / kann Laufwerke verschlüsseln / unterstützt Container / 2 x 220 V": a list of three to ten short items
/// between two paragraphs of the region [rs, re] is the article's text, though one item (a figure, a symbol) makes it
/// look like a menu. Marks its items (no label in capitals, known label, link or line the page repeats).
std::vector<char> short_item_lists(const Page& p, std::size_t rs, std::size_t re);

/// "afp", "AFP", "Keystone-ATS": the id of a news agency named by one word, or nothing.
std::optional<std::string> agency_id(std::string_view word);
/// agency_id() of a word lower-cased and trimmed already ("afp"): the id, or null (a caller that lowered the word for
/// a look-up of its own asks this, without a second lowering or a copy of the id).
const std::string* agency_id_of_lowered(std::string_view low);

/// The headline among the lines around the article's start: `first_text` is the first block of the region
/// [rs, re] that has no role yet.
std::optional<std::size_t> choose_headline(const Page& p, std::size_t first_text, std::size_t re);

/// The headline printed on line `h`, with what is glued before it set apart: a kicker ("Conflit«Vous faites...»",
/// "Initiative Hafen Neue Fähre..." under "Initiative Hafen") or the date it was published on ("1. Februar 2022
/// Bundesministerin ...").
struct HeadlineParts {
    std::string headline;
    std::optional<std::string> kicker;
    std::optional<std::string> published; ///< ISO 8601
};
HeadlineParts headline_parts(const Page& p, std::size_t h);
/// headline_parts() of line `h` when something is glued before its headline; nothing when the headline is the whole
/// line (which is not copied).
std::optional<HeadlineParts> glued_headline_parts(const Page& p, std::size_t h);

/// "References / ^ Doe, Jane (2019). "The harbour" / . Harbour Press. Retrieved 2020. / ^ ...": the notes of a wiki
/// article are text of it. Three entries or more, at most two lines between neighbours (the rest of an entry cut at a
/// link); a heading between two entries ends the run. So are an essay's notes numbered in brackets ("[1] ...",
/// "[2] ...", "[3] ..."), three or more glued in their order from 1.
std::vector<char> note_lines(const std::vector<Block>& blocks);

/// "Setting Reasonable Expectations / ... / Building dashboards / ... / Choosing a Resolution": on a page whose section
/// headings are written in title case (three of three words or more, and more than those in sentence case), a heading
/// of several words in sentence case is a label in bold at the start of a paragraph, no section of the article: it
/// goes back to the paragraphs.
void fold_sentence_case_labels(std::vector<Section>& sections);

/// "WebIDE / Develop and debug your apps on a device. / Page Inspector / Examine the page's HTML. / ...": a list of
/// terms, each over one short description, is a definition list: its terms are text, not the headings of sections.
/// Four terms in a row at least, of a few words each, over one or two paragraphs of forty words at most. The title of
/// a glossary over them ("Definitions", "Glossar": the lexicons' [glossary_titles]) heads the section they make.
/// Three terms in a row are enough, whatever their descriptions' length, when the paragraph right above the first
/// names each of them ("... three signs: wind, swell and cloud. / Wind / ... / Swell / ... / Cloud / ...").
/// No list: a run whose headings mostly open with an article or a clause's word in `language` ("The background",
/// "Was jetzt wichtig ist").
void fold_definition_lists(std::vector<Section>& sections, std::string_view language);

/// What tight_definition_lists() makes of a line: nothing, a term of a list, or the title right over a list.
enum class ListPart : unsigned char { none, term, title };
/// "What we know / Night ferries / <a paragraph> / Winter timetable / <a paragraph> / ...": on a page that parts its
/// paragraphs with blank lines, three short lines or more without a final mark, each glued to the one paragraph it
/// introduces and the pairs glued to each other, are the terms of a definition list (text, no headings); a line of a
/// heading's shape glued right over the first term is the list's title, its heading. (Among the lines of [rs, re]
/// without a role yet; nothing on a page without blank lines, where every heading is glued to its text.)
std::vector<ListPart> tight_definition_lists(const Page& p, std::size_t rs, std::size_t re);

/// The body: the lines of the region [rs, re] without a role yet become its sections of paragraphs, headed by short
/// lines without final punctuation (`toc` the page's tables of contents, `notes` its note_lines()). With `owned`, the
/// paragraphs' texts are moved out of those blocks once the sections are made. (The section loop, sections_build.cpp.)
void build_sections(Page& p, std::size_t rs, std::size_t re, const Contents& toc, const std::vector<char>& notes,
                    std::vector<Block>* owned);

/// "WASHINGTON —" / "The Senate voted ...", "CNN —" / "Scientists have found ...", "BERLIN (dpa) –" / "Der Bundestag
/// ...": the dateline a dump broke off onto a line of its own, alone over the text's first paragraph, once read as the
/// article's dateline or source tag (read_source_tag()), opens the text and is no paragraph of it: it leaves the first
/// section for the boilerplate. (Called after read_source_tag(); `owned` as in build_sections(). sections.cpp.)
void drop_lone_dateline(Page& p, std::size_t rs, std::size_t re, std::vector<Block>* owned);

/// "5. Pack a torch" under the heading "4. Check the tide tables": `line` opens with the number after the
/// heading's (or the one after that), with the same mark ('.' or ')'): it goes on with a series of numbered headings.
bool next_in_series(std::string_view line, std::string_view heading);

/// Why a line jusText rates bad stays text of the article (read in the section loop of classify(), with the roles
/// of the lines above set): announced by a paragraph's colon, a row of a table of facts, an item of a short list
/// (`listed`), an update note, a recipe's ingredient or fact, one of a few sentences between two paragraphs, an
/// item of a bulleted list.
bool kept_as_text(const Page& p, std::size_t k, std::size_t rs, std::size_t re, const std::vector<char>& listed);

/// Metadata lines anywhere near the article, the lines [head_from, re] without a role yet: bylines (their names the
/// article's authors, an agency's its source tag), date lines (the article's dates), an agency credited for the text,
/// picture credits, and captions with their labels or closed by their credits (each a Media of the article). A
/// sentence of the article naming a day, between two lines of its text inside the region [rs, re], is no date line.
void mark_metadata(Page& p, std::size_t head_from, std::size_t rs, std::size_t re);

/// "Miércoles 4 de Mayo de 2022" / menu / "Headline" / "3 de Mayo de 2022", "Protokoll der Sitzung vom 10. Oktober
/// 2019" / "26/12/2019 von Jane": once the headline is known, a date read from the title itself, or from a bare date
/// line standing apart over it (the site's day or a teaser's), gives way to the date under the headline: the one a line
/// there opens with (a reading time before it too: "5 Min. 1. November 2023"), or a byline's or a date line's there
/// (none under a label of another kind: "Auflage: 1 (27. Mai 2013)").
void date_under_headline(Page& p);

/// The opening of the article whose region is [rs, re], once the metadata lines have their roles: the headline (the
/// article's, with its kicker and the date glued before it, `p.glued_date`), the short sentences and the subtitle
/// between it and the region, which open the article, and the lede. Returns the line the article's text starts
/// at: rs, or a line above it (the sentences, the subtitle), or the line under the headline when the region opens
/// on a box over the site's menu.
std::size_t mark_opening(Page& p, std::size_t rs, std::size_t re);
/// A columnist's note of one sentence under the byline ("Profesora de Geografía en ..."), which tells who the author
/// is, kept with the boilerplate (classify_lede.cpp).
void drop_author_note(Page& p, std::size_t re);
/// A line of names alone between the headline and the lede that no rule has read as the byline, kept with the
/// boilerplate (classify_lede.cpp).
void drop_names_over_lede(Page& p);

/// "<standfirst's last sentence>. Von Anna Muster, Bern": a byline closing the lede after its last sentence, on a page
/// with no author yet, gives the authors and leaves the lede (classify_lede.cpp).
void byline_closing_lede(Page& p);

/// "See also[edit]", "References[edit]": the end matter of a wiki article under its region [rs, re], the headings
/// the page marks or its tables of contents `toc` list, and the notes under them (`notes`, note_lines()), become
/// the article's last sections; their lists of links stay out.
void add_end_matter(Page& p, std::size_t re, const Contents& toc, const std::vector<char>& notes);
/// "About the author / Jane Doe / Jane Doe covers the harbour for the paper.": the box presenting the author right
/// under the region ending at `re` becomes the article's last section.
void add_author_section(Page& p, std::size_t re);
/// The authors' names without the stop a paper closes a name with ("Jean-Marc Le Goff."), each once.
void tidy_author_names(Article& a);
/// The article's source tag and dateline: a closing agency tag ("(ats)") in the few lines under the region ending
/// at `re`, and a dateline opening the body ("PARIS (Reuters) - ...").
void read_source_tag(Page& p, std::size_t re);

/// "<paragraph>" / "Image" / "Volunteers fill sandbags on Tuesday." / "<paragraph>": a word alone on its line where
/// a picture stood (lexicon section picture_markers, bare or in brackets) inside the region [rs, re], over a line of
/// three to thirty words shorter than the one over the marker: that line is the picture's caption (the credit closing
/// it split off), the marker boilerplate, though another rule read the marker as a credit.
void caption_under_marker(Page& p, std::size_t rs, std::size_t re);
/// The pictures of the lines [head_from, re] once credits and labelled captions have their roles: each credit
/// becomes a Media of the article with the caption just over it (skipping the caption's duplicate), unless the page
/// prints its credits under paragraphs without captions; a caption printed twice without credit is still a caption.
void collect_media(Page& p, std::size_t head_from, std::size_t re);
/// "<byline>" / "<job>" / "Reporting from Glasgow" / "The new vessels enter service in 2029" / "<paragraph>": a
/// sentence with no stop nor credit right under the byline's lines, over the text's first paragraph, on a page with no
/// lede and no media yet, is the top picture's caption.
void caption_under_byline(Page& p, std::size_t re);
/// "... <the article's last paragraph> / Bildergalerie / <caption> / Foto: Jane Roe / <caption> / Foto: John Doe":
/// a picture gallery a few lines under the region ending at `re`, its label (lexicon section gallery_labels) over
/// two pictures at least, each a caption of three to thirty words over its credit line: each picture becomes a Media
/// of the article, after the others.
void collect_gallery_under(Page& p, std::size_t re);
/// "3/12 Leerlingen planten bomen.", "Foto 3 di 12 Via Valassina sott'acqua": the captions of the article's media
/// without the gallery's counter opening them (media.cpp).
/// "... befahren werden. (3/12)", "... rilievi di ottobre (Foto 4 di 9)": the captions of the article's media without
/// the gallery's counter closing them either, in brackets (closing_caption_counter()).
void drop_caption_counters(Article& a);
/// "Foto: Wellen an der Kaimauer in Büsum." (credit "Foto: Jane Roe/dpa"), "Photo : Des bateaux à quai." (credit
/// "(Jean Roux / AFP)"): the captions of the article's media whose credit stands apart without the picture's word
/// (lexicon section caption_picture_labels) and its colon opening them (media.cpp); the label stays with the
/// boilerplate.
void drop_caption_picture_labels(Article& a);
/// "(3/12)", "(Foto 4 di 9)": a gallery's counter in brackets, as it closes a caption's line (media.cpp).
bool closing_caption_counter(std::string_view s);

/// "Business news in pictures / 1/50 Harbour festival opens / caption / Getty / 2/50 ...": a picture gallery that
/// interrupts the article. Its slides, counted one to N, are no text of the article, nor the titles over the first
/// slide. The captions after the last counter take as many lines as an average slide.
void mark_galleries(Page& p, std::size_t rs, std::size_t re);

} // namespace archive
