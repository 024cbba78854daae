// The section loop of the classify stage (build_sections()), shared by its two files: the loop, its state and the
// rules that read a line in the loop's order (sections_build.cpp), and the rules that tell whether a line of a
// heading's shape heads the text below it, past teasers, graphics, items of lists, captions and pictures
// (sections_headings.cpp). Internal to the classify stage.
#pragma once

#include "page.hpp"

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace archive {

/// The loop's state: the page and its article's region [rs, re], what the rules ask of the whole region (worked out
/// before the loop), and the section being filled.
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
    int glued_questions = 0;          // the short questions glued over their answers (an interview's: glued_title())
    std::size_t first_question = 0, last_question = 0; // the first and the last of them (when there are some)
    int addressed_questions = 0; // those of them put to someone (addresses_someone(), speaker_answers())
    int answered_questions = 0; // the questions standing over their answers, unspaced or not (answered_question())
    bool signed_interview = false; // the page signs an interview (interview_signoff(): "Propos recueillis par X")
    bool labelled_interview = false; // its kicker or a label over the text names an interview (interview_label())
    std::vector<char> turns; // for each line of the region, whether it is a transcript's turn (transcript_turns())
    bool unspaced = false;   // no blank line parts the region's lines (a page saved without them: quoted_heading())
    std::size_t box_title = static_cast<std::size_t>(-1); // the title of a box of facts closing the region (fact_box_end())
    std::size_t box_end = 0; // one past the items of the box of facts whose title heads the section being filled
    bool summary_box = false; // the section being filled is a box of key points glued under its label
    bool fact_box = false;    // the section being filled is a box of facts under its title, its items up to box_end

    // The body: sections of paragraphs, headed by short lines without final punctuation.
    Section section;
    bool have_paragraph = false;
    // A paragraph's text is read again by the rules of the lines below it: spent blocks give theirs up only once the
    // sections are made, each into the place its paragraph holds (section, paragraph, block).
    std::vector<std::array<std::size_t, 3>> spent_paragraphs;
    // For each section stored, whether its heading stands glued under the line above it (no blank line between);
    // glued_heading: the section being filled's.
    std::vector<char> glued_headings;
    bool glued_heading = false;
    // The headings taken because a table of contents above lists them (listed_heading()): no fold makes text of them.
    std::vector<std::string> listed_titles;
};

/// "Werden Sie wieder kandidieren? / Ja. Ich bin noch lange nicht fertig.": line k, a question of three to thirty
/// words opened by a capital, over a statement of five words or more (its answer), neither of them a page's phrase.
bool answered_question(const std::vector<Block>& blocks, std::size_t k);

/// "Frau Wolf, in Linz stehen 8.000 Wohnungen leer. Warum? / Weil sich Spekulation lohnt. ... / Werden Sie wieder
/// kandidieren? / Ja. ...": in a region holding two answered_question()s at least (an interview whose questions lost
/// their bold type), line k is one of them: it heads its answer, never the boilerplate.
bool interview_asks(const SectionLoop& s, std::size_t k);
bool addresses_someone(const Block& b);
/// "... / Die Seniorenvertreter werden Ihnen das nicht durchgehen lassen. / Ich rede mit allen. ... / Sie wollen ...
/// Wie?": line k, an interviewer's question put as a statement to the one asked, between two answered questions.
bool statement_turn(const SectionLoop& s, std::size_t k);
bool speaker_answers(const Block& answer);

/// The line the loop reads, and what several rules ask of it, worked out once.
struct Line {
    std::size_t k;
    const Block& b;
    bool sure_heading = false;
    std::optional<bool> heads; // heads_shape() of b
};

/// "Jane Roe / <date> / Highlights / <items> / <heading> / <text>": line k, right over the region, is the title of the
/// first section under the byline block, the region going on under more titles (classify_head.cpp).
bool opening_title(const Page& p, std::size_t k, std::size_t re);
/// "This is a modal window.": what a video player inside the article prints for screen readers (lexicon section
/// player_notices), no text of the article.
bool player_notice(const Block& b);
/// "10h02 / « Le port reste fermé » / Le maire l'a dit : « Le port reste fermé jusqu'à lundi. »": a few words in quotation
/// marks over the text that quotes them, the title of that text (sections_headings.cpp).
bool quoted_entry_title(const SectionLoop& s, const Line& line);
/// "15:12 / « Un déni de démocratie » / <text>", "15:58 Uhr / +++ Baum stürzt auf Auto +++ / <text>": under a live
/// blog's entry stamp, a title in quotation marks or between a ticker's marks titles the entry (sections_headings.cpp).
bool live_title_in_marks(const SectionLoop& s, const Line& line);
/// "Genève / Un cycliste grièvement blessé à Plainpalais / <text>": on a page of two briefs or more, the label of three
/// words at most over a brief's title over its text, no heading of its own (sections_headings.cpp).
bool brief_label(const SectionLoop& s, const Line& line);
/// "... un plan para el puerto. (EFE)", "... selon la police cantonale. (réd)", "... in die Klinik. (dpa/lby)": a
/// sentence closed by its stop and an agency's tag or a desk's initials in parentheses (sections_build.cpp).
bool tagged_sentence(std::string_view t);
/// "Chapitre 2", "Kapitel 3", "Part Two", "Capítulo IV", "Chapter 1:": a part's label, a word of the lexicon section
/// part_label_words (any language's) and its number in figures, a roman numeral or a word (part_number_words).
bool part_label(const Block& b);
/// "Chapitre 2 / L'été au col / <text>": a part_label() right over the part's title over its text; boilerplate, the
/// title heading the part (sections_headings.cpp).
bool label_over_part_title(const SectionLoop& s, const Line& line);
/// "... a paragraph. / British Antarctic Survey / What happens next / <text>", "... / Szukasz lokalu? Zobacz oferty na
/// ... / Keine Nachfolge / <text>": a line stacked glued over a heading that is no title, a name (every word
/// capitalised) over a heading in sentence case, or a call of two sentences (an advertisement); boilerplate
/// (sections_headings.cpp).
bool stacked_non_title(const SectionLoop& s, const Line& line);
/// "Fazit", "Unser Fazit", "En résumé": a heading of one or two words, the last naming a text's conclusion (lexicon
/// section closing_heading_words, any language's).
bool closing_heading(std::string_view line);
/// "L'essentiel", "Das Wichtigste in Kürze", "Key points", "Lo más importante": the label of the article's own box of
/// key points (lexicon section summary_box_labels, any language's), a heading over its few short sentences; the box
/// ends at the first line set apart under it (sections_build.cpp), and under the byline it opens the region
/// (opening_title()).
bool summary_box_label(const Block& b);
/// "Excerpt", "Extrait", "Auszug", "Estratto": the label a clipper's export prints over the page's standfirst
/// ("# <title>" / "> ## Excerpt" / "> <standfirst>"), a whole line of two words at most, a colon perhaps closing it
/// (lexicon section standfirst_labels, any language's: a German or French export keeps the English label).
bool standfirst_label(const Block& b);
/// "Endlich Ernte!", "Finally, a verdict!": a few words closed by "!", set apart by blank lines right over the text's
/// last short paragraph on a page of headed sections, head that closing section; so does a closing_heading() there on
/// any page (sections_headings.cpp).
bool closing_cry_heading(const SectionLoop& s, const Line& line);
bool closing_section_title(const SectionLoop& s, const Line& line);
/// "Ingredientes / 2 tazas de arroz / ...", "... / 1 pinch cinnamon / Method / Warm the honey ...": a recipe's title
/// of a few words right over its ingredients, or right under them over the method's text, heads that part
/// (sections_headings.cpp).
bool recipe_part_title(const SectionLoop& s, const Line& line);
/// "... at the end of 2027. / The works' timetable / January 2027: site opens / March 2027: ... / ...": a title glued
/// under a paragraph over three short items or more that it announces (a word naming what a list holds, or a form the
/// items share and the line lacks: rows of a label and a colon, figures opening them), though the lines around it
/// rate it below text.
bool list_title(const SectionLoop& s, const Line& line);
/// "View this image ›", "Bild ansehen »": a picture's button (lexicon section picture_buttons) alone on its line.
bool picture_button(const Block& b);

/// The places of transcript_turns(): a line that is no turn, the asking speaker's turn glued over the answer to it
/// (it heads the answer), any other turn (it heads nothing), a cross-head between an answer and the next question
/// (it heads, in quotation marks or not).
inline constexpr char transcript_question = 1, transcript_turn = 2, transcript_title = 3;
/// "M.K.: Co to konkretnie oznacza? / T.W.: Chcemy ...": for each line of [rs, re] (index k - rs), whether it is a turn
/// of an interview's transcript, two speakers' labels taking turns, one of them asking (sections_transcript.cpp).
std::vector<char> transcript_turns(const Page& p, std::size_t rs, std::size_t re);
/// "Rozmawiała Magdalena Kruczek", "Propos recueillis par Jeanne Morel": the line signing an interview (lexicon section
/// interview_signoffs and a name), no heading.
bool interview_signoff(const Block& b);
/// "Interview", "L'intervista", "Im Gespräch", "Q&A": a label of four words at most naming an interview (lexicon
/// section interview_words), over the headline (the kicker) or over the text.
bool interview_label(const Block& b);

/// The first line from `from` on that may be text under a heading: past the lines with a role, boilerplate and
/// repeated labels ("Advertisement"); past s.re when there is none.
std::size_t next_text(const SectionLoop& s, std::size_t from);
/// The line at `at` is text that the line `over` it may head.
bool is_text(const SectionLoop& s, std::size_t at, const Block& over);
/// "08.30 GMT / Morning summary / Good morning. Here is where things stand: / <text>": the short sentence at `at`
/// under a live blog's entry title (`line`, live_entry_title()) that opens its entry over text (is_text()), which the
/// title heads.
bool entry_lead(const SectionLoop& s, const Line& line, std::size_t at);
/// h is a short line of a heading's shape, which may head the text below it (worked out once for the loop's line).
bool heads(const SectionLoop& s, Line& line, const Block& h);

/// Between two paragraphs, under what the body leaves out (a picture's label and caption, a teaser and its date): the
/// line at `at` may head the text below it.
bool after_aside(const SectionLoop& s, std::size_t at);
/// The paragraph right over the line at `k` announces it with its colon (words quoted, an item): no heading.
bool announced_by_colon(const SectionLoop& s, std::size_t k);
/// The line is followed by text it may head (no teaser's summary, graphic's title, list item or caption's line).
bool text_below(const SectionLoop& s, const Line& line, bool after_colon);
/// "What does the law do? / <text> / Who is exempt? / <text> / When does it start? / The cap applies from 1 January
/// 2027.": under a section a question heads, between two paragraphs, a question of a heading's shape over a sentence
/// closed by its stop (however short jusText rates it) is the explainer's next heading.
bool question_series(const SectionLoop& s, Line& line);

/// "Who is exempt?", "Qui est concerné ?", "¿Quién paga?": a line closed by a question mark (sections_headings.cpp).
bool question_line(std::string_view line);
/// The line heads a section (`next_is_text`: text_below(); `after_colon`: announced_by_colon()).
bool heads_section(const SectionLoop& s, Line& line, bool next_is_text, bool after_colon);

/// "1921 kam eine Fußballabteilung hinzu. 1927 weihte ...", "Some residents want to leave. Why stay?": text of two
/// sentences or more, a sentence's mark after a word of small letters ("Dr. Roe", "am 3. Mai" end none), a space and
/// a capital or a figure (sections_headings.cpp's two_sentences() asks only "?" and "!").
bool holds_two_sentences(std::string_view t);

/// "Was bedeutet Vertikutieren?", "1974: Die Mehrzweckhalle", "Zwischen den Kriegen" over two sentences: the section
/// is a part of a text, no term of a glossary (a question, a heading opened by a figure, or one of three words or more
/// over two sentences or two paragraphs); fold_definition_lists() leaves a run mostly of such sections alone.
bool section_part_heading(const Section& s);

/// fold_definition_lists(), leaving alone every section headed by one of `listed_titles` (the headings a table of
/// contents above lists: the page's own parts, whatever their length, no terms of a list).
void fold_definition_lists(std::vector<Section>& sections, std::string_view language,
                           const std::vector<std::string>& listed_titles);

/// "... the defer library / Project Updates / Add-ons / Web Extensions / Addon Manager / ...": on a page in a language
/// that writes its headings in title case (its lexicon lists title_case_small_words), whose section headings are
/// mostly in title case (three of two words or more, twice those in another case), a paragraph of two to six words in
/// title case between text and a sentence announcing a list with its colon, or one or two such lines closing a
/// section after its text over the next heading glued under them (`glued_headings`, one a section), head sections
/// of their own.
void lift_title_case_headings(std::vector<Section>& sections, const std::vector<char>& glued_headings,
                              std::string_view language);

} // namespace archive
