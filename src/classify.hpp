// Heuristics of the classify stage, exposed for table-driven unit tests.
#pragma once

#include "pipeline.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace archive {

struct LexiconSection;

/// Context-free quality of a block, in the spirit of jusText.
enum class Quality { bad, short_, near_good, good };

/// good or near_good: a line of text on its own merits, before its neighbours are asked.
inline bool textual(Quality q) {
    return q == Quality::good || q == Quality::near_good;
}

/// Share of the block's words that are stopwords of `language` (or of the best language when empty).
double stopword_density(std::string_view line, std::string_view language);

/// "\"Nothing is decided yet,\" the minister replied.": a short line with quote marks and a verb of saying in
/// `language`, ending its sentence. block_quality rates it near-good instead of short.
bool attributed_quote(const Block& b, std::string_view language);

/// jusText-like context-free quality of one block.
Quality block_quality(const Block& b, std::string_view language);
/// The same for a block whose text::length_cp() is known.
Quality block_quality(const Block& b, std::string_view language, std::size_t length);

/// "Conflit«Vous faites...»": a short capitalised word glued to an opening quote mark is a kicker.
/// Returns {kicker, headline} when the line splits that way.
std::optional<std::pair<std::string, std::string>> split_glued_kicker(std::string_view line);

/// "(ats)", "(ats/afp)", "(AFP)", "(jbm/ats)", "Keystone-ATS", "Le Monde avec AFP": a closing line that credits
/// news agencies. Returns the lower-case agency ids, or nothing when the line is not such a tag.
std::optional<std::vector<std::string>> agency_tag(std::string_view line);
/// "Ben Vale Associated Press" -> "Ben Vale": a byline's last name without the agency's name in full printed after it
/// (lexicon section agency_names); other pieces unchanged.
std::string_view without_agency_name(std::string_view piece);

/// "Fuente: EFE", "Quelle: dpa", "| Periodista Digital: EFE": a short label (not a photo credit word such as
/// "Foto") and agency ids. Returns the lower-case agency ids.
std::optional<std::vector<std::string>> labelled_agency(std::string_view line);
/// "Bento Figueira, SP (Folhapress)", "Bern (SDA)", "Dakar (APS)": a line that is only the place a wire's text was
/// filed from (one to four words, a region after a comma perhaps) and the agency in a parenthesis (agency_tag()):
/// the agencies, or nullopt.
std::optional<std::vector<std::string>> place_agency_line(std::string_view line);

/// "PARIS (Reuters) -", "Berlin (dpa) -": a dateline opening a paragraph. Returns {raw tag, place, agencies}.
struct DatelineTag {
    std::string raw;
    std::string place;
    std::vector<std::string> agencies;
};
std::optional<DatelineTag> dateline_tag(std::string_view paragraph);

/// "Archives, Reuters", "Photo: Keystone", "(Bild: Hersteller)", "Getty Images", "AFP PHOTO / John Doe":
/// a photo credit line.
bool is_credit_line(std::string_view line);
/// The same for a block's line, read through its Block::lower and Block::chars instead of lowering it again.
bool is_credit_line(const Block& b);
/// "CreditJane Roe for The Daily Star", "FotoAnna Muster/Agentur": a credit's label (lexicon section
/// glued_credit_labels) glued to the capitalised name it gives, a few words without a final stop.
bool glued_credit_label(std::string_view line);
/// "Quelle: Landesregierung", "Source : Insee", "Fuente: INE": a credit whose label names the source of a text or of
/// its figures (lexicon section text_source_words), not of a picture.
bool text_source_credit(std::string_view credit);
/// "A post shared by Jane Roe (@janeroe)", "Ein Beitrag geteilt von Anna Muster (@annamuster)": the line under the
/// picture of an embedded post of a photo network, which credits the account (lexicon section embed_credits).
bool embedded_post_credit(const Block& b);

/// "Media caption The mayor opens the pier", "Bildunterschrift: Der neue Kai": a caption after its label -> the
/// caption.
std::optional<std::string> labelled_caption(std::string_view line);

/// "Figure 1: Failed builds per day", "Abb. 3: Der alte Hafen": a figure's label, its number and a mark, then the
/// caption (a label without a number needs its colon and four words after it).
bool figure_caption(std::string_view line);

/// "Senator Ann Hill (right) greets the delegates.": a name followed by the place the person takes in the
/// picture, in parentheses (lexicon section picture_positions), as only a caption prints it.
bool pictured_position(std::string_view line);

/// "(Symbolbild)", "(file photo)": the label in parentheses saying a caption's picture stands for the story (lexicon
/// section picture_labels), which split_trailing_credit() gives as the caption's credit though it names nobody.
bool picture_label_credit(std::string_view credit);
/// "(Photo d'illustration)", "Foto d'archivio", "(Symbolbild).": a line that is a picture's label alone (lexicon
/// section picture_labels), capitalised or in parentheses, a stop perhaps closing it: no text of the article.
bool picture_label_line(std::string_view line);

/// A caption line ending in a credit: "Le président à Berne. (Photo: Keystone)" -> {caption, credit}.
std::optional<std::pair<std::string, std::string>> split_trailing_credit(std::string_view line);
/// split_trailing_credit() of a block's text, read with the words segment() split (the block's text unchanged since).
std::optional<std::pair<std::string, std::string>> split_trailing_credit(const Block& b);

/// "Par Jean Dupont (avec Marie Roux)", "By Jane Doe and John Roe", "Von Anna Muster", "di Marco Bianchi":
/// the author names of a byline line, or nothing when the line is not a byline. With `lone_names`, a name of one
/// word counts too ("von Tobi" on a date line, where a blog signs with a first name or a handle).
std::optional<std::vector<std::string>> byline_authors(std::string_view line, std::string_view language,
                                                       bool lone_names = false);
/// "By Jane Roe", "Von Anna Muster", "Redaktion: Anna Muster", "da Mario Rossi": the block opens as byline_authors()
/// wants a byline to, whatever the language; false settles that byline_authors(b.text, ...) finds none, without
/// reading it (byline_names.cpp, beside the doors of byline_authors() it must follow).
bool may_be_byline(const Block& b);

/// "Jane Roe", "Anna von Muster": a line that is only a person's name (2 to 4 capitalised words, no stopword, no
/// agency) -> the name.
std::optional<std::string> name_line(std::string_view line);
/// "Jane Roe - Apr 16, 2015 8:02 pm", "Ana Pérez | Publicado hace 3 horas": the name opening a date line, followed
/// by a separator or by the date -> the name.
std::optional<std::string> name_before_date(std::string_view line);

/// "By", "Von", "Par", "Written by": a line that is only the word opening a byline (the names follow on the next line).
bool byline_word(std::string_view line);

/// "We use cookies to improve your experience...": a cookie consent notice in any language.
bool is_consent_notice(std::string_view line);
/// is_consent_notice() of a block, from the lower-cased text and words segment() keeps.
bool is_consent_notice(const Block& b);

/// "Sign up for our free newsletter", "Jetzt kostenlos abonnieren", "Faites un don": a prompt to subscribe, sign up
/// or donate, in any language.
bool is_promo_notice(std::string_view line);
/// is_promo_notice() of a block, from the lower-cased words segment() keeps.
bool is_promo_notice(const Block& b);
/// is_consent_notice(b) || (promo && is_promo_notice(b)), the block's words looked up once for both.
bool is_consent_or_promo_notice(const Block& b, bool promo);

/// "Jetzt 3 Ausgaben gratis erhalten!", "Already a subscriber? Log in for immediate access.": a prompt to subscribe,
/// sign up or donate as printed under an article, with fewer of its words than is_promo_notice asks for.
bool closing_notice(std::string_view line);
/// closing_notice(b.text), read from the block's lower-cased words.
bool closing_notice(const Block& b);
/// "La suite est réservée aux abonnés.", "The rest is for subscribers only.": a closing_notice() saying that the
/// rest of the article is for subscribers (lexicon section paywall_cuts); the article's free text ends over it.
bool paywall_cut(const Block& b);
/// "Il vous reste 62 % de cet article à lire.", "You have 3 free articles left": the paywall's count of what the
/// reader has left of the article (or of the free articles); a paywall_cut().
bool reading_left_line(const Block& b);

/// "Report an error", "Fehler gefunden?", "Los invitamos a reportar errores de contenido.": the prompt under the
/// article asking the reader to report its errors.
bool error_report_notice(const Block& b);

/// "A version of this story appeared on Page A7 of the March 3 paper.", "Dieser Beitrag stammt aus Ausgabe
/// 3/2015 des Hafenblatts.", "Cet article a été publié initialement dans ...": a note on where the text was printed
/// first, at an edge of the article; none of its text.
bool origin_note(const Block& b);
/// "Elena Park contributed to this report.", "Hanno collaborato Anna Bianchi e Luca Verdi": the note under the text
/// naming the people who helped write it (lexicon sections contribution_closers, contribution_openers).
bool contribution_note(const Block& b);

/// "Articles of the harbour club blog: Creative Commons BY 4.0", "Die Texte dieses Blogs stehen unter einer
/// Creative-Commons-Lizenz": the notice of the site's license, printed under its pages.
bool license_notice(std::string_view line);
/// license_notice(b.text), read from the block's lower-cased text.
bool license_notice(const Block& b);
/// "The views expressed are the author's own.", "Der Beitrag gibt die Meinung des Autors wieder.": the notice under an
/// opinion piece that it speaks for its writer, not for the paper.
bool opinion_disclaimer(const Block& b);
/// "Letters should be no longer than 250 words.", "Send a letter to the editor.": a letters page's rules or its call
/// for letters (lexicon sections letters_words, letters_notice_phrases).
bool letters_notice(const Block& b);
/// "Members of the board are ...": the line naming an editorial board (lexicon section board_member_openers); a
/// notice only beside the board's disclaimer.
bool board_members_line(const Block& b);

/// "Update, July 3: Added the mayor's reply.": a note on a change to the article, kept with it.
bool update_note(std::string_view line);

/// "Note: 2,1 (gut)", "Verdict: 4/5", "Rating: 8.5/10", "Note : 16/20": a review's score on a line of its own, a label
/// (lexicon section rating_label_words) and a colon, then a number; kept with the text it closes.
bool rating_line(const Block& b);

/// "Score: 7,5/10" / "Prijs: 129 euro", "Nota: 7,8" / "Precio: 449 euros": a row of the review's verdict box right
/// under its score (`above`, a rating_line()), a label, a colon and a value with a figure; kept with the score.
bool verdict_row(const Block& above, const Block& b);

/// "When you walk into a store, you are overloaded with sights, sounds,… Read more": a teaser of another article,
/// its opening cut short in the middle of a sentence and a link of a few words after it.
bool teaser_excerpt(const Block& b);

/// "Ferries Return to the Pier Ferries Return to the Pier": a card's title printed twice or more in one line.
bool repeated_title(std::string_view line);

/// Navigation, share buttons, cookie and newsletter prompts, footers: a whole line known as boilerplate.
bool is_boilerplate_phrase(std::string_view line);
/// The same for a line whose text::lower(text::collapse(line)) is known.
bool is_boilerplate_phrase(std::string_view line, std::string_view low);
/// The same for a block that segment() measured, its lower-cased text known, whose text measure_shape() found with
/// nothing to collapse (no white space but single spaces, no byte taking a space into its character): its spaces
/// are its words less one, counted already.
bool is_boilerplate_phrase(const Block& b);
/// "bild 3 von 12", "image 2 of 7", "zdjęcie 2 z 6": a gallery's counter of its pictures in words, the line
/// lower-cased (boilerplate.cpp; media.cpp reads the picture under it).
bool gallery_counter(std::string_view low);

/// "Jetzt anmelden »", "Learn more ›", "← Previous post", "« Articles plus anciens": a link or a button of a few
/// words with its arrow after its last word or before its first (lexicon sections next_link_marks, back_link_marks).
bool arrow_link(std::string_view line);

/// "How to pack for the islands | Harbour TV", "Profil | Jane Roe": the title of another page with its site's name
/// or its label, one bar between two short parts, no stop closing the line.
bool barred_title(std::string_view line);

/// Two elements of the page glued without their space ("Jane DoePolitics", "Gesund essenDiese 7 Tipps").
bool glued_elements(std::string_view line);
/// "Écouter cet article · 4 min", "Listen to this article · 5:12 min Learn more", "Temps de lecture : 4 min": a
/// read-aloud player's button or the article's reading time, no text of the article (classify_lede.cpp).
bool reading_aid(const Block& b);
/// "Artikel zum Hören • 4 Min", "Listen to this article (5 min)": of reading_aid()'s lines, the read-aloud player's
/// button with the recording's length after a mark (classify_lede.cpp).
bool read_aloud_with_length(const Block& b);
/// "Image", "Bild", "(Photo)", "[Foto]": a word alone on its line where a picture stood (lexicon section
/// picture_markers), in brackets or not (lines.cpp).
bool picture_marker_line(const Block& b);
/// A short line without final punctuation that can head a section ("Raids aériens", "Réunion à Paris").
bool heading_like(const Block& b);
/// The words of a line in English title case.
struct TitleCaseWords {
    int letter_words = 0; ///< the words with a letter
    bool lower = false;   ///< one of them has a lower-case letter (a line in capitals is no title case)
};
/// "New Tab Page and Pocket", "Add-ons / Web Extensions": each word with a letter opens with a capital (its first
/// letter: "(Draft)" too), but the small words title case leaves in lower case (`small`: lexicon section
/// title_case_small_words) after the first. Nothing for a line of another case (lines.cpp).
std::optional<TitleCaseWords> title_case_words(std::string_view line, const LexiconSection& small);
/// "📌 What matters now" -> "What matters now", "▶️ Leia também:" -> "Leia também:": the line after its opening
/// pictograph, arrow or "#" and number and the space after it, or the line as it is (lines.cpp).
std::string_view after_heading_mark(std::string_view line);
/// "📌 What matters now", "#3 Die Kritik", "II. The details": a heading opened by a mark of a heading (lines.cpp).
bool opens_with_heading_mark(std::string_view line);
/// "Schritt 2 – Die Aussaat", "Part 3 - Sowing": a part's label and number cut by one dash from its title, one heading
/// (sections_build.cpp).
bool numbered_part_title(const Block& h);
/// "“Harbour Lights” ($20)", "« Le Phare » (12 €)", "„Der Leuchtturm“ (2019)": the quoted title of a work with its
/// price or year in parentheses, which heads a review's section though its marks and figures take much of the line
/// (and a title quoted whole is otherwise somebody's words).
bool quoted_title_with_note(std::string_view line);

/// "Comments", "12 comments", "Leave a reply", "Kommentieren", "Czytaj też": a line after which the article
/// does not go on (comment threads, related-article lists).
bool is_terminator(const Block& b);

/// "Jane Doe is a senior writer for Harbour Weekly.", "Anna Muster ist Redakteurin im Ressort Stadt.": the box
/// presenting the author under an article.
bool author_bio(const Block& b);
/// "Jane Roe covers the courts for The Harbour Post. More about Jane Roe": the line's first two words (a name) are its
/// last two as well, in a link of a few words after its last sentence: the link to the author's page closing her box.
bool closed_by_own_name(std::string_view line);

/// "Posted in News | Tagged harbour", "Dieser Eintrag wurde veröffentlicht in ...": a blog's line of categories and
/// tags under the post.
bool post_footer(std::string_view line);

/// "Headline | Site", "Site - Headline", "Home › News › Headline": the pieces of a line cut at free-standing
/// separators; empty when the line has none.
std::vector<std::string> title_pieces(std::string_view line);
/// Where title_pieces(line) stand in `line`: from the first byte of a piece's first token to the end of its last (in
/// a line whose spaces are collapsed, the pieces themselves).
std::vector<std::pair<std::size_t, std::size_t>> title_piece_spans(std::string_view line);
/// A token that cuts a line into title_pieces(): "|", "-", "–", "—", "•", "·", "»", "›", ">", "/", "::", "~", "*".
/// (Inline: segment() asks it of the tokens opening with a mark as it measures each line, see Block::title_separator.)
inline bool is_title_separator(std::string_view tok) {
    if (tok.empty() || tok.size() > 3) // the longest separator: most tokens are words
        return false;
    // The separators open with one of these bytes ("–", "—", "•", "›" with 0xE2, "·", "»" with 0xC2).
    const char c = tok.front();
    if (c != '|' && c != '-' && c != '\xE2' && c != '\xC2' && c != '>' && c != '/' && c != ':' && c != '~' && c != '*')
        return false;
    static constexpr std::string_view seps[] = {"|", "-", "–", "—", "•", "·", "»", "›", ">", "/", "::", "~", "*"};
    for (std::string_view sep : seps)
        if (tok == sep)
            return true;
    return false;
}
/// Some free-standing token of the line is a separator of title_pieces() ("|", "-", "›", ...): the line has pieces,
/// which a line without one is settled without cutting.
bool any_title_separator(std::string_view line);
/// any_title_separator() read eight bytes a step, as where SSE2 is missing: compiled in every build for its test.
bool any_title_separator_portable(std::string_view line);

/// `candidate` is a whole separator-delimited piece of the longer `line`.
bool title_variant(std::string_view candidate, std::string_view line);

/// "History[edit]", "Setting up¶", "Geschichte[Bearbeiten | Quelltext bearbeiten]": a heading printed with the
/// edit link or anchor of a wiki or documentation page. Returns the heading without its mark.
std::optional<std::string> marked_heading(std::string_view line);

/// "^ Doe, Jane (2019). The Harbour Book.", "↑ a b Rapport annuel du port, 2020.": an entry of a wiki's notes or
/// references, opened by the caret or arrow that links back to the text.
bool note_entry(std::string_view line);

/// "1 History", "3.1 Harbour traffic", "2. Setup": an entry of a numbered table of contents. Returns the title.
std::optional<std::string> contents_entry(std::string_view line);

/// "1/50 Harbour festival opens", "12/20": a picture gallery's counter opening the line of a slide.
bool slide_counter(std::string_view line);

/// The {slide, slides} of a gallery's counter ("12/50 ..." -> {12, 50}), or nothing.
std::optional<std::pair<long, long>> slide_number(std::string_view line);
/// "7 / 12", "7/12", "7 / 12 Engineers restore the power": slide_number() of a block, its slash set between spaces
/// or not (a short line's spaces packed before it is read).
std::optional<std::pair<long, long>> gallery_counter(const Block& b);

/// "14:44 Ferries return to the eastern pier": an item of a news ticker, a clock time and a title.
bool ticker_line(std::string_view line);

/// "$ hg commit -m 'fix'", "import os", "int add(int x, int y) {", "}": a line of code or a shell command, opened by
/// a token of the lexicons' [code_opening_words] or closed by a brace or a semicolon after a bracket or an equals sign.
bool code_line(const Block& b);

/// "Effektiver Jahreszins: 3,9 Prozent", "Diesel 32,2 Mio. t 32,3 Mio. t": a row of a table of facts, a label and
/// its value or a name and its figures. The article keeps three such rows in a row (see classify).
bool table_row(const Block& b);

/// "Innenstadt 13,80 Euro", "Northfield 264,000", "2025 226": a short row of a table or a chart, a label and one
/// figure with its unit: five words at most, a digit, no mark closing it (table_row() asks two figures).
bool short_figure_row(const Block& b);

/// "2 cups flour / 200 g Mehl / 3 Eier", or "135 g" over "Butter": the lines of a recipe's list of ingredients, each
/// a quantity, perhaps a unit, and a food. Three ingredients in a row at least, two of them with a unit of the
/// lexicons' [measure_words]; true for each of their lines.
std::vector<bool> ingredient_lines(const std::vector<Block>& blocks);
/// "für 12 Stück / 25 Min. / Zubereitung / 3 Std. 10 Min. / Kühlen / Zutaten" over a run of ingredient_lines(): the
/// recipe's times and servings with their labels (two cooking times at least); true for each of their lines.
std::vector<bool> recipe_facts(const std::vector<Block>& blocks, const std::vector<bool>& ingredient);

/// "Built for / the long winters": `first` and `second`, two lines glued between blank lines, are one title broken
/// after a function word of `language` (the page's).
bool broken_title(const Block& first, const Block& second, std::string_view language);

/// "What now?", "Warum jetzt?": a question short enough to head a section.
bool question_heading(const Block& b);

/// "‘We need to listen’", "«Wir sind alle Geschöpfe Gottes»": a few words, one whole quotation without a sentence's
/// final mark inside, which may title a section (where it stands decides: build_sections()).
bool quoted_title(const Block& b);
/// The words inside the marks of a quoted_title() line, trimmed ("‘We need to listen’" -> "We need to listen");
/// empty when the line is no quoted title.
std::string_view quoted_title_words(const Block& b);

/// "Opinión / Más en Opinión ›", "Sport / More in Sport": `label` over `next`, the link to more of the section it names
/// (lexicon section section_more_links, then the label, then perhaps an arrow), is a section's label on a front page.
bool section_label(const Block& label, const Block& next);

/// "Great, let's get started! / If you have no kit yet, ...": `line`, ending in "!" or "?", blank above and glued over
/// `next`, a longer paragraph with a blank line under it, is a blog's heading over its text.
bool glued_title(const Block& line, const Block& next);

/// "Related: Ferries return to the pier", "Mehr erfahren: Die neue Fähre", "En savoir plus : le port": the label of
/// a link to another page (lexicon section link_labels), a colon and the title it leads to.
bool link_label_line(const Block& b);
/// "Learn more", "Mehr erfahren", "Read more": a link's label (lexicon sections link_labels, more_links) alone on the
/// line.
bool link_button(const Block& b);
/// "Share this article", "Diesen Artikel teilen", "Partager cet article", "Compartir esta noticia": a share button
/// alone on its line inside the article (a reader_prompt() of six words at most without a final mark, or the button's
/// one word of lexicon section share_buttons: "Teilen", "Partager", "Share"), the page's
/// furniture: neither a heading of the text below it nor a paragraph, and no text between the lede and its byline.
bool share_button(const Block& b);
/// "Live updates from the port strike", "Liveticker zum Hafenstreik", "La grève du port en direct": a line of a few
/// words naming the paper's live coverage (lexicon section live_coverage), the link to it.
bool live_coverage_link(const Block& b);
/// "200Comments. Click to view comments", "12Kommentare", "Commentaires(4)": the link to a comment thread, its count
/// glued to the first word (lexicon section comment_nouns) or in parentheses after it.
bool comment_count(const Block& b);

/// "Pro: a quiet evening instead of a noisy one.", "„Nicht jetzt“, sagte Ole.": a line shaped as a sentence of prose
/// (capital or quote mark first, a final stop, no links or separators), whatever its stopwords.
bool sentence_shape(const Block& b);

/// "晚餐準備了砂鍋魚頭": a line of Chinese or Japanese of eight characters or more, not a bracketed title.
bool cjk_clause(const Block& b);

/// "+ Added ferry timetables" -> "+": the mark a bulleted list's item opens with (+ * - • · – ▪ ►, then a space and
/// three bytes or more), or empty.
std::string_view bullet_mark(std::string_view line);
/// "+ Added ferry timetables", "* Fixed the pier map", "• New berths": an item of a bulleted list.
bool bullet_item(const Block& b);

/// "Here is what the changeset looks like:", "The kiwi is a national icon.": a short sentence of prose that stays text
/// inside the article whatever its neighbours are.
bool short_sentence(const Block& b, std::string_view language);

/// "Advertising", "Reply", "Anzeige": a short label the page prints more than once, never article text.
bool repeated_label(const Block& b);

/// "... Underneath N.Y.C.", "... in the U.S.": the line's final full stop closes an abbreviation of capitals.
bool ends_with_abbreviation(std::string_view line);

/// "‹ Zurück", "← Older post", "Next story →": a link to the previous or next page, by a free-standing arrow.
bool navigation_arrow(std::string_view line);

/// A line that can be a headline: a few words, no final full stop, not a menu item.
bool headline_like(const Block& b);
/// "[Image: Wild bees on a meadow]", "[Video]": a whole line in square brackets, a picture's or a player's
/// placeholder in a text copy (no headline).
bool bracketed_line(std::string_view line);

} // namespace archive
