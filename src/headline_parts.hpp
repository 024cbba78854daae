// What the three files of the headline choice share. headline_choice.cpp: choose_headline(), which lines are
// candidates and the order of the steps; headline_score.cpp: the body's words and repeated pieces gathered once for a
// page (TitleSearch) and the score of one candidate line (score_title()); headline_rules.cpp: the rules that prefer
// another line than the best-scored one (prefer_neighbour()). Internal to the classify stage.
#pragma once

#include "headline.hpp"
#include "page.hpp"
#include "word_counts.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace archive {

/// A candidate title and its score.
struct Scored {
    std::size_t line;
    double score;
    double overlap; // share of its content words that the article repeats
};

/// What the scores of one page's candidate titles read, gathered once for the page: the counts of the body's words
/// (the article's text between `first_text` and `re`), the titles a comment thread names, the lines of four words or
/// more before each line; and, when first asked, the lines cut by separators and the lost breadcrumbs.
/// "•", "3 Min", "Artikel zum Hören • 4 Min", "Link kopieren", "Listen to this article · 5 min", "Partager": a
/// mark alone on its line, a reading aid (reading_aid()), a share button (share_button()) or a button's
/// boilerplate phrase: the page's chrome around an article's head, no line of its text (ten words at most;
/// headline_score.cpp).
bool page_chrome(const Block& b);

/// "La Regione stanzia 18 milioni. Coldiretti: ...": a sentence's stop inside the line, more text after it
/// (headline_rules.cpp).
bool sentence_inside(std::string_view line);

struct TitleSearch {
    TitleSearch(const Page& page, std::size_t first_text, std::size_t re);

    /// A line of the article's text (`first_text` to `re`), whose words a headline announces ("Minecraft exploit..."
    /// over a story about it; a menu item or a share button does not).
    bool counted(std::size_t k) const { return k >= first_text && k <= re && textual(p.raw_quality[k]); }
    /// Asks for the words of lines [lo, hi) to be counted in the body: the candidates' words, in one pass over it.
    void want_words(std::size_t lo, std::size_t hi);
    /// "Headline | Site" in a title bar, "News › Headline" in a breadcrumb: another line of the page prints `title`
    /// as one of its pieces.
    bool printed_as_piece(std::string_view title);

    const Page& p;
    const std::size_t first_text, re, n;
    /// The body's words, keyed by the blocks' own words, which outlive the search.
    WordCounts& body_words;
    /// "Home Climate Headline": a breadcrumb whose separators the text lost.
    CrumbTrails crumbs;
    /// "5 Kommentare zu „Scherenschnitt (3)“": the titles that a comment thread names.
    std::unordered_set<std::string> named;
    /// long_lines[k]: lines of four words or more before block k; chrome_lines[k]: the page's buttons and marks before
    /// block k (page_chrome()), which the distance from a title to its article does not count.
    std::vector<std::size_t> long_lines, chrome_lines;
    /// Line k is an entry, a heading or the label of a table of contents without numbers (contents_runs.hpp), read
    /// once for the page.
    bool contents_line(std::size_t k);

private:
    /// The table of body_words: one for every page this thread reads (filling a fresh one cost more than counting).
    static WordCounts& body_table();
    /// The lines of four tokens at least cut by a separator, few of them, gathered once (cut_lines_read_).
    std::vector<std::size_t> cut_lines_;
    bool cut_lines_read_ = false;
    std::vector<char> contents_lines_;
    bool contents_lines_read_ = false;
};

/// The score of line i as the headline of an article whose text starts at block `start`, or nothing for a line that
/// is no title (headline_score.cpp).
std::optional<Scored> score_title(TitleSearch& s, std::size_t i, std::size_t start);

/// "Reporting from Hartford, Conn.", "De notre envoyé spécial à Kyiv", "Enviado especial a Kiev": the line telling
/// where the reporter writes from (lexicon section reporting_place_labels, opening the line), a fact of the byline,
/// no title (headline_score.cpp).
bool reporting_place(const Block& b);

/// "Subject: Library hours extended", "Betreff: ...", "Objet : ...": a line opened by an e-mail header's label (lexicon
/// section mail_header_labels) and a colon: the bytes of the label and its colon, or 0 (headline_score.cpp).
std::size_t mail_header_label(const Block& b);

/// A line of an e-mail's header block: a header's label opens it, and one opens the line above or under it too.
bool mail_header(const Page& p, std::size_t k);

/// The subject of an e-mail's header block printed on line k ("Subject: <this>", lexicon section
/// mail_subject_labels), without its label.
std::optional<std::string> mail_subject(const Page& p, std::size_t k);

/// "Neue Fähre soll Pendler" / "über den Fluss bringen": line k+1 goes on with the title that line k opens: two short
/// lines glued (no blank line between), the first opening on a capital and closed by no stop, the second opening on a
/// small letter, as a title broken over two lines in a print or a PDF is (headline_glued.cpp).
bool title_continued(const Page& p, std::size_t k);

/// After scoring, the rules that prefer another line than the best-scored one `headline` (score `best`) among the
/// `scores` of the candidates: a kicker or a standfirst, a byline under the title, a label over it, a breadcrumb's
/// end, a date-signed title, the title over a comment thread, the title printed whole at the top
/// (headline_rules.cpp).
std::optional<std::size_t> prefer_neighbour(TitleSearch& s, const std::vector<Scored>& scores,
                                            std::optional<std::size_t> headline, double best);

/// "ENVIRONMENT": every letter a capital.
bool all_capitals(std::string_view s);

/// A line of a menu: a few words without final punctuation.
bool menu_item(const Page& p, std::size_t k);

/// An entry of a menu printed again between the same neighbours (a headline printed again is not).
bool repeated_menu(const Page& p, std::size_t i);

/// A date among two more within four lines of it: the dates of a list of teasers.
bool teaser_date(const Page& p, std::size_t k);

/// "<title> / Season tickets will cost up to £400 more a year / The operator says the rise is its first since 2019 /
/// By Jane Roe": line i is a point of a summary list printed without bullets or a label, two to five lines of a
/// sentence's length between the longer title and the byline or date line: the title's line, or nothing
/// (headline_lists.cpp).
std::optional<std::size_t> unlabelled_summary_point(const Page& p, std::size_t i);

/// "<title> / - El plan prevé 400 millones ... / - Las comunidades ... / MADRID, 6 (EUROPA PRESS)": from line i, two to
/// four short points opened by one bullet mark right over an agency's dateline alone on its line (no further than
/// line re), a wire's standfirst: the dateline's line, or 0 (headline_lists.cpp).
std::size_t bulleted_standfirst(const Page& p, std::size_t i, std::size_t re);

/// "<title> / Bilder vom Wochenende / 07.12.2026 / Von Petra Hansen / 1/6 / <caption> / 2/6 ...": a picture gallery's
/// first slides follow line `k` (the headline, or the standfirst under it) within a few lines past its date and
/// byline, the counters "1/6" and "2/6" (headline_rules.cpp): the head of a gallery's page.
bool gallery_slides_under(const Page& p, std::size_t k);

/// "Bildergalerie", "Fotostrecke", "Photo gallery": a gallery's label, a line of three words at most of lexicon
/// section gallery_labels, no figure nor stop (headline_rules.cpp; classify_head.cpp reads it too).
bool gallery_label_word(const Block& b);

/// A line given the role of a byline or a date.
inline bool byline_or_date(const Page& p, std::size_t k) {
    return p.role[k] == Role::byline || p.role[k] == Role::date;
}

/// A paragraph of prose: rated good, closed by a stop, eight words or more.
inline bool prose_paragraph(const Page& p, std::size_t k) {
    return p.raw_quality[k] == Quality::good && p.blocks[k].end_punct && p.blocks[k].words >= 8;
}

/// A title over its deck and the byline or date under that (headline_score.cpp): a head of title and deck.
bool titled_head_line(const Page& p, std::size_t k);

/// "Tomás Ibarra, en su taller en 2017. PEDRO GÁLVEZ", "Thomas Ibach in seinem Atelier. Foto: Peter Gallwitz": a
/// sentence of four words or more closed by its stop, then a picture's credit (headline_score.cpp): a caption, no
/// title nor standfirst.
bool caption_closed_by_credit(const Block& b);

/// A title and its standfirst: a line of `words` words more than two thirds as long as one of `other` words. (A
/// tagline or teaser over a title is far longer than the title; a Spanish or Italian title of 17-22 words runs
/// about as long as the subtítulo or sommario under it, or longer.)
inline bool nearly_as_long(int words, int other) {
    return 3 * words > 2 * other;
}

} // namespace archive
