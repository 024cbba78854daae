// What the byline phase asks of bylines.cpp beyond classify.hpp: names standing beside a date or alone under the
// headline. Internal to the classify stage.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace archive {

struct Block;
struct Lexicon;
struct Page;

/// "1. Februar 2022 , Anna Muster", "3 March 2022 Jane Roe 6": the words a date line prints after its date (`rest`,
/// as read_dates() cut it from `line`) are a person's name closing the line (a count of comments may follow it) ->
/// the name.
std::optional<std::string> name_after_date(std::string_view line, std::string_view rest);

/// "6. März 2022 von Anna in Allgemein, Kultur", "March 3, 2021 by Jane Roe / Categories: News": a post's line of
/// facts opening with its date, then a byline word and the author, then the categories the post is filed in (after a
/// word of the lexicon section post_category_words and a capital) or another fact (after a bar, a bullet or a
/// slash) -> the authors; a line not opening with its date -> cut_byline_authors(), or the name that opens it before
/// the date ("Jane Roe / 14.03.2023 / 09:42 / 150", name_before_date()).
std::optional<std::vector<std::string>> post_facts_authors(std::string_view line, std::string_view language);

/// "von Anna in Allgemein, Kultur", "Von Jane In News": a byline followed by the categories a post is filed in (a word
/// of the lexicon section post_category_words after the name's first word, then a capital) -> the byline without them.
/// A word joining two authors in the page's `language` is none ("Door Anna Smit en Piet Jansen").
std::string_view without_categories(std::string_view byline, std::string_view language = {});

/// "The Harbour Post | May 4, 2022 | By Jane Roe", "Le Port | 4 mai 2022 • Mis à jour le 5 mai | Par Marie Dupont":
/// a line of facts cut apart by bars, bullets or a slash between spaces, a piece after a cut being a byline of its own
/// (byline_authors(), names of two words or more) -> the authors of the first such piece.
std::optional<std::vector<std::string>> cut_byline_authors(std::string_view line, std::string_view language);

/// "Jane Roe", "Anna Muster, Lena Brandt", "Jeanne Morel et Odile Marchal": a line that is only people's names
/// (name_line() of each, cut at commas, "&" or a language's author joiners) -> the names.
std::optional<std::vector<std::string>> names_line(std::string_view line);

/// "PhD", "Dr.", "Prof.", "Ph.D.,": a degree or an academic or medical title printed beside a name (lexicon section
/// name_degree_words, written there without dots).
bool degree_word(std::string_view w);

/// "Dr. med. Anna Muster" -> "Anna Muster", "le Dr Jean Exemple" -> "Jean Exemple", "Prof. Dr. Karl Beispiel" ->
/// "Karl Beispiel": the words of a byline without the titles (degree_word(), an article before them, a doctor's field
/// in small letters closed by a dot after them) that open them, when two words at least are left.
std::string_view without_opening_titles(std::string_view words);

/// "our correspondent Jane Roe" -> "Jane Roe", "unserer Korrespondentin Anna Muster" -> "Anna Muster", "notre envoyée
/// spéciale Jeanne Morel" -> "Jeanne Morel": the words of a byline without the possessive (lexicon sections
/// possessive_determiner_words and possessive_words) and the author's job (job_title_line() of a word, adjectives in small letters beside
/// it, three words at most) that open them before a name of two words at least; other words as they are.
std::string_view without_own_job(std::string_view words);

/// "à Rome, Jeanne Dupont" -> "Jeanne Dupont", "in Rom, Hans Muster" -> "Hans Muster", "a Roma, Anna Rossi" -> "Anna
/// Rossi": the words of a byline after its label and the author's job (without_own_job()) opening with the place the
/// job is held in (a preposition of the lexicon section filed_from_words, one to three capitalised words, a comma)
/// before a name of two words at least -> the name; other words as they are.
std::string_view without_filed_from(std::string_view words);

/// "Michael L. Example PhD" -> "Michael L. Example", "Jane Example Uncategorized" -> "Jane Example", "Marie Exemple
/// Actualités" -> "Marie Exemple": a name without the degrees (degree_word()) or the post's category (lexicon section
/// post_category_names, up to three words) that close it, when two words at least are left; "Brooke Roe Fox News" ->
/// "Brooke Roe": the outlet of two capitalised words glued after it (its last word in lexicon section
/// outlet_name_words).
std::string_view without_closing_extras(std::string_view name);

/// "DANIEL OKAFOR Staff Writer" -> "DANIEL OKAFOR", "ANA SOUZA Repórter" -> "ANA SOUZA", "Daniel Okafor Senior
/// Reporter" -> "Daniel Okafor": a name of two words or more without the job title glued after it, up to three words
/// holding a job title's word (job_title_line()) where the name's capitals end, or as many words each a job title's
/// word after a name in title case; other pieces as they are.
std::string_view without_glued_job(std::string_view piece);

/// "Harriet Roe Political correspondent", "Jeanne Morel Envoyée spéciale": a name of two or three capitalised words
/// and a job title glued after it with no comma, a capital opening the title and its one or two other words in small
/// letters (one of its first or last word a job title's: job_title_line()); names_line() reads the name alone.
bool glued_role_line(std::string_view line);

/// "R. ETXEBERRIA / M. L. DOS SANTOS", "Anna Muster/Lena Brandt": a line of two to four people's names (name_line() of
/// each) cut apart by slashes -> the names as printed.
std::optional<std::vector<std::string>> slashed_names_line(std::string_view line);

/// "EFE", "Agencia EFE", "Agenzia ANSA", "Nachrichtenagentur dpa": an agency's id alone or after the noun of an agency
/// (lexicon common.txt section agency_noun_words) -> the agency's id.
std::optional<std::string> named_agency(std::string_view piece);
/// "Agencia Tributaria", "Universität Bern": a name of two words or more opened by the noun of a body, an organisation
/// or an agency (lexicon sections body_words, organisation_words, agency_noun_words).
bool organisation_name(std::string_view piece);

/// "Harriet Roe Political correspondent", "Jeanne Morel Envoyée spéciale": a name of two or three capitalised words
/// and a job title glued after it with no comma, a capital opening the title and its one or two other words in small
/// letters (one of its first or last word a job title's: job_title_line()); names_line() reads the name alone.
bool glued_role_line(std::string_view line);

/// "R. ETXEBERRIA / M. L. DOS SANTOS", "ANNA MUSTER/LENA BRANDT": a line in capitals, no small letter, of people's names
/// cut apart by slashes (slashed_names_line()): a page's way of printing its authors without a byline word -> the names.
std::optional<std::vector<std::string>> capital_slashed_names(std::string_view line);

/// " - ", " – ", " — ": the first of these dashes between spaces (in that order) that `piece` holds past its first
/// byte -> where it stands and its length in bytes (byline_names.cpp; the dash closing a name before a job or an
/// outlet).
std::optional<std::pair<std::size_t, std::size_t>> spaced_dash(std::string_view piece);

/// "Ana Souza - Repórter da Agência Brasil", "Jean Dupont – Envoyé spécial": a dash closing a name with the author's job
/// (job_title_line()) -> where the dash stands in `piece`; an agency named at the job's end (up to three words,
/// capitalised) is written to `agency`.
std::optional<std::size_t> dash_before_job(std::string_view piece, std::string& agency);

/// "Ana Souza - Repórter da Agência Brasil": a line of names (names_line()) closed by a dash and a job -> the names,
/// then the agency the job names, if any.
std::optional<std::vector<std::string>> titled_name_line(std::string_view line);

/// "&", "and", "und", "et": a word joining two authors' names, in any language (lexicon section author_joiners).
bool author_joiner(std::string_view w);

/// "Senior Reporter", "Redakteurin", "Games Editor": a line holding a word of a job title (lexicon section
/// job_title_words).
bool job_title_line(std::string_view line);

/// "flerche", "jane_roe", "k.lee": a handle in small letters, one word of three ASCII characters or more (letters,
/// figures, a dot, a hyphen or an underscore inside) that is no word of a language.
bool handle_name(std::string_view w);

/// "Fantasy Football": a word of the name is printed in small letters on the page (or, `in_sentences`, the name is
/// printed inside a sentence of the text, a line of twelve words or more closed by a stop): a common word or a topic,
/// no author.
bool common_word_on_page(const Page& p, std::string_view name, bool in_sentences);

/// "3 March 2022 Jane Roe", "1. November 2023 Kira 1 Kommentar": a name read after the date of the date line `i`
/// (name_after_date()) is the author's: a name printed inside none of the text's sentences, or a capitalised name of
/// one word printed in small letters nowhere that signs another line of the page after a byline word ("von Kira").
bool vouched_name_after_date(const Page& p, const std::string& name, std::size_t i);

/// "Reporting by Jane Roe in London; Additional reporting by Kim Lee; Editing by John Doe": a wire story's credit
/// line, pieces cut apart by semicolons, the first opening with a phrase of the lexicon section writing_credits, each
/// other with one of writing_credits or editing_credits -> the names the writing credits give (byline_authors() of
/// each as opened by "by"); an editor is no author.
std::optional<std::vector<std::string>> wire_credit_authors(std::string_view line, std::string_view language);

/// A page with no author yet whose story's text closes with a wire credit line (wire_credit_authors(): the region's
/// last lines to `re`, or the first ones under it) takes its reporters as the authors; the line stays in the text.
void mark_wire_credit(Page& p, std::size_t re);

/// "A cura della redazione Esteri", "Zusammengestellt von der Redaktion": a phrase of compiling (lexicon section
/// desk_credit_phrases) among the line's first words, then the newsroom's word: the newsroom credited, no title.
bool desk_credit(const Block& b);

/// "Revue de presse réalisée par la rédaction de Radio Lorval.", "Zusammengestellt von der Redaktion": the newsroom's
/// credit of a compiled text among its last lines or right under it, no text of it -> marked a byline line.
void mark_desk_credit(Page& p, std::size_t re);

/// "Harbour" / "Ferries" / "Night Trains": line `i` closes a run of a menu's entries.
bool in_menu(const Page& p, std::size_t i);
/// "Seeländer Landbote" / ... / "Thomas Käser, Seeländer Landbote": the page prints `text` as a whole line of its own
/// somewhere over line `k` (a masthead, a menu's entry).
bool printed_above(const Page& p, std::size_t k, std::string_view text);

/// "<standfirst> / Mary Ellen Voss / Springfield Courier / Published ...", "Claire Morel / Courrier du Port / Publié le
/// ...": the name line `i` under the headline or the lede stands over the paper's name and then the date line.
bool over_outlet_and_date(const Page& p, std::size_t i);
/// "Courrier du Port", "France Télévisions": a paper's or a group's name by its shape, one to four words, no figure nor
/// stop, its first and last words capitalised: its words, or none when the line has not that shape.
std::vector<std::string_view> outlet_shape(const Block& b);
/// "France Télévisions", "Nordland Rundfunk", "Harbour Media": a broadcaster's or a press group's name alone on its
/// line (outlet_shape(), two words at least, the last a noun of such a group: lexicon section outlet_group_words), no
/// person's name though a names reader takes it for one.
bool outlet_group_line(const Block& b);

/// "Ouest-Breizh" / ... / "Headline" / "Ouest-Breizh" / "Yann Kerhervé.": line `k` is a short line (three words at
/// most) under a longer line (the headline, a standfirst: no menu's entry) that the page printed whole higher up: the
/// site's name printed again, its masthead, no person's name.
bool masthead_again(const Page& p, std::size_t k);

/// "jroe — 2. Februar 2022", "k.lee | 3 March 2021": a date line opened by a blog's handle in small letters and a
/// dash, a bullet or a bar -> the handle; "JaneRoe 17.10.2019, 13:56", "AnnaMuster | 3. März 2021": or by a member's
/// name of two capitalised words glued together (camel_handle()), the day's full date after it, a mark between them
/// or none.
std::optional<std::string> handle_before_date(std::string_view line, std::string_view language);

/// "JaneRoe", "AnnaMuster", "JeanneMorel": a member's name on a forum or a deals site, two capitalised words of three
/// ASCII letters or more glued together, no other capital, figure or mark.
bool camel_handle(std::string_view w);

/// "Jane Roe, PhD" / "Harbour University, Department of Tides" / "Search for more papers by this author": a page with no
/// author yet may print its authors' cards, each a name over the link to the author's other work (lexicon section
/// author_card_links), the author's institution between them or not. The names of the cards, in order, are the
/// authors (a degree closing a name after a comma dropped).
void mark_author_cards(Page& p);

/// "Le Quotidien", "Der Seebote", "El Heraldo del Valle", "EFE", "RTVE Galicia": after a dash or a bar closing the
/// name `name` of a byline, an outlet's name of one to four words (no figure, stop or comma), opened by an article or
/// another small word of a language before a capital, or an agency, or an acronym or a medium word
/// (outlet_after_slash()), which names no second author.
bool outlet_after_name(std::string_view tail, std::string_view name);

/// "Anna Muster," / "Markus Muster, London, Beat Roe" / "Jane Roe, Ann Lee" / "Lucía Gómez | Madrid": the line over
/// a date line naming the authors, a comma after the last, a dateline place (one capitalised word) after a name, or
/// closing the names after a bar or a dash, a place in a parenthesis after a name or after a preposition ("Jeanne
/// Dupont (Lausanne)", "Jeanne Dupont, à Berne") -> the names; an agency after a comma or a slash closing them
/// ("Anna Muster, dpa", "Jeanne Dupont / AFP") is returned last, as printed.
std::optional<std::vector<std::string>> names_over_date(std::string_view line);

/// "Tom Hale" / "Business reporter" / "Jane Roe" / "Transport correspondent", "Jeanne Dupont" / "Journaliste" / "Marc
/// Favre" / "Correspondant à Berne": the line `first` names the author over its job title; the lines of the further
/// authors printed the same way right under it, one name each over its own job title, two at most (a longer run of
/// names and titles is a team's list: none) -> those lines, in order.
std::vector<std::size_t> coauthors_over_titles(const Page& p, std::size_t first);

/// "Jane Roe" / "11 min read", "Jane Roe" / "Follow" / "Oct 15, 2015 · 18 min read", "Jane Roe" / "Games Editor",
/// "Jane Roe • 8h": a page with no byline may print the author's name on a line without a byline word, known as a
/// name by the line under it (the article's reading time, a button to follow the author, a job title) or by the
/// post's age after it; or "Jean Dupont" alone under the text's last paragraph, signing it. The first such line from
/// `from` to a few lines past the article's region's end `re` gives the authors.
void mark_names_by_neighbours(Page& p, std::size_t from, std::size_t re);

/// "J.G.", "M. B.", "J.-P. L.": a line that is a signature of initials alone (two to four capitals, each closed by a
/// stop): it names no person, and a date or byline line under it is the article's.
bool initials_signature(std::string_view line);

/// "Anna", "von", "McRae", "J.": a word of a bare name (capitalised or a name's particle, no stopword, month or
/// weekday, no figure, no glued capital but "Mc", no acronym of two or three capitals). With `stop_languages` (bits
/// of languages() as stopword_languages() gives them), only those languages' stopwords and every language's article
/// are no name's words ("Ela", "Des" in an English byline: see name_languages()).
bool bare_name_word(std::string_view w, std::uint32_t stop_languages = ~std::uint32_t{0});

/// "By Ela on 3 March 2025", "Von Der Stadt": the languages whose stopwords a byline's name words are checked against
/// (bits of languages()): the page's language (`page_language`) and the byline word's (`byline_language`); every
/// language when neither is known.
std::uint32_t name_languages(std::string_view page_language, const Lexicon* byline_language);

/// "de", "von", "van", "di", "dos": a small word inside a person's name, in small letters ("Anna von Berg").
bool name_particle(std::string_view w);

/// "Will", "Ben", "Dan": a capitalised given name that is also a small word of a language (lexicon section
/// given_names_also_words of common.txt), a stopword elsewhere.
bool given_name_word(std::string_view w);

/// "Will Knight" (k 0), "Anna De Luca" (k 1), "Anna Muster" (k 0 or 1): word `k` of `words` is a word of a person's
/// name: a bare_name_word(), a given_name_word() opening the words before a bare_name_word(), or a name's particle
/// capitalised between two words (`stop_languages` as for bare_name_word()).
bool name_word_at(const std::vector<std::string_view>& words, std::size_t k,
                  std::uint32_t stop_languages = ~std::uint32_t{0});

/// "3 March 2022 Anna De Luca" -> 3, "... by Will Knight" -> 2: where the run of a name's words closing `words`
/// starts (words.size() when the last word is none).
std::size_t name_run_start(const std::vector<std::string_view>& words);

/// "Roe3.11.2023" -> 3, "Muster22" -> 6: a word of a bare name with figures glued to its end (a page that dropped the
/// space between a name and the date, or a note's mark after the name) -> the number of the name's bytes; 0 when the
/// word is no such word ("Apr16": a month opens no name).
std::size_t glued_figures(std::string_view w);

/// "Redaktion", "staff", "Hafenblatt-Redaktion": a newsroom's word signing a text with no person's name, in any
/// language (lexicon section desk_words; a compound's last part; a closing comma or stop aside).
bool desk_word(std::string_view w);

/// "Pressemitteilung", "Communiqué", "Notizie", "Persbericht": a noun naming the kind of text a page publishes or its
/// news section, in any language (lexicon section text_kind_words): no word of a person's name.
bool text_kind_word(std::string_view w);

/// The words of a byline's piece holding a newsroom's word (desk_word()): {"Redaktion", "Inland"}, {"Harbour", "Post",
/// "Staff"}, {"Staff", "Writer"} -> 0, a desk signing the text, no person; {"Jane", "Roe", "Staff", "Writer"} -> 2, a
/// name of two words or more before a job title that holds the newsroom's word and another job title's word
/// (lexicon section job_title_words) -> the name's words; nullopt for a piece of one word or without a newsroom's word.
std::optional<std::size_t> desk_piece(const std::vector<std::string_view>& words);

/// "Jean-Marc Le Goff." -> "Jean-Marc Le Goff": a name of two words or more closed by a stop after a word of three
/// letters or more with a small one; an initial's or an abbreviation's stop ("Jane R.", "John Roe Jr.") is kept.
std::string without_closing_stop(std::string_view name);

/// {"Jane", "Roe"} -> "Jane Roe": the words joined by one space.
std::string join_words(const std::vector<std::string_view>& words);

/// {"Anna", "De", "Luca"}: 2 to 4 words of a bare name (name_word_at() each), the first and last capitalised, not an
/// agency's name.
bool bare_name(const std::vector<std::string_view>& words);

/// "Lena Muster Autorin" -> "Lena Muster", "Anna Muster, Redakteurin" -> "Anna Muster": a line of names without
/// the one-word byline label (lexicon section byline) or the job title after its last comma that closes it; other
/// lines as they are.
std::string_view without_closing_role(std::string_view line);

/// "Tom Hale, News Reporter", "Anna Keller, Redakteurin", "Marie Dupont, journaliste": one person's name (names_line())
/// and a job title after a comma closing the line (without_closing_role()): a byline printed without a byline word.
bool comma_role_line(std::string_view line);

/// "Redaktion: Anna Muster" -> "Anna Muster", "Rédaction : Jeanne Morel" -> "Jeanne Morel": the words after a label
/// that names the text's author only when a colon closes it (lexicon section colon_byline_labels); nullopt for a
/// line opening with no such label.
std::optional<std::string_view> after_colon_label(std::string_view line);

/// {"da", "Lusa"} -> {"Lusa"}, {"of", "Reuters"} -> {"Reuters"}: the words after a byline's comma without the word of
/// origin (lexicon section agency_origin_words) that opens them before an agency ("Por Ana Silva, da Lusa"); other
/// words as they are.
std::vector<std::string_view> without_origin_word(std::vector<std::string_view> words);

/// "da Mario Rossi" -> "Mario Rossi": the words after a word of the page's language that opens a byline only printed
/// in small letters (lexicon section small_byline_words: Italian "da", a preposition of places and times too), as it
/// stands after the date of a date line ("Pubblicato il 3 marzo 2025 da Mario Rossi"); nullopt for other lines.
std::optional<std::string_view> after_small_byline_word(std::string_view line, std::string_view language);

/// "redaktion", "text", "texte": a label, lower-cased, that names the text's author only when a colon closes it
/// (lexicon section colon_byline_labels).
bool colon_only_label(std::string_view label);

/// "9. Juni 2021 Anna Muster 1 Kommentar Hafen, Fähren" -> 5, "Jane Roe 3 Comments" -> 2: where a count of the
/// post's comments (a figure and a word of the lexicon section comment_nouns) stands among `words`, after the first;
/// words.size() when none does.
std::size_t comment_count_at(const std::vector<std::string_view>& words);

/// "Veröffentlicht am Mi, 9. Juni 2021, 07:40 von Annika Muster", "Posted Mar 3, 2021 at 9:15 by Jane Roe": a
/// byline in small letters after a word with a figure (the date's or the time's last, or a word of the time after
/// it: "7:40 am by Jane Roe") closes a date line -> its names (byline_authors(), a first name or a handle alone too:
/// "18:18 von Kira", which the caller vouches for).
std::optional<std::vector<std::string>> byline_after_figures(std::string_view line, std::string_view language);

/// "|", "-", "•", "/", ",": a mark standing alone between a byline's name and its date.
bool date_separator(std::string_view w);

/// "3", "4.", "Februar", "Freitag,": a word that opens a date (a figure, a month's or a weekday's name).
bool opens_date(std::string_view w);

/// "march", "märz", "mars": a word, lower-cased already, that names a month in one of the lexicon's languages.
bool month_name(std::string_view low);

/// "Updated March 3", "Aktualisiert am 3. März": the words from `from` on open a label of a date (lexicon sections
/// published and updated of any language).
bool opens_date_label(const std::vector<std::string_view>& words, std::size_t from);

/// "Quill7 am 3.05.2021", "jroe am 3. Juni 2018", "Dominika — veröffentlicht 14.02.2021", "mmuster" (after a
/// colon): the words after a byline label (`rest`) open with a one-word name, a handle or a first name, that the
/// label's colon (`colon`) or the date right after it makes the author's -> that name (`stop_languages` as for
/// bare_name_word()).
std::optional<std::string> labelled_handle(std::string_view rest, bool colon,
                                           std::uint32_t stop_languages = ~std::uint32_t{0});

/// "Jane Roe (reporting) and Max Poe (photography)", "Anna Muster Foto: © Hafenbild", "Anna Muster Illustration von
/// Max Roe": the words after a byline label without the credits of the pictures (a name followed by a picture's role
/// in a parenthesis, or everything from a picture's label on) and without the roles in small letters in a
/// parenthesis ("(reporting)").
std::string without_picture_credits(std::string_view rest);

/// {"jroe"}: the authors found so far are one handle in small letters (the account that posted the page).
bool handle_only(const std::vector<std::string>& authors);

/// {"Jane Roe", "Max Poe"}: a byline's names all are full names of two words or more, no agency among them.
bool full_names(const std::vector<std::string>& names);

/// "Autor: Jane Roe", "Text : Jeanne Morel": a line opening with a byline word closed by a colon.
bool colon_byline_label(std::string_view line);

/// "05.02.2021 - Redaktion: Jane Roe (Pressestelle)", "12 mars 2021 | Par : Jeanne Roe", "3 May 2021 10:15 • By:
/// Jane Roe": after a date opening the line (its words end at `date_end`), a dash, a bar or a bullet, the words open
/// with a byline word, or a label that names the author only before a colon (lexicon section colon_byline_labels)
/// with its colon -> the byte offset where that label starts; nullopt when no such label follows the date.
std::optional<std::size_t> byline_after_date(std::string_view line, std::size_t date_end);

/// "Veröffentlicht: 3.05.2021 | Autor: mmuster | Tags: ...": the line prints `name` right after a byline word closed
/// by a colon, at the start of the line or of a piece cut by a bar or a bullet.
bool colon_labelled_name(std::string_view line, std::string_view name);

/// "Headline" / "Jane Roe" / text: a page with no byline and no author may print the names alone, on a line of
/// their own right under the headline (or its lede or date). They are taken as the authors.
void mark_names_under_headline(Page& p);

/// "Dienstag, 14. März 2023 09:42" / "Anna Muster", "14.03.2023" / "Jane Roe": a page with no byline and no author
/// may print the names alone on the line right under its first date line from `from` to `re` (past the dates and
/// their short labels under it, and a lone comma or bar). They are taken as the authors, unless a run of names goes on
/// under them or the page prints them as words of its sentences.
void mark_names_under_date(Page& p, std::size_t from, std::size_t re);

/// "Headline" / "von Kathrin", "Headline" / "by jroe": a page with no byline and no author may sign the article right
/// under its headline with a byline word and a first name or a handle alone, on a line of its own. It is taken as the
/// author, unless the page prints it as a common word or inside its sentences.
void mark_lone_byline_under_headline(Page& p);

/// "... the last sentence." / "Tags: harbour" / "Rate this post" / "Posted by Jane Roe at 18:52", "erstellt von Kira —
/// veröffentlicht 28.01.2022 06:00", "Harald Muster Autor": a page with no byline and no author yet may sign the post
/// far under its text, past its links, tags and ratings, on a line that tells by itself that it is the post's byline:
/// a byline printing the post's time of day, a name closed by the one-word label of an author, or a byline word alone
/// over a line of names alone ("Published by" / "Jane Roe", an author's box). It is taken when no other byline stands
/// under the text from `re` on (comments and teasers print several).
void mark_far_byline(Page& p, std::size_t re);

/// "dpa | Von Katrin Baumgart", "EFE | Por Ana Ruiz": a line opening with an agency's name and a bar (within its first
/// bytes) -> the byte offset after the bar, where the byline read after it opens; nothing for another line.
std::optional<std::size_t> after_agency_bar(std::string_view line);
/// "ABC Gippsland / By Sam Patel", "Lokales | Von Anna Muster": where the byline after a desk's or a paper's name
/// (two to four capitalised words, one slash or bar after it) opens; nothing for another line (bylines.cpp).
std::optional<std::size_t> after_desk_mark(std::string_view line);

/// "© Jane Roe", "Copyright (c) 2012- Jane Roe. All rights reserved.", "IMPRESSUM | COPYRIGHT ANNA MUSTER": a site's
/// copyright notice naming a person (two or three words of a name, the first a known given name, no firm's form) -> the
/// name; nothing for a firm's or a site's notice ("© 2022 Harbour Media GmbH", "© Lakeside Tavern") or another line.
std::optional<std::string> copyright_owner(std::string_view line);

/// "|", "•", "·", " / ": the marks that cut a post's line of facts apart ("Veröffentlicht: 05.01.2020 | Autor: Jane
/// Roe", "By Jane Roe • March 3, 2021 / 4 min read"), for next_fact(): its dates (post_facts_dates()) and its authors
/// (cut_byline_authors()).
inline constexpr std::string_view post_fact_cuts[] = {"|", "\u2022", "\u00b7", " / "};

/// "Veröffentlicht: 05.01.2020 | Autor: Jane Roe": the fact of a line of facts from byte `from` to the next of the
/// `cuts` (or to the line's end), `from` moved past that cut.
std::string_view next_fact(std::string_view line, std::size_t& from, std::span<const std::string_view> cuts);

/// A page with no byline and no author yet, closed by a copyright notice naming a person (copyright_owner()) in its
/// last lines: a personal site's, its owner the post's author.
void mark_copyright_owner(Page& p);

/// "18:52", "6:01pm", "18h52", "06:00," -> true: a token printing a time of day (an hour of one or two figures, a colon
/// or the French "h", two figures of minutes, letters of "am", "pm", "Uhr" glued after them).
bool time_token(std::string_view w);

/// "11 min read", "Oct 15, 2015 · 18 min read", "Lesezeit: 3 Min.", "4 min de lecture": the article's reading time, a
/// short line (ten words at most) with a figure holding a phrase of the lexicon section reading_time
/// (reading_time_phrase()).
bool reading_time_line(const Block& b);

/// "Hong Kong | 3 March 2021", "Maria Hilf, 3. März 2021", "Santa Cruz - 3 de marzo de 2021": the name opening a date
/// line before its date (name_before_date()), taken as the author's, that the page prints elsewhere as a place (after
/// a preposition of place, lexicon section place_preposition_words: "in Hong Kong", "à Saint-Denis"; or as the dateline
/// opening a line: "HONG KONG (Reuters) -") is the place the article was written in, no author: it leaves the authors.
void drop_place_authors(Page& p);

} // namespace archive
